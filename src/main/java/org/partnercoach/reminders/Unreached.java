package org.partnercoach.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;

/**
 * Why a message for a member (a reminder, a check-in) was given up, and what lets the next ones through, for the note
 * her next command shows: to her ("your DMs are closed to me"), or on a page others read too ("their DMs").
 */
record Unreached(SendTrouble trouble) {

    /** How long a message that could not reach its member is still brought up. */
    static final Duration TOLD_FOR = Duration.ofDays(30);

    /**
     * The member's send of {@code kind} tried last (within {@link #TOLD_FOR} of {@code now}), when it could not reach
     * her (given up: her DMs closed and no reminder channel to post it in, say); empty once a later one reached her.
     * One read.
     */
    static Optional<ScheduledSend> last(Outbox outbox, String kind, long guildId, long memberId, Instant now) {
        return given(outbox.history().lastTried(guildId, kind, memberId, now.minus(TOLD_FOR)));
    }

    /** The send tried last ({@code tried}, within {@link #TOLD_FOR}), when it could not reach her. */
    static Optional<ScheduledSend> given(Optional<ScheduledSend> tried) {
        return tried.filter(r -> r.status() == ScheduledSend.Status.FAILED);
    }

    /**
     * "⚠️ My check-in about your partners on (when) didn't reach you: why. What lets the next ones through.", for
     * her own looks at her reminders.
     */
    static String checkInNote(ScheduledSend failed) {
        String what = checkIn(failed); // "my check-in ...", opening the sentence here
        return "⚠️ " + new Unreached(failed.trouble()).note("M" + what.substring(1), true) + ".";
    }

    /** "my check-in about your partners on (when)", to name it beside another message that did not reach her. */
    static String checkIn(ScheduledSend failed) {
        return "my check-in about your partners on " + triedAt(failed);
    }

    private static String triedAt(ScheduledSend failed) {
        return TimeMarkup.full(failed.claimedAt() != null ? failed.claimedAt() : failed.requestedAt());
    }

    /**
     * "{@code what} didn't reach you: why. What lets the next ones through" (no full stop), to her ({@code you}) or
     * about her ("didn't reach them").
     */
    String note(String what, boolean you) {
        return what + " didn't reach " + (you ? "you" : "them") + ": " + why(you) + ". " + advice(you);
    }

    /** "your DMs are closed to me, and this server has no reminder channel to post it in instead" (no full stop). */
    String why(boolean you) {
        return trouble == SendTrouble.DMS_CLOSED ? (you ? "your" : "their") + " DMs are closed to me, and this server "
                + "has no reminder channel to post it in instead"
                : trouble == SendTrouble.LEFT_SERVER ? (you ? "you had" : "they had") + " left the server then"
                : trouble == null ? "I couldn't send it" : "I couldn't send it (" + trouble.reason() + ")";
    }

    /**
     * What lets the next ones through (no full stop): her DMs closed, or the reminder channel that would have taken
     * them unusable, allowing DMs from the server's members or a reminder channel; else what a coordinator can see.
     */
    String advice(boolean you) {
        boolean dms = trouble == SendTrouble.DMS_CLOSED || trouble == SendTrouble.CHANNEL_GONE
                || trouble == SendTrouble.NOT_FOR_POSTS || trouble == SendTrouble.MISSING_PERMISSIONS
                || trouble == SendTrouble.VOICE_CHANNEL;
        if (trouble == SendTrouble.LEFT_SERVER) {
            return you ? "Now that you're back, the next ones reach you as before"
                    : "If they're back, the next ones reach them; if not, hand their partners to someone else with "
                    + "`/partner owner`";
        }
        if (!dms) {
            return "A coordinator can see what went wrong with `/coach status`";
        }
        return you ? "To get the next ones, allow direct messages from this server's members (click the server's "
                + "name, then Privacy Settings), or ask a coordinator to set a reminder channel"
                : "To get the next ones through, they can allow direct messages from this server's members (click the "
                + "server's name, then Privacy Settings), or a coordinator can set a reminder channel with "
                + "`/coach setup`";
    }
}
