package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("The end of a walk and /coach answers: every question, answered or skipped, with a way back")
class WalkEndAndAnswersTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a walk with skips ends with each question and its answer, the skipped ones listed, no false praise")
    void endWithSkips() {
        ana.runs("reflect");
        ana.presses("Answer");
        ana.submits("answer", "Their mandate and history");
        ana.presses("Skip");
        ana.presses("Answer");
        ana.submits("answer", "Each partner knows their part");
        Reply end = ana.presses("Skip");

        Card card = end.cards().get(0);
        assertThat(card.title()).isEqualTo("✓ Ask Yourself");
        assertThat(card.description())
                .contains("You reached the end with 2 of 4 questions answered. 2 are still open")
                .doesNotContain("You've reflected on all four");
        assertThat(end.plainText()).contains("1. What do you need to know about the people")
                .contains("> Their mandate and history")
                .contains("*2. What partnerships already exist in your community?").contains("(skipped)")
                .contains("> Each partner knows their part")
                .contains("2 of 4 questions answered · 2 skipped");
        assertThat(end.buttons()).extracting(Button::label)
                .containsExactly("Answer 2", "Answer 4", "See or edit my answers", "Start over");

        // the way back: answer a skipped question from the end, and the end updates
        Reply form = ana.presses("Answer 4");
        assertThat(form.form().title()).startsWith("Question 4 of 4 · Who is missing");
        Reply after = ana.submits("answer", "A youth worker");
        assertThat(after.text()).contains("Saved your answer to “What kinds of experts");
        assertThat(after.plainText()).contains("3 of 4 questions answered").contains("> A youth worker")
                .contains("1 is still open");
        assertThat(ana.runs("coach progress").plainText())
                .contains("Reached the end; 1 question is still open (answer it from `/coach answers`)");
        ana.runs("reflect");
        assertThat(after.buttons()).extracting(Button::label).contains("Answer 2").doesNotContain("Answer 4");

        ana.presses("Answer 2");
        Reply done = ana.submits("answer", "The school wellness council");
        assertThat(done.plainText()).contains("You've reflected on all four Ask Yourself questions")
                .contains("4 of 4 questions answered").doesNotContain("(skipped)");
    }

    @Test
    @DisplayName("/coach answers numbers an answer as the walk numbered its question: one to \"Question 6 of 17\" is 6, "
            + "and with two walks on the page its buttons name the walk")
    void answersKeepTheWalksQuestionNumbers() {
        // GIVEN ana opened the 5 tips at tip 2 and answered "Question 6 of 17", then the first Ask Yourself question
        ana.runs("coach tip", CoachingFeature.OPTION_NUMBER, "2");
        assertThat(ana.presses("Answer these questions").plainText()).contains("Question 6 of 17");
        ana.presses("Answer");
        ana.submits("answer", "My neighbour at the clinic");
        ana.runs("reflect");
        ana.presses("Answer");
        ana.submits("answer", "Their mandate and history");

        // WHEN she lists her answers
        Reply list = ana.runs("coach answers");

        // THEN the tip's answer is 6, as the walk showed it, and the Ask Yourself one is 1; each button says which;
        // the 5 tips' questions before tip 2, passed over, are listed as not answered yet, each with its Answer
        String body = list.cards().get(0).description();
        assertThat(body).contains("6. *").contains("1. *What do you need to know").contains("*(not answered yet)*")
                .doesNotContain("7. *");
        assertThat(list.buttons()).extracting(Button::label).containsExactly(
                "Answer 1 · 5 tips", "Answer 2 · 5 tips", "Answer 3 · 5 tips", "Answer 4 · 5 tips",
                "Answer 5 · 5 tips", "Edit 6 · 5 tips", "Share 6 · 5 tips",
                "Edit 1 · Ask Yourself", "Share 1 · Ask Yourself");
        Reply form = ana.presses("Edit 6 · 5 tips");
        assertThat(form.form().title()).startsWith("Tip 2 of 5");
        assertThat(form.form().inputs().get(0).value()).isEqualTo("My neighbour at the clinic");
    }

    @Test
    @DisplayName("skipping everything earns no congratulations")
    void allSkipped() {
        ana.runs("coach start");
        Reply end = ana.lastMessage();
        for (int i = 0; i < 17; i++) {
            end = ana.presses("Skip");
        }
        assertThat(end.cards().get(0).description()).contains("every question was skipped")
                .doesNotContain("That's a real plan").doesNotContain("You've worked through");
        assertThat(end.plainText()).contains("0 of 17 questions answered · 17 skipped");
        // buttons back to the first 15 open questions, and the walk's own two
        assertThat(end.buttons()).hasSize(17).extracting(Button::label).contains("Answer 1", "Answer 15")
                .doesNotContain("Answer 16");
        assertThat(end.plainText().length()).isLessThan(6000);
        assertThat(ana.runs("coach progress").plainText())
                .contains("Reached the end; 17 questions are still open").doesNotContain("Finished");
    }

    @Test
    @DisplayName("questions are counted one way everywhere: card, question, form, progress, end")
    void oneWayOfCounting() {
        Reply first = ana.runs("reflect");
        assertThat(first.cards().get(0).title()).isEqualTo("Question 1 of 4 · Before you approach them");
        assertThat(first.cards().get(0).description()).contains("**Question 1 of 4:**");
        ana.presses("Answer");
        Reply third = ana.submits("answer", "Mandate");
        ana.presses("Skip");
        third = ana.lastMessage();
        assertThat(third.cards().get(0).title()).startsWith("Question 3 of 4");
        assertThat(third.cards().get(0).description()).contains("**Question 3 of 4:**")
                .doesNotContain("of 1:").doesNotContain("of 2:");
        assertThat(third.cards().get(0).footer()).contains("1 of 4 questions answered");
        assertThat(ana.presses("Answer").form().title()).startsWith("Question 3 of 4");
        assertThat(ana.runs("coach progress").plainText()).contains("Question 3 of 4")
                .contains("1 of 4 questions answered");

        Reply tips = ana.runs("coach start");
        assertThat(tips.cards().get(0).title()).startsWith("Tip 1 of 5");
        assertThat(tips.cards().get(0).description()).contains("**Question 1 of 17:**");
        assertThat(tips.cards().get(0).footer()).contains("0 of 17 questions answered");
    }

    @Test
    @DisplayName("the end of the 5 tips suggests /reflect only to a member who hasn't finished Ask Yourself")
    void fiveTipsEndSuggestsReflectOnlyWhenNotDone() {
        Member bea = bot.member("bea");
        // GIVEN ana finished Ask Yourself first, and bea didn't
        ana.runs("reflect");
        for (String answer : List.of("Their mandate", "The food council", "Start small", "Shared goals")) {
            ana.types(answer);
        }

        // WHEN both finish the 5 tips
        ana.runs("coach start");
        bea.runs("coach start");
        Reply anaEnd = null;
        Reply beaEnd = null;
        for (int i = 1; i <= 17; i++) {
            anaEnd = ana.types("tip answer " + i);
            beaEnd = bea.types("tip answer " + i);
        }

        // THEN ana is pointed on to planning for one partner, not to the questions she already answered
        assertThat(anaEnd.plainText()).contains("You've worked through all 5 tips")
                .contains("plan your approach to it with `/partner coach`").doesNotContain("/reflect");
        assertThat(ana.runs("coach start").plainText()).doesNotContain("/reflect");
        assertThat(beaEnd.plainText()).contains("You've worked through all 5 tips")
                .contains("then try `/reflect` for the four Ask Yourself questions");
    }

    @Test
    @DisplayName("/coach answers lists skipped questions too; '-' clears an answer, which then shows as skipped")
    void answersListSkippedAndClear() {
        ana.runs("reflect");
        ana.presses("Answer");
        ana.submits("answer", "Their mandate");
        ana.presses("Skip");

        Reply page = ana.runs("coach answers");
        assertThat(page.plainText()).contains("1. *What do you need to know").contains("Their mandate")
                .contains("2. *What partnerships already exist").contains("*(skipped)*");
        assertThat(page.buttons()).extracting(Button::label).containsExactly("Edit 1", "Share 1", "Answer 2");

        Reply edit = ana.presses("Edit 1");
        assertThat(edit.form().inputs().get(0).label()).isEqualTo("Your answer (a single - clears it)");
        Reply cleared = ana.submits("answer", " - ");
        assertThat(cleared.text()).contains("Cleared your answer to “What do you need to know");
        assertThat(cleared.buttons()).extracting(Button::label).containsExactly("Answer 1", "Answer 2");
        assertThat(ana.runs("coach progress").plainText()).contains("0 of 4 questions answered · 2 skipped");

        ana.runs("coach answers");
        ana.presses("Answer 2");
        Reply answered = ana.submits("answer", "The school wellness council");
        assertThat(answered.text()).contains("Updated");
        assertThat(answered.buttons()).extracting(Button::label).containsExactly("Answer 1", "Edit 2", "Share 2");
        // an empty edit is refused, changes nothing, and says what to do from here (there is no Skip here)
        ana.presses("Edit 2");
        Reply empty = ana.submits("answer", "   ");
        assertThat(empty.text()).contains("Your answer was empty, so I kept the one you had")
                .contains("type a single `-`").doesNotContain("skip");
        assertThat(empty.buttons()).extracting(Button::label).contains("Edit 2");
        assertThat(ana.runs("coach answers").plainText()).contains("The school wellness council");
        ana.presses("Answer 1");
        Reply stillOpen = ana.submits("answer", " \n ");
        assertThat(stillOpen.text()).contains("that question is still open").doesNotContain("skip");
        assertThat(stillOpen.buttons()).extracting(Button::label).contains("Answer 1");
    }

    @Test
    @DisplayName("the walk engine says what happened as a typed outcome")
    void typedOutcomes() {
        org.partnercoach.curriculum.CurriculumLoader content =
                new org.partnercoach.curriculum.CurriculumLoader(java.nio.file.Path.of("does-not-exist"));
        Walks walks = new Walks(bot.storedRows(), bot.clockView(), java.util.Map.of("ask-yourself",
                content.load("ask-yourself")), new org.partnercoach.settings.Prompts(bot.storedRows(), bot.clockView()));
        var who = ana.caller(org.partnercoach.chat.Surface.SERVER);
        WalkState started = walks.start(who, "ask-yourself", 0);
        assertThat(started.outcome()).isEqualTo(WalkOutcome.STARTED);
        long id = started.walk().id();
        assertThat(walks.answer(who, id, "know.before", "x").outcome()).isEqualTo(WalkOutcome.SAVED);
        assertThat(walks.skip(who, id, "existing.draw").outcome()).isEqualTo(WalkOutcome.SKIPPED);
        assertThat(walks.pause(who, id).outcome()).isEqualTo(WalkOutcome.PAUSED);
        assertThat(walks.resumeLatestPaused(who).orElseThrow().outcome()).isEqualTo(WalkOutcome.RESUMED);
        walks.skip(who, id, "expect.clear");
        assertThat(walks.answer(who, id, "missing.experts", "y").outcome()).isEqualTo(WalkOutcome.FINISHED);
        assertThat(List.of(WalkOutcome.SAVED, WalkOutcome.SKIPPED)).allMatch(WalkOutcome::movedOn);
    }
}
