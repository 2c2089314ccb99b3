package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("A reminder that came, set again with one press: Snooze 1 hour, Tomorrow morning")
class ReminderAgainTest {

    /** TestBot.START, 2026-03-02 15:00 UTC, is 09:00 on Monday in Chicago (UTC-6); the reminder comes at 11:00. */
    private static final Instant CAME = TestBot.START.plus(Duration.ofHours(2));

    private TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** Ana, in Chicago, has "Call Maria" about Maria's Clinic come to her by DM, and opens it. */
    private Reply reminderComesTo(Member ana) {
        ana.runs("partner add", "name", "Maria's Clinic", "sector", "health-care");
        ana.runs("remind", "when", "in 2 hours", "what", "Call Maria", "partner", "maria's clinic",
                "timezone", "America/Chicago");
        bot.advance(Duration.ofHours(2));
        List<RecordingMessenger.Sent> dms = personal(bot.messenger().directTo(ana.id()));
        assertThat(dms).hasSize(1);
        return ana.reads(dms.get(0).reply());
    }

    private static List<RecordingMessenger.Sent> personal(List<RecordingMessenger.Sent> sent) {
        return sent.stream().filter(s -> s.reply().plainText().contains("⏰ Reminder")).toList();
    }

    private List<ScheduledSend> pendingOf(Member m) {
        return bot.app().outbox().open(m.guildId(), PersonalReminders.KIND, m.id());
    }

    private static CustomId idOf(Reply message, String label) {
        return message.buttons().stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow().id();
    }

    @Test
    @DisplayName("one of several reminders that came together, opened from the message's menu, can be snoozed from "
            + "there as if it had come alone")
    void snoozedFromTheMenuOfSeveral() {
        // GIVEN eleven reminders came together as one message (the eleventh only in its menu)
        Member ana = bot.member("ana");
        for (int i = 1; i <= 10; i++) {
            ana.runs("remind", "when", "in 2 hours", "what", "Task " + i, "timezone", "America/Chicago");
        }
        ana.runs("remind", "when", "in 2 hours", "what", "Book the hall");
        bot.advance(Duration.ofHours(2));
        Reply message = ana.reads(bot.messenger().directTo(ana.id()).get(0).reply());
        assertThat(message.plainText()).contains("11 reminders");
        long bookTheHall = bot.app().outbox().find(ana.guildId(), message.rows().stream()
                .flatMap(r -> r instanceof org.partnercoach.chat.Row.Select sel ? sel.menu().options().stream()
                        : java.util.stream.Stream.empty())
                .filter(o -> o.label().equals("Book the hall")).findFirst().orElseThrow().value().transform(
                        Long::parseLong)).orElseThrow().id();

        // WHEN she opens "Book the hall" from the menu and presses Snooze 1 hour on it
        Reply opened = ana.picks(String.valueOf(bookTheHall));
        assertThat(opened.buttons()).extracting(Button::label).containsExactly("Snooze 1 hour", "Tomorrow morning");
        Reply pressed = ana.presses("Snooze 1 hour");

        // THEN that reminder is set again, an hour on, and the reply says when
        assertThat(pressed.plainText()).contains("Book the hall", "I'll remind you again");
        assertThat(pendingOf(ana)).singleElement().satisfies(again -> {
            assertThat(again.payload()).isEqualTo("Book the hall");
            assertThat(again.requestedAt()).isEqualTo(bot.clock().instant().plus(Duration.ofHours(1))
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        });
    }

    @Test
    @DisplayName("two reminders that fell due in the same minute come as one message whose menu lists both; each "
            + "opens with Snooze 1 hour and Tomorrow morning, and is set again as if it had come alone")
    void twoTogetherCanEachBeSnoozed() {
        // GIVEN two short reminders of Ana's fall due in the same minute
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 2 hours", "what", "Call Maria", "timezone", "America/Chicago");
        ana.runs("remind", "when", "in 2 hours", "what", "Book the hall");
        bot.advance(Duration.ofHours(2));

        // THEN one message comes, and its menu offers both, saying what picking one leads to
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(ana.id());
        assertThat(dms).hasSize(1);
        Reply message = ana.reads(dms.get(0).reply());
        assertThat(message.plainText()).contains("2 reminders", "Call Maria", "Book the hall");
        org.partnercoach.chat.SelectMenu menu = message.rows().stream()
                .filter(r -> r instanceof org.partnercoach.chat.Row.Select)
                .map(r -> ((org.partnercoach.chat.Row.Select) r).menu()).findFirst().orElseThrow();
        assertThat(menu.placeholder()).isEqualTo("Pick a reminder to snooze it or read it in full");
        assertThat(menu.options()).extracting(org.partnercoach.chat.SelectMenu.Option::label)
                .containsExactly("Call Maria", "Book the hall");

        // WHEN she picks "Book the hall" and presses Tomorrow morning
        Reply opened = ana.picks(menu.options().get(1).value());
        assertThat(opened.plainText()).contains("Book the hall").doesNotContain("Call Maria");
        assertThat(opened.buttons()).extracting(Button::label).containsExactly("Snooze 1 hour", "Tomorrow morning");
        Reply pressed = ana.presses("Tomorrow morning");

        // THEN that one is set for 09:00 tomorrow in Chicago, and the other is left as it came
        Instant tomorrowNine = Instant.parse("2026-03-03T15:00:00Z");
        assertThat(pressed.plainText()).contains("Book the hall", "I'll remind you again "
                + TimeMarkup.both(tomorrowNine));
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> {
            assertThat(r.payload()).isEqualTo("Book the hall");
            assertThat(r.requestedAt()).isEqualTo(tomorrowNine);
        });
    }

    @Test
    @DisplayName("a reminder's DM offers Snooze 1 hour and Tomorrow morning; Snooze sets the same reminder an hour on, "
            + "says when in place of the buttons, and it comes then with its words and partner")
    void snoozeAnHour() {
        Member ana = bot.member("ana");
        Reply dm = reminderComesTo(ana);
        assertThat(dm.plainText()).contains("Call Maria", "Partner: Maria's Clinic");
        assertThat(dm.buttons()).extracting(Button::label).containsExactly("Snooze 1 hour", "Tomorrow morning");

        // WHEN she presses Snooze 1 hour
        Reply pressed = ana.presses("Snooze 1 hour");

        // THEN the message keeps the reminder, loses its buttons, and says when it comes again
        Instant again = CAME.plus(Duration.ofHours(1));
        assertThat(pressed.update()).isTrue();
        assertThat(pressed.buttons()).isEmpty();
        assertThat(pressed.plainText()).contains("Call Maria", "I'll remind you again " + TimeMarkup.both(again));
        // AND one reminder waits, the same words and partner, an hour on
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> {
            assertThat(r.requestedAt()).isEqualTo(again);
            assertThat(r.payload()).isEqualTo("Call Maria");
            assertThat(r.about()).isEqualTo("Maria's Clinic");
        });
        // AND it comes an hour later, with the buttons again
        bot.advance(Duration.ofHours(1));
        List<RecordingMessenger.Sent> dms = personal(bot.messenger().directTo(ana.id()));
        assertThat(dms).hasSize(2);
        assertThat(dms.get(1).reply().plainText()).contains("Call Maria", "Partner: Maria's Clinic");
        assertThat(dms.get(1).reply().buttons()).extracting(Button::label)
                .containsExactly("Snooze 1 hour", "Tomorrow morning");
        assertThat(pendingOf(ana)).isEmpty();
    }

    @Test
    @DisplayName("Tomorrow morning is 09:00 tomorrow in the member's own time zone")
    void tomorrowMorningInHerZone() {
        Member ana = bot.member("ana");
        reminderComesTo(ana);

        Reply pressed = ana.presses("Tomorrow morning");

        // 09:00 on Tuesday 3 March in Chicago is 15:00 UTC
        Instant morning = Instant.parse("2026-03-03T15:00:00Z");
        assertThat(pressed.plainText()).contains("I'll remind you again " + TimeMarkup.both(morning))
                .doesNotContain("quiet hours");
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> assertThat(r.requestedAt()).isEqualTo(morning));
    }

    @ParameterizedTest(name = "pressed at {0} in Chicago: {1}")
    @CsvSource({
        "00:30 on Tuesday,  2026-03-03T15:00:00Z",
        "04:59 on Tuesday,  2026-03-03T15:00:00Z",
        "05:00 on Tuesday,  2026-03-04T15:00:00Z",
        "23:30 on Monday,   2026-03-03T15:00:00Z",
    })
    @DisplayName("Tomorrow morning pressed in the small hours (before 05:00) is the coming 09:00, not the day after")
    void tomorrowMorningInTheSmallHours(String pressedAt, Instant expected) {
        // GIVEN the reminder came at 11:00 on Monday in Chicago, and Ana opens it late at night
        Member ana = bot.member("ana");
        reminderComesTo(ana);
        java.time.ZoneId chicago = java.time.ZoneId.of("America/Chicago");
        java.time.ZonedDateTime press = java.time.ZonedDateTime.of(
                java.time.LocalDate.of(2026, 3, pressedAt.endsWith("Monday") ? 2 : 3),
                java.time.LocalTime.parse(pressedAt.substring(0, 5)), chicago);
        bot.advance(Duration.between(bot.clock().instant(), press.toInstant()));

        // WHEN she presses Tomorrow morning
        Reply pressed = ana.presses("Tomorrow morning");

        // THEN the reply gives the morning she meant, and the reminder waits for it
        assertThat(pressed.plainText()).contains("I'll remind you again " + TimeMarkup.both(expected));
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> assertThat(r.requestedAt()).isEqualTo(expected));
    }

    @Test
    @DisplayName("Tomorrow morning inside quiet hours that last past 09:00 comes when they end, and says so")
    void tomorrowMorningAfterQuietHours() {
        bot.coordinator("cora").runs("coach setup", "quiet", "22:00-10:00");
        Member ana = bot.member("ana");
        reminderComesTo(ana);

        Reply pressed = ana.presses("Tomorrow morning");

        Instant morning = Instant.parse("2026-03-03T15:00:00Z");
        Instant quietEnds = Instant.parse("2026-03-03T16:00:00Z");
        assertThat(pressed.plainText()).contains("I'll remind you again " + TimeMarkup.both(quietEnds) + ".",
                TimeMarkup.full(morning) + " falls in quiet hours (22:00–10:00 your time, America/Chicago), so it "
                        + "waits until they end.");
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> assertThat(r.requestedAt()).isEqualTo(morning));
        // AND it waits until quiet hours end, 10:00 in Chicago
        bot.advance(Duration.between(CAME, quietEnds).minus(Duration.ofMinutes(1)));
        assertThat(personal(bot.messenger().directTo(ana.id()))).hasSize(1);
        bot.advance(Duration.ofMinutes(2));
        assertThat(personal(bot.messenger().directTo(ana.id()))).hasSize(2);
    }

    /** 20:30 on Monday 2 March in Chicago: half an hour before quiet hours (21:00-08:00) begin. */
    private static final Instant EVENING = Instant.parse("2026-03-03T02:30:00Z");
    /** 08:00 on Tuesday 3 March in Chicago, when those quiet hours end. */
    private static final Instant QUIET_ENDS = Instant.parse("2026-03-03T14:00:00Z");

    /** Ana, in Chicago, has these reminders come to her together at 20:30; the message that came. */
    private Reply eveningRemindersComeTo(Member ana, String... whats) {
        for (String what : whats) {
            ana.runs("remind", "when", "today 8:30pm", "what", what, "timezone", "America/Chicago");
        }
        bot.advance(Duration.between(bot.clock().instant(), EVENING));
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(ana.id());
        assertThat(dms).hasSize(1);
        return ana.reads(dms.get(0).reply());
    }

    @Test
    @DisplayName("Snooze 1 hour pressed just before quiet hours: the reply gives the morning it really comes first, "
            + "and why, not \"in 60 minutes\"")
    void snoozeIntoQuietHoursSaysTheMorning() {
        // GIVEN "Email the pastor" came to Ana at 20:30 in Chicago
        Member ana = bot.member("ana");
        eveningRemindersComeTo(ana, "Email the pastor");

        // WHEN she presses Snooze 1 hour, which lands at 21:30, in her quiet hours
        Reply pressed = ana.presses("Snooze 1 hour");

        // THEN the reply says it comes at 08:00 when they end, and why; it never promises it in an hour
        Instant anHourOn = EVENING.plus(Duration.ofHours(1));
        assertThat(pressed.plainText()).contains("I'll remind you again " + TimeMarkup.both(QUIET_ENDS) + ".",
                        TimeMarkup.full(anHourOn) + " falls in quiet hours (21:00–08:00 your time, America/Chicago)")
                .doesNotContain(TimeMarkup.both(anHourOn));
        // AND it does come then
        bot.advance(Duration.between(bot.clock().instant(), QUIET_ENDS).minus(Duration.ofMinutes(1)));
        assertThat(personal(bot.messenger().directTo(ana.id()))).hasSize(1);
        bot.advance(Duration.ofMinutes(2));
        assertThat(personal(bot.messenger().directTo(ana.id()))).hasSize(2);
    }

    @Test
    @DisplayName("Snooze all 1 hour on two reminders just before quiet hours: \"both\", and the morning they come")
    void snoozeBothIntoQuietHoursSaysTheMorning() {
        // GIVEN two reminders came to Ana together at 20:30 in Chicago
        Member ana = bot.member("ana");
        Reply message = eveningRemindersComeTo(ana, "Email the pastor", "Text Bea about the flyer");
        assertThat(message.plainText()).contains("2 reminders");

        // WHEN she presses Snooze all 1 hour
        Reply pressed = ana.pressesId(idOf(message, "Snooze all 1 hour"));

        // THEN the reply speaks of both, and of 08:00, when her quiet hours end
        Instant anHourOn = EVENING.plus(Duration.ofHours(1));
        assertThat(pressed.plainText()).contains("I'll remind you of both again " + TimeMarkup.both(QUIET_ENDS) + ".",
                        TimeMarkup.full(anHourOn) + " falls in quiet hours (21:00–08:00 your time, America/Chicago)")
                .doesNotContain("all 2", TimeMarkup.both(anHourOn));
    }

    @Test
    @DisplayName("after a crash between sending a message of several and marking it sent, its copy sent again also "
            + "holds a reminder that fell due meanwhile: Snooze all on the first message sets again only the ones "
            + "it showed, and on the copy all of them")
    void snoozeAllSetsAgainWhatItsMessageShowed() {
        // GIVEN two of Ana's reminders come together at 11:00, and a third is due five minutes later
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 2 hours", "what", "Call Maria", "timezone", "America/Chicago");
        ana.runs("remind", "when", "in 2 hours", "what", "Book the hall");
        ana.runs("remind", "when", "in 125 minutes", "what", "Send the flyer");
        bot.advance(Duration.ofHours(2));
        Reply first = ana.reads(bot.messenger().directTo(ana.id()).get(0).reply());
        assertThat(first.plainText()).contains("2 reminders").doesNotContain("Send the flyer");
        // AND the bot died after Discord took the message, before it marked the two sent
        bot.storedRows().write(c -> org.partnercoach.storage.Database.update(c, "UPDATE scheduled_sends SET status = "
                + "'CLAIMED', sent_at = NULL WHERE guild_id = ? AND status = 'SENT'", ana.guildId()));
        // WHEN their claim lapses THEN they are sent again, with the third, under one claim
        bot.advance(Outbox.LEASE.plus(Duration.ofMinutes(1)));
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(ana.id());
        assertThat(dms).hasSize(2);
        Reply copy = ana.reads(dms.get(1).reply());
        assertThat(copy.plainText()).contains("3 reminders", "Send the flyer");

        // WHEN she presses Snooze all 1 hour on the first message
        Reply pressed = ana.pressesId(idOf(first, "Snooze all 1 hour"));

        // THEN the two it showed are set again, not the one it did not show
        assertThat(pressed.plainText()).contains("I'll remind you of both again");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::payload)
                .containsExactlyInAnyOrder("Call Maria", "Book the hall");
        // AND Snooze all on the copy sets the third again too
        assertThat(ana.pressesId(idOf(copy, "Snooze all 1 hour")).plainText())
                .contains("I'll remind you of 1 of these again", "The other 2 you had already set again");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::payload)
                .containsExactlyInAnyOrder("Call Maria", "Book the hall", "Send the flyer");
    }

    @Test
    @DisplayName("a second press, on either button, and a press after a restart set the reminder again only once")
    void oncePerMessage(@TempDir Path dir) {
        bot.close();
        bot = TestBot.onFile(dir);
        Member ana = bot.member("ana");
        Reply dm = reminderComesTo(ana);
        CustomId snooze = idOf(dm, "Snooze 1 hour");
        CustomId morning = idOf(dm, "Tomorrow morning");
        Instant again = CAME.plus(Duration.ofHours(1));

        ana.presses("Snooze 1 hour");
        // WHEN she presses again (a double click, a second device) THEN it says the same and keeps one copy
        assertThat(ana.pressesId(snooze).plainText()).contains("I'll remind you again " + TimeMarkup.both(again));
        assertThat(ana.pressesId(morning).plainText()).contains("I'll remind you again " + TimeMarkup.both(again));
        assertThat(pendingOf(ana)).hasSize(1);

        // WHEN the bot restarts and she presses the old message's button once more THEN still one copy
        bot.restart();
        Reply afterRestart = ana.pressesId(snooze);
        assertThat(afterRestart.plainText()).contains("I'll remind you again " + TimeMarkup.both(again));
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> assertThat(r.requestedAt()).isEqualTo(again));

        // AND once that copy has come, the old message's button says so and sets nothing more
        bot.advance(Duration.ofHours(1));
        assertThat(personal(bot.messenger().directTo(ana.id()))).hasSize(2);
        assertThat(ana.pressesId(morning).plainText()).contains("You already set this reminder again", "has come");
        assertThat(pendingOf(ana)).isEmpty();
    }

    @Test
    @DisplayName("Tomorrow morning pressed after Snooze 1 hour (a second device, an old message) says the reminder "
            + "was already set again, and when it comes")
    void otherButtonAfterSnoozeSaysSo() {
        Member ana = bot.member("ana");
        Reply dm = reminderComesTo(ana);
        CustomId morning = idOf(dm, "Tomorrow morning");
        assertThat(ana.presses("Snooze 1 hour").plainText()).doesNotContain("already");

        Reply second = ana.pressesId(morning);

        Instant again = CAME.plus(Duration.ofHours(1));
        assertThat(second.plainText()).contains("You already set this reminder again. I'll remind you again "
                + TimeMarkup.both(again));
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> assertThat(r.requestedAt()).isEqualTo(again));
    }

    @Test
    @DisplayName("a reminder posted in the reminder channel (DMs closed) can be set again by its member only, and only "
            + "in its own server")
    void onlyHerOwn() {
        bot.coordinator("cora").runs("coach setup", "channel", "555");
        Member ana = bot.member("ana");
        Member bo = bot.member("bo");
        bot.messenger().closeDmsOf(ana.id());
        ana.runs("remind", "when", "in 2 hours", "what", "Call Maria");
        bot.advance(Duration.ofHours(2));
        RecordingMessenger.Sent post = personal(bot.messenger().postsIn(555)).get(0);
        CustomId snooze = idOf(post.reply(), "Snooze 1 hour");

        // WHEN bo, who sees the post, presses its button THEN he is told it is not his, and nothing is set or changed
        Reply refused = bo.pressesId(snooze);
        assertThat(refused.ephemeral()).isTrue();
        assertThat(refused.update()).isFalse();
        assertThat(refused.plainText()).contains("someone else's");
        assertThat(pendingOf(ana)).isEmpty();
        assertThat(pendingOf(bo)).isEmpty();

        // WHEN ana presses it from another server THEN she is told it belongs to this one, and nothing is set
        Reply elsewhere = bot.memberOfOtherServer("ana").pressesId(snooze);
        assertThat(elsewhere.ephemeral()).isTrue();
        assertThat(elsewhere.update()).isFalse();
        assertThat(elsewhere.plainText()).contains("belongs to another server", "nothing was changed");
        assertThat(pendingOf(ana)).isEmpty();

        // WHEN ana presses it THEN it is set again, and the post still names her
        Reply pressed = ana.pressesId(snooze);
        assertThat(pressed.update()).isTrue();
        assertThat(pressed.text()).startsWith("<@" + ana.id() + ">");
        assertThat(pendingOf(ana)).singleElement()
                .satisfies(r -> assertThat(r.requestedAt()).isEqualTo(CAME.plus(Duration.ofHours(1))));
    }
}
