package org.partnercoach.reminders;

import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.Outbox;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.Surface;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.Touchpoint;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("Cultivate reminders: keeping in touch with partners")
class CultivateRemindersTest {

    @TempDir
    Path dir;
    private TestBot bot = TestBot.inMemory();
    private Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private void adds(Member who, String... names) {
        for (String name : names) {
            assertThat(who.runs("partner add", "name", name, "sector", "food").plainText()).startsWith("Added");
        }
    }

    private void days(int n) {
        bot.advance(Duration.ofDays(n));
    }

    private List<RecordingMessenger.Sent> dmsTo(Member m) {
        return bot.messenger().directTo(m.id());
    }

    /** The member opens the newest reminder in their DMs. */
    private Reply opensLatest(Member m) {
        List<RecordingMessenger.Sent> dms = dmsTo(m);
        assertThat(dms).as("DMs to %s", m.name()).isNotEmpty();
        return m.reads(dms.get(dms.size() - 1).reply());
    }

    /** A member presses a button on a message the bot posted in the server's channel. */
    private Reply pressesInChannel(Member m, Reply post, String label) {
        Button button = post.buttons().stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow();
        return bot.app().router().handle(new Inbound.ButtonPress(m.caller(Surface.SERVER), button.id()));
    }

    private static List<String> labels(Reply r) {
        return r.buttons().stream().map(Button::label).toList();
    }

    private static List<String> menu(Reply r) {
        return r.rows().stream().filter(row -> row instanceof Row.Select).map(row -> ((Row.Select) row).menu())
                .flatMap(m -> m.options().stream()).map(o -> o.label()).toList();
    }

    private Partner partner(String name) {
        return bot.app().partners().allPartners(TestBot.GUILD).stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow();
    }

    private long partnerId(String name) {
        return partner(name).id();
    }

    /** Every touchpoint of the test server, newest first. */
    private List<Touchpoint> touchpoints() {
        return bot.app().partners().allPartners(TestBot.GUILD).stream()
                .flatMap(p -> bot.app().partners().recentTouchpoints(TestBot.GUILD, p.id(), 100).stream()).toList();
    }

    private List<ScheduledSend> cultivateRows(long guildId, long recipientId) {
        // the outbox has no list of a recipient's sent rows: read them as stored
        return bot.storedRows().read(c -> Database.list(c, "SELECT id FROM scheduled_sends WHERE guild_id = ?"
                + " AND kind = 'cultivate' AND recipient_id = ? ORDER BY id", rs -> rs.getLong(1), guildId,
                recipientId)).stream().map(id -> bot.app().outbox().find(guildId, id).orElseThrow())
                .toList();
    }

    // --- the clock -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("a partner falls due when its cadence has passed since it was added, not a day before")
    void dueAndNotDue() {
        // GIVEN ana adds a partner; the server's default cadence is 14 days
        adds(ana, "Eastside Food Bank");

        // WHEN 13 days pass, nothing is sent
        days(13);
        assertThat(bot.messenger().sent()).isEmpty();

        // WHEN the 14th day comes, ana gets one DM about it
        days(1);
        List<RecordingMessenger.Sent> dms = dmsTo(ana);
        assertThat(dms).hasSize(1);
        Reply reminder = dms.get(0).reply();
        assertThat(reminder.plainText()).contains("Time to check in with Eastside Food Bank",
                "added 14 days ago, no contact logged yet", "Tip 3", "💡");
        assertThat(labels(reminder)).containsExactly("Log a touchpoint", "Snooze 1 day", "Snooze 1 week",
                "We've moved on");
        assertThat(reminder.mentionUsers()).isEmpty();

        // AND the next runs send nothing more: one reminder per cadence, not one per run
        bot.advance(Duration.ofMinutes(1));
        days(13);
        assertThat(dmsTo(ana)).hasSize(1);
        // AND a cadence after the reminder, with still no contact, comes the next one
        days(1);
        assertThat(dmsTo(ana)).hasSize(2);
    }

    @Test
    @DisplayName("an idea to cultivate the relationship comes from the curriculum, a different one each time")
    void ideasFromCurriculum() {
        adds(ana, "Eastside Food Bank");
        days(14);
        days(14);

        List<String> texts = dmsTo(ana).stream().map(s -> s.reply().plainText()).toList();
        CultivateIdeas ideas = CultivateIdeas.load(new org.partnercoach.curriculum.CurriculumLoader(null));
        long id = partnerId("Eastside Food Bank");
        List<ScheduledSend> rows = cultivateRows(TestBot.GUILD, ana.id());
        String first = ideas.pick(id, rows.get(0).id(), "Eastside Food Bank", false);
        String second = ideas.pick(id, rows.get(1).id(), "Eastside Food Bank", false);
        assertThat(texts.get(0)).contains(first);
        assertThat(texts.get(1)).contains(second);
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    @DisplayName("a partner nobody has talked to yet is never told to follow up on what they said last time")
    void noFollowUpIdeaBeforeAFirstContact() {
        // GIVEN ana adds seven partners and never logs a contact; bo adds seven and logs a call with each
        String[] names = {"Eastside Food Bank", "Lincoln High", "First Baptist Church", "City Parks", "Mercy Clinic",
                "Riverside Seniors", "Hope Housing"};
        adds(ana, names);
        Member bo = bot.member("bo");
        for (String name : names) {
            adds(bo, "Youth " + name);
            bo.runs("partner log", "partner", "Youth " + name, "what", "Call with their director");
        }

        // WHEN they fall due three times (seven partners in a reminder get seven different ideas)
        for (int i = 0; i < 3; i++) {
            days(14);
        }

        // THEN every idea ana got suits a first contact
        List<String> texts = dmsTo(ana).stream().map(s -> s.reply().plainText()).toList();
        assertThat(texts).hasSize(3).allSatisfy(t -> assertThat(t).contains("no contact logged yet", "💡")
                .doesNotContain("last time"));
        // AND a partner with a contact behind it can get the follow-up idea
        assertThat(dmsTo(bo).stream().map(s -> s.reply().plainText()))
                .anySatisfy(t -> assertThat(t).contains("told you last time"));
    }

    @Test
    @DisplayName("/partner log resets the clock, and the reminder shows that contact and its note")
    void resetByPartnerLog() {
        adds(ana, "Eastside Food Bank");
        days(10);
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with Maria");

        // WHEN 14 days pass since the partner was added, but only 4 since the touchpoint
        days(4);
        assertThat(bot.messenger().sent()).isEmpty();
        days(9);
        assertThat(bot.messenger().sent()).isEmpty();

        // THEN the reminder comes 14 days after the touchpoint
        days(1);
        assertThat(dmsTo(ana)).singleElement().satisfies(s -> assertThat(s.reply().plainText())
                .contains("last contact 14 days ago", "Last contact: “Coffee with Maria”"));
    }

    /** The time of the first {@code <t:...:f>} in a text. */
    private static java.time.Instant shownTime(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<t:(\\d+):f>").matcher(text);
        assertThat(m.find()).as("a time in: %s", text).isTrue();
        return java.time.Instant.ofEpochSecond(Long.parseLong(m.group(1)));
    }

    @Test
    @DisplayName("a contact logged late, dated before the reminder it answers: the next reminder comes a cadence after "
            + "that contact, when /partner log said it would")
    void lateLoggedContactCountsFromItsDay() {
        // GIVEN ana's partner is reminded on Mon 16 March, 15:00 (14 days after it was added)
        adds(ana, "Eastside Food Bank");
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);

        // WHEN the next day she logs the call she had on 15 March, the day before the reminder
        days(1);
        Reply logged = ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Call with Maria", "when",
                "2026-03-15");

        // THEN she is told its reminders count from that call: the next check-in is 14 days after it
        java.time.Instant call = java.time.Instant.parse("2026-03-15T12:00:00Z");
        assertThat(logged.text()).contains("Its reminders now count from this contact", "the next check-in is due");
        assertThat(shownTime(logged.text())).isEqualTo(call.plus(Duration.ofDays(14)));
        // AND /partner show says the same
        assertThat(shownTime(ana.runs("partner show", "partner", "Eastside Food Bank").plainText().lines()
                .filter(l -> l.startsWith("Reminders:")).findFirst().orElseThrow()))
                .isEqualTo(call.plus(Duration.ofDays(14)));
        // AND the reminder comes then: not a minute before, and not a cadence after the earlier reminder
        bot.advance(Duration.between(bot.clock().instant(), call.plus(Duration.ofDays(14))).minusMinutes(1));
        assertThat(dmsTo(ana)).hasSize(1);
        bot.advance(Duration.ofMinutes(1));
        assertThat(dmsTo(ana)).hasSize(2);
        assertThat(opensLatest(ana).plainText()).contains("last contact 14 days ago", "Call with Maria");
    }

    @Test
    @DisplayName("Snooze pressed on a reminder after a late contact was logged still holds")
    void snoozeAfterALateContactHolds() {
        // GIVEN ana is reminded on 16 March, then logs a call from 3 March: a cadence after it is 17 March
        adds(ana, "Eastside Food Bank");
        days(14);
        Reply reminder = dmsTo(ana).get(0).reply();
        bot.advance(Duration.ofHours(1));
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Call with Maria", "when", "2026-03-03");

        // WHEN she then presses Snooze 1 week on the reminder
        ana.reads(reminder);
        assertThat(ana.presses("Snooze 1 week").plainText()).contains("Snoozed");

        // THEN nothing comes for a week, and then the reminder does
        bot.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(dmsTo(ana)).hasSize(1);
        bot.advance(Duration.ofMinutes(1));
        assertThat(dmsTo(ana)).hasSize(2);
    }

    @Test
    @DisplayName("Log a touchpoint on the reminder opens a form; the touchpoint is stored and the clock starts again")
    void resetByTheReminderForm() {
        adds(ana, "Eastside Food Bank");
        days(14);

        // WHEN ana presses Log a touchpoint on the reminder in her DMs
        opensLatest(ana);
        Reply form = ana.presses("Log a touchpoint");
        assertThat(form.isForm()).isTrue();
        assertThat(form.form().title()).isEqualTo("Touchpoint: Eastside Food Bank");
        Reply after = ana.submits("note", "Called Maria; their priority is the summer meals", "kind", "call");

        // THEN the reminder is replaced: nothing left in it, and she is told when the next one comes
        assertThat(after.update()).isTrue();
        assertThat(after.plainText()).contains("Logged your touchpoint with “Eastside Food Bank”", "All caught up");
        assertThat(after.buttons()).isEmpty();
        // AND the touchpoint is stored, as a call by her
        assertThat(touchpoints()).extracting(t -> t.kind() + " " + t.userId() + " " + t.note()).containsExactly("CALL " + ana.id() + " Called Maria; their priority is the summer meals");

        // AND the next reminder comes 14 days after it, not before
        days(13);
        assertThat(dmsTo(ana)).hasSize(1);
        days(1);
        assertThat(dmsTo(ana)).hasSize(2);
        assertThat(opensLatest(ana).plainText()).contains("Called Maria");
    }

    @Test
    @DisplayName("a contact just logged with /partner log, sent again from the reminder's form in the same words, is "
            + "kept once, and the reply says so")
    void formRepeatingAContactJustLogged() {
        adds(ana, "Eastside Food Bank");
        days(14);
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Called Maria", "kind", "call");
        bot.advance(Duration.ofMinutes(2));
        opensLatest(ana);
        ana.presses("Log a touchpoint");

        Reply after = ana.submits("note", "Called Maria", "kind", "call");

        assertThat(after.plainText()).startsWith("You've already logged that contact with “Eastside Food Bank” in those "
                + "words, so I kept the one entry.").doesNotContain("Logged your touchpoint");
        assertThat(touchpoints()).hasSize(1);
    }

    @Test
    @DisplayName("a touchpoint logged from the reminder's form in the evening: the reply gives the morning the next "
            + "reminder really comes, as /partner log does")
    void formLoggedInTheEveningSaysTheMorning() {
        // GIVEN ana's partner is reminded on 16 March at 15:00; she logs her call from the reminder at 22:00
        adds(ana, "Eastside Food Bank");
        days(14);
        bot.advance(Duration.ofHours(7));
        opensLatest(ana);
        ana.presses("Log a touchpoint");

        Reply after = ana.submits("note", "Called Maria", "kind", "call");

        // THEN she is told the next check-in is due on 30 March at 22:00, in her quiet hours (21-08), and comes the
        // morning after
        java.time.Instant due = bot.clock().instant().plus(Duration.ofDays(14));
        java.time.Instant morning = java.time.Instant.parse("2026-03-31T08:00:00Z");
        assertThat(after.plainText()).contains("Its reminders now count from this contact",
                "the next check-in is due", "after quiet hours");
        assertThat(firstTime(after.plainText())).isEqualTo(due);
        assertThat(lastShownTime(after.plainText())).isEqualTo(morning);
        // AND /partner log of the same contact would have said the same
        assertThat(remindersLine(ana, "Eastside Food Bank")).contains("after quiet hours");
        assertThat(lastShownTime(remindersLine(ana, "Eastside Food Bank"))).isEqualTo(morning);
        // AND that morning is when it comes
        nextReminderComesAt(ana, morning);
    }

    @Test
    @DisplayName("the form takes any text safely: SQL, emoji and @everyone are stored as written and ping nobody")
    void formTakesAnyText() {
        adds(ana, "Eastside Food Bank");
        days(14);
        opensLatest(ana);
        ana.presses("Log a touchpoint");

        Reply after = ana.submits("note", "'); DROP TABLE partners; -- 🎉 @everyone", "kind", "party");

        assertThat(after.plainText()).contains("as a note (I didn't recognise the kind “party”)");
        assertThat(touchpoints()).extracting(Touchpoint::note).containsExactly("'); DROP TABLE partners; -- 🎉 @everyone");
        days(14);
        Reply next = opensLatest(ana);
        assertThat(next.plainText()).contains("🎉 @everyone");
        assertThat(next.mentionUsers()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a check-in WHEN ana sends its Log a touchpoint form with only an emoji, or only @everyone, "
            + "THEN it is refused kindly, saying to press the button again and write what happened; nothing is "
            + "logged, and the check-in is still there")
    void formRefusesANoteWithoutWords() {
        adds(ana, "Eastside Food Bank");
        days(14);
        Reply reminder = opensLatest(ana);

        ana.presses("Log a touchpoint");
        Reply emoji = ana.submits("note", "🎉", "kind", "call");
        ana.reads(reminder);
        ana.presses("Log a touchpoint");
        Reply mentions = ana.submits("note", "@everyone");

        assertThat(emoji.plainText()).isEqualTo("“🎉” has no letter or number, and a touchpoint's note needs words so "
                + "the coalition can read later what happened: nothing was logged. Press **Log a touchpoint** again "
                + "and write what happened, for example “Coffee with their volunteer lead”; an emoji can go with the "
                + "words (“Lunch 🍎 with the director”).");
        assertThat(mentions.plainText()).isEqualTo("“@everyone” only mentions people (such as @everyone or a member), "
                + "and a touchpoint's note says what happened with the partner: nothing was logged. Press **Log a "
                + "touchpoint** again and write what happened, for example “Coffee with their volunteer lead”; a "
                + "member you met can be named among the words.");
        assertThat(mentions.mentionUsers()).isEmpty();
        assertThat(emoji.update()).isFalse();
        assertThat(touchpoints()).isEmpty();
        assertThat(partner("Eastside Food Bank").lastTouchAt()).isNull();
        // AND the check-in's form is still there to log it in words
        ana.reads(reminder);
        ana.presses("Log a touchpoint");
        assertThat(ana.submits("note", "Lunch 🍎 with the director").plainText())
                .startsWith("Logged your touchpoint with “Eastside Food Bank”");
    }

    @Test
    @DisplayName("GIVEN a check-in WHEN ana sends its Log a touchpoint form with only a Hangul filler (a letter that "
            + "shows as a blank) THEN it is refused as an empty note is; nothing is logged")
    void formRefusesANoteOfHiddenCharacters() {
        // GIVEN a check-in, whose form refuses an empty note
        adds(ana, "Eastside Food Bank");
        days(14);
        Reply reminder = opensLatest(ana);
        ana.presses("Log a touchpoint");
        Reply empty = ana.submits("note", " ");

        // WHEN ana sends it with a Hangul filler and a zero-width space
        ana.reads(reminder);
        ana.presses("Log a touchpoint");
        Reply filler = ana.submits("note", "\u3164\u200B", "kind", "call");

        // THEN she reads what an empty note gets, and nothing is logged
        assertThat(empty.plainText()).startsWith("Tell me a few words about the touchpoint: nothing was logged.");
        assertThat(filler.plainText()).isEqualTo(empty.plainText());
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("a 10,000-character note is refused kindly, and the reminder is still there to try again")
    void formRefusesTooLong() {
        adds(ana, "Eastside Food Bank");
        days(14);
        opensLatest(ana);
        ana.presses("Log a touchpoint");

        Reply refused = ana.submits("note", "x".repeat(10_000));

        assertThat(refused.plainText()).contains("10,000 characters").contains("1,000");
        assertThat(refused.update()).isFalse();
        assertThat(touchpoints()).isEmpty();
        opensLatest(ana);
        assertThat(ana.presses("Log a touchpoint").isForm()).isTrue();
    }

    // --- one message per owner -------------------------------------------------------------------------------

    @Test
    @DisplayName("one message per owner lists all their partners that fell due, with a menu to pick one")
    void batchedPerOwner() {
        Member bo = bot.member("bo");
        adds(ana, "Eastside Food Bank", "Lincoln High", "First Baptist Church");
        adds(bo, "City Parks");

        days(14);

        assertThat(dmsTo(ana)).hasSize(1);
        assertThat(dmsTo(bo)).hasSize(1);
        Reply mine = opensLatest(ana);
        assertThat(mine.plainText()).contains("Time to check in with 3 partners", "Eastside Food Bank",
                "Lincoln High", "First Baptist Church").doesNotContain("City Parks");
        assertThat(menu(mine)).containsExactlyInAnyOrder("Eastside Food Bank", "Lincoln High",
                "First Baptist Church");
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.SENT));

        // WHEN she picks one partner, its buttons replace the menu
        Reply one = ana.picks(String.valueOf(partnerId("Lincoln High")));
        assertThat(one.update()).isTrue();
        assertThat(one.plainText()).contains("Lincoln High").doesNotContain("Eastside Food Bank");
        String idea = CultivateIdeas.load(new org.partnercoach.curriculum.CurriculumLoader(null))
                .pick(partnerId("Lincoln High"), cultivateRows(TestBot.GUILD, ana.id()).get(0).id(), "Lincoln High",
                        false);
        assertThat(mine.plainText()).contains(idea);
        assertThat(one.plainText()).contains(idea);
        assertThat(labels(one)).containsExactly("Log a touchpoint", "Snooze 1 day", "Snooze 1 week",
                "We've moved on", "◀ All partners");

        // WHEN she snoozes it for a week, the list comes back without it
        Reply back = ana.presses("Snooze 1 week");
        assertThat(back.plainText()).contains("Snoozed “Lincoln High”", "2 partners").doesNotContain("Lincoln High ·");
        assertThat(menu(back)).containsExactlyInAnyOrder("Eastside Food Bank", "First Baptist Church");

        // AND a week later Lincoln High alone comes back; the others wait for their cadence
        days(7);
        assertThat(dmsTo(ana)).hasSize(2);
        assertThat(opensLatest(ana).plainText()).contains("Time to check in with Lincoln High")
                .doesNotContain("Eastside");
    }

    @Test
    @DisplayName("an owner with 30 partners due gets one message: ten on the card, all 30 in two menus, none later")
    void oneMessagePerOwner() {
        for (int i = 1; i <= 30; i++) {
            adds(ana, "Partner " + i);
            bot.clock().advance(Duration.ofMinutes(1));
        }
        days(14);

        assertThat(dmsTo(ana)).hasSize(1);
        Reply first = dmsTo(ana).get(0).reply();
        assertThat(first.plainText()).contains("Time to check in with 30 partners", "…and 20 more");
        assertThat(menu(first)).hasSize(30).startsWith("Partner 1", "Partner 2").contains("Partner 30");
        List<org.partnercoach.chat.SelectMenu> menus = first.rows().stream().filter(r -> r instanceof Row.Select)
                .map(r -> ((Row.Select) r).menu()).toList();
        assertThat(menus).hasSize(2);
        assertThat(menus.get(0).options()).hasSize(25);
        assertThat(menus.get(0).id()).isNotEqualTo(menus.get(1).id());
        assertThat(first.rows()).hasSizeLessThanOrEqualTo(5);
        assertThat(first.cards().get(0).fields()).hasSizeLessThanOrEqualTo(25);
        assertThat(first.cards().get(0).length()).isLessThan(6000);

        // the second menu works like the first
        String partner27 = menus.get(1).options().stream().filter(o -> o.label().equals("Partner 27")).findFirst()
                .orElseThrow().value();
        Reply picked = bot.app().router().handle(new Inbound.Selection(ana.caller(Surface.DM), menus.get(1).id(),
                List.of(partner27)));
        assertThat(picked.plainText()).contains("Time to check in with Partner 27");
        assertThat(labels(picked)).contains("Log a touchpoint", "Snooze 1 day");

        // every one of them was reminded: no second message a minute, or a day, later
        bot.advance(Duration.ofMinutes(1));
        days(1);
        assertThat(dmsTo(ana)).hasSize(1);
    }

    @Test
    @DisplayName("a deleted partner's reminder state is deleted with it; the other partners' states stay")
    void deletedPartnerForgotten() {
        adds(ana, "Eastside Food Bank", "Lincoln High");
        long eastside = partnerId("Eastside Food Bank");
        long lincoln = partnerId("Lincoln High");
        days(14);
        assertThat(statesOf(eastside)).isEqualTo(1);

        ana.runs("partner delete", "partner", "Eastside Food Bank");
        assertThat(ana.presses("Delete for good").text()).contains("Deleted “Eastside Food Bank”");

        assertThat(statesOf(eastside)).isZero();
        assertThat(statesOf(lincoln)).isEqualTo(1);
    }

    @Test
    @DisplayName("a check-in's buttons and menu about a partner deleted since say so, and show what is left of it, "
            + "not the stale-message answer")
    void buttonsOfADeletedPartnerSaySo() {
        // GIVEN ana opened Eastside Food Bank on her check-in about two partners, and then it was deleted
        adds(ana, "Eastside Food Bank", "Lincoln High");
        days(14);
        Reply reminder = opensLatest(ana);
        long eastside = partnerId("Eastside Food Bank");
        Reply page = ana.picks(String.valueOf(eastside));
        Button snooze = page.buttons().stream().filter(b -> b.label().equals("Snooze 1 day")).findFirst()
                .orElseThrow();
        ana.runs("partner delete", "partner", "Eastside Food Bank");
        ana.presses("Delete for good");

        // WHEN she presses Snooze 1 day on its page
        Reply after = ana.pressesId(snooze.id());

        // THEN she is told it was deleted, and the reminder shows the partner still left in it
        assertThat(after.plainText()).contains("“Eastside Food Bank” was deleted from the list on", "by <@" + ana.id() + ">",
                        "/partner add name:\"Eastside Food Bank\"", "Lincoln High")
                .doesNotContain("older message", "Run the command");
        assertThat(after.update()).isTrue();
        // AND picking it from the reminder's menu says the same
        ana.reads(reminder);
        assertThat(ana.picks(String.valueOf(eastside)).plainText()).contains("“Eastside Food Bank” was deleted from "
                        + "the list on").doesNotContain("older message");
    }

    @Test
    @DisplayName("a check-in reminder's button that is out of date points to the partner pages, not to a command "
            + "that showed it")
    void staleCheckInButtonSaysWhatToDo() {
        adds(ana, "Eastside Food Bank");
        days(14);
        Button snooze = opensLatest(ana).buttons().get(1);

        assertThat(ana.pressesId(CustomId.of("cultivate", "snooze", snooze.id().arg(0), 999_999, 1, 1)).plainText())
                .contains("older message", "/partner list mine:true").doesNotContain("Run the command");
    }

    /** A partner's reminder state as stored (every column), to show a press changed nothing. */
    private String stateRow(long partnerId) {
        return bot.storedRows().read(c -> Database.one(c, "SELECT * FROM cultivate_states WHERE guild_id = ?"
                + " AND partner_id = ?", rs -> {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                    }
                    return row.toString();
                }, TestBot.GUILD, partnerId)).orElse("none");
    }

    /** What a member who pressed a button about Lincoln High, archived by {@code by} since, is told first. */
    private static String movedOnLine(java.time.Instant at, Member by, String reason, String so) {
        return "“Lincoln High” has moved on: <@" + by.id() + "> archived it on "
                + org.partnercoach.chat.TimeMarkup.full(at) + "." + (reason == null ? "" : " The reason given: “"
                + reason + "”.") + " " + so + ". If you still work with them, bring it back with "
                + "`/partner restore partner:\"Lincoln High\"`.";
    }

    @Test
    @DisplayName("GIVEN bea's check-in about Lincoln High WHEN a coordinator archives it and bea presses Snooze 1 day "
            + "THEN she hears it moved on, who archived it and why, that nothing was snoozed and how to bring it "
            + "back; nothing is stored")
    void snoozeAfterArchiveSaysItMovedOn() {
        Member bea = bot.member("bea");
        Member cora = bot.coordinator("cora");
        adds(ana, "Lincoln High");
        ana.runs("partner owner", "partner", "Lincoln High", "member", String.valueOf(bea.id()));
        days(14);
        Button snooze = opensLatest(bea).buttons().stream().filter(b -> b.label().equals("Snooze 1 day"))
                .findFirst().orElseThrow();
        long lincoln = partnerId("Lincoln High");
        java.time.Instant at = bot.clock().instant();
        cora.runs("partner archive", "partner", "Lincoln High", "reason", "school merged");
        String before = stateRow(lincoln);

        Reply pressed = bea.pressesId(snooze.id());

        assertThat(pressed.plainText()).startsWith(movedOnLine(at, cora, "school merged",
                        "So I didn't snooze it: it gets no check-in reminders now"))
                .contains("Nothing else is left in this reminder").doesNotContain("Snoozed", "All caught up");
        assertThat(pressed.update()).isTrue();
        assertThat(stateRow(lincoln)).isEqualTo(before);
        assertThat(partner("Lincoln High").stage().name()).isEqualTo("MOVED_ON");
        // AND no reminder comes for it, snoozed or not
        days(30);
        assertThat(dmsTo(bea)).filteredOn(dm -> dm.reply().plainText().contains("Time to check in")).hasSize(1);
        // AND once cora deleted her data, the press names a former member
        cora.runs("privacy forget");
        cora.presses("Delete my data");
        assertThat(bea.pressesId(snooze.id()).plainText()).startsWith("“Lincoln High” has moved on: a former member "
                + "archived it on " + org.partnercoach.chat.TimeMarkup.full(at) + ".").doesNotContain("<@" + cora.id());
        assertThat(stateRow(lincoln)).isEqualTo(before);
    }

    @Test
    @DisplayName("GIVEN ana's check-in about Lincoln High WHEN a coordinator archives it and ana logs a touchpoint "
            + "from the check-in THEN the contact is logged, and she hears it moved on, who archived it, when and why, "
            + "as a Snooze would say, and how to bring it back")
    void logAfterArchiveSaysWhoArchivedItAndWhy() {
        Member cora = bot.coordinator("cora");
        adds(ana, "Lincoln High");
        days(14);
        opensLatest(ana);
        java.time.Instant at = bot.clock().instant();
        cora.runs("partner archive", "partner", "Lincoln High", "reason", "merged with county program");

        Reply form = ana.presses("Log a touchpoint");
        assertThat(form.isForm()).isTrue();
        // AND the form says, before she writes, that it was archived since and that her contact is still kept
        assertThat(form.form().inputs().get(0).placeholder()).isEqualTo("It was archived since this reminder came; "
                + "a contact is still kept. What happened?");
        Reply logged = ana.submits("note", "Called Maria about the spring drive", "kind", "call");

        assertThat(logged.plainText()).startsWith("Logged your touchpoint with “Lincoln High”. " + movedOnLine(at,
                cora, "merged with county program", "So no check-in reminders come for it"));
        assertThat(touchpoints()).extracting(t -> t.kind() + " " + t.note())
                .containsExactly("CALL Called Maria about the spring drive");
        // AND she kept in touch, so she is thanked for it
        assertThat(logged.plainText()).contains("All caught up", "Thank you for keeping the relationships warm!");
    }

    @Test
    @DisplayName("GIVEN ana's check-in about two partners WHEN a coordinator hands one to bea and archives the other, "
            + "and ana picks the first THEN what is left of it says who has it now and that nothing is left in the "
            + "reminder, with no thanks for keeping in touch, which she did not")
    void aCheckInLeftBecauseOfOthersThanksNobody() {
        Member bea = bot.member("bea");
        Reply reminder = checkInThenEastsideHandedTo(bea, "Eastside Food Bank", "Lincoln High");
        bot.coordinator("cora").runs("partner archive", "partner", "Lincoln High", "reason", "closed for the year");

        ana.reads(reminder);
        Reply picked = ana.picks(String.valueOf(partnerId("Eastside Food Bank")));

        assertThat(picked.plainText()).isEqualTo(handedOnLine(bea) + "\n" + "Nothing else is left in this "
                + "reminder, so there's nothing more to do here. `/partner list mine:true` shows the partners you look "
                + "after, and `/partner show` where one's reminders stand.");
        assertThat(picked.cards()).isEmpty();
        assertThat(picked.update()).isTrue();
        assertThat(picked.buttons()).isEmpty();
        assertThat(menu(picked)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN ana's check-in about two partners WHEN one is archived and she picks it in the reminder's "
            + "menu THEN she hears it moved on, by whom, that nothing was snoozed and how to bring it back, over the "
            + "partner left")
    void pickingAnArchivedPartnerSaysItMovedOn() {
        adds(ana, "Eastside Food Bank", "Lincoln High");
        days(14);
        Reply reminder = opensLatest(ana);
        long lincoln = partnerId("Lincoln High");
        java.time.Instant at = bot.clock().instant();
        ana.runs("partner archive", "partner", "Lincoln High");
        String before = stateRow(lincoln);

        ana.reads(reminder);
        Reply picked = ana.picks(String.valueOf(lincoln));

        assertThat(picked.plainText()).startsWith(movedOnLine(at, ana, null,
                        "So nothing here was snoozed, and it gets no check-in reminders now"))
                .contains("Time to check in with Eastside Food Bank").doesNotContain("needs nothing more");
        assertThat(menu(picked)).isEmpty();
        assertThat(stateRow(lincoln)).isEqualTo(before);
    }

    /** What a member whose check-in named Eastside Food Bank reads once a coordinator handed it to {@code to}. */
    private static String handedOnLine(Member to) {
        return "“Eastside Food Bank” is looked after by <@" + to.id() + "> now, so its check-ins go to them.";
    }

    /** Ana's check-in names {@code names}; a coordinator then hands Eastside Food Bank to {@code to}. */
    private Reply checkInThenEastsideHandedTo(Member to, String... names) {
        adds(ana, names);
        days(14);
        Reply reminder = opensLatest(ana);
        bot.coordinator("dee").runs("partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(to.id()));
        return reminder;
    }

    @Test
    @DisplayName("GIVEN ana's check-in about two partners WHEN a coordinator hands one to bea and ana says the other "
            + "moved on THEN what is left of the check-in shows nothing of the partner handed on, and says bea looks "
            + "after it now")
    void aPartnerHandedOnLeavesTheRefreshedCheckIn() {
        Member bea = bot.member("bea");
        Reply reminder = checkInThenEastsideHandedTo(bea, "Eastside Food Bank", "Lincoln High");
        long eastside = partnerId("Eastside Food Bank");
        String before = stateRow(eastside);

        ana.reads(reminder);
        ana.picks(String.valueOf(partnerId("Lincoln High")));
        Reply left = ana.presses("We've moved on");

        assertThat(left.plainText()).startsWith("“Lincoln High” has moved on.").contains(handedOnLine(bea),
                "Nothing else is left in this reminder").doesNotContain("Time to check in", "Eastside Food Bank ·",
                "All caught up");
        assertThat(left.update()).isTrue();
        assertThat(left.buttons()).isEmpty();
        assertThat(menu(left)).isEmpty();
        assertThat(left.mentionUsers()).isEmpty();
        assertThat(stateRow(eastside)).isEqualTo(before);
    }

    @Test
    @DisplayName("GIVEN ana's check-in about three partners WHEN one is handed to bea THEN picking it in the menu "
            + "says bea looks after it now, and the list she goes back to leaves it out of the card and the menu")
    void pickingAPartnerHandedOnSaysWhoHasItNow() {
        Member bea = bot.member("bea");
        Reply reminder = checkInThenEastsideHandedTo(bea, "Eastside Food Bank", "Lincoln High",
                "First Baptist Church");

        // WHEN she picks the partner handed on in the check-in's menu
        ana.reads(reminder);
        Reply picked = ana.picks(String.valueOf(partnerId("Eastside Food Bank")));

        // THEN she reads who has it now, over the two partners left, with nothing to press for it
        assertThat(picked.plainText()).startsWith(handedOnLine(bea)).contains("Time to check in with 2 partners")
                .doesNotContain("Eastside Food Bank ·", "needs nothing more");
        assertThat(menu(picked)).containsExactlyInAnyOrder("Lincoln High", "First Baptist Church");
        assertThat(picked.update()).isTrue();

        // AND after opening another partner and going back to the list, the same
        ana.picks(String.valueOf(partnerId("Lincoln High")));
        Reply all = ana.presses("◀ All partners");
        assertThat(all.plainText()).startsWith(handedOnLine(bea)).contains("Time to check in with 2 partners")
                .doesNotContain("Eastside Food Bank ·");
        assertThat(menu(all)).containsExactlyInAnyOrder("Lincoln High", "First Baptist Church");
    }

    @Test
    @DisplayName("GIVEN ana opened a partner of her check-in WHEN it is handed to bea and she presses its Snooze or "
            + "We've moved on THEN she hears bea looks after it now and only bea or a coordinator may do that; "
            + "nothing changes, and the partner left shows")
    void buttonsOfAPartnerHandedOnSayWhoHasItNow() {
        Member bea = bot.member("bea");
        adds(ana, "Eastside Food Bank", "Lincoln High");
        days(14);
        opensLatest(ana);
        Reply opened = ana.picks(String.valueOf(partnerId("Eastside Food Bank")));
        bot.coordinator("dee").runs("partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(bea.id()));
        long eastside = partnerId("Eastside Food Bank");
        String before = stateRow(eastside);

        for (String label : List.of("Snooze 1 week", "We've moved on")) {
            ana.reads(opened);
            Reply refused = ana.presses(label);

            assertThat(refused.plainText()).startsWith(handedOnLine(bea) + " Only they or a coordinator can "
                    + (label.startsWith("Snooze") ? "snooze its reminders" : "say we've moved on from it")
                    + " now, so nothing changed; you can still log touchpoints with `/partner log`.")
                    .contains("Time to check in with Lincoln High").doesNotContain("Eastside Food Bank ·");
            assertThat(refused.update()).isTrue();
        }
        assertThat(stateRow(eastside)).isEqualTo(before);
        assertThat(partner("Eastside Food Bank").stage().name()).isEqualTo("RESEARCHING");
    }

    private int statesOf(long partnerId) {
        return bot.storedRows().read(c -> Database.one(c, "SELECT COUNT(*) FROM cultivate_states WHERE guild_id = ?"
                + " AND partner_id = ?", rs -> rs.getInt(1), TestBot.GUILD, partnerId)).orElseThrow();
    }

    /** Both partners of ana fall due on Tuesday 15:00; the run at Wednesday 06:50 holds her reminder until 08:00. */
    private void dueAtNightThenHanded(String handed, Member to, String... names) {
        adds(ana, names);
        for (String name : names) {
            ana.runs("partner cadence", "partner", name, "days", "1");
        }
        bot.clock().advance(Duration.ofHours(39));
        bot.advance(Duration.ofMinutes(50));
        assertThat(bot.messenger().sent()).isEmpty();
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.PENDING));
        ana.runs("partner owner", "partner", handed, "member", String.valueOf(to.id()));
    }

    @Test
    @DisplayName("a partner handed over while its reminder waits for the morning is brought up to its new owner only")
    void handedOverWhileHeldGoesToTheNewOwnerOnly() {
        Member bea = bot.member("bea");
        dueAtNightThenHanded("Eastside Food Bank", bea, "Eastside Food Bank");

        bot.advance(Duration.ofHours(2));

        assertThat(dmsTo(bea).stream().filter(s -> s.reply().plainText().contains("Time to check in"))).singleElement()
                .satisfies(s -> assertThat(s.reply().plainText()).contains("Time to check in with Eastside Food Bank"));
        assertThat(dmsTo(ana)).isEmpty();
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isNotEqualTo(ScheduledSend.Status.SENT));
        assertThat(reminders(partnerId("Eastside Food Bank"))).isEqualTo(1);
    }

    @Test
    @DisplayName("a partner handed over while its reminder waits: its new owner hears who handed it to her before the "
            + "check-in about it, even within the same second")
    void handedOverNoticeComesBeforeTheCheckIn() {
        // GIVEN bea lives in Tokyo, where it is afternoon while ana's reminder waits for her morning; the hand-over
        // happens half a second into a minute, as on a real clock
        Member bea = bot.member("bea");
        bea.runs("settings timezone", "zone", "Asia/Tokyo");
        bot.clock().advance(Duration.ofMillis(500));

        // WHEN ana hands the due partner to bea
        dueAtNightThenHanded("Eastside Food Bank", bea, "Eastside Food Bank");
        bot.app().scheduler().runDue();

        // THEN bea is told first that the partner is hers now, then reminded to check in with it
        assertThat(dmsTo(bea)).extracting(s -> s.reply().plainText()).hasSize(2).satisfiesExactly(
                first -> assertThat(first).contains("asked you to look after", "Eastside Food Bank"),
                second -> assertThat(second).contains("Time to check in with Eastside Food Bank"));
    }

    @Test
    @DisplayName("\"done\" typed in the DM under a check-in reminder: the reply names the partner and the button that "
            + "logs the contact, not the coaching walks; nothing is logged from the word alone")
    void doneTypedUnderACheckIn() {
        // GIVEN ana's check-in reminder about Eastside Food Bank just came
        adds(ana, "Eastside Food Bank");
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);

        // WHEN she types "done!" under it
        Reply reply = ana.types("done!");

        // THEN the reply is about the reminder, and says which button keeps the contact
        assertThat(reply.plainText()).contains("Glad you were in touch with “Eastside Food Bank”", "Log a touchpoint",
                "Nothing is logged until you do").doesNotContain("walk");
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("other everyday ways of saying it under a check-in (\"done, thanks!\", \"just called them\", "
            + "\"snooze 1 week\", \"remind me tomorrow\", \"not right now\") answer it as \"done\" and \"not now\" "
            + "do, not the walks' \"no walk open\" or the DM's pointer to /remind")
    void everydayWordsUnderACheckIn() {
        adds(ana, "Eastside Food Bank");
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);

        for (String done : List.of("done, thanks!", "Done. Thank you", "just called them", "I just emailed her",
                "Already did it 👍")) {
            assertThat(ana.types(done).plainText()).as(done).contains("Glad you were in touch with “Eastside Food "
                    + "Bank”", "Log a touchpoint").doesNotContain("walk", "/remind");
        }
        for (String later : List.of("snooze 1 week", "Snooze it for a day", "remind me tomorrow",
                "remind me next week", "not right now", "not this week", "no time this week")) {
            assertThat(ana.types(later).plainText()).as(later).contains("No problem", "Snooze 1 day",
                    "Snooze 1 week").doesNotContain("walk", "/remind");
        }
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN ana's check-in came below her walk's question WHEN she tells of the contact in her own words "
            + "(\"I emailed the principal this morning\") THEN the reply is about the check-in, as for \"done\", and "
            + "the walk keeps nothing of it; once snoozed, such a line logs the contact with its kind")
    void contactToldInHerOwnWords() {
        adds(ana, "Eastside Food Bank");
        ana.types("start");
        ana.types("Rotary Club");
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);

        for (String told : List.of("I emailed the principal this morning", "Spoke with their director at the fair",
                "called the pantry manager yesterday, she is keen")) {
            assertThat(ana.types(told).plainText()).as(told).contains("Glad you were in touch with “Eastside Food "
                    + "Bank”", "Log a touchpoint", "Nothing is logged until you do");
        }
        assertThat(touchpoints()).isEmpty();
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered");

        opensLatest(ana);
        ana.presses("Snooze 1 week");
        assertThat(ana.types("I emailed the principal this morning").plainText()).contains("Logged", "as an email");
        assertThat(touchpoints()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(org.partnercoach.partners.Touchpoint.Kind.EMAIL);
            assertThat(t.note()).contains("I emailed the principal this morning");
        });
    }

    @Test
    @DisplayName("a line that tells of a contact is the walk's when no check-in stands below it, and a long one is "
            + "an answer even under a check-in")
    void contactToldWithoutACheckIn() {
        adds(ana, "Eastside Food Bank");
        ana.types("start");
        assertThat(ana.types("I emailed the principal this morning").plainText()).contains("Saved");

        days(14);
        assertThat(dmsTo(ana)).hasSize(1);
        String long_ = "I emailed the principal " + "and we talked about the food drive ".repeat(10);
        assertThat(ana.types(long_).plainText()).doesNotContain("Glad you were in touch");
    }

    @Test
    @DisplayName("\"not now\" typed under a check-in reminder: the reply points to its snooze buttons")
    void notNowTypedUnderACheckIn() {
        adds(ana, "Eastside Food Bank", "Lincoln High");
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);

        Reply reply = ana.types("Not now");

        assertThat(reply.plainText()).contains("No problem", "Snooze 1 day", "Snooze 1 week", "after picking the "
                + "partner", "“Eastside Food Bank” and “Lincoln High”");
    }

    @Test
    @DisplayName("\"done\" typed under a check-in she had snoozed: the contact is logged, the reply says so, and the "
            + "snooze is over (the next check-in counts from the contact)")
    void doneAfterSnoozingLogsTheCheckIn() {
        // GIVEN ana snoozed her check-in about Eastside Food Bank for a week (the reminder keeps no buttons then)
        adds(ana, "Eastside Food Bank");
        days(14);
        opensLatest(ana);
        ana.presses("Snooze 1 week");

        // WHEN she reaches out after all, and says so under it
        Reply reply = ana.types("I reached out");

        // THEN the check-in is recorded, and she is told so, not answered about coaching walks
        assertThat(reply.plainText()).contains("Logged", "“Eastside Food Bank”", "snooze")
                .doesNotContain("walk");
        assertThat(touchpoints()).singleElement().satisfies(t -> assertThat(t.note()).contains("reached out"));
        // the week's snooze no longer brings the partner up: the next check-in is a cadence after the contact
        days(7);
        assertThat(dmsTo(ana)).hasSize(1);
        days(7);
        assertThat(dmsTo(ana)).hasSize(2);
    }

    @Test
    @DisplayName("\"done\" typed after the check-in's contact was logged says it is logged already, not the walks' "
            + "welcome, and logs nothing more")
    void doneAfterLoggingSaysItIsLogged() {
        // GIVEN ana logged her contact with the reminder's form
        adds(ana, "Eastside Food Bank");
        days(14);
        opensLatest(ana);
        ana.presses("Log a touchpoint");
        ana.submits("note", "Called Maria", "kind", "call");

        // WHEN she types "done" under it
        Reply reply = ana.types("done");

        // THEN she hears it is logged already
        assertThat(reply.plainText()).contains("already logged", "“Eastside Food Bank”")
                .doesNotContain("walk", "I'm Partner Coach");
        assertThat(touchpoints()).hasSize(1);
    }

    @Test
    @DisplayName("\"done\" typed twice under a snoozed check-in logs it once")
    void doneTwiceAfterSnoozingLogsOnce() {
        adds(ana, "Eastside Food Bank");
        days(14);
        opensLatest(ana);
        ana.presses("Snooze 1 day");
        ana.types("done");

        assertThat(ana.types("done!").plainText()).contains("already logged");
        assertThat(touchpoints()).hasSize(1);
    }

    @Test
    @DisplayName("\"called them\" under a snoozed check-in is logged as a call")
    void calledThemAfterSnoozingIsACall() {
        adds(ana, "Eastside Food Bank");
        days(14);
        opensLatest(ana);
        ana.presses("Snooze 1 day");

        assertThat(ana.types("called them").plainText()).contains("Logged", "call");

        assertThat(touchpoints()).singleElement().satisfies(t -> assertThat(t.kind()).isEqualTo(Touchpoint.Kind.CALL));
    }

    @Test
    @DisplayName("\"not now\" under a check-in she already snoozed says it is snoozed and until when")
    void notNowAfterSnoozingSaysItIsSnoozed() {
        adds(ana, "Eastside Food Bank");
        days(14);
        opensLatest(ana);
        ana.presses("Snooze 1 week");

        assertThat(ana.types("later").plainText()).contains("already snoozed", "“Eastside Food Bank”")
                .doesNotContain("walk");
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("\"done\" under a check-in of two partners she snoozed both of: asks which, logs nothing")
    void doneAfterSnoozingTwoAsksWhich() {
        adds(ana, "Eastside Food Bank", "Lincoln High");
        days(14);
        opensLatest(ana);
        ana.picks(String.valueOf(partnerId("Eastside Food Bank")));
        ana.presses("Snooze 1 day");
        // Lincoln High is left alone on the reminder, with its buttons
        ana.presses("Snooze 1 day");

        Reply reply = ana.types("done");

        assertThat(reply.plainText()).contains("“Eastside Food Bank” and “Lincoln High”", "/partner log")
                .doesNotContain("walk");
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("\"done\" after a walk moved since the reminder is the walks' again")
    void doneAfterAWalkIsTheWalks() {
        adds(ana, "Eastside Food Bank");
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);
        bot.clock().advance(Duration.ofMinutes(5));
        ana.types("start");
        assertThat(ana.types("done").plainText()).doesNotContain("Log a touchpoint");
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("\"done\" or \"not now\" under a check-in whose partner was deleted since names it, when and by whom "
            + "it was deleted, not the walks' welcome, and logs nothing")
    void doneAfterThePartnerWasDeleted() {
        // GIVEN ana's check-in about Eastside Food Bank came, and cora then deleted the partner for good
        adds(ana, "Eastside Food Bank");
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);
        java.time.Instant at = bot.clock().instant();
        Member cora = bot.coordinator("cora");
        cora.runs("partner delete", "partner", "Eastside Food Bank");
        cora.presses("Delete for good");

        // WHEN she types "done" under the check-in THEN she hears which partner went, when and by whom
        for (String said : List.of("done", "not now")) {
            assertThat(ana.types(said).plainText()).as(said).startsWith("“Eastside Food Bank” was deleted from the "
                    + "list on " + org.partnercoach.chat.TimeMarkup.full(at) + " by <@" + cora.id() + ">.")
                    .doesNotContain("walk", "I'm Partner Coach");
        }
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("a check-in's button about a partner deleted and added again since says so, and points to the page "
            + "of the one on the list now rather than to add it again")
    void buttonOfAPartnerDeletedAndAddedAgain() {
        adds(ana, "Eastside Food Bank", "Lincoln High");
        days(14);
        opensLatest(ana);
        Reply page = ana.picks(String.valueOf(partnerId("Eastside Food Bank")));
        Button snooze = page.buttons().stream().filter(b -> b.label().equals("Snooze 1 day")).findFirst()
                .orElseThrow();
        ana.runs("partner delete", "partner", "Eastside Food Bank");
        ana.presses("Delete for good");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        assertThat(ana.pressesId(snooze.id()).plainText()).contains("“Eastside Food Bank” was deleted from the list "
                + "on", "by <@" + ana.id() + ">. “Eastside Food Bank” is on the list again, as a new entry since: use "
                + "`/partner show partner:\"Eastside Food Bank\"` for it.", "Lincoln High")
                .doesNotContain("/partner add");
    }

    @Test
    @DisplayName("\"done\" or \"not now\" under a check-in where one of its two partners was deleted since answers "
            + "about the one left, and names the deleted one in one short line, when and by whom; nothing is logged "
            + "for it")
    void doneAfterOneOfTwoPartnersWasDeleted() {
        // GIVEN ana's check-in about Eastside Food Bank and Lincoln High came, and cora then deleted Eastside
        adds(ana, "Eastside Food Bank", "Lincoln High");
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);
        java.time.Instant at = bot.clock().instant();
        Member cora = bot.coordinator("cora");
        cora.runs("partner delete", "partner", "Eastside Food Bank");
        cora.presses("Delete for good");
        String gone = "“Eastside Food Bank” was deleted from the list on " + org.partnercoach.chat.TimeMarkup.full(at)
                + " by <@" + cora.id() + ">, so there's nothing to log for it.";

        // WHEN she types "done" THEN the reply is about Lincoln High alone, with one line about Eastside
        String done = ana.types("done").plainText();
        assertThat(done).contains("Glad you were in touch with “Lincoln High”! To keep it, press **Log a touchpoint**",
                gone).doesNotContain("“Eastside Food Bank” and", "after picking the partner", "walk");
        assertThat(done.lines().filter(l -> l.contains("Eastside"))).hasSize(1);
        // AND "not now" too
        assertThat(ana.types("not now").plainText()).contains("I'll bring “Lincoln High” up again", gone)
                .doesNotContain("“Eastside Food Bank” and");
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("\"done\" under a check-in whose one partner left is snoozed, the other deleted since, logs the "
            + "contact for the one left only, and names the deleted one")
    void doneAfterSnoozeWithTheOtherDeleted() {
        // GIVEN ana snoozed Lincoln High on her check-in, and cora deleted Eastside Food Bank
        adds(ana, "Eastside Food Bank", "Lincoln High");
        days(14);
        opensLatest(ana);
        ana.picks(String.valueOf(partnerId("Lincoln High")));
        ana.presses("Snooze 1 day");
        Member cora = bot.coordinator("cora");
        cora.runs("partner delete", "partner", "Eastside Food Bank");
        cora.presses("Delete for good");

        // WHEN she types "done"
        String done = ana.types("done").plainText();

        // THEN Lincoln High's contact is logged, and Eastside is named as deleted, nothing logged for it
        assertThat(done).contains("Logged your check-in with “Lincoln High”",
                "“Eastside Food Bank” was deleted from the list on", "by <@" + cora.id() + ">",
                "nothing to log for it");
        assertThat(touchpoints()).hasSize(1);
    }

    @Test
    @DisplayName("\"done\" two days after a check-in, with nothing after it in the DM, still answers the check-in")
    void doneDaysLaterStillAnswersTheCheckIn() {
        // GIVEN ana's check-in about Eastside Food Bank came two days ago, and nothing came after it
        adds(ana, "Eastside Food Bank");
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);
        days(2);

        // WHEN she types "done" under it
        Reply reply = ana.types("done");

        // THEN the reply is about the check-in, not the walks
        assertThat(reply.plainText()).contains("Glad you were in touch with “Eastside Food Bank”",
                "**Log a touchpoint** on my reminder above").doesNotContain("walk");
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("\"done\" after another message reached the DM since the check-in (a personal reminder) is not taken "
            + "for the check-in")
    void doneAfterAnotherDmIsNotTheCheckIns() {
        adds(ana, "Eastside Food Bank");
        days(14);
        ana.runs("remind", "when", "in 2h", "what", "Call Maria");
        bot.advance(Duration.ofHours(3));
        assertThat(dmsTo(ana)).hasSize(2);

        assertThat(ana.types("done").plainText()).doesNotContain("Eastside Food Bank", "Log a touchpoint");
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("\"done\" typed after another server's message reached the same DM since the check-in still "
            + "answers the check-in, whichever server she last worked in")
    void doneAnswersTheCheckInWhateverServerWroteSince() {
        // GIVEN ana's check-in about Eastside Food Bank came from this server
        adds(ana, "Eastside Food Bank");
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);
        // AND she then worked in the other server she shares with the bot, whose coordinator handed her a partner
        // there: its notice came into the same DM, below the check-in
        Member anaThere = bot.memberOfOtherServer("ana");
        Member olga = bot.coordinatorOfOtherServer("olga");
        assertThat(olga.runs("partner add", "name", "Lincoln High", "sector", "education").plainText())
                .startsWith("Added");
        anaThere.runs("partner list");
        olga.runs("partner owner", "partner", "Lincoln High", "member", String.valueOf(ana.id()));
        bot.advance(Duration.ofMinutes(1));
        assertThat(dmsTo(ana)).hasSize(2).last().satisfies(s -> assertThat(s.reply().plainText())
                .contains("Lincoln High"));

        // WHEN she types "done"
        Reply reply = ana.types("done");

        // THEN it answers the check-in above, the latest she got there
        assertThat(reply.plainText()).contains("Glad you were in touch with “Eastside Food Bank”",
                "Log a touchpoint").doesNotContain("walk");
        assertThat(ana.types("not now").plainText()).contains("No problem", "Snooze 1 day", "“Eastside Food Bank”");
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("\"done\" typed while check-ins of two servers are open in the same DM asks which, naming both "
            + "servers and partners, and logs nothing")
    void doneWithTwoServersCheckInsOpenAsksWhich() {
        bot.messenger().namesServer(TestBot.GUILD, "Eastside Coalition");
        bot.messenger().namesServer(TestBot.OTHER_GUILD, "River Health Alliance");
        // GIVEN ana's check-in about Eastside Food Bank came from this server, and a week later one about Lincoln
        // High from the other server she shares with the bot; both wait for her
        Member anaThere = bot.memberOfOtherServer("ana");
        adds(ana, "Eastside Food Bank");
        days(7);
        assertThat(anaThere.runs("partner add", "name", "Lincoln High", "sector", "education").plainText())
                .startsWith("Added");
        days(7);
        days(7);
        assertThat(dmsTo(ana)).hasSize(2);

        // WHEN she types "done"
        Reply done = ana.types("done");

        // THEN she is asked which, with both servers and both partners named
        assertThat(done.plainText()).contains("“Eastside Food Bank”", "Eastside Coalition", "“Lincoln High”",
                "River Health Alliance", "Which").doesNotContain("walk");
        assertThat(done.mentionUsers()).isEmpty();
        assertThat(ana.types("not now").plainText()).contains("“Eastside Food Bank”", "Eastside Coalition",
                "“Lincoln High”", "River Health Alliance");
        assertThat(touchpoints()).isEmpty();
        assertThat(bot.app().partners().allPartners(TestBot.OTHER_GUILD).stream()
                .flatMap(p -> bot.app().partners().recentTouchpoints(TestBot.OTHER_GUILD, p.id(), 10).stream()))
                .isEmpty();
    }

    @Test
    @DisplayName("\"done\" after another server's personal reminder reached the DM since the check-in is not taken "
            + "for the check-in, as one of the same server's is not")
    void doneAfterAnotherServersPersonalReminderIsNotTheCheckIns() {
        adds(ana, "Eastside Food Bank");
        days(14);
        Member anaThere = bot.memberOfOtherServer("ana");
        anaThere.runs("remind", "when", "in 2h", "what", "Call Maria");
        bot.advance(Duration.ofHours(3));
        assertThat(dmsTo(ana)).hasSize(2);

        assertThat(ana.types("done").plainText()).doesNotContain("Eastside Food Bank", "Log a touchpoint");
        assertThat(touchpoints()).isEmpty();
    }

    @Test
    @DisplayName("\"done\" under the unanswered \"pause or keep going?\" answers it until a cadence has passed, then "
            + "is the walks' again")
    void doneUnderAnOldQuestionStandsForACadence() {
        threeRemindersThenTheQuestion();

        days(13);
        assertThat(ana.types("done").plainText()).contains("Glad you were in touch with “Eastside Food Bank”");
        days(1);
        assertThat(ana.types("done").plainText()).doesNotContain("Eastside Food Bank", "Log a touchpoint");
    }

    @Test
    @DisplayName("\"not now\" after the check-in's contact was logged says it is logged already and when the next "
            + "check-in is due, not the walks' welcome")
    void notNowAfterLoggingSaysItIsLogged() {
        adds(ana, "Eastside Food Bank");
        days(14);
        opensLatest(ana);
        ana.presses("Log a touchpoint");
        ana.submits("note", "Called Maria", "kind", "call");

        Reply reply = ana.types("not now");

        assertThat(reply.plainText()).contains("already logged", "“Eastside Food Bank”", "nothing to snooze",
                "the next check-in is due").doesNotContain("walk", "I'm Partner Coach");
        assertThat(touchpoints()).hasSize(1);
    }

    @Test
    @DisplayName("\"done\" under a check-in of a partner handed to bea since: the reply says bea looks after it now "
            + "and how to log a real contact; nothing is logged")
    void doneAfterAHandOverNamesTheNewOwner() {
        // GIVEN ana's check-in about Eastside Food Bank came, and she then handed the partner to bea
        Member bea = bot.member("bea");
        adds(ana, "Eastside Food Bank");
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);
        ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bea.id()));

        // WHEN she types "done" under the check-in
        Reply reply = ana.types("done");

        // THEN she hears who looks after it now, and that nothing was logged from the word
        assertThat(reply.plainText()).contains("“Eastside Food Bank” is looked after by <@" + bea.id() + "> now",
                "logged nothing", "`/partner log partner:Eastside Food Bank`").doesNotContain("walk");
        assertThat(reply.mentionUsers()).isEmpty();
        assertThat(touchpoints()).isEmpty();
        // AND "later" is told there is nothing for her to snooze
        assertThat(ana.types("later").plainText()).contains("looked after by <@" + bea.id() + ">",
                "nothing for you to snooze");
    }

    @Test
    @DisplayName("\"done\" or \"not now\" typed in the DM under a check-in posted in the reminder channel points to "
            + "the channel, not to a reminder above")
    void doneUnderACheckInInTheChannelPointsThere() {
        bot.coordinator("cora").runs("coach setup", "channel", "555", "delivery", "channel");
        adds(ana, "Eastside Food Bank");
        days(14);
        assertThat(bot.messenger().sent()).singleElement().satisfies(post -> assertThat(post.direct()).isFalse());

        assertThat(ana.types("done").plainText()).contains("**Log a touchpoint** on my check-in in <#555>")
                .doesNotContain("above");
        assertThat(ana.types("not now").plainText()).contains("**Snooze 1 week** on my check-in in <#555>")
                .doesNotContain("above");
    }

    @Test
    @DisplayName("\"done\" or \"not now\" under a check-in whose partner she paused since: the reply says its "
            + "reminders are paused, how to log the contact and how to resume them, not the walks'; nothing is logged")
    void doneAfterPausingSaysItIsPaused() {
        // GIVEN ana was asked whether to pause her partner's reminders, and paused them
        threeRemindersThenTheQuestion();
        ana.presses("Pause reminders");

        // WHEN she types "done" under the question
        Reply reply = ana.types("done");

        // THEN she hears they are paused, and what logs the contact or brings the reminders back
        assertThat(reply.plainText()).contains("“Eastside Food Bank”", "paused",
                "`/partner log partner:Eastside Food Bank`", "**Resume reminders**", "`/partner show")
                .doesNotContain("I'm Partner Coach", "walk");
        assertThat(touchpoints()).isEmpty();
        // AND "not now" hears there is nothing to put off
        assertThat(ana.types("not now").plainText()).contains("“Eastside Food Bank”", "paused",
                "**Resume reminders**").doesNotContain("I'm Partner Coach", "walk");
        // AND once she resumes them, "done" is answered as under any check-in
        ana.runs("partner show", "partner", "Eastside Food Bank");
        ana.presses("Resume reminders");
        assertThat(ana.types("done").plainText()).doesNotContain("paused");
    }

    @Test
    @DisplayName("\"done\" typed after a snooze ended at night, while quiet hours hold the next check-in till morning, "
            + "still answers the check-in: the contact is logged, not the walks' welcome")
    void doneWhileQuietHoursHoldTheNextCheckIn() {
        // GIVEN ana's check-in came on Mon 16 March, 15:00, and she snoozed it for a day at 23:00
        adds(ana, "Eastside Food Bank");
        days(14);
        opensLatest(ana);
        bot.advance(Duration.ofHours(8));
        ana.presses("Snooze 1 day");

        // WHEN the snooze ends at 23:00 the next day, in quiet hours, which hold the next check-in till 08:00
        bot.advance(Duration.ofDays(1).plusMinutes(30));
        assertThat(dmsTo(ana)).hasSize(1);
        java.time.Instant morning = java.time.Instant.parse("2026-03-18T08:00:00Z");

        // THEN "not now" says when it comes up again: in the morning
        Reply later = ana.types("not now");
        assertThat(later.plainText()).contains("already snoozed", "“Eastside Food Bank”")
                .doesNotContain("I'm Partner Coach");
        assertThat(shownTime(later.text())).isEqualTo(morning);
        // AND "done" logs the contact
        assertThat(ana.types("done").plainText()).contains("Logged", "“Eastside Food Bank”")
                .doesNotContain("I'm Partner Coach");
        assertThat(touchpoints()).hasSize(1);
    }

    @Test
    @DisplayName("\"done\" typed in the night after the next check-in fell due, while quiet hours hold it till "
            + "morning, still answers the check-in above")
    void doneWhileQuietHoursHoldTheCadencesCheckIn() {
        // GIVEN ana's check-in came at 15:00; the coordinators then set quiet hours from 14:30 to 20:00
        adds(ana, "Eastside Food Bank");
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);
        bot.coordinator("cora").runs("coach setup", "quiet", "14:30-20:00");

        // WHEN its next check-in falls due 14 days later at 15:00, in quiet hours, and she types "done" at 16:00
        days(14);
        bot.advance(Duration.ofHours(1));
        assertThat(dmsTo(ana)).hasSize(1);

        // THEN the reply is about the check-in above
        assertThat(ana.types("done").plainText()).contains("Glad you were in touch with “Eastside Food Bank”",
                "**Log a touchpoint** on my reminder above").doesNotContain("I'm Partner Coach");
    }

    @Test
    @DisplayName("a waiting reminder listing several partners keeps only those its recipient still looks after")
    void handedOverLeavesTheRestOfTheReminder() {
        Member bea = bot.member("bea");
        dueAtNightThenHanded("Eastside Food Bank", bea, "Eastside Food Bank", "Lincoln High");

        bot.advance(Duration.ofHours(2));

        assertThat(opensLatest(ana).plainText()).contains("Time to check in with Lincoln High")
                .doesNotContain("Eastside Food Bank");
        assertThat(dmsTo(bea).stream().map(s -> s.reply().plainText())
                .filter(t -> t.contains("Time to check in"))).singleElement().satisfies(t -> assertThat(t)
                .contains("Time to check in with Eastside Food Bank").doesNotContain("Lincoln High"));
        // each partner counts one reminder: the one its owner got
        assertThat(reminders(partnerId("Eastside Food Bank"))).isEqualTo(1);
        assertThat(reminders(partnerId("Lincoln High"))).isEqualTo(1);
    }

    @Test
    @DisplayName("a waiting reminder composed after one of its partners was handed on, before the planner lists it "
            + "again, leaves that partner out")
    void composedAfterAHandOverLeavesThePartnerOut() {
        // GIVEN ana's reminder about two partners waits for her morning, and Eastside Food Bank is handed to bea
        Member bea = bot.member("bea");
        dueAtNightThenHanded("Eastside Food Bank", bea, "Eastside Food Bank", "Lincoln High");
        ScheduledSend waiting = cultivateRows(TestBot.GUILD, ana.id()).get(0);
        assertThat(CultivateReminders.partnerIds(waiting)).contains(partnerId("Eastside Food Bank"));

        // WHEN the outbox composes it as it stands
        org.partnercoach.outbox.SendKind kind = bot.app().sendKinds().stream()
                .filter(k -> k.name().equals(CultivateReminders.KIND)).findFirst().orElseThrow();
        java.util.Optional<Reply> composed = kind.compose(waiting);

        // THEN it names only the partner she still looks after
        assertThat(composed).hasValueSatisfying(r -> assertThat(r.plainText())
                .contains("Time to check in with Lincoln High").doesNotContain("Eastside Food Bank"));
    }

    private int reminders(long partnerId) {
        return bot.storedRows().read(c -> Database.one(c, "SELECT reminders FROM cultivate_states WHERE guild_id = ?"
                + " AND partner_id = ?", rs -> rs.getInt(1), TestBot.GUILD, partnerId)).orElse(0);
    }

    @Test
    @DisplayName("a run reads and records its reminders a slice at a time: 30 more owners cost a handful of statements")
    void statementsDoNotGrowWithOwners() {
        long few = statementsOfOneRun(10);
        long many = statementsOfOneRun(40);

        // one statement per message would add 30 or more; two slices of up to 25 instead of one add a handful
        assertThat(many - few).isLessThan(15);
    }

    /**
     * The statements of the run that reminds {@code owners} members of their two partners each, in a bot of its
     * own; each of them gets one message, and the reminders are recorded (a run a minute later sends nothing).
     */
    private long statementsOfOneRun(int owners) {
        try (TestBot own = TestBot.inMemory()) {
            List<Member> members = new java.util.ArrayList<>();
            for (int i = 0; i < owners; i++) {
                Member m = own.member("owner" + i);
                adds(m, "Clinic " + i, "Library " + i);
                members.add(m);
            }
            own.clock().advance(Duration.ofDays(15));

            long before = Database.statementsRun();
            int sent = own.app().scheduler().runSends();
            long statements = Database.statementsRun() - before;

            assertThat(sent).isEqualTo(owners);
            members.forEach(m -> assertThat(own.messenger().directTo(m.id())).singleElement()
                    .satisfies(dm -> assertThat(dm.reply().plainText()).contains("Time to check in with 2 partners",
                            "Clinic " + m.name().substring(5), "Library " + m.name().substring(5))));
            own.clock().advance(Duration.ofMinutes(1));
            assertThat(own.app().scheduler().runSends()).isZero();
            return statements;
        }
    }

    // --- snooze, moved on ------------------------------------------------------------------------------------

    @Test
    @DisplayName("Snooze 1 day and Snooze 1 week bring the reminder back a day or a week later")
    void snooze() {
        adds(ana, "Eastside Food Bank");
        days(14);
        opensLatest(ana);

        Reply snoozed = ana.presses("Snooze 1 day");
        assertThat(snoozed.plainText()).contains("Snoozed “Eastside Food Bank”", "Nothing else is left in this "
                + "reminder").doesNotContain("All caught up");
        bot.advance(Duration.ofHours(23));
        assertThat(dmsTo(ana)).hasSize(1);
        bot.advance(Duration.ofHours(1));
        assertThat(dmsTo(ana)).hasSize(2);

        opensLatest(ana);
        ana.presses("Snooze 1 week");
        days(6);
        assertThat(dmsTo(ana)).hasSize(2);
        days(1);
        assertThat(dmsTo(ana)).hasSize(3);
    }

    /** The first time shown in a text, as a date ({@code <t:..:f>}) or as "in 3 days" ({@code <t:..:R>}). */
    private static java.time.Instant firstTime(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<t:(\\d+):[fR]>").matcher(text);
        assertThat(m.find()).as("a time in: %s", text).isTrue();
        return java.time.Instant.ofEpochSecond(Long.parseLong(m.group(1)));
    }

    /** Moves the clock to a minute before {@code at}: no new DM yet; then to {@code at}: the next one comes. */
    private void nextReminderComesAt(Member m, java.time.Instant at) {
        int before = dmsTo(m).size();
        bot.advance(Duration.between(bot.clock().instant(), at).minusMinutes(1));
        assertThat(dmsTo(m)).as("DMs a minute before %s", at).hasSize(before);
        bot.advance(Duration.ofMinutes(1));
        assertThat(dmsTo(m)).as("DMs at %s", at).hasSize(before + 1);
    }

    @Test
    @DisplayName("Snooze says when the next reminder is due, and it comes then: the snooze's end")
    void snoozeSaysWhenTheSnoozeEnds() {
        // GIVEN ana's partner is reminded on 16 March, 15:00
        adds(ana, "Eastside Food Bank");
        days(14);
        bot.advance(Duration.ofHours(2));

        // WHEN she presses Snooze 1 week on it
        opensLatest(ana);
        Reply snoozed = ana.presses("Snooze 1 week");

        // THEN she is told the next reminder is due a week from now, with no other reason
        java.time.Instant weekLater = bot.clock().instant().plus(Duration.ofDays(7));
        assertThat(snoozed.text()).contains("Snoozed “Eastside Food Bank”: the next reminder is due")
                .doesNotContain("later than the snooze");
        assertThat(firstTime(snoozed.text())).isEqualTo(weekLater);
        // AND it comes then
        nextReminderComesAt(ana, weekLater);
    }

    @Test
    @DisplayName("a check-in keeps its time of day across a daylight-saving change: 10:00 in New York stays 10:00")
    void checkInKeepsItsLocalTimeAcrossDaylightSaving() {
        // GIVEN ana lives in New York and adds a partner on Monday 2 March at 10:00 (EST, 15:00 UTC); the clocks go
        // forward on Sunday 8 March
        ana.runs("settings timezone", "zone", "America/New_York");
        adds(ana, "Eastside Food Bank");
        java.time.Instant tenInTheMorning = java.time.Instant.parse("2026-03-16T14:00:00Z"); // 10:00 EDT

        // WHEN she reads the partner's page, its check-in is due 14 of her days later, at 10:00, not at 11:00
        assertThat(lastShownTime(remindersLine(ana, "Eastside Food Bank"))).isEqualTo(tenInTheMorning);
        // AND that is when it comes
        nextReminderComesAt(ana, tenInTheMorning);
    }

    @Test
    @DisplayName("Snooze 1 week across a daylight-saving change brings the reminder back at the same time of day")
    void snoozeKeepsItsLocalTimeAcrossDaylightSaving() {
        // GIVEN ana lives in New York; her partner, checked on every 5 days, is reminded on Saturday 7 March at
        // 10:00 (EST, 15:00 UTC), the day before the clocks go forward
        ana.runs("settings timezone", "zone", "America/New_York");
        adds(ana, "Eastside Food Bank");
        ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "5");
        days(5);
        assertThat(dmsTo(ana)).hasSize(1);

        // WHEN she presses Snooze 1 week on it
        opensLatest(ana);
        Reply snoozed = ana.presses("Snooze 1 week");

        // THEN the next reminder is due a week later at 10:00 her time (EDT, 14:00 UTC), and comes then
        java.time.Instant weekLater = java.time.Instant.parse("2026-03-14T14:00:00Z");
        assertThat(firstTime(snoozed.text())).isEqualTo(weekLater);
        nextReminderComesAt(ana, weekLater);
    }

    @Test
    @DisplayName("Snooze pressed at a moment finer than the database keeps (the real clock's nanoseconds): the reply "
            + "gives the snooze's end and no other reason")
    void snoozeAtAFineMomentSaysTheSnoozesEnd() {
        // GIVEN ana's partner is reminded on 16 March, 15:00; she presses Snooze 1 day at 17:00:00.999999999, as
        // the system clock can read
        adds(ana, "Eastside Food Bank");
        days(14);
        bot.advance(Duration.ofHours(2));
        bot.clock().advance(Duration.ofNanos(999_999_999));
        opensLatest(ana);

        Reply snoozed = ana.presses("Snooze 1 day");

        // THEN she is told the next reminder is due a day later, not that the partner's own clock runs longer
        assertThat(snoozed.text()).contains("Snoozed “Eastside Food Bank”: the next reminder is due")
                .doesNotContain("later than the snooze", "days after it was added");
        assertThat(firstTime(snoozed.text())).isEqualTo(java.time.Instant.parse("2026-03-17T17:00:00Z"));
        // AND /partner show says the same
        assertThat(remindersLine(ana, "Eastside Food Bank")).contains("snoozed: the next check-in is due");
        // AND it comes then
        nextReminderComesAt(ana, java.time.Instant.parse("2026-03-17T17:00:01Z"));
    }

    @Test
    @DisplayName("Snooze after a contact logged since: the reply gives the later day the partner's own clock ends, "
            + "and says why")
    void snoozeSaysWhenTheCadenceEnds() {
        // GIVEN ana's partner is reminded on 16 March, 15:00; an hour later she logs today's call with /partner log
        adds(ana, "Eastside Food Bank");
        days(14);
        Reply reminder = dmsTo(ana).get(0).reply();
        bot.advance(Duration.ofHours(1));
        java.time.Instant call = bot.clock().instant();
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Call with Maria");

        // WHEN she then presses Snooze 1 week on the reminder still in her DMs
        ana.reads(reminder);
        Reply snoozed = ana.presses("Snooze 1 week");

        // THEN she is told the next reminder is due 14 days after the call, not in a week, and why
        java.time.Instant cadenceLater = call.plus(Duration.ofDays(14));
        assertThat(snoozed.text()).contains("Snoozed “Eastside Food Bank”: the next reminder is due",
                "14 days after the last contact, which is later than the snooze");
        assertThat(firstTime(snoozed.text())).isEqualTo(cadenceLater);
        // AND that is when it comes
        nextReminderComesAt(ana, cadenceLater);
        assertThat(opensLatest(ana).plainText()).contains("Call with Maria");
    }

    @Test
    @DisplayName("Snooze, then a cadence raised past the snooze: /partner show no longer says \"snoozed\", since the "
            + "cadence now decides when the next reminder comes")
    void cadenceRaisedPastASnoozeIsNotCalledSnoozed() {
        // GIVEN ana's partner is reminded on 16 March, 15:00, and she presses Snooze 1 week
        adds(ana, "Eastside Food Bank");
        days(14);
        opensLatest(ana);
        ana.presses("Snooze 1 week");
        assertThat(remindersLine(ana, "Eastside Food Bank")).contains("snoozed: the next check-in is due");

        // WHEN she raises its cadence to 30 days, which ends after the snooze
        Reply set = ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "30");

        // THEN neither the reply nor /partner show calls it snoozed: the next check-in is 30 days after it was added
        java.time.Instant cadenceEnds = partner("Eastside Food Bank").createdAt().plus(Duration.ofDays(30));
        assertThat(set.plainText()).contains("the next check-in is due").doesNotContain("snoozed");
        String line = remindersLine(ana, "Eastside Food Bank");
        assertThat(line).contains("the next check-in is due").doesNotContain("snoozed");
        assertThat(firstTime(line.substring(line.indexOf("due")))).isEqualTo(cadenceEnds);
        // AND the reminder comes then, not when the snooze ends
        nextReminderComesAt(ana, cadenceEnds);
    }

    @Test
    @DisplayName("Snooze on an older reminder of a partner whose reminders are on hold says none come until answered")
    void snoozeWhileOnHoldSaysSo() {
        // GIVEN three reminders and then the question "pause or keep going?"
        threeRemindersThenTheQuestion();

        // WHEN ana presses Snooze 1 day on the reminder before it, still in her DMs
        ana.reads(dmsTo(ana).get(2).reply());
        Reply snoozed = ana.presses("Snooze 1 day");

        // THEN she is not promised a reminder tomorrow: the reminders wait for her answer
        assertThat(snoozed.text()).contains("Snoozed “Eastside Food Bank”", "On hold", "none come until someone "
                + "answers").doesNotContain("the next reminder is due");
        // AND she is sent where she can answer: this message has no Resume button
        assertThat(snoozed.text()).contains("`/partner show` has a **Resume reminders** button")
                .doesNotContain("Press **Resume reminders**");
        days(30);
        assertThat(dmsTo(ana)).hasSize(4);
    }

    @Test
    @DisplayName("partners falling due hours apart come in one message, and their check-ins stay together after")
    void partnersFallingDueHoursApartComeTogether() {
        // GIVEN ana adds three partners at different hours of the same day
        adds(ana, "Eastside Food Bank");
        bot.advance(Duration.ofHours(3));
        adds(ana, "Lincoln High");
        bot.advance(Duration.ofHours(2));
        adds(ana, "First Baptist Church");

        // WHEN the first falls due, ana gets one DM listing all three: the two falling due three and five hours
        // later would otherwise wait a day for the next message
        bot.advance(Duration.ofDays(14).minusHours(5));
        assertThat(dmsTo(ana)).hasSize(1);
        Reply together = opensLatest(ana);
        assertThat(together.plainText()).contains("Time to check in with 3 partners", "Eastside Food Bank",
                "Lincoln High", "First Baptist Church");
        assertThat(menu(together)).containsExactly("Eastside Food Bank", "Lincoln High", "First Baptist Church");
        // AND the menu says what picking one leads to, in the words of the buttons it shows
        assertThat(together.rows()).filteredOn(row -> row instanceof Row.Select).first()
                .satisfies(row -> assertThat(((Row.Select) row).menu().placeholder())
                        .isEqualTo("Pick a partner to log a touchpoint, snooze it or say you've moved on"));

        // THEN the hours they fall due in send nothing more, nor does the rest of the cadence
        bot.advance(Duration.ofHours(3));
        bot.advance(Duration.ofHours(2));
        days(13);
        assertThat(dmsTo(ana)).hasSize(1);

        // AND a cadence after that message, one DM lists the three again: their clocks run together now
        days(1);
        assertThat(dmsTo(ana)).hasSize(2);
        assertThat(menu(opensLatest(ana))).containsExactly("Eastside Food Bank", "Lincoln High",
                "First Baptist Church");
    }

    @Test
    @DisplayName("an owner hears about their partners at most once a day: one falling due more than a day after "
            + "another comes in a message of its own, a day after the last")
    void atMostOneReminderADay() {
        // GIVEN ana adds a partner, and another 25 hours later
        adds(ana, "Eastside Food Bank");
        bot.advance(Duration.ofHours(25));
        adds(ana, "Lincoln High");

        // WHEN the first falls due, ana gets a DM about it alone: the other is more than a day away
        bot.advance(Duration.ofDays(14).minusHours(25));
        assertThat(dmsTo(ana)).hasSize(1);
        assertThat(dmsTo(ana).get(0).reply().plainText()).contains("Eastside Food Bank")
                .doesNotContain("Lincoln High");

        // THEN the second comes when it falls due, in a message of its own
        bot.advance(Duration.ofHours(25));
        assertThat(dmsTo(ana)).hasSize(2);
        assertThat(opensLatest(ana).plainText()).contains("Time to check in with Lincoln High")
                .doesNotContain("Eastside Food Bank");
    }

    /** The last date and time shown in a text ({@code <t:..:f>}): when the text says a reminder really comes. */
    private static java.time.Instant lastShownTime(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<t:(\\d+):f>").matcher(text);
        java.time.Instant last = null;
        while (m.find()) {
            last = java.time.Instant.ofEpochSecond(Long.parseLong(m.group(1)));
        }
        assertThat(last).as("a time in: %s", text).isNotNull();
        return last;
    }

    private String remindersLine(Member m, String partner) {
        return m.runs("partner show", "partner", partner).plainText().lines().filter(l -> l.startsWith("Reminders:"))
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a check-in held back by the once-a-day rule: /partner show and /partner log say it comes with the "
            + "next reminder, and it comes then")
    void heldBackCheckInSaysWhenItComes() {
        // GIVEN ana adds two partners two days apart; the first is reminded on Mon 16 March, 15:00, alone
        adds(ana, "Eastside Food Bank");
        days(2);
        adds(ana, "Lincoln High");
        days(12);
        assertThat(dmsTo(ana)).singleElement().satisfies(s -> assertThat(s.reply().plainText())
                .doesNotContain("Lincoln High"));
        java.time.Instant nextDay = bot.clock().instant().plus(CultivatePlanner.AT_MOST_EVERY);

        // WHEN she logs a call with Lincoln High from 3 March: due a cadence later, 17 March at noon, within the day
        // after that reminder
        Reply logged = ana.runs("partner log", "partner", "Lincoln High", "what", "Call with the principal", "when",
                "2026-03-03");

        // THEN the reply gives its due time and the time it really comes
        assertThat(logged.text()).contains("the next check-in is due", "comes with the next reminder",
                "one a day at most");
        assertThat(firstTime(logged.text())).isEqualTo(java.time.Instant.parse("2026-03-17T12:00:00Z"));
        assertThat(lastShownTime(logged.text())).isEqualTo(nextDay);
        // AND /partner show says the same
        String line = remindersLine(ana, "Lincoln High");
        assertThat(line).contains("the next check-in is due", "comes with the next reminder", "one a day at most");
        assertThat(lastShownTime(line)).isEqualTo(nextDay);
        // AND once it is due, it still says so, instead of "goes out shortly"
        bot.advance(Duration.ofHours(22).plusMinutes(30));
        assertThat(remindersLine(ana, "Lincoln High")).contains("a check-in is due now and comes with the next "
                + "reminder").doesNotContain("shortly");
        assertThat(lastShownTime(remindersLine(ana, "Lincoln High"))).isEqualTo(nextDay);

        // AND that is when its reminder comes
        nextReminderComesAt(ana, nextDay);
        assertThat(opensLatest(ana).plainText()).contains("Time to check in with Lincoln High");
    }

    @Test
    @DisplayName("the once-a-day rule in a member's own zone: after a check-in at 20:30 in Tokyo, the partners that "
            + "fall due that night come together the next day at 20:30 there, not when her quiet hours end, and a "
            + "restart loses none of them")
    void onceADayHoldsTillTheSameLocalTimeTomorrow() {
        bot.close();
        bot = TestBot.onFile(dir);
        ana = bot.member("ana");
        // GIVEN ana lives in Tokyo (UTC+9, quiet hours 21:00-08:00 there); her first partner is added at 20:30 there,
        // two more two days later
        ana.runs("settings timezone", "zone", "Asia/Tokyo");
        bot.advance(Duration.between(bot.clock().instant(), java.time.Instant.parse("2026-03-03T11:30:00Z")));
        adds(ana, "Eastside Food Bank");
        days(2);
        adds(ana, "Lincoln High", "First Baptist Church");
        // AND her check-in about the first comes on 17 March at 20:30 Tokyo time, alone: the others are two days off
        java.time.Instant checkIn = java.time.Instant.parse("2026-03-17T11:30:00Z");
        bot.advance(Duration.between(bot.clock().instant(), checkIn));
        assertThat(dmsTo(ana)).singleElement().satisfies(s -> assertThat(s.reply().plainText())
                .contains("Eastside Food Bank").doesNotContain("Lincoln High", "First Baptist Church"));

        // WHEN at 21:00 she logs contacts from early March with the other two, which makes one due now and the other
        // at noon tomorrow, her time
        bot.advance(Duration.ofMinutes(30));
        Reply logged = ana.runs("partner log", "partner", "Lincoln High", "what", "Call with the principal", "when",
                "2026-03-03");
        ana.runs("partner log", "partner", "First Baptist Church", "what", "Met the pastor", "when", "2026-03-04");

        // THEN she is told it comes with the next reminder, a day after the last: 20:30 tomorrow in Tokyo
        java.time.Instant tomorrow = checkIn.plus(CultivatePlanner.AT_MOST_EVERY);
        assertThat(java.time.LocalDateTime.ofInstant(tomorrow, java.time.ZoneId.of("Asia/Tokyo")))
                .isEqualTo(java.time.LocalDateTime.parse("2026-03-18T20:30:00"));
        assertThat(logged.text()).contains("comes with the next reminder", "one a day at most");
        assertThat(lastShownTime(logged.text())).isEqualTo(tomorrow);
        // AND a restart in the night loses nothing: nothing comes when her quiet hours end (08:00) or at noon
        bot.restart();
        bot.advance(Duration.between(bot.clock().instant(), java.time.Instant.parse("2026-03-17T23:00:00Z")));
        bot.advance(Duration.ofHours(4));
        assertThat(dmsTo(ana)).hasSize(1);
        // AND one message at 20:30 Tokyo time names both partners
        nextReminderComesAt(ana, tomorrow);
        Reply next = opensLatest(ana);
        assertThat(menu(next)).containsExactlyInAnyOrder("Lincoln High", "First Baptist Church");
        assertThat(next.plainText()).doesNotContain("Eastside Food Bank");
        // AND nothing comes twice
        days(1);
        assertThat(dmsTo(ana)).hasSize(2);
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).hasSize(2);
    }

    @Test
    @DisplayName("a daily check-in at 20:44 in New York comes at 20:44 on the day the clocks go forward too: the "
            + "once-a-day rule waits for the same time the next day, not 24 hours, which that day would have put in "
            + "her quiet hours")
    void dailyCheckInComesOnTheDayTheClocksGoForward() {
        // GIVEN ana lives in New York (quiet hours 21:00-08:00 there); on Friday 6 March at 20:44 (EST, 01:44 UTC)
        // she adds a partner to check in with every day
        ana.runs("settings timezone", "zone", "America/New_York");
        bot.advance(Duration.between(bot.clock().instant(), java.time.Instant.parse("2026-03-07T01:44:00Z")));
        adds(ana, "Eastside Food Bank");
        ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "1");
        // AND its check-in comes on Saturday at 20:44 EST
        days(1);
        assertThat(dmsTo(ana)).hasSize(1);

        // WHEN she reads the partner's page; the clocks go forward that night, so her Sunday has 23 hours
        String line = remindersLine(ana, "Eastside Food Bank");

        // THEN the next check-in is due on Sunday at 20:44 EDT (00:44 UTC), and nothing holds it past that
        java.time.Instant sunday = java.time.Instant.parse("2026-03-09T00:44:00Z");
        assertThat(line).contains("the next check-in is due")
                .doesNotContain("comes with the next reminder", "one a day at most", "after quiet hours");
        assertThat(lastShownTime(line)).isEqualTo(sunday);
        // AND it comes then, and Monday's at 20:44 too
        nextReminderComesAt(ana, sunday);
        nextReminderComesAt(ana, java.time.Instant.parse("2026-03-10T00:44:00Z"));
    }

    @Test
    @DisplayName("a daily check-in at noon in New York stays at noon when the clocks go forward, instead of coming "
            + "at 13:00 and staying there")
    void dailyCheckInKeepsItsTimeWhenTheClocksGoForward() {
        // GIVEN ana lives in New York; on Friday 6 March at 12:00 (EST, 17:00 UTC) she adds a partner to check in
        // with every day, and its check-in comes on Saturday at noon
        ana.runs("settings timezone", "zone", "America/New_York");
        bot.advance(Duration.between(bot.clock().instant(), java.time.Instant.parse("2026-03-06T17:00:00Z")));
        adds(ana, "Eastside Food Bank");
        ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "1");
        nextReminderComesAt(ana, java.time.Instant.parse("2026-03-07T17:00:00Z"));

        // WHEN the clocks go forward on Sunday 8 March
        // THEN Sunday's check-in comes at noon EDT (16:00 UTC), and Monday's and Tuesday's at noon too
        nextReminderComesAt(ana, java.time.Instant.parse("2026-03-08T16:00:00Z"));
        nextReminderComesAt(ana, java.time.Instant.parse("2026-03-09T16:00:00Z"));
        nextReminderComesAt(ana, java.time.Instant.parse("2026-03-10T16:00:00Z"));
    }

    @Test
    @DisplayName("the once-a-day rule on the day the clocks go back (25 hours): a partner falling due before the "
            + "time of her last check-in waits for it, and both come in one message")
    void onceADayOnTheDayTheClocksGoBack() {
        // GIVEN ana lives in New York; on Friday 30 October 2026 at 12:00 (EDT, 16:00 UTC) she adds a partner to
        // check in with every day, and on Saturday at 11:30 another
        bot.clock().advance(Duration.between(bot.clock().instant(), java.time.Instant.parse("2026-10-30T16:00:00Z")));
        ana.runs("settings timezone", "zone", "America/New_York");
        adds(ana, "Eastside Food Bank");
        ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "1");
        bot.advance(Duration.ofHours(23).plusMinutes(30));
        adds(ana, "Lincoln High");
        ana.runs("partner cadence", "partner", "Lincoln High", "days", "1");
        // AND the first one's check-in comes on Saturday at noon, alone
        nextReminderComesAt(ana, java.time.Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(opensLatest(ana).plainText()).doesNotContain("Lincoln High");

        // WHEN the clocks go back that night, and Lincoln High falls due on Sunday at 11:30 EST (16:30 UTC), 24.5
        // hours after that check-in
        // THEN nothing comes at 11:30: one message at noon EST (17:00 UTC) names both
        nextReminderComesAt(ana, java.time.Instant.parse("2026-11-01T17:00:00Z"));
        assertThat(menu(opensLatest(ana))).containsExactlyInAnyOrder("Eastside Food Bank", "Lincoln High");
    }

    @Test
    @DisplayName("a check-in falling due at night: /partner show and /partner cadence give the morning it really comes")
    void checkInDueAtNightSaysTheMorning() {
        // GIVEN ana adds a partner at 22:00; its check-in is due at 22:00 on 16 March, in the quiet hours (21-08)
        bot.clock().advance(Duration.ofHours(7));
        adds(ana, "Eastside Food Bank");
        java.time.Instant due = bot.clock().instant().plus(Duration.ofDays(14));
        java.time.Instant morning = java.time.Instant.parse("2026-03-17T08:00:00Z");

        // THEN /partner show keeps the due time and says it comes the next morning, after the quiet hours
        String line = remindersLine(ana, "Eastside Food Bank");
        assertThat(line).contains("the next check-in is due", "after quiet hours");
        assertThat(firstTime(line)).isEqualTo(due);
        assertThat(lastShownTime(line)).isEqualTo(morning);
        // AND /partner cadence says the same
        Reply cadence = ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "14");
        assertThat(lastShownTime(cadence.text())).isEqualTo(morning);
        // AND once it is due, in the night, it is not said to go out shortly
        bot.advance(Duration.ofDays(14).plusHours(1));
        assertThat(dmsTo(ana)).isEmpty();
        assertThat(remindersLine(ana, "Eastside Food Bank")).contains("a check-in is due now", "after quiet hours")
                .doesNotContain("shortly");
        assertThat(lastShownTime(remindersLine(ana, "Eastside Food Bank"))).isEqualTo(morning);
        // AND that morning is when it comes
        nextReminderComesAt(ana, morning);
    }

    @Test
    @DisplayName("the owner's own night counts: a check-in due at 15:00 UTC comes at 08:00 in Tokyo, and another "
            + "member reading the page is told so")
    void checkInWaitsForTheOwnersNight() {
        // GIVEN ana lives in Tokyo (UTC+9); her partner is due on 16 March at 15:00 UTC, midnight for her
        ana.runs("settings timezone", "zone", "Asia/Tokyo");
        adds(ana, "Eastside Food Bank");
        java.time.Instant tokyoMorning = java.time.Instant.parse("2026-03-16T23:00:00Z");

        // WHEN bea, on the server's UTC, reads the partner's page
        String line = bot.member("bea").runs("partner show", "partner", "Eastside Food Bank").plainText().lines()
                .filter(l -> l.startsWith("Reminders:")).findFirst().orElseThrow();

        // THEN she is told the time the reminder reaches ana, 08:00 in Tokyo
        assertThat(line).contains("after quiet hours");
        assertThat(lastShownTime(line)).isEqualTo(tokyoMorning);
        // AND that is when it comes
        nextReminderComesAt(ana, tokyoMorning);
    }

    @Test
    @DisplayName("the reminder counts the days since the last contact as /partner show does: calendar days in the "
            + "owner's zone")
    void reminderCountsDaysAsThePartnersPageDoes() {
        // GIVEN ana lives in Chicago (UTC-6); her partner's cadence is 1 day, and she logs a call at 22:30 her time
        ana.runs("settings timezone", "zone", "America/Chicago");
        adds(ana, "Eastside Food Bank");
        ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "1");
        bot.advance(Duration.between(bot.clock().instant(), java.time.Instant.parse("2026-03-03T04:30:00Z")));
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Call with Maria");

        // WHEN the check-in, due at 22:30 the next evening, waits for her quiet hours and comes at 08:00 the day
        // after: two of her days later, though only 33 and a half hours
        java.time.Instant morning = java.time.Instant.parse("2026-03-04T14:00:00Z");
        nextReminderComesAt(ana, morning);

        // THEN the reminder says "2 days ago", as the partner's page does at the same moment
        assertThat(opensLatest(ana).plainText()).contains("last contact 2 days ago").doesNotContain("1 day ago");
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("(2 days ago): Call with Maria");
    }

    @Test
    @DisplayName("after a reminder could not be delivered, /partner show gives the next try, a day later, not "
            + "\"goes out shortly\"")
    void afterAnUndeliveredReminderSaysTheNextTry() {
        // GIVEN ana's partner falls due on 16 March at 15:00, and Discord is down for all four tries (to 15:36)
        adds(ana, "Eastside Food Bank");
        bot.messenger().failNext(4);
        days(14);
        bot.advance(Duration.ofMinutes(1));
        bot.advance(Duration.ofMinutes(5));
        bot.advance(Duration.ofMinutes(30));
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.FAILED));
        java.time.Instant nextTry = bot.clock().instant().plus(CultivatePlanner.AFTER_FAILURE);

        // WHEN she reads the partner's page
        bot.advance(Duration.ofHours(1));
        String line = remindersLine(ana, "Eastside Food Bank");

        // THEN it says when the next try is, and why
        assertThat(line).contains("a check-in is due now", "next try", "could not be delivered")
                .doesNotContain("shortly");
        assertThat(lastShownTime(line)).isEqualTo(nextTry);
        // AND that is when it comes
        nextReminderComesAt(ana, nextTry);
    }

    @Test
    @DisplayName("Snooze 1 day pressed in the evening: the reply gives the morning the reminder really comes")
    void snoozeIntoTheNightSaysTheMorning() {
        // GIVEN ana's partner is reminded on 16 March at 15:00; she presses Snooze 1 day at 22:00
        adds(ana, "Eastside Food Bank");
        days(14);
        bot.advance(Duration.ofHours(7));
        opensLatest(ana);
        Reply snoozed = ana.presses("Snooze 1 day");

        // THEN she is told it is due at 22:00 tomorrow and comes the morning after, when the quiet hours end
        java.time.Instant morning = java.time.Instant.parse("2026-03-18T08:00:00Z");
        assertThat(snoozed.text()).contains("Snoozed “Eastside Food Bank”: the next reminder is due",
                "after quiet hours");
        assertThat(firstTime(snoozed.text())).isEqualTo(bot.clock().instant().plus(Duration.ofDays(1)));
        assertThat(lastShownTime(snoozed.text())).isEqualTo(morning);
        // AND it comes then
        nextReminderComesAt(ana, morning);
    }

    @Test
    @DisplayName("Snooze on an older reminder of a paused partner points to /partner show's Resume button, since the "
            + "reminder has none")
    void snoozeWhilePausedPointsToTheResumeButton() {
        // GIVEN ana paused the reminders of her partner when asked
        threeRemindersThenTheQuestion();
        ana.presses("Pause reminders");

        // WHEN she presses Snooze 1 day on the reminder before the question, still in her DMs
        ana.reads(dmsTo(ana).get(2).reply());
        Reply snoozed = ana.presses("Snooze 1 day");

        // THEN she is told where the Resume button is, not to press one she cannot see here
        assertThat(snoozed.plainText()).contains("Paused", "`/partner show` has a **Resume reminders** button")
                .doesNotContain("Press **Resume reminders**");
        assertThat(labels(snoozed)).doesNotContain("Resume reminders");
        // AND /partner show has it, and pressing it starts the reminders again
        ana.runs("partner show", "partner", "Eastside Food Bank");
        assertThat(ana.presses("Resume reminders").plainText()).contains("start again");
    }

    @Test
    @DisplayName("We've moved on archives the partner; archived partners are never reminded")
    void movedOn() {
        adds(ana, "Eastside Food Bank", "Lincoln High");
        ana.runs("partner archive", "partner", "Lincoln High");
        days(14);

        Reply reminder = opensLatest(ana);
        assertThat(reminder.plainText()).contains("Eastside Food Bank").doesNotContain("Lincoln High");
        Reply after = ana.presses("We've moved on");

        assertThat(after.plainText()).contains("“Eastside Food Bank” has moved on", "/partner restore",
                "Nothing else is left in this reminder").doesNotContain("All caught up");
        assertThat(partner("Eastside Food Bank").stage().name())
                .isEqualTo("MOVED_ON");
        days(100);
        assertThat(dmsTo(ana)).hasSize(1);
    }

    @Test
    @DisplayName("only its owner or a coordinator may archive a partner from a reminder posted in the channel")
    void movedOnFollowsTheListsRules() {
        bot.coordinator("cora").runs("coach setup", "channel", "555", "delivery", "channel");
        adds(ana, "Eastside Food Bank");
        days(14);
        Member bo = bot.member("bo");
        Reply refused = pressesInChannel(bo, bot.messenger().sent().get(0).reply(), "We've moved on");

        assertThat(refused.plainText()).contains("Only <@" + ana.id() + ">", "or a coordinator");
        assertThat(partner("Eastside Food Bank").stage().name())
                .isEqualTo("RESEARCHING");
    }

    @Test
    @DisplayName("a coordinator's We've moved on, on a partner whose owner the bot knows has left the server (her "
            + "check-in was given up for it): no DM with the news is queued for her, to be refused (Discord is not "
            + "asked: the press answers at once)")
    void movedOnQueuesNoNewsForAnOwnerWhoLeft() {
        // GIVEN a check-in in the reminder channel for a partner nobody looked after, that ana took on since
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "channel", "555");
        Member bea = bot.member("bea");
        adds(bea, "Eastside Food Bank");
        bea.runs("privacy forget");
        bea.presses("Delete my data");
        days(14);
        Reply post = bot.messenger().sent().get(0).reply();
        ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(ana.id()));
        // AND ana has left the server, and her check-in was given up for it
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().closeDmsOf(ana.id());
        days(14);
        bot.advance(Duration.ofMinutes(1));
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement().satisfies(r ->
                assertThat(r.trouble()).isEqualTo(org.partnercoach.chat.SendTrouble.LEFT_SERVER));
        int asked = bot.messenger().membersAskedAbout().size();

        // WHEN cora, a coordinator, presses We've moved on on the channel's check-in
        Reply after = pressesInChannel(cora, post, "We've moved on");

        assertThat(after.plainText()).contains("“Eastside Food Bank” has moved on");
        assertThat(partner("Eastside Food Bank").stage().name()).isEqualTo("MOVED_ON");
        // THEN no news is queued for ana, and Discord was asked nothing for the press
        assertThat(newsFor(ana)).isEmpty();
        assertThat(bot.messenger().membersAskedAbout()).hasSize(asked);
    }

    /** The owner's news (a partner archived, restored, deleted or handed on by someone else) queued for {@code m}. */
    private List<String> newsFor(Member m) {
        return bot.storedRows().read(c -> Database.list(c, "SELECT about FROM scheduled_sends WHERE guild_id = ?"
                + " AND kind = 'owner-news' AND recipient_id = ? ORDER BY id", rs -> rs.getString(1), TestBot.GUILD,
                m.id()));
    }

    // --- three reminders, then a question --------------------------------------------------------------------

    private void threeRemindersThenTheQuestion() {
        adds(ana, "Eastside Food Bank");
        days(14);
        days(14);
        days(14);
        assertThat(dmsTo(ana)).hasSize(3);
        days(14);
        assertThat(dmsTo(ana)).hasSize(4);
        Reply question = opensLatest(ana);
        assertThat(question.plainText()).contains("reminded you 3 times", "pause reminders for Eastside Food Bank",
                "keep going");
        assertThat(labels(question)).containsExactly("Log a touchpoint", "Pause reminders", "Keep going");
    }

    @Test
    @DisplayName("after 3 reminders with no touchpoint the bot asks once, and waits for the answer")
    void asksOnce() {
        threeRemindersThenTheQuestion();

        days(60);

        assertThat(dmsTo(ana)).hasSize(4);
    }

    @Test
    @DisplayName("Pause reminders: none until a touchpoint, then the count starts again from zero")
    void pause() {
        threeRemindersThenTheQuestion();

        Reply paused = ana.presses("Pause reminders");
        assertThat(paused.plainText()).contains("Paused reminders for “Eastside Food Bank”", "Nothing else is left "
                + "in this reminder").doesNotContain("All caught up");
        days(100);
        assertThat(dmsTo(ana)).hasSize(4);

        // WHEN she logs a touchpoint, the clock and the count start again
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Met at the fair");
        days(14);
        days(14);
        days(14);
        assertThat(dmsTo(ana)).hasSize(7);
        assertThat(opensLatest(ana).plainText()).doesNotContain("reminded you 3 times");
        days(14);
        assertThat(dmsTo(ana)).hasSize(8);
        assertThat(opensLatest(ana).plainText()).contains("reminded you 3 times");
    }

    @Test
    @DisplayName("Keep going: reminders go on every cadence, and the question is not asked again")
    void keepGoing() {
        threeRemindersThenTheQuestion();

        Reply kept = ana.presses("Keep going");
        assertThat(kept.plainText()).contains("I'll keep the reminders for “Eastside Food Bank” coming every 14 days");

        days(14);
        days(14);
        days(14);
        days(14);
        assertThat(dmsTo(ana)).hasSize(8);
        assertThat(dmsTo(ana).subList(4, 8)).allSatisfy(s -> assertThat(s.reply().plainText())
                .doesNotContain("reminded you").contains("💡"));
    }

    @Test
    @DisplayName("GIVEN the question \"pause or keep going?\" WHEN the partner is archived and ana answers it THEN "
            + "she hears it moved on and that nothing was paused or kept going; no answer is stored")
    void questionAnsweredAfterArchiveSaysItMovedOn() {
        threeRemindersThenTheQuestion();
        Reply question = opensLatest(ana);
        java.time.Instant at = bot.clock().instant();
        ana.runs("partner archive", "partner", "Eastside Food Bank", "reason", "lost funding");
        long eastside = partnerId("Eastside Food Bank");
        String before = stateRow(eastside);

        ana.reads(question);
        String paused = ana.presses("Pause reminders").plainText();
        ana.reads(question);
        String kept = ana.presses("Keep going").plainText();

        String movedOn = "“Eastside Food Bank” has moved on: <@" + ana.id() + "> archived it on "
                + org.partnercoach.chat.TimeMarkup.full(at) + ". The reason given: “lost funding”. ";
        assertThat(paused).startsWith(movedOn + "So I paused nothing: it gets no check-in reminders now.")
                .contains("/partner restore partner:\"Eastside Food Bank\"").doesNotContain("Paused reminders");
        assertThat(kept).startsWith(movedOn + "So I didn't keep its reminders going: it gets none now.")
                .doesNotContain("I'll keep the reminders");
        assertThat(stateRow(eastside)).isEqualTo(before);
    }

    @Test
    @DisplayName("logging a touchpoint from the question's form also ends the question")
    void touchpointAnswersTheQuestion() {
        threeRemindersThenTheQuestion();

        ana.presses("Log a touchpoint");
        ana.submits("note", "Finally met them");
        days(14);

        assertThat(dmsTo(ana)).hasSize(5);
        assertThat(opensLatest(ana).plainText()).contains("Finally met them").doesNotContain("reminded you");
    }

    // --- a partner brought back from moved-on -----------------------------------------------------------------

    /** The member moves on from the partner, and brings it back {@code days} days later; returns when. */
    private java.time.Instant movesOnAndRestores(Member m, String partner, int days) {
        m.runs("partner archive", "partner", partner);
        days(days);
        assertThat(m.runs("partner restore", "partner", partner).plainText()).contains(partner);
        return bot.clock().instant();
    }

    /** A reminder DM that is a first one: an idea and the Snooze buttons, not the question "pause or keep going?". */
    private static void isAFirstReminder(RecordingMessenger.Sent dm, String partner) {
        assertThat(dm.reply().plainText()).contains("Time to check in with " + partner, "💡")
                .doesNotContain("reminded you", "pause reminders");
        assertThat(labels(dm.reply())).containsExactly("Log a touchpoint", "Snooze 1 day", "Snooze 1 week",
                "We've moved on");
    }

    @Test
    @DisplayName("asked \"pause or keep going?\" after 3 reminders, then moved on and restored: the first reminder "
            + "after the restore is a first one, a cadence after it, across a restart; the question waits for 3 more")
    void restoredAfterTheQuestionStartsAfresh() {
        bot.close();
        bot = TestBot.onFile(dir);
        ana = bot.member("ana");
        // GIVEN three reminders went out for the partner and the bot asked whether to pause them, unanswered
        threeRemindersThenTheQuestion();

        // WHEN ana moves on from it, brings it back ten days later, and the bot restarts
        java.time.Instant restored = movesOnAndRestores(ana, "Eastside Food Bank", 10);
        bot.restart();

        // THEN its page says nothing of the old question or count: the next check-in is a cadence after the restore
        String line = remindersLine(ana, "Eastside Food Bank");
        assertThat(line).contains("the next check-in is due").doesNotContain("On hold", "reminders with no touchpoint");
        java.time.Instant due = restored.plus(Duration.ofDays(14));
        assertThat(firstTime(line.substring(line.indexOf("due")))).isEqualTo(due);
        // AND the reminder comes then, as a first reminder
        nextReminderComesAt(ana, due);
        isAFirstReminder(dmsTo(ana).get(4), "Eastside Food Bank");
        // AND the question comes again only after three reminders since the restore
        days(14);
        days(14);
        assertThat(dmsTo(ana).subList(5, 7)).allSatisfy(dm -> isAFirstReminder(dm, "Eastside Food Bank"));
        days(14);
        assertThat(opensLatest(ana).plainText()).contains("reminded you 3 times");
    }

    @Test
    @DisplayName("paused after 3 reminders, then moved on and restored: the reminders start again from the restore, "
            + "and neither /partner show nor the coordinators' digest says paused")
    void restoredAfterAPauseStartsAfresh() {
        threeRemindersThenTheQuestion();
        ana.presses("Pause reminders");

        java.time.Instant restored = movesOnAndRestores(ana, "Eastside Food Bank", 3);

        String page = ana.runs("partner show", "partner", "Eastside Food Bank").plainText();
        assertThat(page).contains("the next check-in is due").doesNotContain("Paused", "Resume reminders");
        nextReminderComesAt(ana, restored.plus(Duration.ofDays(14)));
        isAFirstReminder(dmsTo(ana).get(4), "Eastside Food Bank");
        String cold = bot.coordinator("cora").runs("digest preview").plainText().lines()
                .filter(l -> l.contains("**Eastside Food Bank**")).findFirst().orElseThrow();
        assertThat(cold).contains("reminded <t:").doesNotContain("paused");
    }

    /** Ana's partner, checked in on every 2 days, reminded and snoozed for a week, moved on and restored a day on. */
    private java.time.Instant snoozedForAWeekThenRestoredNextDay() {
        adds(ana, "Eastside Food Bank");
        ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "2");
        days(2);
        opensLatest(ana);
        ana.presses("Snooze 1 week");
        return movesOnAndRestores(ana, "Eastside Food Bank", 1);
    }

    @Test
    @DisplayName("snoozed, moved on, restored and then handed to another member: the old snooze does not come back "
            + "with the new owner, whose first reminder comes a cadence after the restore")
    void restoredThenHandedOverForgetsTheSnooze() {
        java.time.Instant restored = snoozedForAWeekThenRestoredNextDay();

        Member bo = bot.member("bo");
        ana.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bo.id()));
        bot.advance(Duration.ofMinutes(1));
        assertThat(dmsTo(bo)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("asked you to look after “Eastside Food Bank”"));

        assertThat(remindersLine(bo, "Eastside Food Bank")).contains("the next check-in is due")
                .doesNotContain("snoozed");
        nextReminderComesAt(bo, restored.plus(Duration.ofDays(2)));
        isAFirstReminder(dmsTo(bo).get(1), "Eastside Food Bank");
    }

    @Test
    @DisplayName("snoozed for a week, then moved on and restored the next day: the snooze is gone, and the reminder "
            + "comes a cadence after the restore, sooner than the snooze would have let it")
    void restoredAfterASnoozeForgetsIt() {
        // GIVEN a partner checked in on every 2 days, reminded, and snoozed for a week
        // WHEN ana moves on from it and brings it back the next day
        java.time.Instant restored = snoozedForAWeekThenRestoredNextDay();

        // THEN /partner show says when the next check-in is due, 2 days after the restore, and nothing of a snooze
        String line = remindersLine(ana, "Eastside Food Bank");
        assertThat(line).contains("the next check-in is due").doesNotContain("snoozed");
        java.time.Instant due = restored.plus(Duration.ofDays(2));
        assertThat(firstTime(line.substring(line.indexOf("due")))).isEqualTo(due);
        // AND the reminder comes then, as a first reminder
        nextReminderComesAt(ana, due);
        isAFirstReminder(dmsTo(ana).get(1), "Eastside Food Bank");
    }

    @Test
    @DisplayName("Snooze pressed after the restore on a reminder from before: the reply says the next one is due a "
            + "cadence after the restore, and why, and it comes then")
    void snoozeOnAnOldReminderAfterTheRestore() {
        adds(ana, "Eastside Food Bank");
        days(14);
        Reply reminder = dmsTo(ana).get(0).reply();
        java.time.Instant restored = movesOnAndRestores(ana, "Eastside Food Bank", 5);

        ana.reads(reminder);
        Reply snoozed = ana.presses("Snooze 1 day");

        java.time.Instant due = restored.plus(Duration.ofDays(14));
        assertThat(snoozed.text()).contains("Snoozed “Eastside Food Bank”: the next reminder is due",
                "14 days after it was brought back, which is later than the snooze")
                .doesNotContain("after it was added");
        assertThat(firstTime(snoozed.text())).isEqualTo(due);
        nextReminderComesAt(ana, due);
        isAFirstReminder(dmsTo(ana).get(1), "Eastside Food Bank");
    }

    @Test
    @DisplayName("Keep going pressed on the question from before the partner moved on and came back: it is told the "
            + "reminders start afresh, and the question comes again only after 3 new reminders")
    void oldQuestionAnsweredAfterTheRestore() {
        threeRemindersThenTheQuestion();
        Reply question = ana.lastSeen();
        movesOnAndRestores(ana, "Eastside Food Bank", 3);

        ana.reads(question);
        Reply kept = ana.presses("Keep going");

        assertThat(kept.plainText()).contains("“Eastside Food Bank” was brought back from moved-on since this "
                + "reminder", "start afresh").doesNotContain("I'll keep the reminders");
        days(14);
        days(14);
        days(14);
        assertThat(dmsTo(ana)).hasSize(7);
        days(14);
        assertThat(opensLatest(ana).plainText()).contains("reminded you 3 times");
    }

    // --- delivery --------------------------------------------------------------------------------------------

    @Test
    @DisplayName("closed DMs: the reminder is posted in the reminder channel, mentioning only its owner")
    void dmClosedFallsBackToChannel() {
        bot.coordinator("cora").runs("coach setup", "channel", "555");
        adds(ana, "Eastside Food Bank");
        bot.messenger().closeDmsOf(ana.id());

        days(14);

        assertThat(bot.messenger().sent()).singleElement().satisfies(post -> {
            assertThat(post.direct()).isFalse();
            assertThat(post.channelId()).isEqualTo(555);
            assertThat(post.reply().text()).startsWith("<@" + ana.id() + ">");
            assertThat(post.reply().mentionUsers()).isEqualTo(Set.of(ana.id()));
            assertThat(post.reply().plainText()).contains("Eastside Food Bank");
        });
        // AND she can act on it from the channel
        assertThat(pressesInChannel(ana, bot.messenger().sent().get(0).reply(), "Snooze 1 week").plainText())
                .contains("Snoozed");
    }

    @Test
    @DisplayName("an owner who left the server: Discord refuses the DM, nothing is posted in the reminder channel for "
            + "her, and the coordinators' status says she left and to hand her partners over")
    void ownerWhoLeftIsNotPostedFor() {
        bot.coordinator("cora").runs("coach setup", "channel", "555");
        adds(ana, "Eastside Food Bank");
        // Discord refuses a bot's DMs to anyone who shares no server with it, as if their DMs were closed
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().closeDmsOf(ana.id());

        days(14);

        assertThat(bot.messenger().sent()).isEmpty();
        assertThat(bot.coordinator("cora").runs("coach status").plainText()).contains("<@" + ana.id() + ">: they "
                + "have left the server. Hand their partners to someone else with `/partner owner`: the new owner gets "
                + "the check-ins. The bot sends them none while they are away, and starts again once they come back: "
                + "within a day, or right after they use the bot in the server.");
        // AND should she come back, her partner's page tells her why the check-in never came
        bot.messenger().comesBack(TestBot.GUILD, ana.id());
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("you had left the server then. Now that you're back, the next ones reach you as before");
    }

    /** Ana has left the server (Discord refuses her DMs) and her partner's check-in was given up, once. */
    private void anasCheckInGivenUpAsSheLeft() {
        bot.coordinator("cora").runs("coach setup", "channel", "555");
        adds(ana, "Eastside Food Bank");
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().closeDmsOf(ana.id());
        days(14);
        bot.advance(Duration.ofMinutes(1));
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(ScheduledSend.Status.FAILED);
            assertThat(s.trouble()).isEqualTo(org.partnercoach.chat.SendTrouble.LEFT_SERVER);
        });
    }

    /** How many times the platform was asked whether ana is still in the server. */
    private long askedAboutAna() {
        return bot.messenger().membersAskedAbout().stream().filter(asked -> asked.contains(ana.id())).count();
    }

    @Test
    @DisplayName("an owner who left the server: her check-in is given up once, and none is queued again while she is "
            + "away: days later /coach status still lists that one failed send, and Discord is asked about her once a "
            + "day, not at every run")
    void ownerWhoLeftIsNotRemindedDayAfterDay() {
        // GIVEN ana left the server, and her check-in was given up because of it
        anasCheckInGivenUpAsSheLeft();
        long asked = askedAboutAna();

        // WHEN five days pass with her partner still due
        days(5);

        // THEN no check-in was queued for her again, and nothing went out
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.FAILED));
        assertThat(bot.messenger().sent()).isEmpty();
        // AND the coordinators read one failed send, which says she left and to hand her partners over
        String status = bot.coordinator("cora").runs("coach status").plainText();
        assertThat(status).contains("Messages that failed: 1", "<@" + ana.id() + ">: they have left the server",
                "`/partner owner`");
        assertThat(status.split("they have left the server", -1)).hasSize(2);
        // AND Discord was asked whether she is back once a day
        assertThat(askedAboutAna() - asked).isEqualTo(5);
        // AND her partner's page tells the others that its check-in waits for her, and what to do
        assertThat(remindersLine(bot.member("bo"), "Eastside Food Bank")).contains("a check-in is due now and waits "
                + "until they're back in the server", "they had left the server then", "`/partner owner`")
                .doesNotContain("shortly", "next try");
    }

    @Test
    @DisplayName("an owner who left the server: once a coordinator hands her partner to bo with /partner owner, bo "
            + "gets its check-in as usual")
    void partnerOfOwnerWhoLeftHandedOverIsRemindedToItsNewOwner() {
        // GIVEN ana's check-in was given up because she left, two days ago
        anasCheckInGivenUpAsSheLeft();
        days(2);
        Member bo = bot.member("bo");

        // WHEN cora hands her partner to bo
        bot.coordinator("cora").runs("partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(bo.id()));
        bot.advance(Duration.ofMinutes(1));

        // THEN bo gets its check-in, and ana still nothing
        assertThat(dmsTo(bo)).filteredOn(dm -> dm.reply().plainText().contains("Time to check in with Eastside Food "
                + "Bank")).hasSize(1);
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).hasSize(1);
        assertThat(bot.messenger().sent()).noneMatch(s -> s.userId() == ana.id() || s.channelId() == 555);
    }

    @Test
    @DisplayName("an owner who left the server and came back: her check-ins start again within a day, by DM")
    void ownerWhoLeftAndCameBackIsRemindedAgain() {
        // GIVEN ana's check-in was given up because she left, and she is away three days
        anasCheckInGivenUpAsSheLeft();
        days(3);
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).hasSize(1);

        // WHEN she comes back to the server
        bot.messenger().comesBack(TestBot.GUILD, ana.id());
        bot.messenger().openDmsOf(ana.id());
        days(1);

        // THEN her check-in reaches her by DM within the day
        assertThat(dmsTo(ana)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("Time to check in with Eastside Food Bank"));
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).hasSize(2);
    }

    @Test
    @DisplayName("an owner who left the server, came back and runs a command there: her check-in goes out at the next "
            + "run, not up to a day later, and Discord is not asked about her for it")
    void ownerWhoCameBackAndActsIsRemindedAtTheNextRun() {
        // GIVEN ana's check-in was given up because she left, an hour ago
        anasCheckInGivenUpAsSheLeft();
        bot.advance(Duration.ofHours(1));
        long asked = askedAboutAna();

        // WHEN she rejoins the server and runs /partner list there
        bot.messenger().comesBack(TestBot.GUILD, ana.id());
        bot.messenger().openDmsOf(ana.id());
        ana.runs("partner list");
        bot.advance(Duration.ofMinutes(1));

        // THEN her check-in reaches her by DM at that run
        assertThat(dmsTo(ana)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("Time to check in with Eastside Food Bank"));
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).hasSize(2);
        // AND Discord was not asked whether she is back: her command said so
        assertThat(askedAboutAna()).isEqualTo(asked);
    }

    @Test
    @DisplayName("an owner who left the server, away past the 90 days a failed send is kept: her one refused check-in "
            + "is still the last word about her, so no other is queued and refused, and /coach status lists none")
    void refusedCheckInOfOwnerWhoLeftOutlivesPruning() {
        // GIVEN ana's check-in was given up because she left
        anasCheckInGivenUpAsSheLeft();
        long refused = cultivateRows(TestBot.GUILD, ana.id()).get(0).id();

        // WHEN she stays away for 95 days, the bot pruning old sends every hour
        days(95);

        // THEN that refusal is kept, and no other check-in was tried for her
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).extracting(ScheduledSend::id).containsExactly(refused);
        assertThat(bot.messenger().sent()).isEmpty();
        // AND the coordinators' status no longer lists it (failures are shown for 90 days)
        assertThat(bot.coordinator("cora").runs("coach status").plainText()).contains("Messages that failed: 0")
                .doesNotContain("they have left the server");
        // AND her partner's page still says its check-in waits for her
        assertThat(remindersLine(bot.member("bo"), "Eastside Food Bank"))
                .contains("waits until they're back in the server");
    }

    @Test
    @DisplayName("a partner nobody looks after is brought up in the reminder channel")
    void noOwnerGoesToTheChannel() {
        bot.coordinator("cora").runs("coach setup", "channel", "555");
        adds(ana, "Eastside Food Bank");
        // no command leaves a partner without anyone looking after it yet: store it so
        bot.storedRows().write(c -> Database.update(c, "UPDATE partners SET owner_id = 0 WHERE guild_id = ?",
                TestBot.GUILD));

        days(14);

        assertThat(bot.messenger().sent()).singleElement().satisfies(post -> {
            assertThat(post.channelId()).isEqualTo(555);
            assertThat(post.reply().mentionUsers()).isEmpty();
            assertThat(post.reply().plainText()).contains("Nobody looks after this partner at the moment",
                    "Nobody has logged a contact with this partner since it was added", "Eastside Food Bank")
                    .doesNotContain("since we were");
        });
    }

    @Test
    @DisplayName("/partner show says where an unowned partner's reminders go: the reminder channel, or nowhere yet")
    void unownedPartnerShowsWhereRemindersGo() {
        adds(ana, "Eastside Food Bank");
        bot.storedRows().write(c -> Database.update(c, "UPDATE partners SET owner_id = NULL WHERE guild_id = ?",
                TestBot.GUILD));

        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("no reminder channel, so nobody is reminded", "`/partner owner` with you as `member:` takes it on")
                .doesNotContain("so they go to the reminder channel");
        bot.coordinator("cora").runs("coach setup", "channel", "555");
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("nobody looks after it, so they go to the reminder channel");
    }

    /** Ana adds a partner, then deletes her data: nobody looks after it, and the server has no reminder channel. */
    private void anaForgetsHerPartner(String name) {
        adds(ana, name);
        ana.runs("privacy forget");
        ana.presses("Delete my data");
        assertThat(partner(name).ownerId()).isZero();
    }

    /**
     * A check-in to the reminder channel given up for want of one, {@code daysAgo} days ago, as releases before this
     * one stored it day after day for partners nobody looks after.
     */
    private void givenUpForWantOfAChannel(int daysAgo, String partnerName) {
        java.time.Instant at = bot.clock().instant().minus(Duration.ofDays(daysAgo));
        bot.storedRows().write(c -> Database.update(c, "INSERT INTO scheduled_sends (guild_id, kind, recipient_id, "
                        + "payload, requested_at, due_at, status, attempts, claimed_at, last_error, trouble, created_at)"
                        + " VALUES (?, 'cultivate', 0, ?, ?, ?, 'FAILED', 1, ?, ?, 'NO_REMINDER_CHANNEL', ?)",
                TestBot.GUILD, String.valueOf(partnerId(partnerName)), at, at, at,
                "the server has no reminder channel (set one with /coach setup)", at));
    }

    @Test
    @DisplayName("GIVEN a partner nobody looks after and no reminder channel WHEN a month passes THEN no check-in is "
            + "tried and given up, day after day: /coach status lists no failed message, and /partner show still "
            + "says nobody is reminded and how to take it on")
    void unownedCheckInWithNowhereToGoIsNotTried() {
        anaForgetsHerPartner("Eastside Food Bank");

        days(30);

        assertThat(bot.messenger().sent()).isEmpty();
        assertThat(cultivateRows(TestBot.GUILD, 0)).isEmpty();
        assertThat(bot.coordinator("cora").runs("coach status").plainText()).contains("Messages that failed: 0")
                .doesNotContain("A cultivate reminder");
        assertThat(bot.member("bo").runs("partner show", "partner", "Eastside Food Bank").plainText())
                .contains("no reminder channel, so nobody is reminded",
                        "`/partner owner` with you as `member:` takes it on");
    }

    @Test
    @DisplayName("GIVEN a partner nobody looked after for a month with no reminder channel WHEN a coordinator sets one "
            + "THEN its check-in goes there at the next run, once")
    void unownedCheckInResumesOnceAChannelIsSet() {
        anaForgetsHerPartner("Eastside Food Bank");
        days(30);

        bot.coordinator("cora").runs("coach setup", "channel", "555");
        bot.advance(Duration.ofMinutes(1));

        assertThat(bot.messenger().sent()).singleElement().satisfies(post -> {
            assertThat(post.channelId()).isEqualTo(555);
            assertThat(post.reply().plainText()).contains("Nobody looks after this partner at the moment",
                    "Eastside Food Bank");
        });
        assertThat(cultivateRows(TestBot.GUILD, 0)).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.SENT));
    }

    @Test
    @DisplayName("GIVEN a partner nobody looked after for a month with no reminder channel WHEN a member takes it on "
            + "herself THEN her check-ins about it come by DM")
    void unownedCheckInResumesOnceAMemberTakesItOn() {
        anaForgetsHerPartner("Eastside Food Bank");
        days(30);
        Member bo = bot.member("bo");

        bo.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bo.id()));
        bot.advance(Duration.ofMinutes(1));

        assertThat(dmsTo(bo)).anySatisfy(dm -> assertThat(dm.reply().plainText()).contains("Eastside Food Bank"));
        assertThat(cultivateRows(TestBot.GUILD, bo.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.SENT));
        assertThat(cultivateRows(TestBot.GUILD, 0)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a check-in to the reminder channel still waiting when a coordinator cleared the channel WHEN "
            + "it falls due THEN it is not sent, nor given up and listed as failed")
    void unownedCheckInWaitingWhenTheChannelWasClearedIsNotGivenUp() {
        anaForgetsHerPartner("Eastside Food Bank");
        days(14);
        // queued while the server had a reminder channel (held for its quiet hours, say); cleared since
        java.time.Instant now = bot.clock().instant();
        bot.storedRows().write(c -> bot.app().outbox().enqueue(c, new ScheduledSend.Draft(TestBot.GUILD,
                "cultivate", 0, 0, String.valueOf(partnerId("Eastside Food Bank")), "", now), now));

        bot.advance(Duration.ofMinutes(1));

        assertThat(bot.messenger().sent()).isEmpty();
        assertThat(cultivateRows(TestBot.GUILD, 0)).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.CANCELLED));
        assertThat(bot.coordinator("cora").runs("coach status").plainText()).contains("Messages that failed: 0");
    }

    @Test
    @DisplayName("GIVEN an older release gave up the channel's check-in every day for want of a reminder channel, and "
            + "a real failure WHEN the bot plans check-ins again THEN those check-ins leave /coach status, the real "
            + "failure stays")
    void checkInsGivenUpForWantOfAChannelLeaveTheStatus() {
        // GIVEN ana's own check-ins reach nobody (DMs closed, no reminder channel): a real failure
        adds(ana, "Lincoln High");
        bot.messenger().closeDmsOf(ana.id());
        // AND bo's partner, which nobody looks after since bo deleted his data, was given up on three days running
        Member bo = bot.member("bo");
        adds(bo, "Eastside Food Bank");
        bo.runs("privacy forget");
        bo.presses("Delete my data");
        days(14);
        for (int d = 3; d >= 1; d--) {
            givenUpForWantOfAChannel(d, "Eastside Food Bank");
        }

        bot.advance(Duration.ofMinutes(1));

        String status = bot.coordinator("cora").runs("coach status").plainText();
        assertThat(status).contains("Messages that failed: 1", "a cultivate reminder to <@" + ana.id() + ">")
                .doesNotContain("since nobody looks after its partners");
        assertThat(cultivateRows(TestBot.GUILD, 0)).hasSize(3)
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.CANCELLED));
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.FAILED));
    }

    @Test
    @DisplayName("GIVEN an older release gave up the channel's check-in for want of a reminder channel WHEN a member "
            + "takes the partner on THEN that check-in leaves /coach status at once")
    void checkInsGivenUpForWantOfAChannelLeaveTheStatusOnceAMemberTakesItOn() {
        anaForgetsHerPartner("Eastside Food Bank");
        givenUpForWantOfAChannel(1, "Eastside Food Bank");
        Member cora = bot.coordinator("cora");
        assertThat(cora.runs("coach status").plainText()).contains("Messages that failed: 1");

        Member bo = bot.member("bo");
        bo.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(bo.id()));

        assertThat(cora.runs("coach status").plainText()).contains("Messages that failed: 0");
    }

    @Test
    @DisplayName("nowhere to deliver: the reminder is marked failed, and tried again a day later, not every run")
    void nowhereToDeliver() {
        adds(ana, "Eastside Food Bank");
        bot.messenger().closeDmsOf(ana.id());

        days(14);
        bot.advance(Duration.ofMinutes(1));
        bot.advance(Duration.ofHours(2));

        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(ScheduledSend.Status.FAILED);
            assertThat(s.lastError()).contains("no reminder channel");
        });
        days(1);
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).hasSize(2);
    }

    @Test
    @DisplayName("a check-in that reached nobody (DMs closed, no reminder channel): her next /partner show and /partner "
            + "log say so and how to let them through; once one reaches her, they stop saying it")
    void unreachedCheckInIsToldOnTheNextCommand() {
        // GIVEN ana's DMs are closed to the bot, and the server has no reminder channel
        adds(ana, "Eastside Food Bank");
        bot.messenger().closeDmsOf(ana.id());

        // WHEN her check-in falls due, nothing can reach her
        days(14);
        bot.advance(Duration.ofMinutes(1));
        assertThat(bot.messenger().sent()).isEmpty();
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.FAILED));

        // THEN the partner's page says it did not reach her, why, and what to do, to her
        assertThat(remindersLine(ana, "Eastside Food Bank")).contains("my last check-in didn't reach you",
                "your DMs are closed", "Privacy Settings").doesNotContain("them", "their");
        // AND to anyone else who reads it, about her
        assertThat(remindersLine(bot.member("bo"), "Eastside Food Bank")).contains("my last check-in for <@" + ana.id()
                + "> didn't reach them", "their DMs are closed", "Privacy Settings", "`/coach setup`");
        // AND so does her next /partner log
        assertThat(ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with Maria").plainText())
                .contains("Logged", "didn't reach you", "Privacy Settings");

        // WHEN she opens her DMs and the next check-in reaches her
        bot.messenger().openDmsOf(ana.id());
        days(14);
        assertThat(dmsTo(ana)).hasSize(1);

        // THEN the note is gone
        assertThat(remindersLine(ana, "Eastside Food Bank")).doesNotContain("didn't reach");
    }

    @Test
    @DisplayName("a check-in that reached nobody: her /partner list mine:true, /reminders list and /remind say it once, "
            + "however many partners it was about, with how to let the next ones through; nobody else's do")
    void unreachedCheckInIsToldOnHerOwnReminders() {
        // GIVEN ana's DMs are closed to the bot, the server has no reminder channel, and her check-in about her two
        // partners reached nobody
        adds(ana, "Eastside Food Bank", "Lincoln High");
        bot.messenger().closeDmsOf(ana.id());
        days(14);
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.FAILED));

        // THEN her own list of partners says so, once, with what to do
        String list = ana.runs("partner list", "mine", "true").plainText();
        assertThat(list).contains("Eastside Food Bank", "Lincoln High", "My check-in about your partners",
                "didn't reach you", "your DMs are closed to me", "Privacy Settings");
        assertThat(list.split("didn't reach", -1)).hasSize(2);
        // AND so do her /reminders list and her next /remind, which still sets its reminder
        String reminders = ana.runs("reminders list").plainText();
        assertThat(reminders).contains("My check-in about your partners", "didn't reach you", "Privacy Settings",
                "You have no reminders coming");
        assertThat(reminders.split("didn't reach", -1)).hasSize(2);
        assertThat(ana.runs("remind", "when", "in 2h", "what", "Call Maria").plainText()).contains("Got it",
                "My check-in about your partners", "didn't reach you");
        // AND the whole list says nothing of it, nor does bo's own
        assertThat(ana.runs("partner list").plainText()).doesNotContain("didn't reach");
        Member bo = bot.member("bo");
        adds(bo, "City Parks");
        assertThat(bo.runs("partner list", "mine", "true").plainText()).doesNotContain("didn't reach");
        assertThat(bo.runs("reminders list").plainText()).doesNotContain("didn't reach");

        // WHEN she opens her DMs and the next check-in reaches her
        bot.messenger().openDmsOf(ana.id());
        days(14);
        assertThat(dmsTo(ana)).hasSize(2);

        // THEN none of them say it any more
        assertThat(ana.runs("partner list", "mine", "true").plainText()).doesNotContain("didn't reach");
        assertThat(ana.runs("reminders list").plainText()).doesNotContain("didn't reach");
    }

    @Test
    @DisplayName("a reminder and a check-in that both reached nobody: /remind says so in one note, with what to do once")
    void unreachedReminderAndCheckInAreOneNote() {
        adds(ana, "Eastside Food Bank");
        bot.messenger().closeDmsOf(ana.id());
        ana.runs("remind", "when", "in 2h", "what", "Call Maria");
        days(14);
        assertThat(bot.messenger().sent()).isEmpty();

        String reply = ana.runs("remind", "when", "in 2h", "what", "Send the flyer").plainText();

        assertThat(reply).contains("“Call Maria”) and my check-in about your partners", "didn't reach you");
        assertThat(reply.split("Privacy Settings", -1)).hasSize(2);
    }

    @Test
    @DisplayName("her list of partners reads whether her last check-in reached her once, however many partners she has")
    void unreachedCheckInCostsOneReadOnTheList() {
        adds(ana, "Eastside Food Bank", "Lincoln High");
        bot.messenger().closeDmsOf(ana.id());
        days(14);
        long few = statementsOf(() -> ana.runs("partner list", "mine", "true"));
        adds(ana, "City Parks", "Mercy Clinic", "Riverside Seniors", "Hope Housing", "First Baptist Church",
                "Youth League");

        long many = statementsOf(() -> ana.runs("partner list", "mine", "true"));

        assertThat(ana.runs("partner list", "mine", "true").plainText()).contains("Youth League", "didn't reach you");
        assertThat(many).isEqualTo(few);
    }

    private static long statementsOf(Runnable action) {
        long before = Database.statementsRun();
        action.run();
        return Database.statementsRun() - before;
    }

    @Test
    @DisplayName("a reminder that falls due at night waits for the morning, and takes in what fell due meanwhile")
    void quietHoursTakeInLaterPartners() {
        // GIVEN one partner added at 22:00 and another at midnight
        bot.clock().advance(Duration.ofHours(7));
        adds(ana, "Eastside Food Bank");
        bot.clock().advance(Duration.ofHours(2));
        adds(ana, "Lincoln High");

        // WHEN the first falls due, at night, its reminder waits
        bot.clock().advance(Duration.ofDays(14).minusHours(2));
        bot.advance(Duration.ofMinutes(30));
        assertThat(bot.messenger().sent()).isEmpty();
        // AND the second falls due while it waits
        bot.advance(Duration.ofHours(2));
        assertThat(bot.messenger().sent()).isEmpty();
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.PENDING));

        // THEN at 08:00 one message lists both
        bot.advance(Duration.ofHours(7).plusMinutes(29));
        assertThat(bot.messenger().sent()).isEmpty();
        bot.advance(Duration.ofMinutes(1));
        assertThat(dmsTo(ana)).singleElement().satisfies(s -> assertThat(menu(s.reply()))
                .containsExactly("Eastside Food Bank", "Lincoln High"));
    }

    @Test
    @DisplayName("a restart between runs, or while a reminder waits for the morning, neither loses nor repeats it")
    void restartNeitherLosesNorRepeats() {
        bot.close();
        bot = TestBot.onFile(dir);
        ana = bot.member("ana");
        adds(ana, "Eastside Food Bank");

        // GIVEN the bot is down when the partner falls due (at 23:00, in quiet hours)
        bot.clock().advance(Duration.ofDays(14).plusHours(8));
        bot.restart().app().scheduler().runDue();
        assertThat(bot.messenger().sent()).isEmpty();
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.PENDING));

        // WHEN it restarts again during the night and the morning comes
        bot.restart();
        bot.advance(Duration.ofHours(9));

        // THEN exactly one reminder went out, and more restarts and runs add none
        assertThat(dmsTo(ana)).hasSize(1);
        bot.restart().app().scheduler().runDue();
        bot.advance(Duration.ofHours(1));
        bot.restart().app().scheduler().runDue();
        assertThat(dmsTo(ana)).hasSize(1);
        assertThat(cultivateRows(TestBot.GUILD, ana.id())).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ScheduledSend.Status.SENT));
        // AND its buttons still work after the restart
        opensLatest(ana);
        assertThat(ana.presses("Snooze 1 day").plainText()).contains("Snoozed");
    }

    // --- servers, cadence ------------------------------------------------------------------------------------

    @Test
    @DisplayName("a server's default shorter than the built-in one brings its partners up sooner, and no one else's")
    void shorterServerDefault() {
        bot.coordinator("cora").runs("coach setup", "cadence", "7");
        Member olu = bot.memberOfOtherServer("olu");
        adds(ana, "Eastside Food Bank");
        adds(olu, "Harbor Clinic");

        days(7);
        assertThat(dmsTo(ana)).singleElement().satisfies(s -> assertThat(s.reply().plainText())
                .contains("Eastside Food Bank"));
        assertThat(dmsTo(olu)).isEmpty();
        days(7);
        assertThat(dmsTo(olu)).hasSize(1);
    }

    @Test
    @DisplayName("another server keeps its own cadence, and a reminder from one server cannot be used in another")
    void otherServerUnaffected() {
        bot.coordinator("cora").runs("coach setup", "cadence", "30");
        Member olu = bot.memberOfOtherServer("olu");
        adds(ana, "Eastside Food Bank");
        adds(olu, "Harbor Clinic");

        days(14);
        assertThat(dmsTo(ana)).isEmpty();
        assertThat(dmsTo(olu)).singleElement().satisfies(s -> assertThat(s.reply().plainText())
                .contains("Harbor Clinic").doesNotContain("Eastside"));
        days(16);
        assertThat(dmsTo(ana)).singleElement().satisfies(s -> assertThat(s.reply().plainText())
                .contains("Eastside Food Bank").doesNotContain("Harbor"));

        // a button of ana's reminder, pressed by olu in the other server, is refused
        Button snooze = ana.reads(dmsTo(ana).get(0).reply()).buttons().get(1);
        Reply refused = olu.pressesId(snooze.id());
        assertThat(refused.plainText()).contains("meant for someone else");
        assertThat(bot.storedRows().read(c -> Database.one(c, "SELECT COUNT(*) FROM cultivate_states"
                + " WHERE snoozed_until IS NOT NULL", rs -> rs.getInt(1))).orElseThrow()).isZero();
    }

    @Test
    @DisplayName("a forged or outdated button gets the friendly stale message")
    void staleButtons() {
        adds(ana, "Eastside Food Bank");
        days(14);
        Button snooze = opensLatest(ana).buttons().get(1);

        assertThat(ana.pressesId(CustomId.of("cultivate", "snooze", TestBot.GUILD, 999_999, 1, 1)).plainText())
                .contains("older message");
        assertThat(ana.pressesId(CustomId.of("cultivate", "snooze", snooze.id().arg(0), snooze.id().arg(1), 424242,
                1)).plainText()).contains("older message");
        assertThat(ana.pressesId(CustomId.of("cultivate", "snooze", snooze.id().arg(0), snooze.id().arg(1),
                snooze.id().arg(2), 365)).plainText()).contains("older message");
    }

    @Test
    @DisplayName("/partner cadence sets how often; 0 goes back to the server's default")
    void cadenceCommand() {
        adds(ana, "Eastside Food Bank");

        Reply set = ana.runs("partner cadence", "partner", "eastside food bank", "days", "30");
        assertThat(set.plainText()).contains("“Eastside Food Bank” may go 30 days without contact before a reminder",
                "the next check-in is due");
        days(29);
        assertThat(dmsTo(ana)).isEmpty();
        days(1);
        assertThat(dmsTo(ana)).hasSize(1);

        Reply reset = ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "0");
        assertThat(reset.plainText()).contains("may go 14 days without contact (the server's default)");
        assertThat(partner("Eastside Food Bank").cadenceDays()).isNull();
    }

    @Test
    @DisplayName("/partner cadence with the cadence a partner already has says nothing changed, as /partner edit does, "
            + "and writes nothing")
    void cadenceAlreadySet() {
        adds(ana, "Eastside Food Bank");
        java.time.Instant activity = partner("Eastside Food Bank").activityAt();
        bot.advance(Duration.ofHours(1));

        Reply onDefault = ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "0");
        Reply edited = ana.runs("partner edit", "partner", "Eastside Food Bank", "cadence", "0");

        assertThat(onDefault.plainText()).startsWith("“Eastside Food Bank” already reads that way, so nothing "
                + "changed. It may go 14 days without contact (the server's default)").doesNotContain("Saved");
        assertThat(edited.plainText()).startsWith("“Eastside Food Bank” already reads that way, so nothing changed.");
        assertThat(partner("Eastside Food Bank").activityAt()).as("nothing written").isEqualTo(activity);

        ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "30");
        assertThat(ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "30").plainText())
                .startsWith("“Eastside Food Bank” already reads that way, so nothing changed. It may go 30 days "
                        + "without contact before a reminder");
        assertThat(partner("Eastside Food Bank").cadenceDays()).isEqualTo(30);
    }

    @Test
    @DisplayName("a cadence of one day reads \"1 day\", not \"1 days\", in /partner cadence and /partner show")
    void cadenceOfOneDay() {
        adds(ana, "Eastside Food Bank");

        Reply set = ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "1");

        assertThat(set.plainText()).contains("may go 1 day without contact before a reminder",
                "every 1 day without contact").doesNotContain("1 days");
        assertThat(remindersLine(ana, "Eastside Food Bank")).contains("every 1 day without contact")
                .doesNotContain("1 days");
    }

    @Test
    @DisplayName("/partner cadence: a shorter cadence makes a partner due at once; bad input is refused kindly")
    void cadenceCommandEdges() {
        adds(ana, "Eastside Food Bank");
        days(5);

        assertThat(ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "3").plainText())
                .contains("a check-in is due now");
        bot.advance(Duration.ofMinutes(1));
        assertThat(dmsTo(ana)).hasSize(1);

        assertThat(ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "400").plainText())
                .contains("from 1 to 365");
        assertThat(ana.runs("partner cadence", "partner", "Eastside Food Bank", "days", "🎉").plainText())
                .contains("from 1 to 365");
        assertThat(ana.runs("partner cadence", "partner", "Eastsid Food Bank", "days", "7").plainText())
                .contains("Did you mean “Eastside Food Bank”");
        assertThat(ana.runs("partner cadence", "partner", "'; DROP TABLE partners; --", "days", "7").plainText())
                .contains("I can't find a partner");
        assertThat(bot.memberOfOtherServer("olu").runs("partner cadence", "partner",
                String.valueOf(partnerId("Eastside Food Bank")), "days", "7").plainText())
                .contains("I can't find a partner");
        assertThat(partner("Eastside Food Bank").cadenceDays()).isEqualTo(3);
        assertThat(ana.suggests("partner cadence", "partner", "east")).extracting(c -> c.value())
                .containsExactly("Eastside Food Bank");
    }
}
