package org.partnercoach.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnercoach.chat.Capability;
import org.partnercoach.chat.ChannelTrouble;
import org.partnercoach.chat.Messenger.Delivery;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.StoredSend;
import org.partnercoach.reminders.PersonalReminders;
import org.partnercoach.support.CsvText;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * Why a message the bot gave up on failed, as a coordinator reads it in {@code /coach status} and in the weekly
 * digest: for each kind of trouble, the reason in plain words and what to do, from the kind stored with the message.
 */
@DisplayName("Failed messages: why, and what to do, for each kind of trouble")
class FailedSendReasonsTest {

    static final long CHANNEL = 555;
    static final String NOTHING_TO_FIX = "Nothing to fix: the bot tried again for half an hour, and later messages "
            + "go out as usual.";

    /** One kind of trouble: how it comes about, and what the coordinator should read. */
    record Case(String name, BiConsumer<TestBot, Member> trouble, SendTrouble kind, String reason, String advice) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("Discord does not answer in time", (bot, ana) -> bot.messenger().failNext(4,
                        Delivery.failed(SendTrouble.TIMEOUT, "Discord did not answer within 10 seconds")),
                        SendTrouble.TIMEOUT, "Discord did not answer within 10 seconds", NOTHING_TO_FIX),
                new Case("the network is down", (bot, ana) -> bot.messenger().failNext(4,
                        Delivery.failed(SendTrouble.NETWORK)),
                        SendTrouble.NETWORK, "the bot could not reach Discord", "Nothing to fix if it was brief: the "
                        + "bot tried again for half an hour. If it happens again, ask whoever runs the bot to check "
                        + "its internet connection."),
                new Case("Discord has a server error", (bot, ana) -> bot.messenger().failNext(4,
                        Delivery.failed(SendTrouble.DISCORD_ERROR)),
                        SendTrouble.DISCORD_ERROR, "Discord had a problem on its side", NOTHING_TO_FIX),
                new Case("Discord rate-limits the bot", (bot, ana) -> bot.messenger().failNext(4,
                        Delivery.failed(SendTrouble.RATE_LIMITED)),
                        SendTrouble.RATE_LIMITED, "Discord asked the bot to slow down", NOTHING_TO_FIX),
                new Case("Discord refuses the message", (bot, ana) -> bot.messenger().failNext(4,
                        Delivery.failed(SendTrouble.REFUSED)),
                        SendTrouble.REFUSED, "Discord refused the message", "Please tell whoever runs the bot: the "
                        + "details are in its log."),
                new Case("the member's account is gone from Discord", (bot, ana) -> bot.messenger().failNext(4,
                        Delivery.failed(SendTrouble.ACCOUNT_GONE)),
                        SendTrouble.ACCOUNT_GONE, "Discord no longer knows their account: they left Discord",
                        "Nothing to fix: no message can reach them any more. If they looked after partners, hand "
                        + "those to someone else with `/partner owner`."),
                new Case("the member blocks DMs and there is no reminder channel", (bot, ana) ->
                        bot.messenger().closeDmsOf(ana.id()),
                        SendTrouble.DMS_CLOSED, "their DMs are closed and the server has no reminder channel (set "
                        + "one with /coach setup)", "Ask them to allow DMs from server members, or set a reminder "
                        + "channel with `/coach setup`."),
                new Case("the bot lost a permission in the reminder channel, and the member blocks DMs", (bot, ana) -> {
                    bot.coordinator("cora").runs("coach setup", "channel", String.valueOf(CHANNEL), "delivery",
                            "channel");
                    bot.messenger().cannotPostIn(CHANNEL, ChannelTrouble.lacks(Set.of(Capability.SEND_MESSAGES)));
                    bot.messenger().closeDmsOf(ana.id());
                }, SendTrouble.MISSING_PERMISSIONS, "the bot lacks Send Messages in <#555>, and their DMs are closed",
                        "Give the bot's role View Channel, Send Messages and Embed Links in that channel (Edit "
                        + "Channel → Permissions), or pick another channel with `/coach setup channel:`."),
                new Case("the reminder channel was deleted, and the member blocks DMs", (bot, ana) -> {
                    bot.coordinator("cora").runs("coach setup", "channel", String.valueOf(CHANNEL), "delivery",
                            "channel");
                    bot.messenger().cannotPostIn(CHANNEL, ChannelTrouble.gone());
                    bot.messenger().closeDmsOf(ana.id());
                }, SendTrouble.CHANNEL_GONE, "<#555> was deleted, or the bot can't see it, and their DMs are closed",
                        "Pick a text channel the bot can see with `/coach setup channel:`."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("the message is kept with its kind of trouble; status and digest say why in plain words and what "
            + "to do")
    void eachKind(Case c) {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's reminder falls due, and every try meets the trouble
            Member ana = bot.member("ana");
            Member cora = bot.coordinator("cora");
            cora.runs("digest setup", "day", "monday", "time", "09:00");
            c.trouble().accept(bot, ana);
            ana.runs("remind", "when", "in 1h", "what", "Call Eastside");

            // WHEN the bot has tried after 1, 5 and 30 minutes too
            for (Duration step : List.of(Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofMinutes(5),
                    Duration.ofMinutes(30))) {
                bot.advance(step);
            }

            // THEN the message is stored as failed, with its kind of trouble and the reason in plain words
            ScheduledSend failed = bot.app().outbox().history().latestFailed(TestBot.GUILD, 1,
                    bot.clockView().instant()).get(0);
            assertThat(failed.kind()).isEqualTo(PersonalReminders.KIND);
            assertThat(failed.recipientId()).isEqualTo(ana.id());
            assertThat(failed.status()).isEqualTo(ScheduledSend.Status.FAILED);
            assertThat(failed.trouble()).isEqualTo(c.kind());
            assertThat(failed.lastError()).isEqualTo(c.reason());
            assertThat(bot.messenger().directTo(ana.id())).isEmpty();

            // AND a coordinator reads why and what to do in /coach status
            String line = "reminder to <@" + ana.id() + ">: " + c.reason() + ". " + c.advice() + "\n";
            assertThat(cora.runs("coach status").text()).contains("Messages that failed: 1\n", "a " + line)
                    .doesNotContain("Exception", "java.", "PT10S");
            // AND in the digest, in its list and in its CSV
            org.partnercoach.chat.Reply digest = cora.runs("digest preview");
            assertThat(digest.plainText()).contains("• A " + line.strip());
            assertThat(CsvText.of(digest.files().get(1)))
                    .contains("failed send,https://discord.com/users/" + ana.id() + ",personal,");
        }
    }

    @Test
    @DisplayName("a DM to an account that is gone is not tried again: no later try could reach it")
    void accountGoneIsNotRetried() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana deleted her Discord account, and her reminder falls due
            Member ana = bot.member("ana");
            bot.messenger().failNext(1, Delivery.failed(SendTrouble.ACCOUNT_GONE));
            ana.runs("remind", "when", "in 1h", "what", "Call Eastside");

            // WHEN the bot tries it once
            bot.advance(Duration.ofHours(1).plusMinutes(1));

            // THEN it is failed at once, after that one try, and a coordinator reads it in /coach status
            ScheduledSend failed = bot.app().outbox().history().latestFailed(TestBot.GUILD, 1,
                    bot.clockView().instant()).get(0);
            assertThat(failed.status()).isEqualTo(ScheduledSend.Status.FAILED);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(failed.trouble()).isEqualTo(SendTrouble.ACCOUNT_GONE);
            assertThat(bot.coordinator("cora").runs("coach status").text()).contains("Messages waiting to be sent: 0",
                    "Messages that failed: 1", "they left Discord. Nothing to fix")
                    .doesNotContain("tell whoever runs the bot");
        }
    }

    @Test
    @DisplayName("the digest's own channel lost Attach Files: the digest's advice names every permission it needs and "
            + "/digest setup")
    void digestChannel() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN the digest is posted in #coordinators on Mondays at 09:00, and the bot loses Attach Files there
            Member cora = bot.coordinator("cora");
            cora.runs("digest setup", "day", "monday", "time", "09:00", "channel", "777");
            bot.messenger().cannotPostIn(777, ChannelTrouble.lacks(Set.of(Capability.ATTACH_FILES)));

            // WHEN Monday's digest is due, and tried again after 1, 5 and 30 minutes
            for (Duration step : List.of(Duration.ofDays(6).plusHours(18), Duration.ofMinutes(1),
                    Duration.ofMinutes(5), Duration.ofMinutes(30))) {
                bot.advance(step);
            }

            // THEN it is stored as failed for the missing permission, and the status says what to give the bot
            ScheduledSend failed = bot.app().outbox().history().latestFailed(TestBot.GUILD, 1,
                    bot.clockView().instant()).get(0);
            assertThat(failed.channelId()).isEqualTo(777);
            assertThat(failed.trouble()).isEqualTo(SendTrouble.MISSING_PERMISSIONS);
            assertThat(cora.runs("coach status").text()).contains("a digest: the bot lacks Attach Files in <#777>. "
                    + "Give the bot's role View Channel, Send Messages, Embed Links and Attach Files in that channel "
                    + "(Edit Channel → Permissions), or pick another channel with `/digest setup channel:`.");
        }
    }

    @Test
    @DisplayName("a message that failed before the kind was kept: no raw error text, and advice that still helps")
    void oldRowWithoutKind() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN a reminder that failed yesterday, stored by an earlier version with an error's raw text
            Member ana = bot.member("ana");
            Member cora = bot.coordinator("cora");
            cora.runs("digest setup", "day", "monday", "time", "09:00");
            Instant at = bot.clock().instant().minus(Duration.ofDays(1));
            StoredSend.failed(TestBot.GUILD, "personal", ana.id(), 4, "net.dv8tion.jda.api.exceptions"
                    + ".ErrorResponseException: -1: java.net.UnknownHostException", at).withPayload("Call Eastside")
                    .insert(bot.storedRows());

            // WHEN a coordinator looks at the status and the digest
            String status = cora.runs("coach status").text();
            org.partnercoach.chat.Reply digest = cora.runs("digest preview");

            // THEN it is listed as failed, without the error's text, with what to do
            String line = "reminder to <@" + ana.id() + ">: it could not be sent. If it happens again, ask whoever "
                    + "runs the bot to check its log.";
            assertThat(status).contains("Messages that failed: 1\n", "a " + line).doesNotContain("Exception");
            assertThat(digest.plainText()).contains("• A " + line).doesNotContain("Exception");
            assertThat(CsvText.of(digest.files().get(1)))
                    .contains("failed send,https://discord.com/users/" + ana.id() + ",personal,it could not be sent,")
                    .doesNotContain("Exception");
        }
    }
}
