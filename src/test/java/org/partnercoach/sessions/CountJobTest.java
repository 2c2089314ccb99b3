package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.ChannelTrouble;
import org.partnercoach.chat.Messenger.Delivery;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.support.Member;
import org.partnercoach.storage.Database;
import org.partnercoach.support.TestBot;

@DisplayName("A question's answer count in the thread when Discord has trouble")
class CountJobTest {

    /** What the thread shows now for the question the group is on: its message as last edited. */
    private static String questionShown(TestBot bot, long thread) {
        return bot.messenger().shownIn(thread).stream().map(Reply::plainText).filter(t -> t.startsWith("Question "))
                .reduce((first, last) -> last).orElseThrow();
    }

    @Test
    @DisplayName("a count edit that Discord did not answer in time is made on the next run, so the group sees the "
            + "answer counted without waiting for another one")
    void passingTroubleIsTriedAgain() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN Ana's session on question 1
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = SessionTestSupport.startedTip1(bot, ana);
            assertThat(questionShown(bot, thread)).contains("0 answers");

            // WHEN Ben answers and Discord does not answer the count's edit in time
            bot.messenger().failNextEdits(1, Delivery.failed(SendTrouble.TIMEOUT));
            ben.answersInThread(thread, latestQuestion(bot, thread), "The food bank's volunteer lead");
            bot.app().scheduler().runDue();
            assertThat(questionShown(bot, thread)).contains("0 answers");

            // THEN the next run shows his answer counted
            bot.advance(Duration.ofSeconds(30));
            assertThat(questionShown(bot, thread)).contains("1 answer").doesNotContain("0 answers");
        }
    }

    @Test
    @DisplayName("while Discord stays out of reach the count edit is tried a few times, spaced out, and no more; the "
            + "next answer once it is back brings the count right")
    void passingTroubleIsTriedBoundedly() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            Member cy = bot.member("cy");
            long thread = SessionTestSupport.startedTip1(bot, ana);

            // GIVEN Discord out of reach for hours
            bot.messenger().failNextEdits(1000, Delivery.failed(SendTrouble.NETWORK, "simulated outage"));
            int before = bot.messenger().editTries();

            // WHEN Ben answers, and the bot runs every 30 seconds for an hour
            ben.answersInThread(thread, latestQuestion(bot, thread), "The clinic's outreach nurse");
            bot.app().scheduler().runDue();
            for (int i = 0; i < 120; i++) {
                bot.advance(Duration.ofSeconds(30));
            }

            // THEN the edit was tried once and again three times, not on every run
            assertThat(bot.messenger().editTries() - before).isEqualTo(1 + CountJob.RETRY_AFTER.size());

            // AND once Discord is back, Cy's answer brings the count right
            bot.messenger().failNextEdits(0, null);
            cy.answersInThread(thread, latestQuestion(bot, thread), "The pastor at Grace Church");
            bot.app().scheduler().runDue();
            assertThat(questionShown(bot, thread)).contains("2 answers");
        }
    }

    @Test
    @DisplayName("a count edit Discord refused (the message was deleted) is not tried again on every run")
    void refusedEditIsNotRepeated() {
        try (TestBot bot = TestBot.inMemory()) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            long thread = SessionTestSupport.startedTip1(bot, ana);
            bot.messenger().failNextEdits(1000, Delivery.failed(SendTrouble.REFUSED, "unknown message"));
            int before = bot.messenger().editTries();

            ben.answersInThread(thread, latestQuestion(bot, thread), "The harbor master");
            bot.app().scheduler().runDue();
            for (int i = 0; i < 20; i++) {
                bot.advance(Duration.ofSeconds(30));
            }

            assertThat(bot.messenger().editTries() - before).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("questions whose post never reached their thread (a moderator deleted it) do not keep the counts of "
            + "later sessions from being shown, however many there are")
    void postsThatNeverWentOutDoNotStopTheCounts() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN 60 timed sessions whose threads a moderator deleted after their first question: the posts of
            // their later questions fail, and the bot gives up on them
            Member ana = bot.member("ana");
            for (int i = 0; i < 60; i++) {
                ana.runs("session start", "plan", "tip-1", "title", "Deleted " + i, "minutes", "1");
                bot.app().scheduler().runDue();
                bot.messenger().cannotPostIn(SessionTestSupport.thread(bot), ChannelTrouble.gone());
            }
            for (int i = 0; i < 12; i++) {
                bot.advance(Duration.ofMinutes(10));
            }

            // WHEN Bea starts a session in a thread that is fine, and Ben answers
            Member bea = bot.member("bea");
            Member ben = bot.member("ben");
            long thread = SessionTestSupport.startedTip1(bot, bea);
            ben.answersInThread(thread, latestQuestion(bot, thread), "The food bank's volunteer lead");
            bot.app().scheduler().runDue();

            // THEN the group sees his answer counted
            assertThat(questionShown(bot, thread)).contains("1 answer").doesNotContain("0 answers");
        }
    }

    @Test
    @DisplayName("answers that came in several sessions at once, to the question each group moved on from and to the "
            + "one it is on, are all counted in one run, each in its own thread")
    void severalSessionsAtOnce() {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN three sessions on question 2, where a late answer to question 1 and an answer to question 2 came
            List<Long> threads = groupsOnQuestionTwoWithTwoNewAnswers(bot, 3);

            // WHEN the bot runs once
            bot.app().scheduler().runSends();

            // THEN every thread shows both answers counted, question 1 closed and question 2 still open
            for (long thread : threads) {
                assertThat(bot.messenger().shownIn(thread).stream().map(Reply::plainText)
                        .filter(t -> t.startsWith("Question ")).toList()).satisfiesExactly(
                                q1 -> assertThat(q1).startsWith("Question 1 of").contains("1 answer · closed"),
                                q2 -> assertThat(q2).startsWith("Question 2 of").contains("1 answer")
                                        .doesNotContain("closed"));
            }
        }
    }

    @Test
    @DisplayName("the run that counts answers reads its sessions at once: four times the sessions cost one statement "
            + "more for each question shown, not four")
    void countsOfManySessionsAreReadAtOnce() {
        long few = statementsOfOneCountRun(2);
        long many = statementsOfOneCountRun(8);

        // each question edited records what it shows (one statement); reading each one's session on its own added
        // three more for each
        assertThat(many - few).isLessThanOrEqualTo(2 * (8 - 2));
    }

    /** The statements of the run that shows the answers of {@link #groupsOnQuestionTwoWithTwoNewAnswers}. */
    private static long statementsOfOneCountRun(int sessions) {
        try (TestBot bot = TestBot.inMemory()) {
            List<Long> threads = groupsOnQuestionTwoWithTwoNewAnswers(bot, sessions);
            int editsBefore = bot.messenger().edits().size();

            long before = Database.statementsRun();
            bot.app().scheduler().runSends();
            long statements = Database.statementsRun() - before;

            assertThat(bot.messenger().edits().size() - editsBefore).isEqualTo(2 * threads.size());
            return statements;
        }
    }

    /**
     * {@code sessions} groups, each led by Ana, moved on to question 2 while one of them was writing an answer to
     * question 1, which they sent after, and another member answered question 2: their threads.
     */
    private static List<Long> groupsOnQuestionTwoWithTwoNewAnswers(TestBot bot, int sessions) {
        Member ana = bot.member("ana");
        Member cy = bot.member("cy");
        List<Long> threads = new ArrayList<>();
        List<Member> writing = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            long thread = SessionTestSupport.startedTip1(bot, ana, "Group " + i);
            threads.add(thread);
            Member late = bot.member("late" + i);
            late.readsInThread(thread, latestQuestion(bot, thread));
            late.presses("Answer");
            writing.add(late);
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Next question");
            bot.app().scheduler().runDue();
            assertThat(latestQuestion(bot, thread).plainText()).startsWith("Question 2 of");
        }
        for (int i = 0; i < sessions; i++) {
            writing.get(i).submits("answer", "Written before we moved on, in group " + i);
            cy.answersInThread(threads.get(i), latestQuestion(bot, threads.get(i)), "The clinic, group " + i);
        }
        // past the few seconds a count waits after its message was last edited (question 1's, as it closed)
        bot.clock().advance(CountJob.COUNT_EVERY);
        return threads;
    }
}
