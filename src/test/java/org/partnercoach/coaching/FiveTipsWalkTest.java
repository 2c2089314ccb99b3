package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("The 5-tips walk in a server channel")
class FiveTipsWalkTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a member walks all 5 tips with buttons and forms, and ends with a summary and a next step")
    void wholeWalk() {
        Member ana = bot.member("ana");

        Reply first = ana.runs("coach start");
        assertThat(first.ephemeral()).isTrue();
        assertThat(first.cards().get(0).title()).isEqualTo("Tip 1 of 5 · Do your research");
        assertThat(first.plainText()).contains("Who do you want to partner with?")
                .contains("more than 500").contains("Send me a direct message");
        assertThat(first.buttons()).extracting(Button::label).containsExactly("Answer", "Skip", "Back", "Pause");

        int questions = 0;
        Reply screen = first;
        while (ana.findButton("Answer").isPresent()) {
            Reply form = ana.presses("Answer");
            assertThat(form.isForm()).isTrue();
            assertThat(form.form().title()).hasSizeLessThanOrEqualTo(45).startsWith("Tip ");
            assertThat(form.form().inputs().get(0).maxLength()).isEqualTo(4000);
            questions++;
            screen = ana.submits("answer", "Answer number " + questions);
        }

        assertThat(questions).isEqualTo(17);
        assertThat(screen.cards().get(0).title()).startsWith("✓ 5 tips");
        assertThat(screen.plainText())
                .contains("Answer number 1").contains("Answer number 17")
                .contains("Next: add the organizations you want to partner with")
                .contains("17 of 17 questions answered");
        assertThat(screen.buttons()).extracting(Button::label).contains("See or edit my answers", "Start over");
    }

    @Test
    @DisplayName("each tip's questions follow its guidance, and the progress shows 'Tip 2 of 5' with a bar")
    void progress() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        for (int i = 0; i < 5; i++) {
            ana.presses("Answer");
            ana.submits("answer", "yes " + i);
        }

        Reply second = ana.lastMessage();
        assertThat(second.cards().get(0).title()).isEqualTo("Tip 2 of 5 · Get connected");
        assertThat(second.plainText()).contains("changemaker").contains("introduce");

        Reply progress = ana.runs("coach progress");
        assertThat(progress.plainText()).contains("Tip 2 of 5 · Get connected")
                .contains("▰▰▰▱▱▱▱▱▱▱ 5 of 17 questions answered")
                .contains("Ask Yourself").contains("Not started yet");
        assertThat(progress.buttons()).extracting(Button::label)
                .containsExactly("Continue: 5 tips for reaching out to new partners");
    }

    @Test
    @DisplayName("skip, back and pause move through the walk and keep every answer")
    void skipBackPause() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", "Eastside Food Bank");
        Reply skipped = ana.presses("Skip");
        assertThat(skipped.text()).isEqualTo("Skipped.");
        assertThat(skipped.update()).isTrue();
        assertThat(skipped.plainText()).contains("Question 3 of 17");

        ana.presses("Back");
        Reply backToFirst = ana.presses("Back");
        assertThat(backToFirst.plainText()).contains("Question 1 of 17").contains("Your answer so far:")
                .contains("Eastside Food Bank");
        Reply atStart = ana.presses("Back");
        assertThat(atStart.text()).contains("first question");

        Reply paused = ana.presses("Pause");
        assertThat(paused.text()).contains("Paused: **5 tips for reaching out to new partners**")
                .contains("/coach start").contains("type `resume` in a DM");
        assertThat(paused.buttons()).extracting(Button::label).containsExactly("Resume");
        Reply resumed = ana.runs("coach start");
        assertThat(resumed.text()).contains("Welcome back");
        assertThat(resumed.plainText()).contains("Question 1 of 17");

        Reply form = ana.presses("Answer");
        assertThat(form.form().inputs().get(0).value()).isEqualTo("Eastside Food Bank");

        // skipping the question she answered moves on and says her answer is kept, as it is
        ana.runs("coach start");
        Reply movedOn = ana.presses("Skip");
        assertThat(movedOn.text()).isEqualTo("Moved on; your earlier answer to that question is kept.");
        assertThat(ana.runs("coach answers").plainText()).contains("Eastside Food Bank");
    }

    @Test
    @DisplayName("/coach tip shows one tip, and its button opens that tip in the walk")
    void oneTip() {
        Member ana = bot.member("ana");
        Reply tip = ana.runs("coach tip", CoachingFeature.OPTION_NUMBER, "4");
        assertThat(tip.cards().get(0).title()).isEqualTo("Tip 4 of 5 · Make your ask fail-proof");
        assertThat(tip.plainText()).contains("does not have to become a coalition member")
                .contains("What one simple, specific step");

        Reply walk = ana.presses("Answer these questions");
        assertThat(walk.cards().get(0).title()).isEqualTo("Tip 4 of 5 · Make your ask fail-proof");

        assertThat(ana.runs("coach tip", CoachingFeature.OPTION_NUMBER, "6").text()).contains("from 1 to 5");

        // answering tip 5's questions from /coach tip does not end the walk: the questions never seen come next
        ana.runs("coach tip", CoachingFeature.OPTION_NUMBER, "5");
        Reply last = null;
        ana.presses("Answer these questions");
        for (int i = 0; i < 3; i++) {
            ana.presses("Answer");
            last = ana.submits("answer", "Tip 5 thought " + i);
        }
        assertThat(last.plainText()).contains("That was the last question; next come question 1 and the others you haven't seen",
                "Question 1 of 17").doesNotContain("You reached the end");
        assertThat(ana.runs("coach progress").plainText()).doesNotContain("Reached the end");
        assertThat(ana.runs("coach tip", CoachingFeature.OPTION_NUMBER, "two").text()).contains("from 1 to 5");
    }

    @Test
    @DisplayName("a newcomer who opens tip 3 from /coach tip finds questions 1 to 8 in /coach answers as not answered "
            + "yet, each with its Answer button; past the last question she walks the ones not seen, then the walk "
            + "ends, without walking her answered ones again")
    void tipOpenedFirstLeavesTheEarlierQuestionsToAnswer() {
        Member bea = bot.member("bea");
        bea.runs("coach tip", CoachingFeature.OPTION_NUMBER, "3");
        assertThat(bea.presses("Answer these questions").plainText()).contains("Question 9 of 17");

        // the questions before tip 3 are listed, not answered yet, each with its Answer button
        Reply page = bea.runs("coach answers");
        assertThat(page.plainText()).contains("1. *").contains("8. *").contains("*(not answered yet)*")
                .doesNotContain("9. *").doesNotContain("(skipped)");
        assertThat(page.buttons()).extracting(Button::label).contains("Answer 1", "Answer 8");
        bea.presses("Answer 1");
        assertThat(bea.submits("answer", "Eastside Food Bank").plainText()).contains("Saved your answer to")
                .contains("Question 9 of 17");

        // tips 3 to 5 answered, the walk goes on with the questions she has not seen: 2 to 8
        Reply last = null;
        for (int q = 9; q <= 17; q++) {
            bea.presses("Answer");
            last = bea.submits("answer", "Thought " + q);
        }
        assertThat(last.plainText()).contains("next come question 2 and the others you haven't seen", "Question 2 of 17");
        for (int q = 2; q <= 7; q++) {
            bea.presses("Answer");
            assertThat(bea.submits("answer", "Thought " + q).plainText()).contains("Question " + (q + 1) + " of 17");
        }
        // after question 8, every question has been seen: the walk ends, her answers to 9 to 17 are not asked again
        bea.presses("Answer");
        Reply end = bea.submits("answer", "Thought 8");
        assertThat(end.plainText()).contains("✓ 5 tips").doesNotContain("Question 9 of 17");
        assertThat(bea.runs("coach progress").plainText()).contains("Finished ✓").contains("17 of 17 questions answered");
    }

    @Test
    @DisplayName("a member who opened tip 3 and answered there, then went back past it to a question she never "
            + "reached: answering or skipping it moves on past the ones she has been through, and says where it goes")
    void backPastAnOpenedTipSaysWhereTheWalkGoesNext() {
        Member bea = bot.member("bea");
        bea.runs("coach tip", CoachingFeature.OPTION_NUMBER, "3");
        bea.presses("Answer these questions");
        bea.presses("Answer");
        bea.submits("answer", "Thought 9");
        bea.presses("Answer");
        bea.submits("answer", "Thought 10");
        bea.presses("Back");
        bea.presses("Back");
        assertThat(bea.presses("Back").plainText()).contains("Question 8 of 17");

        bea.presses("Answer");
        Reply saved = bea.submits("answer", "Thought 8");
        assertThat(saved.text()).isEqualTo("Saved: “Thought 8”. You've been through questions 9 and 10 already, so "
                + "on to question 11, the next one you haven't seen yet.");
        assertThat(saved.plainText()).contains("Question 11 of 17");

        // the same in the DM, typed or skipped
        for (int i = 0; i < 4; i++) {
            bea.presses("Back");
        }
        assertThat(bea.runs("coach start").plainText()).contains("Question 7 of 17");
        assertThat(bea.types("Thought 7").text()).isEqualTo("Saved: “Thought 7”. You've been through questions 8 to "
                + "10 already, so on to question 11, the next one you haven't seen yet.");
        bea.runs("coach start");
        for (int i = 0; i < 5; i++) {
            bea.presses("Back");
        }
        assertThat(bea.runs("coach start").plainText()).contains("Question 6 of 17");
        assertThat(bea.types("skip").text()).isEqualTo("Skipped. You've been through questions 7 to 10 already, so "
                + "on to question 11, the next one you haven't seen yet.");

        // with every question after it been through, the walk goes on from the first one not seen
        Member cal = bot.member("cal");
        cal.runs("coach tip", CoachingFeature.OPTION_NUMBER, "5");
        cal.presses("Answer these questions");
        for (int q = 15; q <= 17; q++) {
            cal.presses("Answer");
            cal.submits("answer", "Thought " + q);
        }
        cal.runs("coach tip", CoachingFeature.OPTION_NUMBER, "5");
        cal.presses("Answer these questions");
        assertThat(cal.presses("Back").plainText()).contains("Question 14 of 17");
        cal.presses("Answer");
        Reply wrapped = cal.submits("answer", "Thought 14");
        assertThat(wrapped.text()).isEqualTo("Saved: “Thought 14”. You've been through the questions after it "
                + "already, so on to question 1, the first one you haven't seen yet.");
        assertThat(wrapped.plainText()).contains("Question 1 of 17");
    }

    @Test
    @DisplayName("a newcomer who opens the walk from /coach tip gets the same start as /coach start: the "
            + "introduction and the invitation to answer in a DM, once")
    void tipStartsTheWalkLikeCoachStart() {
        Member ana = bot.member("ana");
        ana.runs("coach tip", CoachingFeature.OPTION_NUMBER, "2");

        Reply walk = ana.presses("Answer these questions");
        assertThat(walk.cards().get(0).title()).isEqualTo("Tip 2 of 5 · Get connected");
        assertThat(walk.plainText()).contains("We all have a part to play").contains("Send me a direct message")
                .contains("Question 6 of 17");
        assertThat(walk.buttons()).extracting(Button::label).containsExactly("Answer", "Skip", "Back", "Pause");

        // a member already on the walk is taken to the tip without the introduction again
        ana.runs("coach tip", CoachingFeature.OPTION_NUMBER, "3");
        Reply again = ana.presses("Answer these questions");
        assertThat(again.cards().get(0).title()).isEqualTo("Tip 3 of 5 · Cultivate relationships");
        assertThat(again.plainText()).doesNotContain("We all have a part to play")
                .doesNotContain("Send me a direct message");
    }

    @Test
    @DisplayName("/coach answers lists answers with an Edit button that opens the old text, and saves the new one")
    void editAnswers() {
        Member ana = bot.member("ana");
        assertThat(ana.runs("coach answers").text()).contains("haven't answered any questions yet");
        ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", "Eastside Food Bank");
        ana.runs("reflect");
        ana.presses("Answer");
        ana.submits("answer", "Their mandate");

        Reply list = ana.runs("coach answers");
        assertThat(list.plainText()).contains("5 tips for reaching out to new partners").contains("Ask Yourself")
                .contains("Eastside Food Bank").contains("Their mandate");
        // question 1 of each walk: the buttons say which walk
        assertThat(list.buttons()).extracting(Button::label).containsExactly(
                "Edit 1 · 5 tips", "Share 1 · 5 tips",
                "Edit 1 · Ask Yourself", "Share 1 · Ask Yourself");

        Reply form = ana.presses("Edit 1 · 5 tips");
        assertThat(form.form().inputs().get(0).value()).isEqualTo("Eastside Food Bank");
        Reply updated = ana.submits("answer", "Eastside Food Bank and the YMCA");
        assertThat(updated.text()).contains("Updated");
        assertThat(updated.plainText()).contains("Eastside Food Bank and the YMCA");
        assertThat(ana.runs("coach answers").plainText()).contains("Eastside Food Bank and the YMCA");
    }

    @Test
    @DisplayName("more than 10 answers are paged, with Next and Previous buttons")
    void answersArePaged() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        for (int i = 1; i <= 17; i++) {
            ana.presses("Answer");
            ana.submits("answer", "tip answer " + i);
        }
        ana.runs("reflect");
        for (int i = 1; i <= 4; i++) {
            ana.presses("Answer");
            ana.submits("answer", "reflection " + i);
        }

        Reply page1 = ana.runs("coach answers");
        assertThat(page1.buttons()).extracting(Button::label).contains("Edit 10", "Next ▶").doesNotContain("Edit 11");
        assertThat(page1.cards().get(0).footer()).startsWith("Page 1 of 3");
        ana.presses("Next ▶");
        Reply page3 = ana.presses("Next ▶");
        // the last page holds the Ask Yourself walk's question 4 alone
        assertThat(page3.buttons()).extracting(Button::label).containsExactly("Edit 4", "Share 4", "◀ Previous");
        assertThat(page3.plainText()).contains("reflection 4");
    }

    @Test
    @DisplayName("an answer edited from a later page of /coach answers comes back on that page, not on the first")
    void editKeepsThePage() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        for (int i = 1; i <= 17; i++) {
            ana.presses("Answer");
            ana.submits("answer", "tip answer " + i);
        }
        ana.runs("coach answers");
        ana.presses("Next ▶");

        ana.presses("Edit 15");
        Reply edited = ana.submits("answer", "A clear benefit: fewer missed clinic visits");
        assertThat(edited.text()).contains("Updated: “A clear benefit: fewer missed clinic visits”");
        assertThat(edited.cards().get(0).footer()).startsWith("Page 2 of 2");
        assertThat(edited.plainText()).contains("15. ").contains("fewer missed clinic visits");
        assertThat(edited.buttons()).extracting(Button::label).contains("Edit 15", "◀ Previous");

        // clearing it, and filling it in again, stay on that page too
        ana.presses("Edit 15");
        assertThat(ana.submits("answer", "-").cards().get(0).footer()).startsWith("Page 2 of 2");
        ana.presses("Answer 15");
        assertThat(ana.submits("answer", "Fewer missed visits").cards().get(0).footer()).startsWith("Page 2 of 2");
    }

    @Test
    @DisplayName("/reflect walks the four Ask Yourself questions")
    void reflect() {
        Member ana = bot.member("ana");
        Reply first = ana.runs("reflect");
        assertThat(first.cards().get(0).title()).isEqualTo("Question 1 of 4 · Before you approach them");
        assertThat(first.plainText()).contains("mandate");
        List<String> titles = new java.util.ArrayList<>();
        while (ana.findButton("Skip").isPresent()) {
            titles.add(ana.lastMessage().cards().get(0).title());
            ana.presses("Skip");
        }
        assertThat(titles).anyMatch(t -> t.contains("Who is missing at the table?"));
        // skipping everything earns no praise: the end says so, and offers a way back to each question
        assertThat(ana.lastMessage().plainText()).contains("every question was skipped").contains("(skipped)")
                .doesNotContain("You've reflected on all four");
        assertThat(ana.lastMessage().buttons()).extracting(Button::label)
                .contains("Answer 1", "Answer 2", "Answer 3", "Answer 4");
    }

    @Test
    @DisplayName("the question after 'what roles do you play' says what to pick: an organization, not a role")
    void thirdQuestionSaysWhatToPick() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", "Eastside Food Bank, Lincoln High School");
        ana.presses("Answer");
        Reply third = ana.submits("answer", "School nurse, PTA member");

        assertThat(third.plainText()).contains("**Question 3 of 17:** Pick one of the organizations you would like "
                + "to reach out to. What did their website").doesNotContain("Pick one of them");
    }

    @Test
    @DisplayName("the end of Ask Yourself sends the member to the command that plans the 5 tips for one "
            + "organization, and that command does")
    void askYourselfEndsWithTheRightNextStep() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        Reply end = null;
        for (String answer : List.of("Their mandate", "The school wellness council", "One event each",
                "A pharmacist")) {
            ana.presses("Answer");
            end = ana.submits("answer", answer);
        }
        assertThat(end.plainText()).contains("You've reflected on all four Ask Yourself questions")
                .contains("add it to the outreach list with `/partner add`").contains("then run `/partner coach`")
                .doesNotContain("walk the 5 tips for it with `/coach start`");

        // doing what it says opens the 5 tips for that one organization
        ana.runs("partner add", "name", "Lincoln Pharmacy", "sector", "health-care");
        Reply plan = ana.runs("partner coach", "partner", "Lincoln Pharmacy");
        assertThat(plan.plainText()).contains("Let's apply the 5 tips to Lincoln Pharmacy")
                .contains("Tip 1 of 5 · Do your research — Lincoln Pharmacy");
    }

    @Test
    @DisplayName("organizations named one per line, as the first question asks, are shown apart wherever the answer "
            + "is quoted, and kept line by line")
    void answerOnePerLineStaysApart() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.presses("Answer");
        Reply saved = ana.submits("answer", "Eastside Food Bank\nLincoln High School\n\nFirst Baptist Church\n");

        String apart = "Eastside Food Bank / Lincoln High School / First Baptist Church";
        assertThat(saved.text()).contains("Saved: “" + apart + "”").contains("I found 3 organizations");
        assertThat(ana.presses("Back").plainText()).contains("*Your answer so far:* “" + apart + "”");
        assertThat(ana.runs("coach answers").plainText()).contains("   " + apart);
        assertThat(ana.presses("Edit 1").form().inputs().get(0).value())
                .isEqualTo("Eastside Food Bank\nLincoln High School\n\nFirst Baptist Church");
    }

    @Test
    @DisplayName("Back right after the walk comes round from its last question goes to the question just answered, "
            + "with its answer; from question 2 it goes to question 1, and from question 1 round to question 17 again")
    void backAfterComingRoundGoesToTheAnswerJustGiven() {
        // GIVEN Ana opened tip 5 from /coach tip and answered its three questions: the walk came round to question 1
        Member ana = bot.member("ana");
        opensTip(ana, 5);
        Reply round = answers(ana, 15, 17);
        assertThat(round.plainText()).contains("That was the last question; next come question 1", "Question 1 of 17");

        // WHEN she presses Back there
        Reply back = ana.presses("Back");

        // THEN she is on question 17 again, with what she wrote, to fix it
        assertThat(back.text()).isEqualTo("Back to question 17, the one you were on before question 1.");
        assertThat(back.plainText()).contains("Question 17 of 17").contains("*Your answer so far:* “Thought 17”");
        // AND Back from there follows the tip's questions, as ever
        Reply sixteen = ana.presses("Back");
        assertThat(sixteen.text()).isEqualTo("Back one question.");
        assertThat(sixteen.plainText()).contains("Question 16 of 17");
        // AND answering them again comes round to question 1, as it did
        ana.presses("Answer");
        ana.submits("answer", "Thought 16, better");
        ana.presses("Answer");
        assertThat(ana.submits("answer", "Thought 17, better").plainText()).contains("Question 1 of 17");

        // WHEN she answers question 1 and goes back from question 2, then from question 1
        ana.presses("Answer");
        ana.submits("answer", "Eastside Food Bank");
        Reply toOne = ana.presses("Back");
        Reply toSeventeen = ana.presses("Back");

        // THEN question 2 leads to question 1, and question 1 round to question 17, where the walk came from
        assertThat(toOne.text()).isEqualTo("Back one question.");
        assertThat(toOne.plainText()).contains("Question 1 of 17").contains("“Eastside Food Bank”");
        assertThat(toSeventeen.text()).isEqualTo("Back to question 17, the one you were on before question 1.");
        assertThat(toSeventeen.plainText()).contains("Question 17 of 17").contains("“Thought 17, better”");
    }

    @Test
    @DisplayName("Back where the walk came round to a later question, or round past the questions she had been "
            + "through, goes to the question just answered")
    void backAfterComingRoundElsewhere() {
        // GIVEN Dee answered questions 1 to 3, then opened tip 3 and answered to the end: the walk came round to 4
        Member dee = bot.member("dee");
        dee.runs("coach start");
        answers(dee, 1, 3);
        opensTip(dee, 3);
        assertThat(answers(dee, 9, 17).plainText()).contains("next come question 4 and the others", "Question 4 of 17");
        // WHEN she presses Back THEN she is on question 17, not question 3
        assertThat(dee.presses("Back").plainText()).contains("Question 17 of 17").contains("“Thought 17”");
        // AND moving on from it without a change (Skip keeps her answer) comes round to question 4, whose Back
        // goes to question 17 again
        assertThat(dee.presses("Skip").plainText()).contains("Question 4 of 17");
        assertThat(dee.presses("Back").plainText()).contains("Question 17 of 17");

        // GIVEN Cal answered tip 5, then went back from it to question 14 and answered it: the walk passed round
        // questions 15 to 17, been through already, to question 1
        Member cal = bot.member("cal");
        opensTip(cal, 5);
        answers(cal, 15, 17);
        opensTip(cal, 5);
        cal.presses("Back");
        assertThat(answers(cal, 14, 14).text()).contains("so on to question 1, the first one you haven't seen yet");
        // WHEN she presses Back THEN she is on question 14, where she came from
        Reply back = cal.presses("Back");
        assertThat(back.text()).isEqualTo("Back to question 14, the one you were on before question 1.");
        assertThat(back.plainText()).contains("Question 14 of 17").contains("“Thought 14”");
    }

    @Test
    @DisplayName("Back after coming round goes to the question answered last, also one answered again after others "
            + "were met")
    void backAfterComingRoundGoesToTheOneAnsweredLast() {
        // GIVEN Eve answered tip 5, then tip 4 (the walk came round to question 1 each time)
        Member eve = bot.member("eve");
        opensTip(eve, 5);
        answers(eve, 15, 17);
        opensTip(eve, 4);
        assertThat(answers(eve, 12, 14).plainText()).contains("Question 1 of 17");
        // AND a minute later she changed her answers to tip 5, coming round to question 1 from question 17
        bot.advance(java.time.Duration.ofMinutes(1));
        opensTip(eve, 5);
        for (int q = 15; q <= 17; q++) {
            eve.presses("Answer");
            eve.submits("answer", "Thought " + q + ", changed");
        }
        assertThat(eve.lastMessage().plainText()).contains("Question 1 of 17");
        // WHEN she presses Back THEN she is on question 17, the one she just answered, not on question 14
        assertThat(eve.presses("Back").plainText()).contains("Question 17 of 17");
    }

    @Test
    @DisplayName("Back keeps to the content's order where the walk did not come round: question 1 or a tip opened on "
            + "its own")
    void backWithoutComingRound() {
        // GIVEN Fay answered the first question of tip 5, then opened tip 1 herself
        Member fay = bot.member("fay");
        opensTip(fay, 5);
        answers(fay, 15, 15);
        opensTip(fay, 1);
        // WHEN she presses Back on question 1 THEN there is nothing before it, as ever
        assertThat(fay.presses("Back").text()).isEqualTo("This is the first question, so there is nothing before it.");
        // AND from tip 3, opened on its own, Back is question 8
        opensTip(fay, 3);
        Reply back = fay.presses("Back");
        assertThat(back.text()).isEqualTo("Back one question.");
        assertThat(back.plainText()).contains("Question 8 of 17");
    }

    /** The member opens tip {@code number} in her walk from /coach tip. */
    private static void opensTip(Member m, int number) {
        m.runs("coach tip", CoachingFeature.OPTION_NUMBER, String.valueOf(number));
        m.presses("Answer these questions");
    }

    /** The member answers questions {@code from} to {@code to} with the Answer button ("Thought 9"); the last reply. */
    private static Reply answers(Member m, int from, int to) {
        Reply last = null;
        for (int q = from; q <= to; q++) {
            m.presses("Answer");
            last = m.submits("answer", "Thought " + q);
        }
        return last;
    }
}
