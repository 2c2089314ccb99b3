package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.sessions.SessionTestSupport.lastPost;
import static org.partnercoach.sessions.SessionTestSupport.latestQuestion;
import static org.partnercoach.sessions.SessionTestSupport.posts;
import static org.partnercoach.sessions.SessionTestSupport.thread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Card;
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
    @DisplayName("a valid plan file runs as a session; its answers can't be kept in a personal walk, and neither its "
            + "summary nor /session answers offers to")
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

            // WHEN the session ends
            ana.readsInThread(thread, latestQuestion(bot, thread));
            ana.presses("End");
            bot.app().scheduler().runDue();

            // THEN the summary points to each member's answers without promising what no button there does
            Card summary = lastPost(bot, thread).cards().get(0);
            assertThat(summary.title()).isEqualTo("Summary: Board retreat");
            assertThat(summary.footer()).contains("/coach answers").doesNotContain("walk");
            // AND her own list offers what its buttons do: edit and delete
            Card mine = ana.runs("session answers").cards().get(0);
            assertThat(mine.description()).contains("The food council");
            assertThat(mine.footer()).contains("edit", "delete").doesNotContain("walk");
            assertThat(SessionTestSupport.picksFirstAnswer(ana).buttons()).extracting(Button::label)
                    .containsExactly("Edit", "Delete");
        }
    }

    @Test
    @DisplayName("a plan the bot doesn't have is refused with the plans to pick from, by the names a member types, and "
            + "what to run; no file path, and nothing is created")
    void unknownPlanListsThePlans() throws IOException {
        // GIVEN a plan file of the coalition's own, and the five tips' content replaced (a content file, no plan)
        Files.writeString(folder.resolve("board-retreat.yml"), "key: board-retreat\n");
        try (var tips = CustomPlanTest.class.getResourceAsStream("/curriculum/five-tips.yml")) {
            Files.copy(tips, folder.resolve("five-tips.yml"));
        }
        try (TestBot bot = bot()) {
            Member ana = bot.member("ana");

            // WHEN she asks for a plan there is no file for, and for one spelled with spaces
            for (String plan : new String[] {"xyz", "Board Retreat!"}) {
                String refused = ana.runs("session start", "plan", plan).text();

                // THEN she hears the bot has no such plan, the ones she can pick, and what to run
                assertThat(refused).as(plan).startsWith("I don't have a plan called `" + plan + "`.")
                        .contains("`ask-yourself`", "`tip-1` to `tip-5`", "`board-retreat`",
                                "`/session start plan:tip-1`")
                        .endsWith("Nothing was created.")
                        .doesNotContain(".yml", "curriculum", "no such file", "coordinator", "`five-tips`");
            }
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");
        }
    }

    @Test
    @DisplayName("the bot's own content files that are no plans (the sectors, the cultivate ideas, the partner plan's "
            + "questions) are refused as plans the bot doesn't have, with the plans to pick; the coalition's own copy "
            + "of the sectors too; nothing is created")
    void contentFilesAreNoPlans() throws IOException {
        // GIVEN the coalition's own sectors file in its curriculum folder
        try (var sectors = CustomPlanTest.class.getResourceAsStream("/curriculum/sectors.yml")) {
            Files.copy(sectors, folder.resolve("sectors.yml"));
        }
        try (TestBot bot = bot()) {
            Member ana = bot.member("ana");
            for (String plan : new String[] {"sectors", "cultivate-ideas", "partner-plan", "Sectors"}) {
                // WHEN she names one of the bot's content files as a plan
                String refused = ana.runs("session start", "plan", plan).text();
                // THEN it is a plan the bot doesn't have: the plans she can pick, no file, no file error
                assertThat(refused).as(plan).startsWith("I don't have a plan called `" + plan + "`.")
                        .contains("`ask-yourself`", "`tip-1` to `tip-5`")
                        .doesNotContain(".yml", "curriculum/", "coordinator", "{partner}")
                        .endsWith("Nothing was created.");
                assertThat(refused.substring(refused.indexOf("The plans you can pick"))).as(plan)
                        .doesNotContain("sectors", "cultivate", "partner-plan");
            }
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");
            // AND the whole 5 tips still run as a plan of their own
            assertThat(ana.runs("session start", "plan", "five-tips").text()).doesNotContain("I don't have a plan");
        }
    }

    @Test
    @DisplayName("without a curriculum folder, a plan the bot doesn't have is refused with the built-in plans alone")
    void unknownPlanWithoutAFolder() {
        try (TestBot bot = TestBot.inMemory()) {
            String refused = bot.member("ana").runs("session start", "plan", "xyz").text();
            assertThat(refused).isEqualTo("I don't have a plan called `xyz`. The plans you can pick: `ask-yourself` "
                    + "(the 4 Ask Yourself questions) or `tip-1` to `tip-5` (one of the 5 tips each). Run "
                    + "`/session start plan:tip-1`, with the plan you pick after `plan:`. Nothing was created.");
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

    @Test
    @DisplayName("a plan of 25 long questions lists every one of them and still ends with what the group is to do")
    void longPlanFitsItsPost() throws IOException {
        // GIVEN a plan file of 25 questions (5 steps of 5), each a long paragraph
        StringBuilder yaml = new StringBuilder("""
                key: annual-review
                title: Annual review
                stepNoun: Part
                command: /session start plan:annual-review
                intro: Our year, question by question.
                steps:
                """);
        for (int step = 1; step <= 5; step++) {
            yaml.append("  - key: part").append(step).append("\n    title: Part ").append(step)
                    .append("\n    guidance: Take your time.\n    questions:\n");
            for (int q = 1; q <= 5; q++) {
                int n = (step - 1) * 5 + q;
                yaml.append("      - key: q").append(n).append("\n        text: Question number ").append(n)
                        .append(" asks about ").append("the partners we met this year and what we learned. ".repeat(6))
                        .append("\n");
            }
        }
        yaml.append("finish:\n  message: Thanks.\n  nextStep: Plan the next step.\n");
        Files.writeString(folder.resolve("annual-review.yml"), yaml.toString());
        try (TestBot bot = bot()) {
            // WHEN a session follows it
            Member ana = bot.member("ana");
            ana.runs("session start", "plan", "annual-review");
            bot.app().scheduler().runDue();

            // THEN the plan's post names all 25 questions and keeps its instructions to the end, within one card
            String plan = posts(bot, thread(bot)).get(0).cards().get(0).description();
            assertThat(plan.length()).isLessThanOrEqualTo(org.partnercoach.chat.Limits.EMBED_DESCRIPTION);
            for (int n = 1; n <= 25; n++) {
                assertThat(plan).contains("\n" + n + ". Question number " + n + " asks about the partners");
            }
            assertThat(plan).contains("25 questions, one at a time", "Press **Answer**")
                    .endsWith("The facilitator moves on with **Next question** and closes with **End**.");

            // AND each question is asked in full in its own post
            assertThat(latestQuestion(bot, thread(bot)).plainText()).contains("Question number 1 asks about "
                    + "the partners we met this year and what we learned. ".repeat(6).strip());
        }
    }
}
