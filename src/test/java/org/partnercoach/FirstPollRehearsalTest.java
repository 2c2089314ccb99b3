package org.partnercoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.Snapshot;
import org.partnercoach.support.TestBot;

/**
 * While it connects to Discord, the bot rehearses its first poll's reads (the partners whose check-in came due, each
 * owner's message composed, the quarter's value questions due): the first poll then runs compiled code. A rehearsal
 * must change nothing anyone sees or anything stored, nor ask Discord anything.
 */
@DisplayName("The first poll's rehearsal, while the bot connects")
class FirstPollRehearsalTest {

    /**
     * ana looks after two partners, one of them in the cultivating stage, bea after one; the bot then stays down for
     * 31 days, past the 14-day cadence and into the next quarter (2 April), so that its next poll has check-ins and
     * the new quarter's value question to send.
     */
    private static TestBot withWorkDue() {
        TestBot bot = TestBot.inMemory();
        Member ana = bot.member("ana");
        Member bea = bot.member("bea");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
        bea.runs("partner add", "name", "First Baptist Church", "sector", "faith");
        bot.clock().advance(Duration.ofDays(31));
        return bot;
    }

    private static List<String> sent(TestBot bot) {
        return bot.messenger().sent().stream().map(RecordingMessenger.Sent::toString).toList();
    }

    @Test
    @DisplayName("the rehearsal stores nothing, sends nothing and asks Discord nothing, with check-ins and a value "
            + "question due")
    void rehearsalChangesNothing() {
        try (TestBot bot = withWorkDue()) {
            Snapshot before = Snapshot.of(bot);

            bot.app().scheduler().rehearse().join();

            assertThat(Snapshot.of(bot).changedSince(before)).isEmpty();
            assertThat(bot.messenger().sent()).isEmpty();
            assertThat(bot.messenger().membershipQuestions()).isEmpty();
        }
    }

    @Test
    @DisplayName("the first poll after a rehearsal sends and stores what it would have without one")
    void pollAfterRehearsalIsThePoll() {
        try (TestBot plain = withWorkDue(); TestBot rehearsed = withWorkDue()) {
            rehearsed.app().scheduler().rehearse().join();

            int sentPlain = plain.app().scheduler().runDue();
            int sentRehearsed = rehearsed.app().scheduler().runDue();

            // ana's check-in for both her partners, her value question, and bea's check-in
            assertThat(sentRehearsed).isEqualTo(sentPlain).isEqualTo(3);
            assertThat(sent(rehearsed)).isEqualTo(sent(plain));
            assertThat(Snapshot.of(rehearsed).changedSince(Snapshot.of(plain))).isEmpty();
            assertThat(rehearsed.messenger().directTo(rehearsed.member("ana").id())).extracting(s -> s.reply()
                    .plainText()).anySatisfy(text -> assertThat(text).contains("Time to check in",
                    "Eastside Food Bank", "Lincoln High School"))
                    .anySatisfy(text -> assertThat(text).contains("Once a quarter", "Eastside Food Bank"));
        }
    }

    @Test
    @DisplayName("a second rehearsal is the same run as the first, and a bot with nothing due rehearses nothing")
    void onceAndEmpty() {
        try (TestBot bot = TestBot.inMemory()) {
            var first = bot.app().scheduler().rehearse();
            assertThat(bot.app().scheduler().rehearse()).isSameAs(first);
            first.join();
            assertThat(bot.messenger().sent()).isEmpty();
            assertThat(bot.app().scheduler().runDue()).isZero();
        }
    }
}
