package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Surface;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("Reminders told truly in every state: paused, on hold, moved on, never contacted; who may press")
class ReminderStatesTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    private void days(int n) {
        bot.advance(Duration.ofDays(n));
    }

    private List<RecordingMessenger.Sent> dmsTo(Member m) {
        return bot.messenger().directTo(m.id());
    }

    private Reply opensLatest(Member m) {
        List<RecordingMessenger.Sent> dms = dmsTo(m);
        return m.reads(dms.get(dms.size() - 1).reply());
    }

    private Reply pressesInChannel(Member m, Reply post, String label) {
        Button button = post.buttons().stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow();
        return bot.app().router().handle(new Inbound.ButtonPress(m.caller(Surface.SERVER), button.id()));
    }

    private String stored(String sql, Object... params) {
        return bot.app().database().read(c -> Database.one(c, sql, rs -> rs.getString(1), params)).orElse(null);
    }

    private void fourRemindersAndThePause() {
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        for (int i = 0; i < 4; i++) {
            days(14);
        }
        assertThat(opensLatest(ana).plainText()).contains("keep going");
    }

    @Test
    @DisplayName("while the question waits, and once paused, /partner show and /partner cadence say so and offer Resume")
    void pausedIsShownWithAWayToResume() {
        fourRemindersAndThePause();

        // WHILE the question waits for an answer
        Reply onHold = ana.runs("partner show", "partner", "Eastside Food Bank");
        assertThat(onHold.plainText()).contains("Reminders: ⏸ On hold", "none come until someone answers");
        assertThat(onHold.buttons()).extracting(Button::label).contains("Resume reminders");

        // WHEN she pauses them from the reminder
        opensLatest(ana);
        ana.presses("Pause reminders");
        Reply shown = ana.runs("partner show", "partner", "Eastside Food Bank");
        assertThat(shown.plainText()).contains("Reminders: ⏸ Paused", "after 3 reminders with no touchpoint")
                .doesNotContain("next check-in is due");
        Reply cadence = ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "30");
        assertThat(cadence.plainText()).contains("⏸ Paused", "Resume reminders").doesNotContain("next check-in");
        assertThat(cadence.buttons()).extracting(Button::label).containsExactly("Resume reminders");

        // AND someone who doesn't look after it may not resume them
        Member bo = bot.member("bo");
        assertThat(bo.pressesId(cadence.buttons().get(0).id()).text()).contains("Only <@" + ana.id() + ">");

        // WHEN she presses Resume THEN reminders run again and the page says when the next one comes
        ana.runs("partner show", "partner", "Eastside Food Bank");
        Reply resumed = ana.presses("Resume reminders");
        assertThat(resumed.text()).contains("Reminders for “Eastside Food Bank” start again");
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Reminders: every 30 days without contact").doesNotContain("Paused");
        days(30);
        assertThat(opensLatest(ana).plainText()).contains("Time to check in with Eastside Food Bank");
    }

    @Test
    @DisplayName("in the reminder channel only the owner or a coordinator may snooze; others change nothing")
    void onlyOwnerOrCoordinatorSnoozes() {
        bot.coordinator("cora").runs("coach setup", "channel", "555", "delivery", "channel");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        days(14);
        Reply post = bot.messenger().sent().get(0).reply();

        Reply refused = pressesInChannel(bot.member("bo"), post, "Snooze 1 week");
        assertThat(refused.plainText()).contains("Only <@" + ana.id() + ">", "or a coordinator", "snooze");
        assertThat(stored("SELECT COUNT(*) FROM cultivate_states WHERE snoozed_until IS NOT NULL")).isEqualTo("0");

        Reply byCoordinator = pressesInChannel(bot.coordinator("cora"), post, "Snooze 1 day");
        assertThat(byCoordinator.plainText()).contains("Snoozed “Eastside Food Bank”: the next reminder is due")
                .doesNotContain("I'll remind you");
    }

    @Test
    @DisplayName("a check-in in the reminder channel for a partner nobody looks after: any member there may still "
            + "snooze it, while We've moved on is a coordinator's, and the refusal says nobody looks after it")
    void checkInOfAPartnerNobodyLooksAfter() {
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "channel", "555");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("privacy forget");
        ana.presses("Delete my data");
        days(14);
        Reply post = bot.messenger().postsIn(555).get(0).reply();
        Member bo = bot.member("bo");

        assertThat(pressesInChannel(bo, post, "Snooze 1 day").plainText()).contains("Snoozed “Eastside Food Bank”");
        Reply refused = pressesInChannel(bo, post, "We've moved on");

        assertThat(refused.plainText()).isEqualTo("Nobody looks after “Eastside Food Bank” now, so only a coordinator "
                + "can say we've moved on from it. Ask one: they can also hand it to a member with `/partner owner`. "
                + "Meanwhile you can still log touchpoints with `/partner log`.");
        assertThat(stored("SELECT stage FROM partners")).isEqualTo("RESEARCHING");
        assertThat(pressesInChannel(cora, post, "We've moved on").plainText()).contains("has moved on");
        assertThat(stored("SELECT stage FROM partners")).isEqualTo("MOVED_ON");
    }

    @Test
    @DisplayName("Snooze on a check-in in the reminder channel, pressed by another member once its owner's check-ins "
            + "were given up because she had left the server, says she left and to ask a coordinator; nothing "
            + "changes, and Discord is not asked before the answer")
    void checkInOfAnOwnerWhoLeft() {
        bot.coordinator("cora").runs("coach setup", "channel", "555");
        bot.messenger().closeDmsOf(ana.id());
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        days(14);
        Reply post = bot.messenger().postsIn(555).get(0).reply();
        // she leaves; her next check-in is given up for that
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        days(14);
        assertThat(stored("SELECT trouble FROM scheduled_sends WHERE kind = 'cultivate' ORDER BY id DESC "
                + "FETCH FIRST 1 ROW ONLY")).isEqualTo("LEFT_SERVER");
        int asked = bot.messenger().membershipQuestions().size();

        Reply refused = pressesInChannel(bot.member("bo"), post, "Snooze 1 week");

        assertThat(refused.plainText()).isEqualTo("<@" + ana.id() + ">, who looks after “Eastside Food Bank”, has "
                + "left the server, so only a coordinator can snooze its reminders. Ask one: they can also hand it to "
                + "a member with `/partner owner`. Meanwhile you can still log touchpoints with `/partner log`.");
        assertThat(stored("SELECT COUNT(*) FROM cultivate_states WHERE snoozed_until IS NOT NULL")).isEqualTo("0");
        assertThat(bot.messenger().membershipQuestions()).hasSize(asked);
    }

    @Test
    @DisplayName("after a partner is handed over, its previous owner may no longer snooze it from an old reminder")
    void previousOwnerMayNotSnooze() {
        Member bea = bot.member("bea");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        days(14);
        Reply reminder = opensLatest(ana);
        ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));

        ana.reads(reminder);
        Reply refused = ana.presses("Snooze 1 week");

        assertThat(refused.plainText()).contains("“Eastside Food Bank” is looked after by <@" + bea.id() + "> now",
                "Only they or a coordinator can snooze its reminders now, so nothing changed");
        assertThat(stored("SELECT COUNT(*) FROM cultivate_states WHERE snoozed_until IS NOT NULL")).isEqualTo("0");
    }

    @Test
    @DisplayName("after a partner is handed over, its previous owner may no longer pause it or keep it going")
    void previousOwnerMayNotAnswerTheQuestion() {
        Member bea = bot.member("bea");
        fourRemindersAndThePause();
        Reply question = opensLatest(ana);
        ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));

        for (String label : List.of("Pause reminders", "Keep going")) {
            ana.reads(question);
            assertThat(ana.presses(label).plainText()).contains("“Eastside Food Bank” is looked after by <@"
                    + bea.id() + "> now", "Only they or a coordinator can pause or keep its reminders now");
        }
        assertThat(stored("SELECT COUNT(*) FROM cultivate_states WHERE decision IS NOT NULL")).isEqualTo("0");
    }

    @Test
    @DisplayName("a partner on hold handed to a new owner starts fresh: no hold, and their reminders come by the cadence")
    void newOwnerStartsFresh() {
        Member bea = bot.member("bea");
        fourRemindersAndThePause();

        ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));

        assertThat(bea.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Reminders: every 14 days without contact", "the next check-in is due")
                .doesNotContain("On hold").doesNotContain("I asked");
        days(14);
        assertThat(opensLatest(bea).plainText()).contains("Time to check in with Eastside Food Bank")
                .doesNotContain("reminded you");
        assertThat(stored("SELECT reminders FROM cultivate_states")).isEqualTo("1");
    }

    @Test
    @DisplayName("a partner on hold that nobody looks after any more does not claim the reminder channel was asked")
    void onHoldNamesNobodyWhoWasNotAsked() {
        fourRemindersAndThePause();
        // nobody looks after it any more, while the question waits: store it so
        bot.storedRows().write(c -> Database.update(c, "UPDATE partners SET owner_id = NULL WHERE guild_id = ?",
                TestBot.GUILD));

        String reminders = ana.runs("partner show", "partner", "Eastside Food Bank").plainText().lines()
                .filter(l -> l.startsWith("Reminders:")).findFirst().orElseThrow();
        assertThat(reminders).contains("⏸ On hold", "none come until someone answers")
                .doesNotContain("I asked the reminder channel").doesNotContain("<@");
    }

    @Test
    @DisplayName("forgetting the owner asked 'pause or keep going?' leaves no hold or count; the channel is reminded")
    void forgottenOwnerLeavesNoHold() {
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "channel", "555");
        fourRemindersAndThePause();

        // WHEN ana, asked whether to pause, asks to be forgotten instead
        ana.runs("privacy forget");
        ana.presses("Delete my data");

        // THEN the partner no longer waits for her answer, nor counts the reminders she got
        String line = reminderLine(cora);
        assertThat(line).contains("every 14 days without contact", "the next check-in is due",
                "they go to the reminder channel").doesNotContain("On hold").doesNotContain("I asked")
                .doesNotContain("after 3 reminders");
        assertThat(stored("SELECT reminders FROM cultivate_states")).isEqualTo("0");
        assertThat(stored("SELECT COUNT(*) FROM cultivate_states WHERE asked_at IS NOT NULL")).isEqualTo("0");
        // AND a cadence after her last reminder, the reminder channel is told, as for any partner nobody looks after
        days(14);
        List<RecordingMessenger.Sent> posts = bot.messenger().postsIn(555);
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).reply().plainText()).contains("Time to check in with Eastside Food Bank")
                .doesNotContain("keep going");
    }

    @Test
    @DisplayName("forgetting the owner who paused reminders lets them start again, in the reminder channel")
    void forgottenOwnersPauseGoesWithHer() {
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "channel", "555");
        fourRemindersAndThePause();
        opensLatest(ana);
        ana.presses("Pause reminders");
        assertThat(reminderLine(cora)).contains("⏸ Paused");

        ana.runs("privacy forget");
        ana.presses("Delete my data");

        assertThat(reminderLine(cora)).contains("every 14 days without contact", "the next check-in is due")
                .doesNotContain("Paused").doesNotContain("after 3 reminders");
        assertThat(stored("SELECT COUNT(*) FROM cultivate_states WHERE decision IS NOT NULL OR decided_at IS NOT NULL"))
                .isEqualTo("0");
        days(14);
        assertThat(bot.messenger().postsIn(555)).hasSize(1);
    }

    @Test
    @DisplayName("a partner whose owner was forgotten is not said to have nobody 'yet': the channel is told how to "
            + "give it to someone")
    void forgottenOwnersPartnerInTheChannel() {
        // GIVEN ana looks after a partner, and the server has a reminder channel
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "channel", "555");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        // WHEN ana asks to be forgotten, and the partner's cadence runs out
        ana.runs("privacy forget");
        ana.presses("Delete my data");
        days(14);

        // THEN the reminder channel hears that nobody looks after it now, not "yet", and what to do about it
        List<RecordingMessenger.Sent> posts = bot.messenger().postsIn(555);
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).reply().plainText()).contains("Nobody looks after this partner at the moment.",
                "`/partner owner` with you as `member:` makes it yours, and its reminders then come to you; a "
                + "coordinator can hand it to another member.").doesNotContain("after this partner yet");
        // AND its page says the same
        assertThat(cora.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Owner: nobody at the moment: `/partner owner` with you as `member:` takes it on, or a "
                        + "coordinator hands it to someone").doesNotContain("nobody yet");
    }

    @Test
    @DisplayName("/privacy forget of someone else leaves a partner's reminders as they stand")
    void forgettingSomeoneElseChangesNothing() {
        fourRemindersAndThePause();
        Member bo = bot.member("bo");
        bo.runs("partner add", "name", "Grace Church", "sector", "faith");
        bo.runs("privacy forget");
        bo.presses("Delete my data");

        assertThat(reminderLine(ana)).contains("⏸ On hold", "after 3 reminders");
        assertThat(stored("SELECT reminders FROM cultivate_states WHERE asked_at IS NOT NULL")).isEqualTo("3");
    }

    /** The "Reminders:" line of Eastside Food Bank's page, as {@code m} reads it. */
    private static String reminderLine(Member m) {
        return m.runs("partner show", "partner", "Eastside Food Bank").plainText().lines()
                .filter(l -> l.startsWith("Reminders:")).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a partner never contacted is not told 'since we were last in touch'; a moved-on one gets no clock")
    void messagesTrueForTheState() {
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        days(14);
        Reply reminder = opensLatest(ana);
        assertThat(reminder.plainText()).contains("Nobody has logged a contact with this partner since it was added")
                .doesNotContain("since we were");

        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee");
        days(14);
        assertThat(opensLatest(ana).plainText()).contains("It has been a while since the last contact");

        ana.runs("partner archive", "partner", "Eastside Food Bank");
        Reply logged = ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Bumped into Maria");
        assertThat(logged.text()).contains("has moved on, so no reminders come for it", "/partner restore")
                .doesNotContain("starts again").doesNotContain("count from this contact");
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("Reminders: none: it has moved on");
        assertThat(ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "7").plainText())
                .contains("It has moved on, so no reminders come for it").doesNotContain("next check-in");
    }
}
