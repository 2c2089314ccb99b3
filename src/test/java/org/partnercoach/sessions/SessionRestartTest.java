package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercoach.sessions.SessionTestSupport.lastPost;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.posts;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("A group session survives a restart of the whole bot")
class SessionRestartTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a session that ended while the bot was down, before the channel heard that it starts, is not "
            + "announced as starting once the bot is back: the thread has its summary, the channel no invitation")
    void endedBeforeItsStartingPostWentOut() {
        try (TestBot bot = TestBot.onFile(dir)) {
            // GIVEN Ana's session opened its thread and Ben answered, but the channel's post that it is starting met
            // a Discord outage
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "tip-1", "title", "Autumn circle");
            bot.messenger().failNext(1);
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            assertThat(bot.messenger().shownIn(TestBot.CHANNEL)).isEmpty();
            ben.answersInThread(thread, latestQuestion(bot, thread), "The youth center");

            // WHEN the bot stops before it tries that post again, and is back after two quiet weeks, by which time
            // the session closed by itself
            bot.restart();
            bot.jump(Duration.ofDays(15));
            bot.advance(Duration.ofHours(1));

            // THEN the thread shows the session's summary, and the channel never reads that it is starting
            assertThat(lastPost(bot, thread).plainText()).contains("Summary: Autumn circle", "closed by itself");
            assertThat(bot.messenger().shownIn(TestBot.CHANNEL)).extracting(Reply::plainText)
                    .noneMatch(text -> text.contains("starting"));
        }
    }

    @Test
    @DisplayName("after a restart on the same H2 file, the question's buttons, its form and the timer carry on")
    void resumesWhereItStood() {
        try (TestBot bot = TestBot.onFile(dir)) {
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "ask-yourself", "minutes", "15");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            Reply q1 = latestQuestion(bot, thread);
            ben.answersInThread(thread, q1, "Their mandate and board");
            ana.readsInThread(thread, q1);
            ana.presses("Next question");
            bot.app().scheduler().runDue();
            Reply q2 = latestQuestion(bot, thread);
            ben.readsInThread(thread, q2);
            Reply openForm = ben.presses("Answer");

            bot.restart();

            assertThat(openForm.form().id().encode()).matches("session:answered:\\d+:1");
            assertThat(ben.submits("answer", "The food council, sent after the restart").text()).contains("saved");
            ana.readsInThread(thread, q2);
            assertThat(ana.runs("session list").plainText()).contains("question 2");
            bot.advance(Duration.ofMinutes(15));
            assertThat(latestQuestion(bot, thread).plainText()).startsWith("Question 3 of 4");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();
            assertThat(lastPost(bot, thread).plainText()).contains("Their mandate and board")
                    .contains("The food council, sent after the restart");
        }
    }

    @Test
    @DisplayName("a bot that stopped between Discord making the session's thread and recording it takes that thread "
            + "on the retry instead of opening a second one")
    void crashAfterTheThreadWasMadeOpensNoSecondThread() {
        try (TestBot bot = TestBot.onFile(dir)) {
            // GIVEN Ana starts a session; Discord makes its thread, and then the bot stops before it records it
            Member ana = bot.member("ana");
            Member ben = bot.member("ben");
            ana.runs("session start", "plan", "tip-2", "title", "Monday circle");
            bot.messenger().crashAfterNextThread();
            assertThatThrownBy(() -> bot.app().scheduler().runDue())
                    .isInstanceOf(RecordingMessenger.SimulatedCrash.class);
            assertThat(bot.messenger().threads()).hasSize(1);
            long made = thread(bot);

            // WHEN the bot starts again, and the claim on the opening has run out
            bot.restart();
            bot.advance(Duration.ofMinutes(6));

            // THEN the session runs in the thread Discord made: no second thread, its plan and question 1 there
            assertThat(bot.messenger().threads()).hasSize(1);
            assertThat(posts(bot, made)).hasSize(2);
            assertThat(latestQuestion(bot, made).plainText()).startsWith("Question 1 of");
            assertThat(ben.runs("session list").plainText()).contains("Monday circle", "<#" + made + ">");

            // AND once it has ended, a new session of the same name gets a thread of its own
            ana.readsInThread(made, latestQuestion(bot, made));
            ana.presses("End");
            bot.app().scheduler().runDue();
            ben.runs("session start", "plan", "tip-2", "title", "Monday circle");
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().threads()).hasSize(2);
            assertThat(thread(bot)).isNotEqualTo(made);
            assertThat(posts(bot, thread(bot))).hasSize(2);
            assertThat(posts(bot, made)).hasSize(3); // its plan, question 1 and summary: nothing of the new one
        }
    }

    @Test
    @DisplayName("a session started just before a restart opens its thread once, after it")
    void openingSurvivesRestart() {
        try (TestBot bot = TestBot.onFile(dir)) {
            bot.member("ana").runs("session start", "plan", "tip-4");
            bot.restart();
            bot.app().scheduler().runDue();
            bot.app().scheduler().runDue();
            assertThat(bot.messenger().threads()).hasSize(1);
            assertThat(latestQuestion(bot, thread(bot)).plainText()).startsWith("Question 1 of");
        }
    }
}
