package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.latestEditText;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Surface;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Twenty members answering in the same second")
class ConcurrentAnswersTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("on real threads against a real H2 file no answer is lost, the count ends right and is edited sparingly")
    void twentyAtOnce() throws Exception {
        try (TestBot bot = TestBot.onFile(dir)) {
            Member ana = bot.member("ana");
            ana.runs("session start", "plan", "ask-yourself");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            CustomId answerId = latestQuestion(bot, thread).buttons().get(0).id();
            CustomId formId = CustomId.of("session", "answered", answerId.arg(0), answerId.arg(1));

            ExecutorService pool = Executors.newFixedThreadPool(20);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Member m = bot.member("member" + i);
                var caller = new org.partnercoach.chat.Caller(TestBot.GUILD, thread, m.id(), m.name(), false,
                        Surface.THREAD);
                String text = "answer from " + m.name();
                replies.add(pool.submit(() -> {
                    go.await();
                    Reply r = bot.app().router().handle(new Inbound.ModalSubmit(caller, formId,
                            Map.of(SessionView.ANSWER_FIELD, text)));
                    // as the adapter does after each answer
                    bot.app().scheduler().runDue();
                    return r;
                }));
            }
            go.countDown();
            for (Future<Reply> r : replies) {
                assertThat(r.get(60, TimeUnit.SECONDS).text()).contains("is saved");
            }
            pool.shutdown();

            // the clock stands still: at most one count edit happened for all twenty answers
            int editsWhileBusy = bot.messenger().edits().size();
            assertThat(editsWhileBusy).isLessThanOrEqualTo(1);
            bot.advance(Duration.ofSeconds(5));
            assertThat(latestEditText(bot)).contains("20 answers");
            assertThat(bot.messenger().edits().size()).isLessThanOrEqualTo(2);

            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();
            String summary = SessionTestSupport.lastPost(bot, thread).plainText();
            for (int i = 0; i < 20; i++) {
                assertThat(summary).contains("answer from member" + i);
            }
            assertThat(summary).contains("20 answers from 20 members");
        }
    }
}
