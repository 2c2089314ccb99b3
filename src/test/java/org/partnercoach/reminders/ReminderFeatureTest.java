package org.partnercoach.reminders;

import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.Outbox;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("Personal reminders: /remind, /reminders list, /reminders cancel")
class ReminderFeatureTest {

    private final TestBot bot = TestBot.inMemory();
    private final Outbox outbox = bot.app().outbox();

    @AfterEach
    void close() {
        bot.close();
    }

    private List<ScheduledSend> pendingOf(Member m) {
        return outbox.open(m.guildId(), PersonalReminders.KIND, m.id());
    }

    /** GIVEN a member who set her own time zone with /settings timezone. */
    private Member memberIn(String name, String zone) {
        Member member = bot.member(name);
        member.runs("settings timezone", "zone", zone);
        return member;
    }

    /** GIVEN it is this instant: the clock is moved on to it (it only moves forward). */
    private void setClockTo(String instant) {
        bot.clock().advance(Duration.between(bot.clock().instant(), Instant.parse(instant)));
    }

    @Test
    @DisplayName("two reminders set in 2 days, seconds apart in the same minute, fall due on that minute and come as "
            + "one message")
    void setSecondsApartComeTogether() {
        Member ana = bot.member("ana");

        // WHEN Ana sets two reminders "in 2 days", 25 and 50 seconds into the same minute
        bot.clock().advance(Duration.ofSeconds(25));
        Reply first = ana.runs("remind", "when", "in 2 days", "what", "Call Lincoln High");
        bot.clock().advance(Duration.ofSeconds(25));
        ana.runs("remind", "when", "in 2 days", "what", "Send the flyer");

        // THEN both are set for the minute shown, 2 days on
        Instant due = TestBot.START.plus(Duration.ofDays(2));
        assertThat(first.text()).contains(TimeMarkup.full(due));
        assertThat(pendingOf(ana)).extracting(ScheduledSend::dueAt).containsOnly(due);
        // AND they come in one DM then
        bot.advance(Duration.ofDays(2));
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("Call Lincoln High", "Send the flyer"));
    }

    @Test
    @DisplayName("the same /remind sent twice (the same words, time and partner) keeps one reminder and says so; the "
            + "same words at another time, or other words at the same time, are set as usual")
    void sameReminderTwiceIsKeptOnce() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("remind", "when", "in 2 days", "what", "Call Maria");

        Reply again = ana.runs("remind", "when", "in 2 days", "what", " call maria ");

        assertThat(again.plainText()).startsWith("You already have this reminder, so I didn't set it twice. I'll "
                + "remind you").contains("> Call Maria");
        assertThat(pendingOf(ana)).hasSize(1);
        // AND a reminder of the same words another time, or about a partner, or other words, is another one
        ana.runs("remind", "when", "in 3 days", "what", "Call Maria");
        ana.runs("remind", "when", "in 2 days", "what", "Call Maria", "partner", "Eastside Food Bank");
        assertThat(ana.runs("remind", "when", "in 2 days", "what", "Send the flyer").plainText()).startsWith("Got it.");
        assertThat(pendingOf(ana)).hasSize(4);
        // AND the one kept comes once
        bot.advance(Duration.ofDays(2));
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText().split("Call Maria", -1)).hasSize(3));
    }

    @Test
    @DisplayName("a reminder her closed DMs kept from her (no reminder channel): her next /reminders list and /remind "
            + "say so and how to let them through; once one reaches her, they stop saying it")
    void closedDmsAreToldOnTheNextCommand() {
        // GIVEN ana's DMs are closed to the bot, and the server has no reminder channel
        Member ana = bot.member("ana");
        bot.messenger().closeDmsOf(ana.id());
        ana.runs("remind", "when", "in 2h", "what", "Call Maria");

        // WHEN her reminder falls due, nothing can reach her
        bot.advance(Duration.ofHours(3));
        assertThat(bot.messenger().sent()).isEmpty();

        // THEN her list says it did not reach her, why, and what to do
        assertThat(ana.runs("reminders list").plainText()).contains("didn't reach you", "Call Maria",
                "DMs are closed", "Privacy Settings", "You have no reminders coming");
        // AND so does her next /remind, which still sets it
        Reply next = ana.runs("remind", "when", "in 2h", "what", "Send the flyer");
        assertThat(next.plainText()).contains("Got it", "didn't reach you", "Privacy Settings");
        assertThat(pendingOf(ana)).hasSize(1);

        // WHEN she opens her DMs and that one reaches her
        bot.messenger().openDmsOf(ana.id());
        bot.advance(Duration.ofHours(3));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);

        // THEN the note is gone
        assertThat(ana.runs("reminders list").plainText()).doesNotContain("didn't reach you");
        assertThat(ana.runs("remind", "when", "in 2h", "what", "Call back").plainText())
                .doesNotContain("didn't reach you");
    }

    @Test
    @DisplayName("a reminder set for in 2 days reaches the member by DM then, once")
    void remindsOnce() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");

        // WHEN Ana asks to be reminded in two days, about a partner she types in lower case
        Reply reply = ana.runs("remind", "when", "in 2 days", "what", "Call Lincoln High", "partner", "lincoln high");

        // THEN she sees when, in Discord's timestamp markup
        Instant due = TestBot.START.plus(Duration.ofDays(2));
        assertThat(reply.ephemeral()).isTrue();
        assertThat(reply.text()).contains("Got it", TimeMarkup.full(due), TimeMarkup.relative(due),
                "Call Lincoln High", "/reminders list");
        // AND nothing is sent a day later
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().sent()).isEmpty();
        // AND the reminder arrives by DM when it falls due, and never again
        bot.advance(Duration.ofDays(1));
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(ana.id());
        assertThat(dms).hasSize(1);
        assertThat(dms.get(0).reply().plainText()).contains("Reminder", "Call Lincoln High", "Partner: Lincoln High");
        bot.advance(Duration.ofDays(30));
        // (the partner's cultivate reminder comes meanwhile too: only personal reminders count here)
        assertThat(bot.messenger().sent()).filteredOn(s -> s.reply().plainText().contains("⏰ Reminder")).hasSize(1);
        assertThat(pendingOf(ana)).isEmpty();
    }

    @Test
    @DisplayName("a reminder about a partner the coalition has moved on from is set all the same, and the reply says "
            + "it moved on and how /partner restore brings it back")
    void aboutAMovedOnPartner() {
        // GIVEN Lincoln High has moved on
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("partner archive", "partner", "Lincoln High", "reason", "no budget this year");

        // WHEN Ana asks to be reminded about it
        Reply reply = ana.runs("remind", "when", "in 2 days", "what", "Ask about next year", "partner",
                "lincoln high");

        // THEN it is set, and she reads that the partner moved on and how to bring it back
        assertThat(reply.plainText()).contains("Got it", "Ask about next year", "Partner: Lincoln High",
                "The coalition has moved on from “Lincoln High”",
                "`/partner restore partner:\"Lincoln High\"` brings it back");
        assertThat(pendingOf(ana)).hasSize(1);
        // AND the reminder still comes when due
        bot.advance(Duration.ofDays(2));
        assertThat(bot.messenger().directTo(ana.id())).extracting(s -> s.reply().plainText())
                .anySatisfy(t -> assertThat(t).contains("Ask about next year", "Partner: Lincoln High"));

        // AND a reminder about a partner still on the list says nothing of it
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        assertThat(ana.runs("remind", "when", "in 2 days", "what", "Call", "partner", "Grace Church").plainText())
                .doesNotContain("moved on");
    }

    /** The text of the newest DM {@code m} has had. */
    private String lastDmTo(Member m) {
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(m.id());
        assertThat(dms).isNotEmpty();
        return dms.get(dms.size() - 1).reply().plainText();
    }

    @Test
    @DisplayName("a reminder follows its partner's rename: /reminders list and the DM show the name it has now, with "
            + "the one it was set with")
    void followsARename() {
        // GIVEN Ana sets a reminder about Lincoln High
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("remind", "when", "in 2 days", "what", "Email the principal", "partner", "Lincoln High");
        long partnerId = bot.app().partners().activePartners(TestBot.GUILD).get(0).id();
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> {
            assertThat(r.partnerId()).isEqualTo(partnerId);
            assertThat(r.about()).isEqualTo("Lincoln High");
        });

        // WHEN the partner is renamed
        ana.runs("partner edit", "partner", "Lincoln High", "name", "Abraham Lincoln Academy");

        // THEN her list shows the name it has now, and the one she knew
        assertThat(ana.runs("reminders list").plainText())
                .contains("Email the principal · Abraham Lincoln Academy (was Lincoln High)");
        // AND so does the DM when it comes
        bot.advance(Duration.ofDays(2));
        assertThat(lastDmTo(ana)).contains("Email the principal", "Partner: Abraham Lincoln Academy (was Lincoln High)")
                .doesNotContain("moved on", "no longer");

        // AND Snooze 1 hour sets it again about the same partner, which it still follows
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(ana.id());
        ana.reads(dms.get(dms.size() - 1).reply());
        assertThat(ana.presses("Snooze 1 hour").plainText())
                .contains("Partner: Abraham Lincoln Academy (was Lincoln High)", "I'll remind you again");
        ana.runs("partner edit", "partner", "Abraham Lincoln Academy", "name", "Lincoln Academy");
        assertThat(ana.runs("reminders list").plainText())
                .contains("Email the principal · Lincoln Academy (was Lincoln High)");
        bot.advance(Duration.ofHours(1));
        assertThat(lastDmTo(ana)).contains("Partner: Lincoln Academy (was Lincoln High)");
    }

    @Test
    @DisplayName("a partner's name only written differently (its case) is shown as it is now, without a \"was\"")
    void sameNameOtherCase() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "lincoln high", "sector", "education");
        ana.runs("remind", "when", "in 2 days", "what", "Email the principal", "partner", "lincoln high");

        ana.runs("partner edit", "partner", "lincoln high", "name", "Lincoln High");

        assertThat(ana.runs("reminders list").plainText()).contains("Email the principal · Lincoln High")
                .doesNotContain("(was", "lincoln high");
    }

    @Test
    @DisplayName("a reminder whose partner has moved on since says so in the DM, with /partner restore; one deleted "
            + "since shows the name as it was set, and that it is no longer on the list")
    void partnerMovedOnOrDeletedSince() {
        // GIVEN Ana sets reminders about two partners, for the same minute, and one about a third, alone
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner add", "name", "Hope Housing", "sector", "housing");
        ana.runs("remind", "when", "in 2 days", "what", "Drop off flyers", "partner", "Eastside Food Bank");
        ana.runs("remind", "when", "in 2 days", "what", "Call the pastor", "partner", "Grace Church");
        ana.runs("remind", "when", "in 3 days", "what", "Ask about the shelter", "partner", "Hope Housing");

        // WHEN the coalition moves on from the Food Bank and from Hope Housing, and Grace Church is deleted
        ana.runs("partner archive", "partner", "Eastside Food Bank");
        ana.runs("partner archive", "partner", "Hope Housing");
        ana.runs("partner delete", "partner", "Grace Church");
        assertThat(ana.presses("Delete for good").text()).contains("Deleted “Grace Church”");

        // THEN her list says where each stands
        assertThat(ana.runs("reminders list").plainText())
                .contains("Drop off flyers · Eastside Food Bank (moved on)",
                        "Call the pastor · Grace Church (no longer on the outreach list)",
                        "Ask about the shelter · Hope Housing (moved on)");
        // AND the message of the two says it too
        bot.advance(Duration.ofDays(2));
        assertThat(lastDmTo(ana)).contains("Partner: Eastside Food Bank:", "Drop off flyers",
                "The coalition has moved on from this partner. If you're reaching out again, "
                        + "`/partner restore partner:\"Eastside Food Bank\"` brings it back.",
                "Partner: Grace Church:", "Call the pastor", "It's no longer on the outreach list. If you still "
                        + "work with them, `/partner add` puts it back.");
        // AND the one that comes alone
        bot.advance(Duration.ofDays(1));
        assertThat(lastDmTo(ana)).contains("Ask about the shelter", "Partner: Hope Housing\nThe coalition has moved "
                + "on from this partner. If you're reaching out again, `/partner restore partner:\"Hope Housing\"` "
                + "brings it back.");

        // AND once it is back on the list, a reminder about it says nothing of it
        ana.runs("partner restore", "partner", "Hope Housing");
        ana.runs("remind", "when", "in 2 days", "what", "Thank them", "partner", "Hope Housing");
        ana.runs("partner archive", "partner", "Hope Housing");
        ana.runs("partner restore", "partner", "Hope Housing");
        bot.advance(Duration.ofDays(2));
        assertThat(lastDmTo(ana)).contains("Thank them", "Partner: Hope Housing").doesNotContain("moved on");
    }

    @Test
    @DisplayName("a reminder whose partner was deleted and then added again under the same name shows that partner, "
            + "not that it is gone; one archived since says it has moved on; only a name not on the list is gone")
    void partnerDeletedThenAddedAgain() {
        // GIVEN Ana sets reminders about three partners: Lincoln High alone, the two others for the same minute
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner add", "name", "Hope Housing", "sector", "housing");
        ana.runs("remind", "when", "in 2 days", "what", "Call the principal", "partner", "Lincoln High");
        ana.runs("remind", "when", "in 3 days", "what", "Call the pastor", "partner", "Grace Church");
        ana.runs("remind", "when", "in 3 days", "what", "Ask about the shelter", "partner", "Hope Housing");

        // WHEN all three are deleted, Lincoln High is added again (its name written differently), Grace Church
        // is added again and then archived, and Hope Housing stays deleted
        for (String name : List.of("Lincoln High", "Grace Church", "Hope Housing")) {
            ana.runs("partner delete", "partner", name);
            assertThat(ana.presses("Delete for good").text()).contains("Deleted “" + name + "”");
        }
        ana.runs("partner add", "name", "lincoln high", "sector", "education");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner archive", "partner", "Grace Church");

        // THEN her list shows Lincoln High plainly, Grace Church as moved on, and only Hope Housing as gone
        String list = ana.runs("reminders list").plainText();
        assertThat(list).contains("Call the principal · lincoln high", "Call the pastor · Grace Church (moved on)",
                "Ask about the shelter · Hope Housing (no longer on the outreach list)");
        assertThat(list.lines().filter(l -> l.contains("no longer on the outreach list"))).hasSize(1);
        // AND the DM about Lincoln High says nothing of it being gone
        bot.advance(Duration.ofDays(2));
        assertThat(lastDmTo(ana)).contains("Call the principal", "Partner: lincoln high")
                .doesNotContain("no longer", "moved on", "(was");
        // AND the message of the two says where each stands
        bot.advance(Duration.ofDays(1));
        String both = lastDmTo(ana);
        assertThat(both).contains("Partner: Grace Church:", "Call the pastor",
                "The coalition has moved on from this partner. If you're reaching out again, "
                        + "`/partner restore partner:\"Grace Church\"` brings it back.",
                "Partner: Hope Housing:", "Ask about the shelter", "It's no longer on the outreach list. If you "
                        + "still work with them, `/partner add` puts it back.");
        assertThat(both.split("no longer on the outreach list", -1)).hasSize(2);
    }

    @Test
    @DisplayName("a date picked on a button after a rename, and a reminder opened from the menu of a message of "
            + "several, show the partner as it is then")
    void dateButtonAndMenuFollowThePartner() {
        // GIVEN Ana, in London, sets a reminder for 12/05 about Lincoln High, which is renamed before she picks a date
        Member ana = bot.member("ana");
        ana.runs("settings timezone", "zone", "Europe/London");
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("remind", "when", "12/05", "what", "Send the newsletter", "partner", "Lincoln High");
        bot.member("cora").runs("partner edit", "partner", "Lincoln High", "name", "Abraham Lincoln Academy");

        // WHEN she picks the other reading THEN the reply shows the partner's name now
        assertThat(ana.presses("Sat 5 Dec 2026").text()).contains("Done", "Send the newsletter",
                "Partner: Abraham Lincoln Academy (was Lincoln High)");
        assertThat(pendingOf(ana)).singleElement().extracting(ScheduledSend::partnerId)
                .isEqualTo(bot.app().partners().activePartners(TestBot.GUILD).get(0).id());

        // AND two reminders due together, about it and about a partner archived since, each open from the menu as
        // they are now
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("remind", "when", "in 2 days", "what", "Email the principal", "partner", "Abraham Lincoln Academy");
        ana.runs("remind", "when", "in 2 days", "what", "Drop off flyers", "partner", "Eastside Food Bank");
        ana.runs("partner archive", "partner", "Eastside Food Bank");
        bot.advance(Duration.ofDays(2));
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(ana.id());
        Reply message = ana.reads(dms.get(dms.size() - 1).reply());
        List<org.partnercoach.chat.SelectMenu.Option> options = message.rows().stream()
                .flatMap(r -> r instanceof org.partnercoach.chat.Row.Select sel ? sel.menu().options().stream()
                        : java.util.stream.Stream.empty()).toList();
        assertThat(options).extracting(org.partnercoach.chat.SelectMenu.Option::description)
                .anySatisfy(d -> assertThat(d).startsWith("Abraham Lincoln Academy · asked for"));
        Reply opened = ana.picks(options.stream().filter(o -> o.label().equals("Drop off flyers")).findFirst()
                .orElseThrow().value());
        assertThat(opened.plainText()).contains("Drop off flyers", "Partner: Eastside Food Bank\nThe coalition has "
                + "moved on from this partner.");
    }

    @Test
    @DisplayName("/reminders list reads the partners of a page of 25 reminders at once: as many statements as for one")
    void listReadsPartnersOnce() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Partner 0", "sector", "food");
        ana.runs("remind", "when", "in 2 days", "what", "Call 0", "partner", "Partner 0");
        ana.runs("reminders list");
        org.partnercoach.support.Counted one = org.partnercoach.support.Counted.of(() -> ana.runs("reminders list"));

        for (int i = 1; i < 25; i++) {
            ana.runs("partner add", "name", "Partner " + i, "sector", "food");
            ana.runs("remind", "when", "in 2 days", "what", "Call " + i, "partner", "Partner " + i);
            ana.runs("partner edit", "partner", "Partner " + i, "name", "Renamed " + i);
        }
        org.partnercoach.support.Counted many = org.partnercoach.support.Counted.of(() -> ana.runs("reminders list"));

        assertThat(many.reply().plainText()).contains("Call 9 · Renamed 9 (was Partner 9)", "Page 1 of 3");
        assertThat(many.statements()).isEqualTo(one.statements());
    }

    @Test
    @DisplayName("25 reminders about 25 partners due at once come in one message that reads their partners at once: "
            + "as many statements as for 2")
    void messageReadsPartnersOnce() {
        long two = statementsOfMessage(2);
        long many = statementsOfMessage(25);

        assertThat(many).isEqualTo(two);
    }

    /**
     * The statements of the run that sends one member {@code count} reminders due together, each about a partner
     * renamed since, in a bot of its own.
     */
    private long statementsOfMessage(int count) {
        try (TestBot own = TestBot.inMemory()) {
            Member ana = own.member("ana");
            for (int i = 0; i < count; i++) {
                ana.runs("partner add", "name", "Partner " + i, "sector", "food");
                ana.runs("remind", "when", "in 2 days", "what", "Call " + i, "partner", "Partner " + i);
                ana.runs("partner edit", "partner", "Partner " + i, "name", "Renamed " + i);
            }
            own.clock().advance(Duration.ofDays(2));

            long before = org.partnercoach.storage.Database.statementsRun();
            own.app().scheduler().runSends();
            long statements = org.partnercoach.storage.Database.statementsRun() - before;

            assertThat(own.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                    dm.reply().plainText()).contains(count + " reminders", "Partner: Renamed 1 (was Partner 1)"));
            return statements;
        }
    }

    @Test
    @DisplayName("the list is private, paged ten at a time, and each reminder has a Cancel button")
    void listIsPaged() {
        Member ana = bot.member("ana");
        for (int day = 1; day <= 12; day++) {
            ana.runs("remind", "when", "in " + day + " days", "what", "Follow up number " + day);
        }

        Reply first = ana.runs("reminders list");
        assertThat(first.ephemeral()).isTrue();
        assertThat(first.plainText()).contains("1. ", "Follow up number 1", "Follow up number 10", "Page 1 of 2")
                .doesNotContain("Follow up number 11");
        assertThat(first.buttons()).extracting(Button::label).contains("Cancel 1", "Cancel 10", "Next ▶");

        Reply second = ana.presses("Next ▶");
        assertThat(second.update()).isTrue();
        assertThat(second.plainText()).contains("11. ", "Follow up number 12", "Page 2 of 2");

        Reply afterCancel = ana.presses("Cancel 12");
        assertThat(afterCancel.plainText()).contains("Cancelled", "Follow up number 12", "11 coming");
        assertThat(pendingOf(ana)).hasSize(11);
    }

    @Test
    @DisplayName("cancel offers the member's own reminders and takes a picked suggestion or words from one")
    void cancel() {
        Member ana = memberIn("ana", "UTC");
        memberIn("bo", "UTC");
        ana.runs("remind", "when", "tomorrow 9am", "what", "Call Lincoln High");
        ana.runs("remind", "when", "monday", "what", "Email the food bank");
        ana.runs("remind", "when", "friday", "what", "Email the library");
        bot.member("bo").runs("remind", "when", "tomorrow 10am", "what", "Call Lincoln High too");

        List<OptionSpec.Choice> offered = ana.suggests("reminders cancel", ReminderFeature.OPTION_REMINDER, "email");
        assertThat(offered).extracting(OptionSpec.Choice::name)
                .containsExactly("Fri 6 Mar, 09:00 · Email the library", "Mon 9 Mar, 09:00 · Email the food bank");

        // by the value a picked suggestion carries
        assertThat(ana.runs("reminders cancel", "reminder", offered.get(0).value()).text())
                .contains("Cancelled", "Email the library");
        // by words
        assertThat(ana.runs("reminders cancel", "reminder", "lincoln").text()).contains("Cancelled", "Call Lincoln");
        // words that match nothing, and someone else's reminder, are refused
        long bosId = pendingOf(bot.member("bo")).get(0).id();
        assertThat(ana.runs("reminders cancel", "reminder", PersonalReminders.PICKED + bosId).text())
                .contains("found no reminder");
        assertThat(ana.runs("reminders cancel", "reminder", "dentist").text()).contains("found no reminder");

        assertThat(pendingOf(ana)).extracting(ScheduledSend::payload).containsExactly("Email the food bank");
        assertThat(pendingOf(bot.member("bo"))).hasSize(1);
        bot.advance(Duration.ofDays(10));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
    }

    @Test
    @DisplayName("words matching several reminders ask which one")
    void ambiguousCancel() {
        Member ana = memberIn("ana", "UTC");
        ana.runs("remind", "when", "monday", "what", "Email the food bank");
        ana.runs("remind", "when", "friday", "what", "Email the library");

        assertThat(ana.runs("reminders cancel", "reminder", "email").text()).contains("2 of your reminders match");
        assertThat(pendingOf(ana)).hasSize(2);
    }

    @Test
    @DisplayName("a member can keep at most 100 reminders waiting")
    void atMostAHundred() {
        Member ana = bot.member("ana");
        for (int i = 1; i <= PersonalReminders.MAX_PENDING; i++) {
            ana.runs("remind", "when", "in " + i + "h", "what", "Reminder " + i);
        }

        Reply refused = ana.runs("remind", "when", "in 2 days", "what", "One too many");

        assertThat(refused.text()).contains("already have 100 reminders", "/reminders cancel");
        assertThat(pendingOf(ana)).hasSize(100).extracting(ScheduledSend::payload).doesNotContain("One too many");
        assertThat(bot.member("bo").runs("remind", "when", "in 2 days", "what", "Mine").text()).contains("Got it");
    }

    @Test
    @DisplayName("the partner option suggests partners on the outreach list of this server only")
    void partnerSuggestions() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        bot.memberOfOtherServer("zoe").runs("partner add", "name", "Eastside Clinic", "sector", "health-care");

        assertThat(ana.suggests("remind", "partner", "east")).extracting(OptionSpec.Choice::name)
                .containsExactly("Eastside Food Bank · Food and nutrition · Researching");
    }

    @Test
    @DisplayName("a reminder of exactly 500 characters is kept, and the refusal of 501 names 500 as the most it takes")
    void longestReminder() {
        Member ana = bot.member("ana");

        // WHEN Ana sets a reminder of 500 characters THEN it is kept
        assertThat(ana.runs("remind", "when", "in 2 days", "what", "a".repeat(500)).text()).contains("Got it");

        // WHEN she sets one of 501 THEN she is told 500 is the most, in words that match what was just kept
        String refused = ana.runs("remind", "when", "in 2 days", "what", "b".repeat(501)).text();
        assertThat(refused).contains("501 characters long", "the most I can keep is 500", "Nothing was saved")
                .doesNotContain("under");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::payload).containsExactly("a".repeat(500));
    }

    @Test
    @DisplayName("a reminder too long because of its emoji says that an emoji counts as two, with the count Ana made")
    void emojiCountAsTwo() {
        Member ana = bot.member("ana");

        // WHEN Ana sets a reminder of 400 characters, 300 of them emoji (700 in the bot's count) THEN she reads both
        assertThat(ana.runs("remind", "when", "in 2 days", "what", "⏰".repeat(100) + "🎉".repeat(300)).text())
                .contains("That reminder is 700 characters long (an emoji counts as two here: your 400 characters "
                        + "count as 700); the most I can keep is 500.");
        assertThat(pendingOf(ana)).isEmpty();
    }

    @Test
    @DisplayName("bad input gets a friendly message and loses nothing; odd text is kept as typed and pings nobody")
    void badInput() {
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 2 days", "what", "Keep me");

        assertThat(ana.runs("remind", "when", "someday", "what", "Call").text()).contains("`tomorrow 9am`");
        assertThat(ana.runs("remind", "when", "2020-01-01", "what", "Call").text()).contains("already passed");
        assertThat(ana.runs("remind", "when", "tomorrow 9am", "what", " ").text()).contains("Tell me what");
        assertThat(ana.runs("remind", "when", "tomorrow 9am", "what", "x".repeat(10_000)).text())
                .contains("10,000 characters long", "the most I can keep is 500").hasSizeLessThan(400);
        assertThat(ana.runs("remind", "when", "tomorrow 9am", "what", "Call", "partner", "p".repeat(101)).text())
                .contains("can't find a partner");
        assertThat(ana.runs("remind", "when", "tomorrow 9am", "what", "Call", "partner", "Nobody Inc").text())
                .contains("I can't find a partner called “Nobody Inc”");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::payload).containsExactly("Keep me");

        ana.runs("remind", "when", "in 3 days", "what", "@everyone 🎉 '; DROP TABLE scheduled_sends; --");
        bot.advance(Duration.ofDays(3));

        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(ana.id());
        assertThat(dms).hasSize(2);
        // shown literally: Discord drops the backslash that keeps the underscore from turning into italics
        assertThat(dms.get(1).reply().plainText()).contains("@everyone 🎉 '; DROP TABLE scheduled\\_sends; --");
        assertThat(dms.get(1).reply().mentionUsers()).isEmpty();
    }

    @Test
    @DisplayName("a reminder of only characters that show as nothing (a Hangul filler, a zero-width space) is refused "
            + "as an empty one; beside words they are kept as typed")
    void hiddenCharactersAloneRefused() {
        // GIVEN what an empty reminder gets
        Member ana = bot.member("ana");
        String emptyReply = ana.runs("remind", "when", "in 2 days", "what", " ").text();
        assertThat(emptyReply).startsWith("Tell me what to remind you of");

        // WHEN Ana sets reminders that show as nothing THEN each is refused as the empty one was
        for (String what : List.of("\u3164", "\uFFA0 \u115F", "\u200B\u2060", "\u202E\u3164")) {
            assertThat(ana.runs("remind", "when", "in 2 days", "what", what).text()).as(what).isEqualTo(emptyReply);
        }
        assertThat(pendingOf(ana)).isEmpty();

        // AND a reminder with words beside a filler is set
        ana.runs("remind", "when", "in 2 days", "what", "Call\u3164 Lincoln High");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::payload).containsExactly("Call\u3164 Lincoln High");
    }

    @Test
    @DisplayName("reminders of one server are not seen from another")
    void otherServer() {
        bot.member("ana").runs("remind", "when", "in 2 days", "what", "Call Lincoln High");

        Member anaElsewhere = bot.memberOfOtherServer("ana");
        assertThat(anaElsewhere.runs("reminders list").text()).contains("no reminders coming");
        assertThat(anaElsewhere.runs("reminders cancel", "reminder", "lincoln").text()).contains("found no reminder");
        assertThat(anaElsewhere.suggests("reminders cancel", ReminderFeature.OPTION_REMINDER, "")).isEmpty();
    }

    @Test
    @DisplayName("a time in quiet hours is accepted, and the member is told it will wait for morning")
    void quietHoursNotice() {
        Reply reply = bot.member("ana").runs("remind", "when", "tomorrow 6am", "what", "Early call",
                "timezone", "UTC");

        assertThat(reply.text()).contains("quiet hours", TimeMarkup.full(Instant.parse("2026-03-03T08:00:00Z")));
    }

    @Test
    @DisplayName("the quiet-hours notice says they are the member's own night, in their own time zone, not the "
            + "server's")
    void quietHoursNoticeNamesTheMembersZone() {
        // GIVEN ana lives in Tokyo; the server runs on UTC with quiet hours 21:00-08:00
        // WHEN she asks to be reminded at 06:00 tomorrow, her time
        Reply reply = bot.member("ana").runs("remind", "when", "tomorrow 6am", "what", "Early call",
                "timezone", "Asia/Tokyo");

        // THEN she is told the quiet hours hold it as they apply to her, and when it comes: 08:00 in Tokyo
        assertThat(reply.text()).contains("That falls in quiet hours (21:00–08:00 your time, Asia/Tokyo), so it "
                + "will reach you at " + TimeMarkup.full(Instant.parse("2026-03-03T23:00:00Z")) + " instead.")
                .doesNotContain("the server's quiet hours");

        // AND bo, who has no zone of his own, is told the server's zone counts for him, and how to set his
        Reply bos = bot.member("bo").runs("remind", "when", "in 15 hours", "what", "Early call");
        assertThat(bos.text()).contains("That falls in quiet hours (21:00–08:00 your time, UTC, the server's time "
                + "zone; `/settings timezone` sets your own)");
    }

    @Test
    @DisplayName("/reminders list gives the morning a reminder set in quiet hours really comes, as /remind did, and "
            + "still does while it waits")
    void listSaysTheMorningAfterQuietHours() {
        // GIVEN Ana asks at 15:00 to be reminded at 06:00 tomorrow, in her quiet hours (21-08 UTC)
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "tomorrow 6am", "what", "Early call", "timezone", "UTC");
        Instant asked = Instant.parse("2026-03-03T06:00:00Z");
        Instant morning = Instant.parse("2026-03-03T08:00:00Z");

        // WHEN she lists her reminders
        String listed = ana.runs("reminders list").plainText();

        // THEN the time asked for is there, and when it really comes
        assertThat(listed).contains("asked for " + TimeMarkup.full(asked), "comes " + TimeMarkup.both(morning)
                + ", after quiet hours");
        // AND at 07:00, while it waits for the morning, the list still says when it comes
        bot.advance(Duration.between(TestBot.START, asked).plusHours(1));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        assertThat(ana.runs("reminders list").plainText()).contains("Early call", "comes " + TimeMarkup.full(morning));
        // AND it comes then
        bot.advance(Duration.ofHours(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(1);
    }

    @Test
    @DisplayName("/reminders list names a held reminder by the time it was asked for and when it comes, and never "
            + "says \"just now\" of one not yet sent: before its time, at it, and while it waits for the morning")
    void listOfAHeldReminderReadsSensiblyAtAnyTime() {
        // GIVEN Ana asks at 15:00 to be reminded at 06:00 tomorrow, in her quiet hours (21-08 UTC)
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "tomorrow 6am", "what", "Early call", "timezone", "UTC");
        Instant asked = Instant.parse("2026-03-03T06:00:00Z");

        // WHEN she lists her reminders now, at 06:00 as it falls due, and at 07:00
        for (Instant at : List.of(TestBot.START, asked, asked.plusSeconds(30), asked.plus(Duration.ofHours(1)))) {
            bot.advance(Duration.between(bot.clock().instant(), at));
            String listed = TimeMarkup.render(ana.runs("reminders list").plainText(), at, java.time.ZoneOffset.UTC);

            // THEN it says when it was asked for, as a time, and when it comes, ahead
            assertThat(listed).as("at %s", at).contains("Early call",
                    "comes Tue 3 Mar 2026, 08:00 UTC (in ", "after quiet hours",
                    "asked for Tue 3 Mar 2026, 06:00 UTC").doesNotContain("just now", "ago");
        }
    }

    @Test
    @DisplayName("/reminders list of a reminder whose time went by while the bot was down says it comes any moment "
            + "now, with the time it was asked for, not \"just now\"")
    void listOfAnOverdueReminder() {
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 2 hours", "what", "Call Lincoln High");

        // WHEN the clock passes its time without the bot sending it (the bot was down), and she lists hers
        bot.clock().advance(Duration.ofHours(2).plusMinutes(5));
        String listed = TimeMarkup.render(ana.runs("reminders list").plainText(), bot.clock().instant(),
                java.time.ZoneOffset.UTC);

        assertThat(listed).contains("Call Lincoln High", "comes any moment now",
                "asked for Mon 2 Mar 2026, 17:00 UTC").doesNotContain("just now", "ago", "quiet hours");
    }

    @Test
    @DisplayName("friday evening said on a Friday morning is that evening, and the reply names the day plainly")
    void fridayEveningOnAFridayMorning() {
        // GIVEN it is Friday 6 March, 09:00 UTC
        Member ana = memberIn("ana", "UTC");
        setClockTo("2026-03-06T09:00:00Z");

        Reply reply = ana.runs("remind", "when", "friday evening", "what", "Send the minutes");

        Instant evening = Instant.parse("2026-03-06T19:00:00Z");
        assertThat(reply.text()).contains("I'll remind you " + TimeMarkup.both(evening),
                "`friday evening` is today, Friday 6 March at 19:00 (UTC).");
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> assertThat(r.requestedAt()).isEqualTo(evening));
    }

    @Test
    @DisplayName("/reminders list says nothing more of a reminder that comes at the time asked for")
    void listOfAReminderOnTime() {
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 2 days", "what", "Call Lincoln High");

        assertThat(ana.runs("reminders list").plainText()).contains("Call Lincoln High").doesNotContain("comes",
                "quiet hours");
    }

    @Test
    @DisplayName("a member's first clock time without a zone of their own asks for one, once, and saves nothing")
    void asksForTheZoneOnce() {
        Member ana = bot.member("ana");

        // WHEN Ana first asks for "tomorrow 9am" without a time zone of her own
        Reply asked = ana.runs("remind", "when", "tomorrow 9am", "what", "Call Lincoln High");

        // THEN she is asked for hers, told how (with suggestions), and nothing is saved
        assertThat(asked.text()).contains("Which time zone are you in?", "`timezone:`", "runs on UTC",
                "Nothing was saved yet");
        assertThat(pendingOf(ana)).isEmpty();
        assertThat(ana.suggests("remind", ReminderFeature.OPTION_TIMEZONE, "chicago"))
                .extracting(OptionSpec.Choice::value).contains("America/Chicago");

        // WHEN she runs it again with her zone THEN it is read there and the zone is kept for next time
        Reply set = ana.runs("remind", "when", "tomorrow 9am", "what", "Call Lincoln High", "timezone",
                "america/chicago");
        assertThat(set.text()).contains("Your time zone is now America/Chicago", "Got it",
                TimeMarkup.full(Instant.parse("2026-03-03T15:00:00Z")));
        assertThat(ana.runs("remind", "when", "friday 10am", "what", "Email").text()).contains("Got it");

        // AND a relative time never needs a zone; a member asked once is not asked again
        Member bo = bot.member("bo");
        assertThat(bo.runs("remind", "when", "in 2 days", "what", "Call").text()).contains("Got it");
        assertThat(bo.runs("remind", "when", "tomorrow 9am", "what", "Call").text()).contains("Which time zone");
        assertThat(bo.runs("remind", "when", "tomorrow 9am", "what", "Call").text()).contains("Got it",
                TimeMarkup.full(Instant.parse("2026-03-03T09:00:00Z")));
    }

    @Test
    @DisplayName("a member who chose to follow the server's zone is not asked for theirs at their first clock time")
    void followingTheServerIsAnAnswer() {
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "America/Chicago");

        // WHEN Ana says she follows the server's zone THEN "tomorrow 9am" is read there at once
        Member ana = bot.member("ana");
        assertThat(ana.runs("settings timezone", "zone", "server").text()).contains("you follow the server's");
        assertThat(ana.runs("remind", "when", "tomorrow 9am", "what", "Call Lincoln High").text())
                .contains("Got it", TimeMarkup.full(Instant.parse("2026-03-03T15:00:00Z")))
                .doesNotContain("Which time zone");

        // AND the same when she said so with /remind's own timezone option
        Member bo = bot.member("bo");
        assertThat(bo.runs("remind", "when", "in 2 days", "what", "Call", "timezone", "server").text())
                .contains("You follow the server's time zone", "Got it");
        assertThat(bo.runs("remind", "when", "friday 10am", "what", "Email").text()).contains("Got it")
                .doesNotContain("Which time zone");
        assertThat(pendingOf(ana)).hasSize(1);
    }

    @Test
    @DisplayName("friday 7pm said on a Friday before 19:00 her time is this evening; said after, next week's; the "
            + "reply names the day plainly either way")
    void fridaySevenPmOnAFriday() {
        // GIVEN Ana in Chicago, on Friday 6 March at 18:59 her time (already Saturday in UTC)
        Member ana = memberIn("ana", "America/Chicago");
        setClockTo("2026-03-07T00:59:00Z");

        // WHEN she asks for friday 7pm THEN it is in a minute, today
        Reply today = ana.runs("remind", "when", "friday 7pm", "what", "Send the minutes");
        Instant tonight = Instant.parse("2026-03-07T01:00:00Z");
        assertThat(today.text()).contains("I'll remind you " + TimeMarkup.both(tonight),
                "`friday 7pm` is today, Friday 6 March at 19:00 (America/Chicago).");

        // WHEN two minutes later (19:01) she asks again THEN it is next week's Friday, said plainly
        bot.clock().advance(Duration.ofMinutes(2));
        Reply nextWeek = ana.runs("remind", "when", "friday 7pm", "what", "Book the room");
        Instant weekOn = Instant.parse("2026-03-14T00:00:00Z");
        assertThat(nextWeek.text()).contains("I'll remind you " + TimeMarkup.both(weekOn),
                "`friday 7pm` is next week's Friday, 13 March at 19:00 (America/Chicago).");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsExactlyInAnyOrder(tonight, weekOn);
    }

    @Test
    @DisplayName("14;30 (a semicolon typed for a colon) is set for 14:30, and the reply says how it was read")
    void semicolonForAColon() {
        Member ana = memberIn("ana", "UTC");

        Reply reply = ana.runs("remind", "when", "14;30", "what", "Call the food bank");

        Instant halfPastTwo = Instant.parse("2026-03-03T14:30:00Z");
        assertThat(reply.text()).contains("Got it", "I'll remind you " + TimeMarkup.both(halfPastTwo),
                "I read `14;30` as `14:30`.").doesNotContain("couldn't read", "`in 3 days`");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsExactly(halfPastTwo);
    }

    @Test
    @DisplayName("14h30 and 14,30 are set for 14:30 like 14;30, and a date with such a time says how it was read too")
    void clockTimeWithAnotherSeparator() {
        Member ana = memberIn("ana", "America/Chicago");

        // WHEN Ana, at 09:00 her time, types 14h30
        Reply reply = ana.runs("remind", "when", "14h30", "what", "Call the food bank");

        // THEN it is set for 14:30 today her time, and the reply says how it was read
        Instant halfPastTwo = Instant.parse("2026-03-02T20:30:00Z");
        assertThat(reply.text()).contains("Got it", "I'll remind you " + TimeMarkup.both(halfPastTwo),
                "I read `14h30` as `14:30`.").doesNotContain("couldn't read", "`in 3 days`");
        // AND 12/01 9;30 (1 December, month first in her zone) says so too
        Reply dated = ana.runs("remind", "when", "12/01 9;30", "what", "Send the newsletter");
        assertThat(dated.text()).contains("Got it", "I read `12/01 9;30` as `12/01 9:30`.");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt)
                .containsExactlyInAnyOrder(halfPastTwo, Instant.parse("2026-12-01T15:30:00Z"));
    }

    @Test
    @DisplayName("tomorrow at midnight asks whether the start or the end of tomorrow was meant; nothing is saved")
    void tomorrowAtMidnightAsksWhich() {
        Member ana = memberIn("ana", "UTC");

        Reply reply = ana.runs("remind", "when", "tomorrow at midnight", "what", "Post the flyer");

        assertThat(reply.text()).contains("Does `tomorrow at midnight` mean the start of that day or its end? "
                + "Write `tomorrow 0:00` for the start, or `tomorrow 23:59` for the end.")
                .doesNotContain("couldn't read");
        assertThat(pendingOf(ana)).isEmpty();
        // AND either form she is shown is taken
        assertThat(ana.runs("remind", "when", "tomorrow 23:59", "what", "Post the flyer").text()).contains("Got it",
                TimeMarkup.both(Instant.parse("2026-03-03T23:59:00Z")));
    }

    @Test
    @DisplayName("24:00 is set for the coming midnight; tomorrow 24:00 asks whether the start or the end of tomorrow "
            + "was meant, and saves nothing")
    void twentyFourHundred() {
        Member ana = memberIn("ana", "America/Chicago");

        Reply tonight = ana.runs("remind", "when", "24:00", "what", "Post the flyer");

        Instant midnight = Instant.parse("2026-03-03T06:00:00Z");
        assertThat(tonight.text()).contains("Got it", "I'll remind you " + TimeMarkup.both(midnight));
        // WHEN she names a day before it THEN she is asked which midnight, and nothing more is saved
        Reply asked = ana.runs("remind", "when", "tomorrow 24:00", "what", "Post the flyer");
        assertThat(asked.text()).contains("Does `tomorrow 24:00` mean the start of that day or its end? "
                + "Write `tomorrow 0:00` for the start, or `tomorrow 23:59` for the end.")
                .doesNotContain("couldn't read");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsExactly(midnight);
    }

    @Test
    @DisplayName("tonight midnight and tonight 24:00 are set for the end of tonight, and the reply says which midnight")
    void midnightTonight() {
        // GIVEN Ana in Chicago, on Monday 2 March at 09:00 her time
        Member ana = memberIn("ana", "America/Chicago");

        Reply midnight = ana.runs("remind", "when", "tonight midnight", "what", "Post the flyer");
        Reply twentyFour = ana.runs("remind", "when", "tonight 24:00", "what", "Send the minutes");

        Instant endOfTonight = Instant.parse("2026-03-03T06:00:00Z");
        assertThat(midnight.text()).contains("Got it", TimeMarkup.both(endOfTonight),
                "`tonight midnight` is the end of tonight: midnight, Tuesday 3 March at 00:00 (America/Chicago).");
        assertThat(twentyFour.text()).contains(TimeMarkup.both(endOfTonight), "`tonight 24:00` is the end of tonight");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsOnly(endOfTonight).hasSize(2);
    }

    @Test
    @DisplayName("tonight 1 is set for 01:00 after tonight and tonight 9 for 21:00, and the reply says how each was "
            + "read")
    void tonightWithABareHour() {
        // GIVEN Ana in Chicago, on Monday 2 March at 09:00 her time
        Member ana = memberIn("ana", "America/Chicago");

        Reply smallHours = ana.runs("remind", "when", "tonight 1", "what", "Check the night shelter list");
        Reply evening = ana.runs("remind", "when", "tonight 9", "what", "Post the flyer");

        Instant one = Instant.parse("2026-03-03T07:00:00Z");
        Instant nine = Instant.parse("2026-03-03T03:00:00Z");
        assertThat(smallHours.text()).contains("Got it", TimeMarkup.both(one), "I read `tonight 1` as 01:00 in the "
                + "small hours of Tuesday 3 March (America/Chicago).");
        assertThat(evening.text()).contains("Got it", TimeMarkup.both(nine), "I read `tonight 9` as 21:00 this "
                + "evening.");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsExactlyInAnyOrder(one, nine);
    }

    @Test
    @DisplayName("an hour from 13 to 23 without minutes, like tomorrow 13 or friday 17, is set for that time on a "
            + "24-hour clock; yesterday 13 says it has passed and saves nothing")
    void twentyFourHourClockHourAlone() {
        // GIVEN Ana in Chicago, on Monday 2 March at 09:00 her time
        Member ana = memberIn("ana", "America/Chicago");

        Reply tomorrow = ana.runs("remind", "when", "tomorrow 13", "what", "Call Lincoln High");
        Reply friday = ana.runs("remind", "when", "friday 17", "what", "Send the flyer");
        Reply yesterday = ana.runs("remind", "when", "yesterday 13", "what", "Email the food bank");

        Instant one = Instant.parse("2026-03-03T19:00:00Z");
        Instant five = Instant.parse("2026-03-06T23:00:00Z");
        assertThat(tomorrow.text()).contains("Got it", TimeMarkup.both(one)).doesNotContain("couldn't read");
        assertThat(friday.text()).contains("Got it", TimeMarkup.both(five)).doesNotContain("couldn't read");
        assertThat(yesterday.text()).contains("already passed", "`tomorrow 13:00`").doesNotContain("couldn't read");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsExactlyInAnyOrder(one, five);
    }

    @Test
    @DisplayName("3p and 9a are read as 3pm and 9am, after a day or alone")
    void singleLetterAmPm() {
        // GIVEN Ana in Chicago, on Monday 2 March at 09:00 her time
        Member ana = memberIn("ana", "America/Chicago");

        Reply afternoon = ana.runs("remind", "when", "tomorrow 3p", "what", "Call Lincoln High");
        Reply morning = ana.runs("remind", "when", "at 9a", "what", "Send the flyer");

        Instant three = Instant.parse("2026-03-03T21:00:00Z");
        Instant nine = Instant.parse("2026-03-03T15:00:00Z");
        assertThat(afternoon.text()).contains("Got it", TimeMarkup.both(three)).doesNotContain("couldn't read");
        assertThat(morning.text()).contains("Got it", TimeMarkup.both(nine)).doesNotContain("couldn't read");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsExactlyInAnyOrder(three, nine);
    }

    @Test
    @DisplayName("this afternoon 3 is set for 15:00 and this evening 9 for 21:00, with how it was read; this morning "
            + "8, gone by, says it has passed and saves nothing")
    void partOfTodayWithAnHour() {
        // GIVEN Ana in Chicago, on Monday 2 March at 09:00 her time
        Member ana = memberIn("ana", "America/Chicago");

        Reply afternoon = ana.runs("remind", "when", "this afternoon 3", "what", "Call Lincoln High");
        Reply evening = ana.runs("remind", "when", "this evening 9", "what", "Post the flyer");
        Reply morning = ana.runs("remind", "when", "this morning 8", "what", "Email the food bank");

        Instant three = Instant.parse("2026-03-02T21:00:00Z");
        Instant nine = Instant.parse("2026-03-03T03:00:00Z");
        assertThat(afternoon.text()).contains("Got it", TimeMarkup.both(three)).doesNotContain("couldn't read");
        assertThat(evening.text()).contains("Got it", TimeMarkup.both(nine),
                "I read `this evening 9` as 21:00 this evening.");
        assertThat(morning.text()).contains("already passed").doesNotContain("couldn't read", "Got it");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsExactlyInAnyOrder(three, nine);
    }

    @Test
    @DisplayName("tonight 12pm says noon is not tonight and offers the end of tonight or noon tomorrow, saving "
            + "nothing; the one she picks is taken")
    void noonIsNotTonight() {
        // GIVEN Ana in Chicago, on Monday 2 March at 09:00 her time
        Member ana = memberIn("ana", "America/Chicago");

        Reply asked = ana.runs("remind", "when", "tonight 12pm", "what", "Post the flyer");

        assertThat(asked.text()).contains("`tonight 12pm` is noon, not tonight. Write `tonight midnight` for the end "
                + "of tonight, or `tomorrow 12pm` for noon tomorrow.").doesNotContain("Got it", "couldn't read");
        assertThat(pendingOf(ana)).isEmpty();
        // WHEN she writes one she was shown THEN it is taken
        assertThat(ana.runs("remind", "when", "tomorrow 12pm", "what", "Post the flyer").text())
                .contains("Got it", TimeMarkup.both(Instant.parse("2026-03-03T18:00:00Z")));
    }

    @Test
    @DisplayName("Dec 1 at 9 said on 2 December says that day has passed and offers next year's, morning or evening; "
            + "the one she picks is taken and nothing else is saved")
    void bareHourOnAPassedDay() {
        // GIVEN Ana in Chicago, on Wednesday 2 December at 10:00 her time
        Member ana = memberIn("ana", "America/Chicago");
        setClockTo("2026-12-02T16:00:00Z");

        Reply asked = ana.runs("remind", "when", "Dec 1 at 9", "what", "Call Lincoln High");

        assertThat(asked.text()).contains("Either way, 1 December has passed this year", "`Dec 1 2027 9am`",
                "`Dec 1 2027 9pm`").doesNotContain("`dec 1 9am`");
        assertThat(pendingOf(ana)).isEmpty();
        // WHEN she writes one she was shown THEN it is taken
        assertThat(ana.runs("remind", "when", "Dec 1 2027 9am", "what", "Call Lincoln High").text())
                .contains("Got it", TimeMarkup.both(Instant.parse("2027-12-01T15:00:00Z")));
    }

    @Test
    @DisplayName("yesterday 9 says that time has passed, morning or evening, and offers tomorrow's, which is taken; "
            + "nothing else is saved")
    void bareHourYesterdayHasPassed() {
        // GIVEN Ana in Chicago, on Monday 2 March at 09:00 her time
        Member ana = memberIn("ana", "America/Chicago");

        for (String typed : List.of("yesterday 9", "yesterday at 9", "9 yesterday")) {
            Reply passed = ana.runs("remind", "when", typed, "what", "Call Lincoln High");

            assertThat(passed.text()).as(typed).contains("That time has already passed (yesterday at 9, morning or "
                    + "evening). Pick one ahead, like `tomorrow 9am` or `tomorrow 9pm`")
                    .doesNotContain("couldn't read");
        }
        assertThat(pendingOf(ana)).isEmpty();
        // WHEN she writes one she was shown THEN it is taken
        assertThat(ana.runs("remind", "when", "tomorrow 9pm", "what", "Call Lincoln High").text())
                .contains("Got it", TimeMarkup.both(Instant.parse("2026-03-04T03:00:00Z")));
    }

    @Test
    @DisplayName("a time the clocks skip on the night they go forward is set for just after the change, and the reply "
            + "says so")
    void timeTheClocksSkip() {
        // GIVEN Ana in Chicago, where clocks go forward from 02:00 to 03:00 on Sunday 8 March 2026
        Member ana = memberIn("ana", "America/Chicago");

        Reply reply = ana.runs("remind", "when", "2026-03-08 2:30", "what", "Check the night shelter list");

        Instant after = Instant.parse("2026-03-08T08:30:00Z");
        assertThat(reply.text()).contains("Got it", TimeMarkup.both(after), "There is no 02:30 on Sunday 8 March in "
                + "America/Chicago: the clocks go forward from 02:00 to 03:00 that night, so I set it for 03:30.");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsExactly(after);
    }

    @Test
    @DisplayName("tonight 2 on the night the clocks go forward is set for 03:00, and the reply says why, as for "
            + "tomorrow 2am")
    void tonightAtAnHourTheClocksSkip() {
        // GIVEN Ana in New York at 20:00 on Saturday 13 March 2027; that night clocks go forward from 02:00 to 03:00
        Member ana = memberIn("ana", "America/New_York");
        setClockTo("2027-03-14T01:00:00Z");

        Reply reply = ana.runs("remind", "when", "tonight 2", "what", "Check the night shelter list");

        // THEN it is set for 03:00 EDT, and the reply says it read 02:00, which the clocks skip
        Instant after = Instant.parse("2027-03-14T07:00:00Z");
        assertThat(reply.text()).contains("Got it", TimeMarkup.both(after), "I read `tonight 2` as 02:00 in the small "
                + "hours of Sunday 14 March (America/New_York). There is no 02:00 on Sunday 14 March in "
                + "America/New_York: the clocks go forward from 02:00 to 03:00 that night, so I set it for 03:00.")
                .doesNotContain("as 03:00");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsExactly(after);
    }

    @Test
    @DisplayName("in 1 day said at 02:30 the day before the clocks go forward is set for 03:30, and the reply says so, "
            + "as for 2026-03-08 2:30")
    void dayCountLandingOnATimeTheClocksSkip() {
        // GIVEN Ana in Chicago at 02:30 on Saturday 7 March 2026; the next night clocks go forward from 02:00 to 03:00
        Member ana = memberIn("ana", "America/Chicago");
        setClockTo("2026-03-07T08:30:00Z");

        Reply reply = ana.runs("remind", "when", "in 1 day", "what", "Check the night shelter list");

        Instant after = Instant.parse("2026-03-08T08:30:00Z");
        assertThat(reply.text()).contains("Got it", TimeMarkup.both(after), "There is no 02:30 on Sunday 8 March in "
                + "America/Chicago: the clocks go forward from 02:00 to 03:00 that night, so I set it for 03:30.");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsExactly(after);
    }

    @Test
    @DisplayName("a time the clocks show twice on the night they go back is the first, the reply says so, and the "
            + "reminder comes once, when her quiet hours end")
    void timeTheClocksShowTwice() {
        // GIVEN Ana in Chicago on Saturday 31 October 2026 at 11:00; clocks go back from 02:00 to 01:00 that night
        Member ana = memberIn("ana", "America/Chicago");
        setClockTo("2026-10-31T16:00:00Z");

        Reply reply = ana.runs("remind", "when", "2026-11-01 1:30", "what", "Check the night shelter list");

        Instant first = Instant.parse("2026-11-01T06:30:00Z");
        assertThat(reply.text()).contains("Got it", TimeMarkup.both(first), "01:30 comes twice on Sunday 1 November "
                + "in America/Chicago: the clocks go back from 02:00 to 01:00 that night. I set it for the first 01:30, "
                + "before they go back.", "quiet hours");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsExactly(first);
        // AND it comes once, at 08:00 her time (CST), when her quiet hours end
        bot.advance(Duration.between(bot.clock().instant(), Instant.parse("2026-11-01T13:59:00Z")));
        assertThat(bot.messenger().directTo(ana.id())).isEmpty();
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("Check the night shelter list"));
    }

    @Test
    @DisplayName("now is answered with a time ahead to write instead, and saves nothing")
    void nowAsksForATimeAhead() {
        Member ana = memberIn("ana", "America/Chicago");

        Reply reply = ana.runs("remind", "when", "now", "what", "Call the food bank");

        assertThat(reply.text()).contains("A reminder needs a time ahead", "`in 10 minutes`")
                .doesNotContain("couldn't read");
        assertThat(pendingOf(ana)).isEmpty();
    }

    @Test
    @DisplayName("yesterday 9am says it has passed and offers the same time tomorrow, tomorrow 9am, which is taken; "
            + "nothing else is saved")
    void passedTimeOffersTheSameTimeTomorrow() {
        // GIVEN Ana in Chicago, on Monday 2 March at 09:00 her time
        Member ana = memberIn("ana", "America/Chicago");

        Reply passed = ana.runs("remind", "when", "yesterday 9am", "what", "Call Lincoln High");

        assertThat(passed.text()).contains("That time has already passed", "Pick one ahead, like `tomorrow 9am` "
                + "(`when:?` lists").doesNotContain("Got it");
        assertThat(pendingOf(ana)).isEmpty();
        // WHEN she writes the one she was shown THEN it is taken
        assertThat(ana.runs("remind", "when", "tomorrow 9am", "what", "Call Lincoln High").text())
                .contains("Got it", TimeMarkup.both(Instant.parse("2026-03-03T15:00:00Z")));
    }

    @Test
    @DisplayName("last friday, last monday and last week say they have passed and offer the coming one, which is "
            + "taken; nothing else is saved")
    void lastWeekdayHasPassed() {
        // GIVEN Ana in Chicago, on Monday 2 March at 09:00 her time
        Member ana = memberIn("ana", "America/Chicago");

        Reply friday = ana.runs("remind", "when", "last friday", "what", "Call Lincoln High");
        Reply monday = ana.runs("remind", "when", "last monday", "what", "Call Lincoln High");
        Reply week = ana.runs("remind", "when", "last week", "what", "Call Lincoln High");

        assertThat(friday.text()).contains("That time has already passed (" + TimeMarkup.both(
                Instant.parse("2026-02-27T15:00:00Z")) + "). Pick one ahead, like `friday` (`when:?` lists")
                .doesNotContain("couldn't read");
        assertThat(monday.text()).contains("That time has already passed (" + TimeMarkup.both(
                Instant.parse("2026-02-23T15:00:00Z")) + "). Pick one ahead, like `monday` (`when:?` lists")
                .doesNotContain("couldn't read");
        assertThat(week.text()).contains("That time has already passed", "Pick one ahead, like `next week` "
                + "(`when:?` lists").doesNotContain("couldn't read");
        assertThat(pendingOf(ana)).isEmpty();
        // WHEN she writes the one she was shown THEN the coming Friday is taken
        assertThat(ana.runs("remind", "when", "friday", "what", "Call Lincoln High").text())
                .contains("Got it", TimeMarkup.both(Instant.parse("2026-03-06T15:00:00Z")));
    }

    @Test
    @DisplayName("last friday midnight says it has passed, start or end alike, and offers the coming Friday's; in 2 "
            + "days at 5pm is taken")
    void lastFridayMidnightAndADayAmountWithATime() {
        // GIVEN Ana in Chicago, on Monday 2 March at 09:00 her time
        Member ana = memberIn("ana", "America/Chicago");

        Reply midnight = ana.runs("remind", "when", "last friday midnight", "what", "Call Lincoln High");

        assertThat(midnight.text()).contains("That time has already passed (last friday at midnight, its start or its "
                + "end). Pick one ahead, like `friday 0:00` or `friday 23:59` (`when:?` lists")
                .doesNotContain("couldn't read");
        assertThat(pendingOf(ana)).isEmpty();
        // WHEN she writes one she was shown THEN the end of the coming Friday is taken
        assertThat(ana.runs("remind", "when", "friday 23:59", "what", "Call Lincoln High").text())
                .contains("Got it", TimeMarkup.both(Instant.parse("2026-03-07T05:59:00Z")));
        // AND a clock time on the day an amount of days lands on is taken too
        assertThat(ana.runs("remind", "when", "in 2 days at 5pm", "what", "Send the flyer").text())
                .contains("Got it", TimeMarkup.both(Instant.parse("2026-03-04T23:00:00Z")))
                .doesNotContain("couldn't read");
    }

    @Test
    @DisplayName("in 30 seconds (or in 10 secs) is set for the start of the next minute, the reply says so, and the "
            + "reminder comes then")
    void secondsAreTheNextMinute() {
        Member ana = bot.member("ana");

        // WHEN Ana, 20 seconds into a minute, asks for a reminder in 30 seconds, then one in 10 secs
        bot.clock().advance(Duration.ofSeconds(20));
        Reply thirty = ana.runs("remind", "when", "in 30 seconds", "what", "Call Lincoln High");
        Reply ten = ana.runs("remind", "when", "in 10 secs", "what", "Send the flyer");

        // THEN both are set for the start of the next minute, and the reply says why
        Instant next = TestBot.START.plus(Duration.ofMinutes(1));
        assertThat(thirty.text()).contains("Got it", TimeMarkup.both(next), "Reminders come on the minute, so I set "
                + "`in 30 seconds` for the start of the next one.").doesNotContain("couldn't read");
        assertThat(ten.text()).contains("Got it", TimeMarkup.both(next), "`in 10 secs` for the start of the next one");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsOnly(next);
        // AND they come then, in one DM
        bot.advance(Duration.ofSeconds(40));
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(dm -> assertThat(
                dm.reply().plainText()).contains("Call Lincoln High", "Send the flyer"));
    }

    @Test
    @DisplayName("forms people type are accepted, and 12/01 asks which order was meant with two buttons")
    void typedFormsAndAmbiguousDates() {
        Member ana = memberIn("ana", "Europe/London");
        for (String when : List.of("next week", "tonight", "Dec 1", "1 December", "in a fortnight")) {
            assertThat(ana.runs("remind", "when", when, "what", "Call " + when).text()).as(when).contains("Got it");
        }

        // WHEN she types 12/05 THEN the day-first reading is kept for now, and two buttons ask which she meant
        Reply reply = ana.runs("remind", "when", "12/05", "what", "Send the newsletter");
        assertThat(reply.text()).contains("Got it", "could also mean Sat 5 Dec 2026", "Which did you mean?");
        assertThat(reply.buttons()).extracting(Button::label).containsExactly("Tue 12 May 2026", "Sat 5 Dec 2026");

        // WHEN she presses the other reading THEN the same reminder moves there; nothing else is left behind
        Reply moved = ana.presses("Sat 5 Dec 2026");
        assertThat(moved.text()).contains("Done", TimeMarkup.full(Instant.parse("2026-12-05T09:00:00Z")),
                "Send the newsletter");
        assertThat(pendingOf(ana)).filteredOn(r -> r.payload().equals("Send the newsletter"))
                .extracting(ScheduledSend::requestedAt).containsExactly(Instant.parse("2026-12-05T09:00:00Z"));

        // AND someone else cannot move her reminder; a refusal shows a few forms, and `when:?` all of them
        Member bo = bot.member("bo");
        assertThat(bo.pressesId(reply.buttons().get(0).id()).text()).contains("found no reminder of yours");
        assertThat(ana.runs("remind", "when", "whenever", "what", "x").text()).contains("`tomorrow 9am`", "`May 15`",
                "`when:?`");
        assertThat(ana.runs("remind", "when", "?", "what", "x").text()).contains("`next week`", "`May 15`",
                "`05/15`", "`in a fortnight`", "`tonight`");
    }

    @Test
    @DisplayName("12.05 keeps 12:05 and offers both days it could be, 12 May and 5 December, with a button each")
    void dottedTimeThatIsTwoDays() {
        // GIVEN Ana in London, on Monday 2 March at 15:00
        Member ana = memberIn("ana", "Europe/London");

        // WHEN she types 12.05 THEN 12:05 tomorrow is kept, and both days are offered
        Reply reply = ana.runs("remind", "when", "12.05", "what", "Send the newsletter");
        assertThat(reply.text()).contains("Got it", TimeMarkup.full(Instant.parse("2026-03-03T12:05:00Z")),
                "`12.05` could also mean Tue 12 May 2026, 09:00 or Sat 5 Dec 2026, 09:00", "Which did you mean?");
        assertThat(reply.buttons()).extracting(Button::label)
                .containsExactly("Tue 3 Mar 2026, 12:05", "Tue 12 May 2026, 09:00", "Sat 5 Dec 2026, 09:00");

        // WHEN she meant 5 December THEN the same reminder moves there, 09:00 her time
        Reply moved = ana.presses("Sat 5 Dec 2026, 09:00");
        assertThat(moved.text()).contains("Done", TimeMarkup.full(Instant.parse("2026-12-05T09:00:00Z")),
                "Send the newsletter");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt)
                .containsExactly(Instant.parse("2026-12-05T09:00:00Z"));
    }

    @Test
    @DisplayName("next friday on a Monday keeps this Friday and offers the one of next week with a button")
    void nextFridayOffersTheWeekAfter() {
        Member ana = memberIn("ana", "Europe/London");

        Reply reply = ana.runs("remind", "when", "next friday", "what", "Board packet");
        assertThat(reply.text()).contains("Got it", TimeMarkup.full(Instant.parse("2026-03-06T09:00:00Z")),
                "`next friday` could also mean Fri 13 Mar 2026. Which did you mean?");
        assertThat(reply.buttons()).extracting(Button::label).containsExactly("Fri 6 Mar 2026", "Fri 13 Mar 2026");

        ana.presses("Fri 13 Mar 2026");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt)
                .containsExactly(Instant.parse("2026-03-13T09:00:00Z"));
    }

    @Test
    @DisplayName("9.30 keeps half past nine and offers 30 September with a button each; 14.30 is half past two")
    void dottedTimeOffersClockAndDay() {
        // GIVEN Ana in London, on Monday 2 March at 15:00
        Member ana = memberIn("ana", "Europe/London");

        // WHEN she types 9.30 THEN half past nine tomorrow is kept, and 30 September is offered too
        Reply reply = ana.runs("remind", "when", "9.30", "what", "Call the food bank");
        assertThat(reply.text()).contains("Got it", TimeMarkup.full(Instant.parse("2026-03-03T09:30:00Z")),
                "`9.30` could also mean Wed 30 Sep 2026, 09:00", "Which did you mean?");
        assertThat(reply.buttons()).extracting(Button::label)
                .containsExactly("Tue 3 Mar 2026, 09:30", "Wed 30 Sep 2026, 09:00");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt)
                .containsExactly(Instant.parse("2026-03-03T09:30:00Z"));

        // WHEN she meant the date and presses it THEN the same reminder moves to 30 September, 09:00 her time
        Reply moved = ana.presses("Wed 30 Sep 2026, 09:00");
        assertThat(moved.text()).contains("Done", TimeMarkup.full(Instant.parse("2026-09-30T08:00:00Z")),
                "Call the food bank");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt)
                .containsExactly(Instant.parse("2026-09-30T08:00:00Z"));

        // AND 14.30, which is no date, is simply the next half past two (tomorrow: today's has passed), with nothing
        // to pick
        Reply afternoon = ana.runs("remind", "when", "14.30", "what", "Email the school");
        assertThat(afternoon.text()).contains("Got it", TimeMarkup.full(Instant.parse("2026-03-03T14:30:00Z")))
                .doesNotContain("could also mean");
        assertThat(afternoon.buttons()).isEmpty();
    }

    /** 11:00 in Chicago on Monday 2 March, when Ana's reminders set "in 2 hours" come (TestBot.START is 09:00). */
    private static final Instant CAME = TestBot.START.plus(Duration.ofHours(2));
    /** 09:00 on Tuesday 3 March in Chicago. */
    private static final Instant TOMORROW_NINE = Instant.parse("2026-03-03T15:00:00Z");

    /** Ana, in Chicago, has three reminders set for the same minute come as one DM, and opens it. */
    private Reply threeComeTogether(Member ana) {
        ana.runs("remind", "when", "in 2 hours", "what", "Call Maria", "timezone", "America/Chicago");
        ana.runs("remind", "when", "in 2 hours", "what", "Book the hall");
        ana.runs("remind", "when", "in 2 hours", "what", "Send the flyer");
        bot.advance(Duration.ofHours(2));
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(ana.id());
        assertThat(dms).hasSize(1);
        Reply message = ana.reads(dms.get(0).reply());
        assertThat(message.plainText()).contains("3 reminders");
        return message;
    }

    private static org.partnercoach.chat.CustomId idOf(Reply message, String label) {
        return message.buttons().stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow().id();
    }

    @Test
    @DisplayName("reminders that came together as one message are all snoozed an hour with one press, and the reply "
            + "says how many and when; a reminder that comes alone has no such button")
    void snoozeAllAnHour() {
        // GIVEN Ana's three reminders came as one message
        Member ana = bot.member("ana");
        Reply message = threeComeTogether(ana);
        assertThat(message.buttons()).extracting(Button::label)
                .containsExactly("Snooze all 1 hour", "All tomorrow morning");

        // WHEN she presses Snooze all 1 hour
        Reply pressed = ana.presses("Snooze all 1 hour");

        // THEN she alone reads that all three come again in an hour
        Instant again = CAME.plus(Duration.ofHours(1));
        assertThat(pressed.ephemeral()).isTrue();
        assertThat(pressed.plainText()).contains("I'll remind you of all 3 again " + TimeMarkup.both(again))
                .doesNotContain("quiet hours");
        // AND the three wait, each with its words, an hour on
        assertThat(pendingOf(ana)).extracting(ScheduledSend::payload)
                .containsExactlyInAnyOrder("Call Maria", "Book the hall", "Send the flyer");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsOnly(again);
        // AND they come again together, with the buttons again
        bot.advance(Duration.ofHours(1));
        assertThat(bot.messenger().directTo(ana.id())).hasSize(2).last().satisfies(dm -> {
            assertThat(dm.reply().plainText()).contains("3 reminders");
            assertThat(dm.reply().buttons()).extracting(Button::label)
                    .containsExactly("Snooze all 1 hour", "All tomorrow morning");
        });

        // AND a reminder that comes alone keeps its own two buttons only
        ana.runs("remind", "when", "in 2 hours", "what", "Water the plants");
        bot.advance(Duration.ofHours(2));
        assertThat(bot.messenger().directTo(ana.id())).last().satisfies(dm -> assertThat(dm.reply().buttons())
                .extracting(Button::label).containsExactly("Snooze 1 hour", "Tomorrow morning"));
    }

    @Test
    @DisplayName("All tomorrow morning sets each again at 09:00 in her zone, once: one she had already set again from "
            + "its own page stays as it was, and a second press, here or on one of them, sets nothing more and says so")
    void allTomorrowMorningOncePerReminder() {
        // GIVEN Ana opened "Book the hall" from the message's menu and snoozed it an hour
        Member ana = bot.member("ana");
        Reply message = threeComeTogether(ana);
        long bookTheHall = rowIdIn(message, "Book the hall");
        ana.picks(String.valueOf(bookTheHall));
        ana.presses("Snooze 1 hour");

        // WHEN she presses All tomorrow morning on the message
        ana.reads(message);
        Reply pressed = ana.presses("All tomorrow morning");

        // THEN the other two are set for 09:00 tomorrow, and the reply says the third was already set again
        assertThat(pressed.plainText()).contains("I'll remind you of 2 of these again " + TimeMarkup.both(TOMORROW_NINE),
                "The other one you had already set again");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::payload, ScheduledSend::requestedAt)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Book the hall", CAME.plus(Duration.ofHours(1))),
                        org.assertj.core.groups.Tuple.tuple("Call Maria", TOMORROW_NINE),
                        org.assertj.core.groups.Tuple.tuple("Send the flyer", TOMORROW_NINE));

        // WHEN she presses either button again THEN nothing more is set, and she is told so
        assertThat(ana.pressesId(idOf(message, "Snooze all 1 hour")).plainText())
                .contains("You already set all 3 of these again");
        assertThat(pendingOf(ana)).hasSize(3);
        // AND Tomorrow morning on one of them, opened from the menu, says it was already set again for that time
        ana.reads(message);
        ana.picks(String.valueOf(rowIdIn(message, "Call Maria")));
        assertThat(ana.presses("Tomorrow morning").plainText()).contains("You already set this reminder again. "
                + "I'll remind you again " + TimeMarkup.both(TOMORROW_NINE));
        assertThat(pendingOf(ana)).hasSize(3);
    }

    @Test
    @DisplayName("All tomorrow morning inside quiet hours that last past 09:00 says when they really come")
    void allTomorrowMorningAfterQuietHours() {
        bot.coordinator("cora").runs("coach setup", "quiet", "22:00-10:00");
        Member ana = bot.member("ana");
        threeComeTogether(ana);

        Reply pressed = ana.presses("All tomorrow morning");

        assertThat(pressed.plainText()).contains("I'll remind you of all 3 again "
                        + TimeMarkup.both(Instant.parse("2026-03-03T16:00:00Z")) + ".",
                TimeMarkup.full(TOMORROW_NINE) + " falls in quiet hours (22:00–10:00 your time",
                "so they wait until they end.");
        assertThat(pendingOf(ana)).extracting(ScheduledSend::requestedAt).containsOnly(TOMORROW_NINE);
    }

    @Test
    @DisplayName("Snooze all pressed by someone else, from another server, or once the reminders were pruned says so "
            + "and changes nothing")
    void snoozeAllRefused() {
        Member ana = bot.member("ana");
        Reply message = threeComeTogether(ana);
        org.partnercoach.chat.CustomId snoozeAll = idOf(message, "Snooze all 1 hour");

        // WHEN Bo presses it on her message THEN it is not his
        Member bo = bot.member("bo");
        bo.reads(message);
        assertThat(bo.presses("Snooze all 1 hour").plainText()).contains("someone else's");
        // WHEN Ana presses it from another server THEN it belongs to this one
        Member anaElsewhere = bot.memberOfOtherServer("ana");
        assertThat(anaElsewhere.pressesId(snoozeAll).plainText()).contains("another server", "nothing was changed");
        assertThat(pendingOf(ana)).isEmpty();
        assertThat(pendingOf(bo)).isEmpty();
        assertThat(outbox.open(TestBot.OTHER_GUILD, PersonalReminders.KIND, ana.id())).isEmpty();

        // WHEN the sent reminders were pruned (30 days on) and she presses it THEN she is told, and nothing is set
        bot.clock().advance(Outbox.KEEP_CLOSED.plus(Duration.ofDays(1)));
        assertThat(outbox.prune(bot.clock().instant())).isEqualTo(3);
        assertThat(ana.pressesId(snoozeAll).plainText()).contains("I no longer have those reminders");
        assertThat(pendingOf(ana)).isEmpty();
    }

        @Test
    @DisplayName("tonight said at 20:00 would fall in quiet hours (21:00-08:00): it is set for 20:45, before they "
            + "begin, and a button offers 08:00 instead")
    void tonightBeforeQuietHours() {
        // GIVEN it is 20:00 on Monday in UTC
        Member ana = bot.member("ana");
        bot.clock().advance(Duration.ofHours(5));

        // WHEN Ana asks for a reminder tonight
        Reply reply = ana.runs("remind", "when", "tonight", "what", "Call Maria", "timezone", "UTC");

        // THEN it comes at 20:45, and the reply says why and offers the morning
        Instant beforeQuiet = Instant.parse("2026-03-02T20:45:00Z");
        assertThat(reply.text()).contains("I'll remind you " + TimeMarkup.both(beforeQuiet),
                "would fall in quiet hours (21:00–08:00 your time), so I set it for before they begin")
                .doesNotContain("it will reach you at");
        assertThat(reply.buttons()).extracting(Button::label)
                .containsExactly("Mon 2 Mar 2026, 20:45", "Tue 3 Mar 2026, 08:00");
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> assertThat(r.requestedAt()).isEqualTo(beforeQuiet));
        // AND the morning's button moves it there
        ana.presses("Tue 3 Mar 2026, 08:00");
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> assertThat(r.requestedAt())
                .isEqualTo(Instant.parse("2026-03-03T08:00:00Z")));
    }

    @Test
    @DisplayName("tonight said once quiet hours are about to begin comes when they end, 08:00, and says so plainly, "
            + "with the evening offered")
    void tonightInQuietHours() {
        Member ana = bot.member("ana");
        bot.clock().advance(Duration.ofMinutes(5 * 60 + 50));

        Reply reply = ana.runs("remind", "when", "tonight", "what", "Call Maria", "timezone", "UTC");

        Instant morning = Instant.parse("2026-03-03T08:00:00Z");
        assertThat(reply.text()).contains("I'll remind you " + TimeMarkup.both(morning),
                "Quiet hours (21:00–08:00 your time) begin at 21:00, too soon to fit `tonight` in before them, so it "
                        + "will come when they end, tomorrow at 08:00").doesNotContain("have begun");
        assertThat(reply.buttons()).extracting(Button::label)
                .containsExactly("Tue 3 Mar 2026, 08:00", "Tue 3 Mar 2026, 19:00");
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> assertThat(r.requestedAt()).isEqualTo(morning));
    }

    @Test
    @DisplayName("tonight said at 20:52 in New York, the evening before the clocks go forward: quiet hours begin at "
            + "21:00, too soon to fit it in, so it comes when they end, 08:00 EDT; said at 21:30, they have begun")
    void tonightJustBeforeQuietHoursSaysWhenTheyBegin() {
        // GIVEN Ana in New York at 20:52 (EST) on Saturday 13 March 2027, quiet hours 21:00-08:00; the clocks go
        // forward from 02:00 to 03:00 that night
        Member ana = memberIn("ana", "America/New_York");
        setClockTo("2027-03-14T01:52:00Z");

        Reply reply = ana.runs("remind", "when", "tonight", "what", "Call Maria");

        // THEN it comes at 08:00 EDT on Sunday, and the reply says when quiet hours begin, not that they have
        Instant morning = Instant.parse("2027-03-14T12:00:00Z");
        assertThat(reply.text()).contains("I'll remind you " + TimeMarkup.both(morning),
                "Quiet hours (21:00–08:00 your time) begin at 21:00, too soon to fit `tonight` in before them, so it "
                        + "will come when they end, tomorrow at 08:00.").doesNotContain("have begun");
        assertThat(reply.buttons()).extracting(Button::label)
                .containsExactly("Sun 14 Mar 2027, 08:00", "Sun 14 Mar 2027, 19:00");
        assertThat(pendingOf(ana)).singleElement().satisfies(r -> assertThat(r.requestedAt()).isEqualTo(morning));

        // WHEN Bo, in New York too, says the same at 21:30, once they have begun
        Member bo = memberIn("bo", "America/New_York");
        bot.clock().advance(Duration.ofMinutes(38));
        // THEN the reply says they have begun, and it comes at 08:00 too
        assertThat(bo.runs("remind", "when", "tonight", "what", "Call Maria").text()).contains(
                "I'll remind you " + TimeMarkup.both(morning), "Quiet hours (21:00–08:00 your time) have begun, so "
                        + "`tonight` will come when they end, tomorrow at 08:00.");
    }

    @Test
    @DisplayName("end of the week is read as its Friday, and the reply names that day and time in her zone")
    void endOfTheWeekNamesTheDay() {
        Member ana = bot.member("ana");
        Reply reply = ana.runs("remind", "when", "end of the week", "what", "Send the report", "timezone",
                "America/Chicago");
        Instant friday = Instant.parse("2026-03-06T15:00:00Z");
        assertThat(reply.text()).contains("I'll remind you " + TimeMarkup.both(friday),
                "`end of the week` is Friday 6 March at 09:00 (America/Chicago).");
    }

    /** The row id of the reminder with these words in the menu of a message of several. */
    private static long rowIdIn(Reply message, String words) {
        return message.rows().stream()
                .flatMap(r -> r instanceof org.partnercoach.chat.Row.Select sel ? sel.menu().options().stream()
                        : java.util.stream.Stream.empty())
                .filter(o -> o.label().equals(words)).findFirst().map(o -> Long.parseLong(o.value())).orElseThrow();
    }
}
