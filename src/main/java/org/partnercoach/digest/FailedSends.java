package org.partnercoach.digest;

import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.reminders.PersonalReminders;

/**
 * How a send the bot gave up on reads for a coordinator, in the weekly digest and in {@code /coach status}: what it
 * was, to whom, why it failed and what to do about it.
 */
public final class FailedSends {

    /** A group session's posts (its thread's, and the notices in the channel it was started in). */
    private static final String SESSION_KIND = "session";
    /**
     * The partnership pulse's quarterly value question: by DM only, never posted in the reminder channel, and asked
     * again a week after a try that could not be delivered (network's {@code ValueAsks.RETRY_AFTER}).
     */
    private static final String VALUE_KIND = "partner-value";
    /** The cultivate check-in: none follows one given up because its owner left, until they are back. */
    private static final String CULTIVATE_KIND = "cultivate";

    private FailedSends() {
    }

    /** "A reminder to @ana: the bot lacks Send Messages in #reminders. Give the bot's role ...". */
    public static String line(ScheduledSend f) {
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

    /**
     * What a kind of message is, as the list names it ("A reminder to @ana: ..."): every kind registered in the
     * composition root has its own (a test holds it); "A message" only for a row of a kind since retired.
     */
    static String kindName(String kind) {
        return switch (kind) {
            case PersonalReminders.KIND -> "A reminder";
            case CULTIVATE_KIND -> "A cultivate reminder";
            case WeeklyDigests.KIND -> "A digest";
            case Nudges.KIND -> "A nudge";
            case NobodyNotice.KIND -> "The “digest reaches nobody” note";
            case StoppedNotice.KIND -> "A “your digest stopped” note";
            case SESSION_KIND -> "A group session's post";
            case VALUE_KIND -> "A quarterly value question";
            // the outreach list's notes to the member concerned
            case "handover" -> "A handover note";
            case "owner-news" -> "A partner update";
            case "plan-gone" -> "A note on a stopped plan";
            case "intro-ask" -> "An introduction request";
            case "intro-answer" -> "An answer on an introduction";
            case "intro-follow-up" -> "A follow-up on an introduction";
            case "intro-someone-knows" -> "An introduction lead";
            case "intro-gone" -> "A note on a cancelled introduction";
            default -> "A message";
        };
    }

    /** What a coordinator can do about a failed send: its kind of trouble says. */
    static String advice(ScheduledSend f) {
        if (f.trouble() == null) {
            return SendTrouble.adviceUnknown();
        }
        if (f.kind().equals(SESSION_KIND)) {
            return f.trouble().adviceForSession();
        }
        if (f.kind().equals(WeeklyDigests.KIND)) {
            return f.trouble().adviceForDigest(f.channelId() != 0);
        }
        if (f.kind().equals(NobodyNotice.KIND)) {
            // the note only told what /digest status tells too: what matters is that the digest reaches someone
            return "No need to send it again: so that the digest reaches someone, run " + DigestFeature.WAYS_OUT;
        }
        if (f.kind().equals(StoppedNotice.KIND)) {
            return "No need to send it again: their digest stopped because they no longer have the coordinator role. "
                    + "If they should still have it, give it back, and they can run `/digest subscribe`.";
        }
        if (f.kind().equals(VALUE_KIND) && f.trouble() == SendTrouble.LEFT_SERVER) {
            // no DM reaches someone who left, and the bot asks them no more: the partner needs an owner who is here
            return "Hand " + (f.about() == null || f.about().isBlank() ? "the partner" : Shown.text(f.about())) + " to another member "
                    + "with `/partner owner`: its new owner gets the question within the hour, and the bot asks no one "
                    + "who has left.";
        }
        if (f.kind().equals(CULTIVATE_KIND) && f.trouble() == SendTrouble.LEFT_SERVER) {
            // the bot sends her no more check-ins while she is away: the list does not fill with the same failure
            return "Hand their partners to someone else with `/partner owner`: the new owner gets the check-ins. The "
                    + "bot sends them none while they are away, and starts again once they come back: within a day, "
                    + "or right after they use the bot in the server.";
        }
        if (f.kind().equals(VALUE_KIND) && f.trouble() == SendTrouble.DMS_CLOSED) {
            // a reminder channel is no remedy: the question is never posted there
            return "Ask them to allow DMs from server members: the question comes by DM only, and the bot tries "
                    + "again a week after each try, until the quarter ends.";
        }
        return f.trouble().advice(false, "/coach setup channel:");
    }
}
