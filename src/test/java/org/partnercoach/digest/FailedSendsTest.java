package org.partnercoach.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.support.TestBot;

@DisplayName("The list of sends the bot gave up on names each kind of message in plain words")
class FailedSendsTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("every kind of message the outbox sends names itself, not \"A message\", so a coordinator reading "
            + "/coach status or the digest knows what failed; no two kinds read alike")
    void everyRegisteredKindIsNamed() {
        // GIVEN the bot as wired in production, with every kind of message its outbox sends
        List<SendKind> kinds = bot.app().sendKinds();
        assertThat(kinds).extracting(SendKind::name).contains(WeeklyDigests.KIND, NobodyNotice.KIND, Nudges.KIND,
                "handover", "intro-ask", "session", "partner-value", "cultivate", "personal");
        FailedSends failed = new FailedSends(kinds);

        // THEN each reads as its own kind of message in the failed-send list
        assertThat(kinds).allSatisfy(kind -> assertThat(failed.kindName(kind.name()))
                .as("the failed-send list's name for the kind \"" + kind.name() + "\"")
                .isNotBlank().isNotEqualTo(FailedSends.RETIRED_KIND));
        assertThat(kinds.stream().map(kind -> failed.kindName(kind.name()))).doesNotHaveDuplicates();
        // AND a row of a kind since retired still reads as a message
        assertThat(failed.kindName("a kind nobody registered")).isEqualTo(FailedSends.RETIRED_KIND);
    }

    @Test
    @DisplayName("a kind's own advice comes with its failures (a value question to someone who left: hand the partner "
            + "over), and the shared advice with every other; a failure of unknown trouble says so")
    void adviceByKind() {
        FailedSends failed = new FailedSends(bot.app().sendKinds());

        String leftValue = failed.line(given("partner-value", SendTrouble.LEFT_SERVER, "Eastside Food Bank"));
        assertThat(leftValue).startsWith("A quarterly value question to <@42>: ")
                .contains("they have left the server. Hand Eastside Food Bank to another member with `/partner owner`");
        String closedReminder = failed.line(given("personal", SendTrouble.DMS_CLOSED, ""));
        assertThat(closedReminder).startsWith("A reminder to <@42>: ")
                .endsWith(SendTrouble.DMS_CLOSED.advice(false, "/coach setup channel:"));
        String unknown = failed.line(given("handover", null, ""));
        assertThat(unknown).isEqualTo("A handover note to <@42>: it could not be sent. " + SendTrouble.adviceUnknown());
    }

    @Test
    @DisplayName("each kind's line, for every trouble, with a member's whole mention and a partner's longest name, "
            + "fits the digest's line for a failed send whole: the bot's advice is never cut mid-sentence")
    void everyLineFitsTheDigestWhole() {
        List<SendKind> kinds = bot.app().sendKinds();
        FailedSends failed = new FailedSends(kinds);
        Instant at = Instant.parse("2026-03-02T12:00:00Z");
        List<SendTrouble> troubles = new java.util.ArrayList<>(List.of(SendTrouble.values()));
        troubles.add(null);
        int longest = 0;
        for (SendKind kind : kinds) {
            for (SendTrouble trouble : troubles) {
                for (long recipient : new long[] {0, Long.MAX_VALUE}) {
                    ScheduledSend send = new ScheduledSend(1, 7, kind.name(), recipient, 3, 0, "", "x".repeat(100),
                            0, at, at, ScheduledSend.Status.FAILED, 5, at, null, trouble, null, at);
                    longest = Math.max(longest, ("• " + failed.line(send)).length());
                }
            }
        }
        assertThat(longest).isLessThanOrEqualTo(DigestComposer.FAILED_LINE_MAX);
    }

    private static ScheduledSend given(String kind, SendTrouble trouble, String about) {
        Instant at = Instant.parse("2026-03-02T12:00:00Z");
        return new ScheduledSend(1, 7, kind, 42, 3, 0, "", about, 0, at, at, ScheduledSend.Status.FAILED, 5, at, null,
                trouble, null, at);
    }
}
