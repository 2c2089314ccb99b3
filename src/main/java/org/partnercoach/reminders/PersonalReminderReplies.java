package org.partnercoach.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.SendHistory;
import org.partnercoach.outbox.ScheduledSend;

/**
 * A "not now", "snooze 1 hour", "remind me tomorrow" or "done" typed in the DM under a personal reminder
 * ({@code /remind}): the member answers the reminder, not the walk she may have open. "Not now" and its kin get which
 * of the reminder's buttons does it (nothing is snoozed from a typed word, as the buttons say how long); "done" is
 * thanked, as the reminder needs nothing more. The reminder stands, as a check-in does ({@link CheckInReplies}),
 * until a check-in or a walk's question comes below it in the DM; after that, the words go on to whatever is below.
 */
final class PersonalReminderReplies implements Feature {

    /** "Not now" and the reminder's own snoozes in words ("snooze 1 hour", "remind me tomorrow morning"). */
    private static final Pattern LATER = Pattern.compile("(?:(?:ok(?:ay)?|sorry|hmm),?\\s+)?"
            + "(?:not now|not right now|not yet|later|maybe later|too busy|busy"
            + "|snooze(?:\\s+(?:it|this|that))?(?:\\s+(?:for\\s+)?(?:1|one|an|a)\\s+hour)?"
            + "|(?:remind me\\s+)?(?:later|tomorrow|tomorrow morning|in (?:1|one|an|a) hour))"
            + CheckInReplies.THANKS + CheckInReplies.END);

    private final Outbox outbox;
    private final Clock clock;
    /** When the member last did something in a coaching walk (null: never): a walk moved since is what the DM shows. */
    private final Function<Caller, Instant> lastWalkActivity;

    PersonalReminderReplies(Outbox outbox, Clock clock, Function<Caller, Instant> lastWalkActivity) {
        this.outbox = outbox;
        this.clock = clock;
        this.lastWalkActivity = lastWalkActivity;
    }

    @Override
    public Optional<Reply> onTypedMessage(Inbound.TypedMessage message) {
        Optional<String> typed = CheckInReplies.typedInDm(message);
        boolean done = typed.filter(said -> CheckInReplies.DONE.matcher(said).matches()).isPresent();
        if (!done && typed.filter(said -> LATER.matcher(said).matches()).isEmpty()) {
            return Optional.empty();
        }
        return standing(message.caller()).map(send -> {
            List<ScheduledSend> together = outbox.history().sentTogetherWith(send.guildId(), PersonalReminders.KIND,
                    send.recipientId(), send.id());
            boolean several = together.size() > 1;
            String what = several ? "your " + together.size() + " reminders" : "your reminder “"
                    + Shown.text(Limits.clip(send.payload(), 80)) + "”";
            if (done) {
                return Reply.text("Nice work! Nothing more to do: " + what + " won't come again. Set another any "
                        + "time with `/remind`.");
            }
            PersonalReminders.Again hour = PersonalReminders.Again.HOUR;
            PersonalReminders.Again morning = PersonalReminders.Again.MORNING;
            return Reply.text("No problem. Press **" + (several ? hour.allLabel : hour.label) + "** or **"
                    + (several ? morning.allLabel : morning.label) + "** on my reminder above, and " + what
                    + (several ? " come" : " comes") + " back then. Nothing is snoozed until you press one.");
        });
    }

    /**
     * Her latest personal reminder that reached her by DM, from whichever server, while it is the last thing the
     * DM shows of the bot's: no check-in came after it, and no walk moved since.
     */
    private Optional<ScheduledSend> standing(Caller home) {
        List<SendHistory.LastSent> sent = outbox.history().lastSentInEachServer(PersonalReminders.KIND,
                CultivateReminders.KIND, home.userId(), clock.instant().minus(Outbox.KEEP_CLOSED));
        Optional<SendHistory.LastSent> latest = sent.stream().filter(SendHistory.LastSent::byDm)
                .max(Comparator.comparing(l -> l.send().sentAt()));
        if (latest.isEmpty() || latest.get().dmAfter()) {
            return Optional.empty();
        }
        ScheduledSend send = latest.get().send();
        Instant walked = CheckInReplies.lastWalked(lastWalkActivity, home, java.util.stream.Stream.of(send.guildId()));
        return walked == null || walked.isBefore(send.sentAt()) ? Optional.of(send) : Optional.empty();
    }
}
