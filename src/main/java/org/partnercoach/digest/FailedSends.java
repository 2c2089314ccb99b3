package org.partnercoach.digest;

import java.util.Locale;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.reminders.PersonalReminders;

/**
 * How a send the bot gave up on reads for a coordinator, in the weekly digest and in {@code /coach status}: what it
 * was, to whom, why it failed and what to do about it.
 */
public final class FailedSends {

    private FailedSends() {
    }

    /** "A reminder to @ana: the bot lacks Send Messages in #reminders. Give the bot's role ...". */
    public static String line(ScheduledSend f) {
        return kindName(f.kind()) + (f.recipientId() != 0 ? " to " + Mentions.user(f.recipientId()) : "") + ": "
                + Limits.clip(f.lastError() == null ? "unknown" : f.lastError(), 120) + ". " + advice(f);
    }

    static String kindName(String kind) {
        return switch (kind) {
            case PersonalReminders.KIND -> "A reminder";
            case "cultivate" -> "A cultivate reminder";
            case WeeklyDigests.KIND -> "A digest";
            case Nudges.KIND -> "A nudge";
            default -> "A message";
        };
    }

    /** What a coordinator can do about a failed send. */
    static String advice(ScheduledSend f) {
        String why = f.lastError() == null ? "" : f.lastError().toLowerCase(Locale.ROOT);
        String pick = f.kind().equals(WeeklyDigests.KIND) && f.channelId() != 0 ? "`/digest setup channel:`"
                : "`/coach setup channel:`";
        if (why.contains("the bot lacks")) {
            return "Give the bot's role that permission in the channel (Edit Channel → Permissions), or pick another "
                    + "channel with " + pick + "; new sends keep trying.";
        }
        if (why.contains("was deleted")) {
            return "Pick a text channel the bot can see with " + pick + ".";
        }
        if (why.contains("dms are closed") || why.contains("direct messages")) {
            return "Ask them to allow DMs from server members, or set a reminder channel with `/coach setup`.";
        }
        if (why.contains("no reminder channel")) {
            return "Set a reminder channel with `/coach setup`.";
        }
        return "Check the bot can still see and post in that channel; new sends keep trying.";
    }
}
