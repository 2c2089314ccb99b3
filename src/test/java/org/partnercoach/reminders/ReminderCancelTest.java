package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("/reminders cancel reminder: a suggestion picked, a number as the list shows it, or words")
class ReminderCancelTest {

    private final TestBot bot = TestBot.inMemory();
    private final Outbox outbox = bot.app().outbox();

    @AfterEach
    void close() {
        bot.close();
    }

    private List<String> waitingOf(Member m) {
        return outbox.open(m.guildId(), PersonalReminders.KIND, m.id()).stream().map(ScheduledSend::payload).toList();
    }

    private static Reply cancels(Member m, String reminder) {
        return m.runs(ReminderFeature.CANCEL, ReminderFeature.OPTION_REMINDER, reminder);
    }

    /** Bea's three reminders, set in another order than they come: the list shows DDD, AAA, BBB. */
    private Member beaWithThree() {
        Member bea = bot.member("bea");
        bea.runs("remind", "when", "in 3 days", "what", "AAA call the library");
        bea.runs("remind", "when", "in 4 days", "what", "BBB call the school");
        bea.runs("remind", "when", "in 1 day", "what", "DDD call the clinic");
        return bea;
    }

    @Test
    @DisplayName("a typed number is the reminder the list shows with that number, whatever its id")
    void aNumberIsThePlaceInTheList() {
        Member bea = beaWithThree();
        String list = bea.runs(ReminderFeature.LIST).plainText();
        assertThat(list.indexOf("1. ")).isLessThan(list.indexOf("DDD"));
        assertThat(list.indexOf("2. ")).isBetween(list.indexOf("DDD"), list.indexOf("AAA"));
        assertThat(list.indexOf("3. ")).isBetween(list.indexOf("AAA"), list.indexOf("BBB"));

        // WHEN she cancels number 2
        Reply cancelled = cancels(bea, "2");

        // THEN the reply names AAA, the 2. of her list, and that is the one gone
        assertThat(cancelled.text()).contains("Cancelled your reminder for "
                + TimeMarkup.full(TestBot.START.plus(Duration.ofDays(3))), "AAA call the library")
                .doesNotContain("BBB");
        assertThat(waitingOf(bea)).containsExactly("DDD call the clinic", "BBB call the school");
        // AND her list numbers the two left 1 and 2
        Reply after = bea.runs(ReminderFeature.LIST);
        assertThat(after.plainText()).contains("1. ", "2. ", "2 coming").doesNotContain("3. ", "AAA");
        assertThat(after.buttons()).extracting(Button::label).containsExactly("Cancel 1", "Cancel 2");
    }

    @Test
    @DisplayName("once her first reminder has come, number 1 is the one her list shows first now")
    void numberOneAfterTheFirstCame() {
        Member bea = bot.member("bea");
        bea.runs("remind", "when", "in 1 day", "what", "Call the clinic");
        bea.runs("remind", "when", "in 3 days", "what", "Email the library");
        bot.advance(Duration.ofDays(2));
        assertThat(waitingOf(bea)).containsExactly("Email the library");

        assertThat(cancels(bea, "1").text()).contains("Cancelled your reminder", "Email the library");
        assertThat(waitingOf(bea)).isEmpty();
    }

    @Test
    @DisplayName("a number typed after the order changed is read against the list as it is now")
    void aNumberAfterTheOrderChanged() {
        Member bea = bot.member("bea");
        bea.runs("remind", "when", "in 3 days", "what", "Email the library");
        bea.runs("remind", "when", "in 4 days", "what", "Call the school");
        bea.runs(ReminderFeature.LIST);
        // a sooner one comes first now: the library is 2., the school 3.
        bea.runs("remind", "when", "in 1 day", "what", "Call the clinic");

        assertThat(cancels(bea, "3").text()).contains("Cancelled", "Call the school");
        assertThat(waitingOf(bea)).containsExactly("Call the clinic", "Email the library");
        // "#2" and "2." read as the list writes them
        assertThat(cancels(bea, "2.").text()).contains("Cancelled", "Email the library");
        assertThat(cancels(bea, "#1").text()).contains("Cancelled", "Call the clinic");
        assertThat(waitingOf(bea)).isEmpty();
    }

    @Test
    @DisplayName("a suggestion picked on Discord cancels exactly that reminder, even after the list order changed, and "
            + "its value is no number a member would type")
    void aPickedSuggestion() {
        Member bea = beaWithThree();
        List<OptionSpec.Choice> offered = bea.suggests(ReminderFeature.CANCEL, ReminderFeature.OPTION_REMINDER,
                "school");
        assertThat(offered).singleElement().satisfies(c -> {
            assertThat(c.name()).contains("BBB call the school");
            assertThat(c.value()).doesNotMatch("#?\\s*[-+]?\\d+\\.?");
        });
        String picked = offered.get(0).value();
        // the list changes before she sends it: two sooner reminders come first
        bea.runs("remind", "when", "in 2h", "what", "Water the plants");
        bea.runs("remind", "when", "in 3h", "what", "Print the flyers");

        assertThat(cancels(bea, picked).text()).contains("Cancelled", "BBB call the school");
        assertThat(waitingOf(bea)).containsExactly("Water the plants", "Print the flyers", "DDD call the clinic",
                "AAA call the library");
        // the same pick again: gone already, nothing else touched
        assertThat(cancels(bea, picked).text()).contains("already sent or cancelled");
        assertThat(waitingOf(bea)).hasSize(4);
        // another member's pick is no key to hers
        assertThat(cancels(bot.member("ana"), picked).text()).contains("found no reminder of yours");
        assertThat(waitingOf(bea)).hasSize(4);
    }

    @Test
    @DisplayName("a number beyond the list, 0, a negative or a huge one cancels nothing and says how many there are")
    void numbersOutsideTheList() {
        Member bea = beaWithThree();

        for (String typed : List.of("4", "0", "-1")) {
            assertThat(cancels(bea, typed).text()).as(typed).isEqualTo("There is no reminder " + typed
                    + " in your list: it has 3, numbered 1 to 3. See them with `/reminders list`.");
        }
        // a huge one is echoed cut short
        assertThat(cancels(bea, "99999999999999999999999").text()).isEqualTo("There is no reminder "
                + "9999999999999999999… in your list: it has 3, numbered 1 to 3. See them with `/reminders list`.");
        assertThat(waitingOf(bea)).hasSize(3);

        cancels(bea, "1");
        cancels(bea, "1");
        assertThat(cancels(bea, "9").text()).contains("There is no reminder 9 in your list: it has 1, number 1.");
        cancels(bea, "1");
        assertThat(cancels(bea, "1").text()).contains("You have no reminders coming, so there is no reminder 1",
                "`/remind`");
        assertThat(waitingOf(bea)).isEmpty();
    }

    @Test
    @DisplayName("words with digits match the reminder's text; a number alone is still its place in the list")
    void textWithDigits() {
        Member bea = bot.member("bea");
        bea.runs("remind", "when", "in 1 day", "what", "Book room 12");
        bea.runs("remind", "when", "in 2 days", "what", "Send the flyer");
        bea.runs("remind", "when", "in 3 days", "what", "Call at 2");

        // typing "2" on Discord suggests the 2. of her list first, named with its number, then the text with a 2
        assertThat(bea.suggests(ReminderFeature.CANCEL, ReminderFeature.OPTION_REMINDER, "2"))
                .extracting(OptionSpec.Choice::name)
                .containsExactly("2. Wed 4 Mar, 15:00 · Send the flyer", "Tue 3 Mar, 15:00 · Book room 12",
                        "Thu 5 Mar, 15:00 · Call at 2");
        // "2" is the second of the list, not the reminder that says 2
        assertThat(cancels(bea, "2").text()).contains("Cancelled", "Send the flyer");
        assertThat(cancels(bea, "at 2").text()).contains("Cancelled", "Call at 2");
        assertThat(cancels(bea, "room 12").text()).contains("Cancelled", "Book room 12");
        assertThat(waitingOf(bea)).isEmpty();
    }

    @Test
    @DisplayName("a suggestion picked just before the update, a bare id beyond the list, is offered with its Cancel "
            + "button, never cancelled from the number")
    void anOldSuggestionValue() {
        Member bea = beaWithThree();
        cancels(bea, "AAA");
        cancels(bea, "BBB");
        long id = outbox.open(bea.guildId(), PersonalReminders.KIND, bea.id()).get(0).id();
        assertThat(id).isGreaterThan(1);

        Reply offered = cancels(bea, String.valueOf(id));

        assertThat(offered.plainText()).contains("There is no reminder " + id + " in your list: it has 1, number 1.",
                "If you picked one from the suggestions, it was this one", "1. ", "DDD call the clinic");
        assertThat(offered.buttons()).extracting(Button::label).containsExactly("Cancel 1");
        assertThat(waitingOf(bea)).containsExactly("DDD call the clinic");
        assertThat(bea.presses("Cancel 1").plainText()).contains("Cancelled", "DDD call the clinic");
        assertThat(waitingOf(bea)).isEmpty();
    }

    @Test
    @DisplayName("words that match several show them as the list does, numbered, each with its Cancel button")
    void severalMatchShowTheirButtons() {
        Member bea = beaWithThree();
        bea.runs("remind", "when", "in 2 days", "what", "Email Maria");

        // the list: 1. DDD, 2. Email Maria, 3. AAA, 4. BBB
        Reply which = cancels(bea, "call the");

        assertThat(which.plainText()).contains("3 of your reminders match that", "1. ", "3. ", "4. ",
                "DDD call the clinic", "AAA call the library", "BBB call the school", "3 of your 4")
                .doesNotContain("2. ", "Email Maria");
        assertThat(which.buttons()).extracting(Button::label).containsExactly("Cancel 1", "Cancel 3", "Cancel 4");
        assertThat(waitingOf(bea)).hasSize(4);

        // WHEN she presses Cancel 3
        Reply after = bea.presses("Cancel 3");

        // THEN AAA is cancelled, and her list shows the rest
        assertThat(after.plainText()).contains("Cancelled", "AAA call the library", "3 coming");
        assertThat(waitingOf(bea)).containsExactly("DDD call the clinic", "Email Maria", "BBB call the school");
    }

    @Test
    @DisplayName("more matches than a page shows the first ten, within Discord's rows, and says how many more")
    void manyMatches() {
        Member bea = bot.member("bea");
        for (int day = 1; day <= 14; day++) {
            bea.runs("remind", "when", "in " + day + " days", "what", "Follow up number " + day);
        }

        Reply which = cancels(bea, "follow up");

        assertThat(which.plainText()).contains("14 of your reminders match that", "10. ", "Follow up number 10",
                "The first 10 of 14 that match", "/reminders list shows them all")
                .doesNotContain("Follow up number 11");
        assertThat(which.buttons()).hasSize(10).extracting(Button::label).contains("Cancel 1", "Cancel 10");
        assertThat(which.rows()).hasSizeLessThanOrEqualTo(5)
                .allSatisfy(r -> assertThat(((Row.Buttons) r).buttons()).hasSizeLessThanOrEqualTo(5));
        assertThat(waitingOf(bea)).hasSize(14);
    }
}
