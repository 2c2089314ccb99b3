package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.posts;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.config.AppConfig;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A session can follow a plan file from the curriculum folder, checked when it starts")
class CustomPlanTest {

    @TempDir
    Path folder;

    private TestBot bot() {
        return TestBot.inMemory(c -> new AppConfig(c.discord(), c.database(),
                new AppConfig.CurriculumConfig(folder.toString()), c.console(), c.scheduler(), c.sessions()));
    }

    @Test
    @DisplayName("a valid plan file runs as a session; its answers can't be kept in a personal walk")
    void customPlan() throws IOException {
        Files.writeString(folder.resolve("board-retreat.yml"), """
                key: board-retreat
                title: Board retreat
                stepNoun: Part
                command: /session start plan:board-retreat
                intro: Two questions for our retreat.
                steps:
                  - key: why
                    title: Why we partner
                    guidance: Think about the last year.
                    questions:
                      - key: why.best
                        text: Which partnership helped us most this year?
                      - key: why.next
                        text: Who should we reach out to next?
                finish:
                  message: Thanks.
                  nextStep: Plan the next step.
                """);
        try (TestBot bot = bot()) {
            Member ana = bot.member("ana");
            ana.runs("session start", "plan", "board-retreat");
            bot.app().scheduler().runDue();
            long thread = thread(bot);
            assertThat(posts(bot, thread).get(0).plainText()).contains("Board retreat").contains("2 questions");
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("Answer");
            assertThat(ana.submits("answer", "The food council").buttons()).isEmpty();
        }
    }

    @Test
    @DisplayName("a broken plan file is refused with the file and key named, and nothing is created")
    void brokenPlan() throws IOException {
        Files.writeString(folder.resolve("broken.yml"), """
                key: broken
                title: Broken
                stepNoun: Question
                command: /session start
                intro: x
                steps: []
                finish:
                  message: m
                  nextStep: n
                """);
        try (TestBot bot = bot()) {
            Member ana = bot.member("ana");
            assertThat(ana.runs("session start", "plan", "broken").text()).contains("couldn't use the plan `broken`")
                    .contains("broken.yml").contains("steps");
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");
        }
    }
}
