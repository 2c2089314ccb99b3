package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("\"Not now\" or \"done\" typed under a personal reminder answers the reminder, not the walk")
class PersonalReminderRepliesTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    private List<ScheduledSend> pending() {
        return bot.app().outbox().open(ana.guildId(), PersonalReminders.KIND, ana.id());
    }

    /** Ana's walk stands at its second question; then her reminder to call Maria reaches her by DM. */
    private void reminderBelowHerWalk() {
        ana.runs("remind", "when", "in 30 minutes", "what", "Call Maria");
        ana.types("start");
        ana.types("Rotary Club");
        bot.advance(Duration.ofHours(3));
        assertThat(bot.messenger().directTo(ana.id())).last()
                .satisfies(dm -> assertThat(dm.reply().plainText()).contains("Reminder", "Call Maria"));
    }

    @Test
    @DisplayName("GIVEN ana's reminder came below her walk's question WHEN she types \"snooze 1 hour\", \"remind me "
            + "tomorrow\" or \"not now\" THEN she is told which button does it, nothing is snoozed, and the walk keeps "
            + "nothing of it")
    void laterWordsPointToTheButtons() {
        reminderBelowHerWalk();

        for (String said : List.of("snooze 1 hour", "Remind me tomorrow", "not now", "later, thanks")) {
            String reply = ana.types(said).plainText();

            assertThat(reply).as(said).startsWith("No problem. Press **Snooze 1 hour** or **Tomorrow morning** on my"
                    + " reminder above, and your reminder “Call Maria” comes back then. Nothing is snoozed until you"
                    + " press one.");
        }
        assertThat(pending()).isEmpty();
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered");
        assertThat(ana.runs("coach answers").plainText()).contains("Rotary Club")
                .doesNotContain("snooze 1 hour", "Remind me tomorrow", "not now");
    }

    @Test
    @DisplayName("\"done\" is thanked and kept from the walk; with no walk begun, \"remind me tomorrow\" points to the "
            + "buttons too, not to /remind")
    void doneAndNoWalk() {
        reminderBelowHerWalk();

        assertThat(ana.types("done!").plainText()).isEqualTo("Nice work! Nothing more to do: your reminder “Call "
                + "Maria” won't come again. Set another any time with `/remind`.");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered");

        Member bea = bot.member("bea");
        bea.runs("remind", "when", "in 30 minutes", "what", "Send the flyer");
        bot.advance(Duration.ofHours(1));
        assertThat(bea.types("remind me tomorrow").plainText()).contains("Press **Snooze 1 hour** or **Tomorrow "
                + "morning**", "“Send the flyer”");
    }

    @Test
    @DisplayName("once her walk moved after the reminder, the same words are the walk's again")
    void afterTheWalkMoved() {
        reminderBelowHerWalk();
        bot.clock().advance(Duration.ofMinutes(5));
        ana.types("back");

        assertThat(ana.types("later").plainText()).doesNotContain("Snooze 1 hour");
    }
}
