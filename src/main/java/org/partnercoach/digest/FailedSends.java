package org.partnercoach.digest;

import java.util.List;
import java.util.Optional;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;

/**
 * How a send the bot gave up on reads for a coordinator, in the weekly digest and in {@code /coach status}: what it
 * was, to whom, why it failed and what to do about it. What each kind of message is called, and any advice of its
 * own, comes from the kind itself ({@link SendKind#described}, {@link SendKind#adviceWhenGivenUp}).
 */
public final class FailedSends {

    /** The name of a row of a kind since retired, which no registered kind answers for. */
    static final String RETIRED_KIND = "A message";

    /** Every kind of message the outbox sends; the composition root fills the list, read at each use. */
    private final List<SendKind> kinds;

    public FailedSends(List<SendKind> kinds) {
        this.kinds = kinds;
    }

    /** "A reminder to @ana: the bot lacks Send Messages in #reminders. Give the bot's role ...". */
    public String line(ScheduledSend f) {
        return kindName(f.kind()) + (f.recipientId() != 0 ? " to " + Mentions.user(f.recipientId()) : "") + ": "
                + reason(f) + ". " + advice(f);
    }

    /**
     * Why it failed, in plain words: as stored with its kind of trouble. A send that failed before the bot kept the
     * kind may have stored an error's raw text, which is for the log, not for coordinators: it says only that it
     * could not be sent.
     */
    public static String reason(ScheduledSend f) {
        if (f.trouble() == null) {
            return "it could not be sent";
        }
        if (f.trouble() == SendTrouble.DMS_CLOSED && f.kind().equals(WeeklyDigests.KIND)) {
            // a digest given up before it went by DM only (93a5e3b) was stored as a reminder's ("...no reminder
            // channel (set one with /coach setup)"), beside the point for a digest; failed rows are kept 90 days
            return "their DMs are closed";
        }
        return Limits.clip(f.lastError() == null || f.lastError().isBlank() ? f.trouble().reason() : f.lastError(),
                120);
    }

    /** What a kind of message is, as the list names it ("A reminder to @ana: ..."). */
    String kindName(String kind) {
        return SendKind.named(kinds, kind).map(SendKind::described).orElse(RETIRED_KIND);
    }

    private String advice(ScheduledSend f) {
        return advice(f, SendKind.named(kinds, f.kind()));
    }

    /**
     * What a coordinator can do about a failed send of {@code kind} (empty: one since retired): its kind of trouble
     * says, and its kind of message may.
     */
    static String advice(ScheduledSend f, Optional<SendKind> kind) {
        if (f.trouble() == null) {
            return SendTrouble.adviceUnknown();
        }
        return kind.flatMap(k -> k.adviceWhenGivenUp(f)).orElseGet(() -> f.trouble().advice(false,
                "/coach setup channel:"));
    }
}
