package org.partnercoach.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.partnercoach.curriculum.CurriculumException;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A session can follow a plan file from the curriculum folder, checked at start-up and when it starts")
class CustomPlanTest {

    @TempDir
    Path folder;

    private TestBot bot() {
        return TestBot.inMemory(c -> new AppConfig(c.discord(), c.database(),
                new AppConfig.CurriculumConfig(folder.toString()), c.console(), c.scheduler(), c.sessions()));
    }

    /** A plan file of two questions, as a coalition writes one. */
    private static final String BOARD_RETREAT = """
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
            """;

    @Test
    @DisplayName("a valid plan file runs as a session; its answers can't be kept in a personal walk, and neither its "
            + "summary nor /session answers offers to")
    void customPlan() throws IOException {
        Files.writeString(folder.resolve("board-retreat.yml"), BOARD_RETREAT);
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
        Files.writeString(folder.resolve("board-retreat.yml"), BOARD_RETREAT);
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
    @DisplayName("a plan file broken while the bot runs is refused naming the file and the key, in plain words for a "
            + "section of the wrong shape (finish: written as a line of text), where the facilitator read the "
            + "reader's Java error; it is not offered among the plans to pick; nothing is created")
    void brokenPlan() throws IOException {
        try (TestBot bot = bot()) {
            Member ana = bot.member("ana");
            // GIVEN plan files added after the start: one with no steps, one whose finish is a line of text
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
            Files.writeString(folder.resolve("board-retreat.yml"), BOARD_RETREAT.replace("""
                    finish:
                      message: Thanks.
                      nextStep: Plan the next step.
                    """, "finish: >-\n  Thanks all.\n"));

            assertThat(ana.runs("session start", "plan", "broken").text()).contains("couldn't use the plan `broken`")
                    .contains("broken.yml").contains("steps");
            assertThat(ana.runs("session start", "plan", "board-retreat").text()).isEqualTo("I couldn't use the "
                    + "plan `board-retreat`: " + folder.resolve("board-retreat.yml") + ": finish: expected "
                    + "`message:` and `nextStep:` under it, found a line of text. Ask a coordinator to check the "
                    + "file, or pick `ask-yourself` or `tip-1` to `tip-5`.");
            assertThat(ana.runs("session list").text()).contains("No group sessions are open");

            // AND a plan the bot doesn't have lists neither of them among the plans to pick
            String refused = ana.runs("session start", "plan", "nope").text();
            assertThat(refused).startsWith("I don't have a plan called `nope`.").contains("`ask-yourself`")
                    .doesNotContain("board-retreat", "broken");

            // AND once the file is right again, it is offered and runs
            Files.writeString(folder.resolve("board-retreat.yml"), BOARD_RETREAT);
            assertThat(ana.runs("session start", "plan", "nope").text()).contains("`board-retreat`");
            assertThat(ana.runs("session start", "plan", "board-retreat").text()).contains("**Board retreat**");
        }
    }

    @Test
    @DisplayName("a broken plan file in the folder stops the start naming the file and the key, as the rest of the "
            + "content does, where the bot started and offered it")
    void brokenPlanStopsTheStart() throws IOException {
        Files.writeString(folder.resolve("board-retreat.yml"), "key: board-retreat\n");
        assertThatThrownBy(this::bot).isInstanceOf(CurriculumException.class)
                .hasMessage(folder.resolve("board-retreat.yml") + ": title is missing");
    }

    @Test
    @DisplayName("a plan file whose title fits a title alone but not a session's posts, which add words to it, stops "
            + "the start naming the file, the key and by how much, where the summary's title was cut")
    void planTitleTooLongForItsPosts() throws IOException {
        String title = "Board retreat " + "and planning day ".repeat(14);
        Files.writeString(folder.resolve("board-retreat.yml"), BOARD_RETREAT.replace("title: Board retreat",
                "title: " + title.strip()));
        assertThatThrownBy(this::bot).isInstanceOf(CurriculumException.class)
                .hasMessage(folder.resolve("board-retreat.yml") + ": title is too long for a session's summary "
                        + "(plan:board-retreat): it would have 273 characters, and Discord takes 256 in a card's "
                        + "title; shorten it by 17 characters");
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
