package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.startedTip1;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Counted;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * A member's own session answers ({@code /session answers}, and the group part of {@code /coach answers}) are read in
 * a fixed number of statements, however many answers and sessions they hold: not a read of the session and its
 * questions per answer.
 */
@DisplayName("A member's session answers are read at once, however many there are")
class OwnAnswersStatementsTest {

    @Test
    @DisplayName("/session answers and /coach answers with five answers in three sessions cost what one answer does")
    void ownAnswersReadAtOnce() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            answersEachQuestion(bot, ana, ben, 1, "one");
            ben.runs("session answers");
            ben.runs("coach answers");
            Counted one = Counted.of(() -> ben.runs("session answers"));
            Counted coachOne = Counted.of(() -> ben.runs("coach answers"));

            answersEachQuestion(bot, ana, ben, 2, "two");
            answersEachQuestion(bot, ana, ben, 2, "three");
            Counted five = Counted.of(() -> ben.runs("session answers"));
            Counted coachFive = Counted.of(() -> ben.runs("coach answers"));

            assertThat(five.reply().plainText()).contains("Answer one 1").contains("Answer two 2")
                    .contains("Answer three 1");
            assertThat(coachFive.reply().plainText()).contains("Answer three 2");
            assertThat(five.statements()).isEqualTo(one.statements());
            assertThat(coachFive.statements()).isEqualTo(coachOne.statements());
        }
    }

    /**
     * A new tip-1 session (of a title of its own: the earlier ones are still open in the channel) in which
     * {@code member} answers the first {@code questions} questions.
     */
    private static void answersEachQuestion(TestBot bot, Member facilitator, Member member, int questions,
                                            String session) {
        long thread = startedTip1(bot, facilitator, "Circle " + session);
        for (int i = 1; i <= questions; i++) {
            member.answersInThread(thread, latestQuestion(bot, thread), "Answer " + session + " " + i);
            facilitator.readsInThread(thread, latestQuestion(bot, thread));
            facilitator.presses("Next question");
            bot.app().scheduler().runDue();
        }
    }
}
