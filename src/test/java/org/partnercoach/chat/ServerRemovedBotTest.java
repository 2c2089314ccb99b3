package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

/**
 * What a member's DMs do once the server they belong to has removed the bot (kicked it, or was deleted), and what the
 * bot sends for that server meanwhile: nothing, until it adds the bot back.
 */
@DisplayName("DMs of a server that removed the bot")
class ServerRemovedBotTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a typed line is not kept for that server's walk: the member is told why and what to do; a command "
            + "in another server moves their DMs there, and the first server's walk waits, untouched")
    void typedLines() {
        // GIVEN ana walks in the first server by DM, and that server removes the bot
        Member ana = bot.member("ana");
        ana.runs("coach start");
        assertThat(ana.types("The clinic's outreach lead").plainText()).startsWith("Saved");
        bot.app().router().botRemoved(TestBot.GUILD);

        // WHEN she types her next answer, with Markdown and @everyone
        Reply refused = ana.types("**Lincoln High** @everyone");

        // THEN it is not saved; she reads why, that nothing is lost, and where to carry on
        assertThat(refused.plainText()).isEqualTo(Router.HOME_REMOVED_BOT);
        assertThat(refused.buttons()).isEmpty();

        // WHEN she runs a command in another server that has the bot, her DMs carry on its work
        Member anaThere = bot.memberOfOtherServer("ana");
        anaThere.runs("coach start");
        assertThat(ana.types("An answer for the second server").plainText()).startsWith("Saved");
        assertThat(anaThere.runs("coach answers").plainText()).contains("An answer for the second server");

        // AND once the first server adds the bot back, its walk holds her one answer, as it stood
        bot.app().router().botAdded(TestBot.GUILD);
        assertThat(ana.runs("coach answers").plainText()).contains("The clinic's outreach lead")
                .doesNotContain("Lincoln High").doesNotContain("second server");
    }

    @Test
    @DisplayName("a form sent from a DM is refused the same way, and what was written in it comes back, escaped, so "
            + "that nothing is lost")
    void formWordsComeBack() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("The clinic's outreach lead");
        bot.app().router().botRemoved(TestBot.GUILD);

        Caller dm = new Caller(0, 0, ana.id(), ana.name(), false, Surface.DM);
        Reply refused = bot.app().router().handle(new Inbound.ModalSubmit(dm,
                CustomId.parse("walk:answered:1:research.roles").orElseThrow(),
                Map.of("answer", "Call *Maria* at the food bank 👩🏽‍⚕️")));

        assertThat(refused.plainText()).startsWith(Router.HOME_REMOVED_BOT)
                .contains("What you wrote, to keep: “Call \\*Maria\\* at the food bank 👩🏽‍⚕️”");

        // a full form (4,000 characters) comes back as much as one message holds
        Reply full = bot.app().router().handle(new Inbound.ModalSubmit(dm,
                CustomId.parse("walk:answered:1:research.roles").orElseThrow(), Map.of("answer", "y".repeat(4000))));
        assertThat(full.plainText()).startsWith(Router.HOME_REMOVED_BOT).contains("yyyy");
        assertThat(full.plainText().length()).isLessThanOrEqualTo(Limits.MESSAGE_CONTENT);
    }

    @Test
    @DisplayName("its reminders and digests wait, and nothing is planned for it, though its members share another "
            + "server with the bot; added back, what waited goes out once: one reminder each, not one per week missed")
    void pushesWaitUntilAddedBack() {
        // GIVEN ana looks after a partner and asked to be reminded; cora gets the weekly digest (Mondays 09:00);
        // both also use another server that has the bot
        Member ana = bot.member("ana");
        Member cora = bot.coordinator("cora");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        assertThat(ana.runs("remind", "when", "in 2 days", "what", "Call *Lincoln High*").plainText())
                .contains("remind");
        assertThat(cora.runs("digest setup", "day", "monday", "time", "09:00").plainText()).contains("Saved");
        cora.runs("digest subscribe");
        bot.memberOfOtherServer("ana").runs("coach progress");
        bot.memberOfOtherServer("cora").runs("coach progress");

        // WHEN the server removes the bot, and five weeks pass, the bot looking every day
        bot.app().router().botRemoved(TestBot.GUILD);
        for (int day = 0; day < 35; day++) {
            bot.advance(Duration.ofDays(1));
        }

        // THEN nobody heard from it, and nothing was planned for it: no cultivate reminder, no digest queued
        assertThat(bot.messenger().sent()).isEmpty();
        assertThat(stored("SELECT COUNT(*) FROM scheduled_sends WHERE guild_id = ? AND kind <> 'personal'")).isZero();
        assertThat(stored("SELECT COUNT(*) FROM digest_weeks WHERE guild_id = ?")).isZero();
        assertThat(stored("SELECT COUNT(*) FROM scheduled_sends WHERE guild_id = ? AND status = 'PENDING'"))
                .as("the personal reminder, kept").isEqualTo(1);

        // WHEN the server adds the bot back
        bot.app().router().botAdded(TestBot.GUILD);
        bot.advance(Duration.ofMinutes(1));

        // THEN ana gets her reminder and one cultivate reminder; cora one digest, the latest week's
        List<RecordingMessenger.Sent> toAna = bot.messenger().directTo(ana.id());
        assertThat(toAna).hasSize(2);
        assertThat(toAna).anySatisfy(m -> assertThat(m.reply().plainText()).contains("Call \\*Lincoln High\\*"));
        assertThat(toAna).anySatisfy(m -> assertThat(m.reply().buttons()).anySatisfy(b ->
                assertThat(b.id().feature()).isEqualTo("cultivate")));
        List<RecordingMessenger.Sent> toCora = bot.messenger().directTo(cora.id());
        assertThat(toCora).hasSize(1);
        assertThat(toCora.get(0).reply().cards().get(0).title()).startsWith("Weekly digest");

        // AND a day later nothing more comes
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().sent()).hasSize(3);
    }

    @Test
    @DisplayName("added back weeks later, a member whose reminders all waited gets them in one message, each with when "
            + "she asked for it, not one ping each")
    void waitingRemindersComeAsOneMessage() {
        // GIVEN ana asked for three reminders in the coming weeks, and also uses another server that has the bot
        Member ana = bot.member("ana");
        ana.runs("remind", "when", "in 2 days", "what", "Call *Lincoln High*");
        ana.runs("remind", "when", "in 9 days", "what", "Send the flyer");
        ana.runs("remind", "when", "in 20 days", "what", "Book the room");
        bot.memberOfOtherServer("ana").runs("coach progress");

        // WHEN the server removes the bot, five weeks pass, and it adds the bot back
        bot.app().router().botRemoved(TestBot.GUILD);
        for (int day = 0; day < 35; day++) {
            bot.advance(Duration.ofDays(1));
        }
        assertThat(bot.messenger().sent()).isEmpty();
        bot.app().router().botAdded(TestBot.GUILD);
        bot.advance(Duration.ofMinutes(1));

        // THEN ana gets one message with the three, oldest first, each saying when she asked for it
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(m -> {
            assertThat(m.reply().cards().get(0).title()).isEqualTo("⏰ 3 reminders");
            assertThat(m.reply().cards().get(0).fields()).extracting(f -> f.value().lines().findFirst().orElse(""))
                    .containsExactly("Call \\*Lincoln High\\*", "Send the flyer", "Book the room");
            assertThat(m.reply().cards().get(0).fields()).allSatisfy(f ->
                    assertThat(f.value().lines().skip(1)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                            .startsWith("Asked for: <t:"));
        });
        assertThat(stored("SELECT COUNT(*) FROM scheduled_sends WHERE guild_id = ? AND status = 'SENT'"))
                .isEqualTo(3);

        // AND a day later nothing more comes
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().sent()).hasSize(1);
    }

    @Test
    @DisplayName("a server the bot knows only by a reminder waiting and a weekly digest set up, removed while the bot "
            + "was down, is noticed when it connects: nothing of it comes; added back, what waited comes once")
    void removedWhileDownKnownOnlyByWhatItSends() {
        // GIVEN ana asked to be reminded and cora gets the weekly digest (Mondays 09:00); both then use the other
        // server, so no member's DMs belong to this one, and it has no settings and no partners
        Member ana = bot.member("ana");
        Member cora = bot.coordinator("cora");
        ana.runs("remind", "when", "in 2 days", "what", "Call *Lincoln High*");
        assertThat(cora.runs("digest setup", "day", "monday", "time", "09:00").plainText()).contains("Saved");
        cora.runs("digest subscribe");
        bot.memberOfOtherServer("ana").runs("coach progress");
        bot.memberOfOtherServer("cora").runs("coach progress");
        assertThat(stored("SELECT COUNT(*) FROM member_home WHERE guild_id = ?")).isZero();
        assertThat(stored("SELECT COUNT(*) FROM server_settings WHERE guild_id = ?")).isZero();
        assertThat(stored("SELECT COUNT(*) FROM partners WHERE guild_id = ?")).isZero();

        // WHEN the server removes the bot while the bot is down, and the bot connects finding only the other server
        bot.app().router().botIn(java.util.Set.of(TestBot.OTHER_GUILD), guildId -> true);
        for (int day = 0; day < 14; day++) {
            bot.advance(Duration.ofDays(1));
        }

        // THEN nobody heard from it: not the reminder, not two weeks of digests
        assertThat(bot.messenger().sent()).isEmpty();

        // WHEN it adds the bot back, and the bot finds it among its servers
        bot.app().router().botIn(java.util.Set.of(TestBot.GUILD, TestBot.OTHER_GUILD), guildId -> true);
        bot.advance(Duration.ofMinutes(1));

        // THEN ana gets her reminder, and cora the latest week's digest, once each
        assertThat(bot.messenger().directTo(ana.id())).singleElement().satisfies(m ->
                assertThat(m.reply().plainText()).contains("Call \\*Lincoln High\\*"));
        assertThat(bot.messenger().directTo(cora.id())).singleElement().satisfies(m ->
                assertThat(m.reply().cards().get(0).title()).startsWith("Weekly digest"));
    }

    @Test
    @DisplayName("a digest queued just before the server removed the bot (held for the coordinator's night) does not "
            + "go out when it adds the bot back weeks later: only the latest week's does, as after a long outage")
    void onlyTheLatestDigestOnReturn() {
        // GIVEN cora gets the weekly digest on Mondays at 22:00, in her quiet hours: this week's waits for her morning
        Member cora = bot.coordinator("cora");
        assertThat(cora.runs("digest setup", "day", "monday", "time", "22:00").plainText()).contains("Saved");
        cora.runs("digest subscribe");
        bot.memberOfOtherServer("cora").runs("coach progress");
        bot.advance(Duration.ofHours(7).plusMinutes(5));
        assertThat(stored("SELECT COUNT(*) FROM scheduled_sends WHERE guild_id = ? AND kind = 'digest'"))
                .as("this week's digest, queued").isEqualTo(1);
        assertThat(bot.messenger().directTo(cora.id())).as("held for the morning").isEmpty();

        // WHEN the server removes the bot that night, and three weeks pass
        bot.app().router().botRemoved(TestBot.GUILD);
        for (int day = 0; day < 21; day++) {
            bot.advance(Duration.ofDays(1));
        }
        assertThat(bot.messenger().sent()).isEmpty();

        // WHEN it adds the bot back (Monday 23 March, just after this week's time), and the morning comes
        bot.app().router().botAdded(TestBot.GUILD);
        bot.advance(Duration.ofHours(12));

        // THEN cora gets one digest, the latest week's (to 23 March), not the one of the week ending 2 March that
        // she was waiting for when the bot was removed
        assertThat(bot.messenger().directTo(cora.id())).singleElement().satisfies(m ->
                assertThat(m.reply().cards().get(0).title()).isEqualTo("Weekly digest · 16 Mar – 23 Mar"));
        assertThat(stored("SELECT COUNT(*) FROM scheduled_sends WHERE guild_id = ? AND kind = 'digest' "
                + "AND status = 'PENDING'")).as("nothing of it left waiting").isZero();

        // AND a day later nothing more comes
        bot.advance(Duration.ofDays(1));
        assertThat(bot.messenger().sent()).hasSize(1);
    }

    @Test
    @DisplayName("a button of an older reminder of that server, pressed in a DM while the member's DMs belong to "
            + "another server, says the bot was removed from it and what to do, and changes nothing")
    void olderReminderButton() {
        // GIVEN ana got a cultivate reminder by DM, then used another server
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.advance(Duration.ofDays(14));
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(ana.id());
        assertThat(dms).hasSize(1);
        bot.memberOfOtherServer("ana").runs("coach progress");

        // WHEN the server removes the bot, and she presses "Snooze 1 week" on that reminder
        bot.app().router().botRemoved(TestBot.GUILD);
        Reply reminder = dms.get(0).reply();
        ana.reads(reminder);
        Reply refused = ana.presses("Snooze 1 week");

        // THEN she reads that the bot was removed from that server, and where to carry on; nothing was snoozed
        assertThat(refused.plainText()).isEqualTo(Router.SERVER_REMOVED_BOT)
                .contains("removed me", "kept", "run `/coach progress` in a server that has me");
        assertThat(stored("SELECT COUNT(*) FROM cultivate_states WHERE guild_id = ? AND snoozed_until IS NOT NULL"))
                .isZero();

        // AND a touchpoint written in the reminder's form comes back to her, not lost
        Reply form = bot.app().router().handle(new Inbound.ModalSubmit(ana.caller(Surface.DM),
                CustomId.parse(button(reminder, "Log a touchpoint").id().encode().replace(":log:",
                        ":logged:")).orElseThrow(), Map.of("note", "Coffee with **Maria** @everyone", "kind", "")));
        assertThat(form.plainText()).startsWith(Router.SERVER_REMOVED_BOT)
                .contains("What you wrote, to keep: “Coffee with \\*\\*Maria\\*\\* @everyone”");
        assertThat(stored("SELECT COUNT(*) FROM partner_touchpoints WHERE guild_id = ?")).isZero();

        // WHEN the server adds the bot back, the same button works again
        bot.app().router().botAdded(TestBot.GUILD);
        ana.reads(reminder);
        assertThat(ana.presses("Snooze 1 week").plainText()).contains("Snoozed");
    }

    @Test
    @DisplayName("a button of a reminder from a server that has the bot still works after the server the member's "
            + "DMs belonged to removed it")
    void reminderOfAServerWithTheBot() {
        // GIVEN ana looks after a partner in the other server and gets its reminder; her DMs belong to the first
        Member anaThere = bot.memberOfOtherServer("ana");
        assertThat(anaThere.runs("partner add", "name", "Westside Clinic", "sector", "food").plainText())
                .startsWith("Added");
        bot.member("ana").runs("coach progress");
        bot.advance(Duration.ofDays(14));
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(anaThere.id());
        assertThat(dms).hasSize(1);

        // WHEN the first server removes the bot, and she presses "Snooze 1 week" on the other server's reminder
        bot.app().router().botRemoved(TestBot.GUILD);
        Member ana = bot.member("ana");
        ana.reads(dms.get(0).reply());

        // THEN it is snoozed: the reminder belongs to a server that has the bot
        assertThat(ana.presses("Snooze 1 week").plainText()).contains("Snoozed “Westside Clinic”");
    }

    @Test
    @DisplayName("the button of the news that someone knows someone at a partner, pressed after that server removed "
            + "the bot, says so and asks nobody")
    void someoneKnowsButton() {
        // GIVEN ana found nobody to ask about a partner, then bea said she knows someone there: ana got the news
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner intro", "partner", "Eastside Food Bank");
        bot.member("bea").runs("partner know", "partner", "Eastside Food Bank");
        bot.advance(Duration.ZERO);
        Reply news = bot.messenger().directTo(ana.id()).stream().map(RecordingMessenger.Sent::reply)
                .filter(r -> r.plainText().contains("just said they know someone at")).findFirst().orElseThrow();
        bot.memberOfOtherServer("ana").runs("coach progress");

        // WHEN the server removes the bot, and she presses "Ask for an introduction" in that DM
        bot.app().router().botRemoved(TestBot.GUILD);
        ana.reads(news);
        Reply refused = ana.presses("Ask for an introduction");

        // THEN she reads that the bot was removed from that server, and nobody was asked
        assertThat(refused.plainText()).isEqualTo(Router.SERVER_REMOVED_BOT);
        assertThat(stored("SELECT COUNT(*) FROM partner_intros WHERE guild_id = ?")).isZero();
    }

    private static Button button(Reply message, String label) {
        return message.buttons().stream().filter(b -> b.label().equals(label)).findFirst().orElseThrow();
    }

    private long stored(String sql) {
        return bot.storedRows().read(c -> Database.one(c, sql, rs -> rs.getLong(1), TestBot.GUILD).orElse(0L));
    }
}
