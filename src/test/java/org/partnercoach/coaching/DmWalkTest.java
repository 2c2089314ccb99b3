package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Walking by typed messages in a DM")
class DmWalkTest {

    private final TestBot bot = TestBot.inMemory();
    /** A line of the guidance of the 5 tips' first step, shown when one of its questions opens. */
    private static final String STEP_ONE_GUIDANCE = "A partnership directory can get you going";
    /** A line of the guidance of Ask Yourself's first question. */
    private static final String ASK_ONE_GUIDANCE = "Knowing an organization before you call shows respect";

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a typed line answers the current question and the bot sends the next one, with no buttons")
    void typedAnswers() {
        Member ana = bot.member("ana");
        ana.runs("coach start");

        Reply next = ana.types("Eastside Food Bank, Lincoln High");
        assertThat(next.text()).contains("Saved: “Eastside Food Bank, Lincoln High”");
        assertThat(next.plainText()).contains("Question 2 of 17");
        // no walk buttons in a DM: only the offer to add the organizations named
        assertThat(next.buttons()).extracting(b -> b.label()).containsExactly("Check and add");
        // a walk begun in the DM opens with its introduction, without the invitation to the DM it is already in
        Reply reflect = ana.types("reflect");
        assertThat(reflect.plainText()).contains("Partnering is the shift").doesNotContain("Send me a direct message");
    }

    @Test
    @DisplayName("back, skip, pause and help work as words, in any case")
    void words() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        assertThat(ana.types("SKIP").plainText()).contains("Question 3 of 17");
        assertThat(ana.types("back").plainText()).contains("Question 2 of 17");
        assertThat(ana.types("  Back ").plainText()).contains("Question 1 of 17").contains("Eastside Food Bank");
        Reply help = ana.types("help");
        assertThat(help.text()).contains("Anything you type answers the question below").contains("`pause`");
        assertThat(help.plainText()).contains("Question 1 of 17");

        Reply paused = ana.types("pause");
        assertThat(paused.text()).contains("Paused: **5 tips for reaching out to new partners**")
                .contains("Type `resume` here");
        Reply idle = ana.types("hello?");
        assertThat(idle.text()).contains("No walk is open right now").contains("is paused")
                .contains("`resume`: pick up **5 tips for reaching out to new partners**").contains("`start`");
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("hello?");

        Reply resumed = ana.types("start");
        assertThat(resumed.text()).contains("Welcome back");
        assertThat(resumed.plainText()).contains("Question 1 of 17");
    }

    @Test
    @DisplayName("start or reflect typed while that walk is the one in view says which question she is on and shows "
            + "it again, without the step's guidance again")
    void startTypedOnTheWalkInView() {
        // GIVEN Ana is on the 5 tips' question 2 in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        // WHEN she types start again
        Reply again = ana.types("start");
        // THEN the reply is short: where she is, and the question again
        assertThat(again.text()).startsWith("You're on question 2 of 17").doesNotContain("Picking up");
        assertThat(again.plainText()).contains("Question 2 of 17").doesNotContain(STEP_ONE_GUIDANCE);

        // AND the same for reflect on Ask Yourself in view
        ana.types("reflect");
        ana.types("Their mandate");
        Reply reflect = ana.types("reflect");
        assertThat(reflect.text()).startsWith("You're on question 2 of 4");
        assertThat(reflect.plainText()).contains("Question 2 of 4");
        // AND the 5 tips, no longer in view, are picked up as before
        assertThat(ana.types("start").text()).contains("Picking up where you left off");
    }

    @Test
    @DisplayName("a member who never used the bot in a server is told where to begin")
    void noServerYet() {
        Member stranger = bot.member("stranger");
        Reply reply = stranger.types("hi");
        assertThat(reply.text()).contains("run `/coach start` once in your coalition's server");
    }

    @Test
    @DisplayName("typing 'reflect' starts Ask Yourself; DM answers go to the walk touched last")
    void reflectInDm() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        Reply reflect = ana.types("reflect");
        assertThat(reflect.plainText()).contains("Question 1 of 4 · Before you approach them");
        ana.types("Their mandate and history");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 4 questions answered");
    }

    @Test
    @DisplayName("a second walk begun mid-walk says, under its first question, that the first waits where it stands "
            + "and the word that goes back to it; that word does, and says the same of the other")
    void secondWalkMidWalkSaysTheFirstWaits() {
        // GIVEN Ana answered the first question of the 5 tips in the DM
        Member ana = bot.member("ana");
        ana.runs("coach progress");
        ana.types("start");
        ana.types("Eastside Food Bank");

        // WHEN she types reflect
        Reply reflect = ana.types("reflect");

        // THEN Ask Yourself opens, and a note under it says the 5 tips wait at question 2, and how to go back
        assertThat(reflect.plainText()).contains("Question 1 of 4").endsWith("Your **5 tips for reaching out to new "
                + "partners** waits at question 2 of 17, with your answers saved: type `start` to go back to it.");
        // AND her next line answers Ask Yourself
        ana.types("Their mandate and history");
        // WHEN she types start
        Reply back = ana.types("start");
        // THEN the 5 tips are where she left them, with the same note for Ask Yourself
        assertThat(back.plainText()).contains("Question 2 of 17").endsWith("Your **Ask Yourself** waits at question 2 "
                + "of 4, with your answers saved: type `reflect` to go back to it.");
        // AND start typed again, for the walk in view, changes nothing and says nothing of the other
        assertThat(ana.types("start").plainText()).contains("You're on question 2 of 17").doesNotContain("waits at");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered")
                .contains("1 of 4 questions answered");
    }

    @Test
    @DisplayName("a walk begun while two others are open names both under its first question, each with where it "
            + "waits and how to go back to it")
    void thirdWalkNamesBothOthers() {
        // GIVEN Ana has a plan for Eastside Food Bank open from the server, and the 5 tips open in the DM
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner coach", "partner", "Eastside Food Bank");
        ana.types("start");
        ana.types("Lincoln High");

        // WHEN she types reflect
        Reply reflect = ana.types("reflect");

        // THEN Ask Yourself opens, and the note under it names both walks that wait, the one used last first
        assertThat(reflect.plainText()).contains("Question 1 of 4").endsWith("Two other walks wait, with your answers "
                + "saved:\n• **5 tips for reaching out to new partners** at question 2 of 17: type `start` to go back "
                + "to it\n• **Plan for one partner — Eastside Food Bank** at question 1 of 11: run "
                + "`/partner coach partner:\"Eastside Food Bank\"` in the server to go back to it");

        // AND with three others open, two are named (the clock stands still here: the one begun last first), and
        // progress lists the rest
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("partner coach", "partner", "Lincoln High");
        ana.types("start");
        assertThat(ana.types("reflect").plainText()).contains("Picking up where you left off")
                .endsWith("3 other walks wait, with your answers saved:\n• **Plan for one partner — Lincoln High** "
                        + "at question 1 of 11: run `/partner coach partner:\"Lincoln High\"` in the server to go back "
                        + "to it\n• **5 tips for reaching out to new partners** at question 2 of 17: type `start` to go "
                        + "back to it\n• …and 1 more: type `progress` to see them all");
    }

    @Test
    @DisplayName("instructions and the introduction come once; answers after that get a short reply")
    void shortAfterTheFirstTime() {
        Member ana = bot.member("ana");
        ana.runs("coach progress");
        Reply opened = ana.types("start");
        // at the first question there is nothing to go back to, so `back` is not named yet
        assertThat(opened.text()).contains("Type your answer, or `skip`, `pause` or `help`.").doesNotContain("`back`");
        assertThat(opened.plainText()).contains("We all have a part to play");

        Reply second = ana.types("Eastside Food Bank");
        Reply third = ana.types("I coach the Saturday walking club");
        for (Reply r : java.util.List.of(second, third)) {
            assertThat(r.text()).doesNotContain("Type your answer");
            assertThat(r.plainText()).doesNotContain("We all have a part to play");
        }
        // the first tip's guidance came once, with the question after the first answer
        assertThat(second.plainText()).contains(STEP_ONE_GUIDANCE);
        assertThat(third.plainText()).doesNotContain(STEP_ONE_GUIDANCE);
        // help shows the words again, but not the introduction
        Reply help = ana.types("help");
        assertThat(help.text()).contains("`back`").doesNotContain("`resume`");
        assertThat(help.plainText()).doesNotContain("We all have a part to play");
        // coming back later says how to answer again, still without the introduction
        ana.types("pause");
        Reply back = ana.types("resume");
        assertThat(back.text()).contains("Welcome back").contains("Type your answer");
        assertThat(back.plainText()).doesNotContain("We all have a part to play").contains("Question 3 of 17");
    }

    @Test
    @DisplayName("Ask Yourself begun in a DM opens short, as the 5 tips do: what it is, the first question and how to "
            + "answer, skip or pause; the question's guidance comes with help, and in the server as before")
    void askYourselfOpensShortInTheDm() {
        // GIVEN Ana, who has used the bot in the server, types reflect in the DM
        Member ana = bot.member("ana");
        ana.runs("coach progress");
        Reply opened = ana.types("reflect");
        // THEN the first DM says what this is, asks the first question, and says how to answer, skip or pause
        assertThat(opened.plainText()).contains("Partnering is the shift from networking")
                .contains("These four questions help you reflect before you reach out")
                .contains("**Question 1 of 4:** What do you need to know about the people, agencies or groups")
                .doesNotContain(ASK_ONE_GUIDANCE);
        assertThat(opened.text()).contains("Type your answer").contains("`skip`").contains("`pause`");
        // AND it is short enough to read on a phone, no longer than the 5 tips' first DM
        assertThat(opened.plainText().length()).isLessThan(850);
        // AND said once: how to skip or pause is not repeated in the introduction
        assertThat(opened.plainText()).doesNotContain("pause at any time");
        // AND help, typed at the first question, shows the guidance with it
        assertThat(ana.types("help").plainText()).contains(ASK_ONE_GUIDANCE).contains("Question 1 of 4");
        // AND the next question comes with its own guidance, as before
        assertThat(ana.types("Their mandate").plainText()).contains("Question 2 of 4")
                .contains("You rarely start from zero.");
        // AND begun in the server, the first message still holds the guidance, over the buttons
        Member bea = bot.member("bea");
        assertThat(bea.runs("reflect").plainText()).contains(ASK_ONE_GUIDANCE).contains("Question 1 of 4");
    }

    @Test
    @DisplayName("the 5 tips begun in a DM open short, with the introduction and the first question; the first tip's "
            + "guidance comes with the second question, or with help before that")
    void fiveTipsOpenShortInTheDm() {
        // GIVEN Ana, who has used the bot in the server, types start in the DM
        Member ana = bot.member("ana");
        ana.runs("coach progress");
        Reply opened = ana.types("start");
        // THEN the first DM holds the introduction and the first question, without the first tip's guidance
        assertThat(opened.plainText()).contains("We all have a part to play")
                .contains("Question 1 of 17").doesNotContain(STEP_ONE_GUIDANCE);
        assertThat(opened.plainText().length()).isLessThan(850);
        // AND how to skip or pause is said once, by the line under the question, not again in the introduction
        assertThat(opened.text()).contains("`skip`").contains("`pause`");
        assertThat(opened.plainText()).doesNotContain("pause at any time");
        // AND skipping the first question brings the guidance with the second
        assertThat(ana.types("skip").plainText()).contains(STEP_ONE_GUIDANCE).contains("Question 2 of 17");
        // AND help, typed at the first question, shows it at once
        Member cy = bot.member("cy");
        cy.runs("coach progress");
        cy.types("start");
        assertThat(cy.types("help").plainText()).contains(STEP_ONE_GUIDANCE).contains("Question 1 of 17");
        // AND then comes once only: the next question is short
        assertThat(cy.types("Eastside Food Bank").plainText()).contains("Question 2 of 17")
                .doesNotContain(STEP_ONE_GUIDANCE);
        // AND a walk paused at its first question, resumed with the guidance, does not show it again with the next
        Member dee = bot.member("dee");
        dee.runs("coach progress");
        dee.types("start");
        dee.types("pause");
        assertThat(dee.types("resume").plainText()).contains(STEP_ONE_GUIDANCE);
        assertThat(dee.types("Eastside Food Bank").plainText()).contains("Question 2 of 17")
                .doesNotContain(STEP_ONE_GUIDANCE);

        // GIVEN Bea began the 5 tips in the server, whose first message had the guidance
        Member bea = bot.member("bea");
        assertThat(bea.runs("coach start").plainText()).contains(STEP_ONE_GUIDANCE);
        // WHEN she answers the first question in the DM
        Reply second = bea.types("Eastside Food Bank");
        // THEN the second question comes short, without the guidance again
        assertThat(second.plainText()).contains("Question 2 of 17").doesNotContain(STEP_ONE_GUIDANCE);
    }

    @Test
    @DisplayName("'edit', 'answers' or 'change my answer' typed in a DM shows her answers with their Edit buttons, and "
            + "is not kept as an answer; the help names the word")
    void editShowsTheAnswers() {
        // GIVEN Ana answered the 5 tips' first question in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String said : java.util.List.of("edit", "Answers", "change my answer")) {
            // WHEN she types a word for changing an answer
            Reply page = ana.types(said);
            // THEN her answers come, each with its Edit button, and the line is not kept
            assertThat(page.plainText()).as(said).contains("Your answers").contains("Eastside Food Bank");
            assertThat(page.buttons()).as(said).extracting(b -> b.label()).contains("Edit 1");
        }
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered");
        assertThat(ana.types("help").text()).contains("`answers`: see or change what you wrote");
    }

    @Test
    @DisplayName("'edit 1', 'edit question 2' or 'change answer #1' typed in a DM, as the Edit buttons name answers, "
            + "shows her answers with those buttons: not kept as an answer, nor offered as an organization to add")
    void editWithANumberShowsTheAnswers() {
        // GIVEN Ana answered the 5 tips' first two questions in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("I coach a soccer team");

        for (String said : java.util.List.of("edit 1", "Edit question 2", "change answer #1", "edit answer 2.")) {
            // WHEN she asks to change an answer by its number
            Reply page = ana.types(said);
            // THEN her answers come, each with its Edit button, and nothing is kept
            assertThat(page.plainText()).as(said).contains("Your answers").contains("Eastside Food Bank")
                    .doesNotContain("Saved").doesNotContain("Check and add");
            assertThat(page.buttons()).as(said).extracting(b -> b.label()).contains("Edit 1", "Edit 2");
        }
        assertThat(ana.runs("coach progress").plainText()).contains("2 of 17 questions answered");
        // AND a line that only begins so is an answer
        assertThat(ana.types("edit 2 flyers for the fair").text()).startsWith("Saved");
    }

    @Test
    @DisplayName("'skip 2' or 'go back 3' is not kept as an answer: the reply says each word moves one question")
    void aStepWordWithANumberIsNotAnAnswer() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        Reply skip = ana.types("skip 2");
        assertThat(skip.text()).startsWith("“skip 2” isn't a word I take, so I didn't keep it as an answer. Type "
                + "`skip` once for each question you want to move past.").doesNotContain("Saved");
        assertThat(skip.plainText()).contains("Question 2 of 17");
        assertThat(ana.types("go back 3").text()).contains("Type `back` once for each question to go back");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered")
                .doesNotContain("skipped");
        // AND a line that goes on is an answer
        assertThat(ana.types("next 6 months we meet the mayor").text()).startsWith("Saved");
    }

    @Test
    @DisplayName("'answers' typed in the DM mid-walk says under the page where the walk waits and that her next line "
            + "answers it; before any answer, it names the words that begin a walk there, not server commands")
    void answersInTheDmSayWhatComesNext() {
        // GIVEN Ana, who has used the server, has answered nothing yet
        Member ana = bot.member("ana");
        ana.runs("coach progress");

        // WHEN she types answers in the DM
        assertThat(ana.types("answers").text()).isEqualTo("You haven't answered any questions yet. Type `start` to "
                + "begin with the 5 tips, or `reflect` for the Ask Yourself questions.");
        assertThat(ana.runs("coach answers").text()).contains("Run `/coach start` to begin");

        // AND mid-walk, the page of her answers says where the walk waits
        ana.types("start");
        ana.types("Eastside Food Bank");
        Reply page = ana.types("answers");
        assertThat(page.plainText()).contains("Eastside Food Bank");
        assertThat(page.text()).isEqualTo("Your **5 tips for reaching out to new partners** waits at question 2 of 17: "
                + "type your answer here whenever you're ready (`resume` shows the question again).");
        // AND the next line answers that question
        assertThat(ana.types("I coach the Saturday walking club").plainText()).contains("Question 3 of 17");
    }

    @Test
    @DisplayName("pause and resume work the same for the 5 tips, Ask Yourself and a partner's plan")
    void pauseAndResumeEveryKind() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");

        // Ask Yourself
        ana.types("reflect");
        ana.types("Their mandate");
        Reply paused = ana.types("pause");
        assertThat(paused.text()).contains("Paused: **Ask Yourself**, at question 2 of 4")
                .contains("Type `resume` here").contains("`/reflect`");
        assertThat(ana.types("help").text()).contains("**Ask Yourself** is paused").contains("`resume`");
        Reply resumed = ana.types("resume");
        assertThat(resumed.text()).contains("Welcome back");
        assertThat(resumed.plainText()).contains("Question 2 of 4 · Partnerships already here");

        // a partner's plan, paused from the server: its first card says how to skip, go back or pause by its
        // buttons, and the introduction does not say it again
        Reply planOpened = ana.runs("partner coach", "partner", "Eastside Food Bank");
        assertThat(planOpened.plainText()).contains("Let's apply the 5 tips to Eastside Food Bank")
                .doesNotContain("pause at any time");
        assertThat(planOpened.buttons()).extracting(b -> b.label()).contains("Skip", "Back", "Pause");
        Reply planPaused = ana.presses("Pause");
        assertThat(planPaused.text()).contains("Paused: **Plan for one partner — Eastside Food Bank**")
                .contains("`/partner coach partner:\"Eastside Food Bank\"`").contains("type `resume` in a DM");
        // 'start' keeps its meaning: the 5 tips, not the paused plan
        assertThat(ana.types("start").plainText()).contains("Tip 1 of 5 · Do your research")
                .doesNotContain("Eastside Food Bank —");
        ana.types("pause");
        // 'resume' brings back the walk paused last, whatever its kind
        Reply again = ana.types("resume");
        assertThat(again.plainText()).contains("Tip 1 of 5 · Do your research")
                .doesNotContain("Plan for one partner");
        ana.types("pause");
        // with two walks paused, the Resume button of the plan brings back the plan
        ana.reads(planPaused);
        Reply plan = ana.presses("Resume");
        assertThat(plan.plainText()).contains("Eastside Food Bank").contains("Question 1 of 11");
        assertThat(ana.types("The food bank feeds families").text()).contains("Saved");

        // the 5 tips are still paused; after them, nothing is: resume says so and shows the walk on
        assertThat(ana.types("resume").plainText()).contains("Tip 1 of 5");
        Reply nothing = ana.types("resume");
        assertThat(nothing.text()).contains("Nothing is paused");
    }

    @Test
    @DisplayName("a slash command typed in the DM is not saved as an answer: the walk's own run, the others are sent "
            + "to the server, and the question stays where it was")
    void slashCommandsTypedInTheDm() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        // commands exist in the server only: in the DM Discord sends what she typed as a line of text
        Reply partner = ana.types("/partner add name:\"Westside Clinic\" sector:health-care");
        assertThat(partner.text()).contains("Slash commands such as `/partner add` work in your coalition's server")
                .contains("didn't take that as an answer").contains("Type your answer");
        assertThat(partner.plainText()).contains("Question 2 of 17").contains("1 of 17 questions answered");
        Reply progress = ana.types("/coach progress");
        assertThat(progress.plainText()).contains("Your coaching so far").contains("1 of 17 questions answered");
        assertThat(ana.types("/help").text()).contains("Anything you type answers the question below");
        assertThat(ana.types("/reflect").plainText()).contains("Question 1 of 4 · Before you approach them");
        // a DM word typed with a slash before it means the word
        assertThat(ana.types("/skip").plainText()).contains("Question 2 of 4");
        assertThat(ana.types("/back").plainText()).contains("Question 1 of 4");
        // the pause's note put the DM on the 5 tips: asked for again, they come short
        ana.types("pause");
        Reply tips = ana.types("/coach start");
        assertThat(tips.text()).contains("You're on question 2 of 17");
        assertThat(tips.plainText()).contains("Question 2 of 17");

        // a line that only begins with a slash is an answer like any other
        assertThat(ana.types("/r/volunteering, the school board").text())
                .contains("Saved: “/r/volunteering, the school board”");
        String answers = ana.runs("coach answers").plainText();
        assertThat(answers).contains("/r/volunteering").doesNotContain("/partner add").doesNotContain("/coach")
                .doesNotContain("/reflect").doesNotContain("/help");
        assertThat(ana.runs("partner list").plainText()).doesNotContain("Westside Clinic");

        // with no walk open, the reply says where the command works and what can be typed here
        ana.types("pause");
        Reply idle = ana.types("/partner list");
        assertThat(idle.text()).contains("`/partner list` work in your coalition's server").contains("`resume`")
                .contains("`start`");
    }

    @Test
    @DisplayName("every word that leaves the walk means the same with a slash before it: /quit, /exit and /cancel pause "
            + "it as /pause and /stop do, instead of being sent to the server, which has no such command")
    void wordsToLeaveWithASlash() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String leave : java.util.List.of("/quit", "/exit", "/cancel", "/stop", "/pause")) {
            Reply paused = ana.types(leave);
            assertThat(paused.text()).as(leave).contains("Paused: **5 tips for reaching out to new partners**")
                    .contains("Type `resume` here").doesNotContain("work in your coalition's server");
            assertThat(ana.types("resume").plainText()).as(leave).contains("Question 2 of 17");
        }
        assertThat(ana.runs("coach answers").plainText()).contains("Eastside Food Bank").doesNotContain("quit")
                .doesNotContain("exit").doesNotContain("cancel");
    }

    @Test
    @DisplayName("coming back days later, a greeting or a thank-you is not taken as the answer: the question comes "
            + "back with its guidance")
    void greetingAfterDaysAway() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("I run the Saturday walking club");
        bot.advance(java.time.Duration.ofDays(4));

        Reply hello = ana.types("Hi!");
        assertThat(hello.text()).contains("Hello! Here's where you left off.").doesNotContain("Saved")
                .contains("Type your answer, or `back`, `skip`, `pause` or `help`.");
        assertThat(hello.plainText()).contains("Question 3 of 17")
                .contains("A partnership directory can get you going").contains("2 of 17 questions answered");
        assertThat(ana.types("thank you 🙏").text()).contains("You're welcome!").doesNotContain("Saved");

        Reply answered = ana.types("They want families to eat well all year");
        assertThat(answered.text()).contains("Saved: “They want families to eat well all year”");
        assertThat(answered.plainText()).contains("Question 4 of 17");
        // a word to leave the walk pauses it, as 'pause' and 'stop' do
        assertThat(ana.types("quit").text()).contains("Paused: **5 tips for reaching out to new partners**");
        assertThat(ana.runs("coach answers").plainText()).contains("They want families to eat well all year")
                .doesNotContain("Hi!").doesNotContain("thank you").doesNotContain("quit");
    }

    @Test
    @DisplayName("chit-chat typed in the middle of a walk (hello, done, thanks, ok, bye) gets a short reply: what the "
            + "bot took it as and what to type next, over the question alone, without the tip's guidance again; a "
            + "one-word answer is still an answer")
    void chitChatMidWalkIsShort() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        bot.advance(java.time.Duration.ofMinutes(20));

        java.util.Map<String, String> said = new java.util.LinkedHashMap<>();
        said.put("hello", "Hello! I took that as a greeting, not as an answer. Type your answer to the question below, "
                + "or `skip`, `back` or `pause`.");
        said.put("Thanks!", "You're welcome! I took that as a thank-you, not as an answer. Type your answer to the "
                + "question below, or `skip`, `back` or `pause`.");
        said.put("ok", "Great! I took that as an “ok”, not as an answer. Type your answer to the question below, or "
                + "`skip`, `back` or `pause`.");
        said.put("done", "Got it! I took that as the end of your last answer, not as an answer to the question below. "
                + "Each message answers one question: if you sent one answer in several messages, type `back` to "
                + "check the questions before this one.");
        said.put("bye", "Bye for now! I took that as a goodbye, not as an answer. Your walk waits at the question "
                + "below: answer it whenever you're back, or type `pause` to set it aside.");
        said.put("ok thanks, bye!", "Bye for now! I took that as a goodbye, not as an answer. Your walk waits at the "
                + "question below: answer it whenever you're back, or type `pause` to set it aside.");
        said.put("Good night", "Bye for now! I took that as a goodbye, not as an answer. Your walk waits at the "
                + "question below: answer it whenever you're back, or type `pause` to set it aside.");
        for (var line : said.entrySet()) {
            Reply reply = ana.types(line.getKey());
            assertThat(reply.text()).as(line.getKey()).isEqualTo(line.getValue());
            assertThat(reply.plainText()).as(line.getKey()).contains("Question 2 of 17")
                    .contains("What roles do you play in your community?").contains("1 of 17 questions answered")
                    .doesNotContain(STEP_ONE_GUIDANCE).doesNotContain("Saved");
        }

        // a long line of such words is text: too long to keep, or kept as an answer
        assertThat(ana.types("ok thanks ".repeat(1_000) + "bye").text())
                .startsWith("That's a lot to share! Your message is 10,003 characters, and one answer holds up to "
                        + "4,000, so I didn't save it.");
        assertThat(ana.types("ok thanks ".repeat(300) + "bye").text()).startsWith("Saved: “ok thanks ok thanks");
        ana.types("back");

        // a one-word answer is an answer (here over the long one, which the reply names)
        assertThat(ana.types("Rotary").text()).startsWith("Saved: “Rotary”, in place of “ok thanks ok thanks");
        assertThat(ana.types("yes").text()).isEqualTo("Saved: “yes”");
        assertThat(ana.runs("coach answers").plainText()).contains("Rotary").doesNotContain("hello")
                .doesNotContain("bye").doesNotContain("Good night").doesNotContain("Thanks!");
    }

    @Test
    @DisplayName("'ok' after the introduction is not taken as the answer to the first question: it comes back, "
            + "with nothing saved")
    void okAfterTheIntroduction() {
        Member ana = bot.member("ana");
        ana.runs("coach start");

        for (String ok : java.util.List.of("ok", "Okay!", "got it 👍")) {
            Reply reply = ana.types(ok);
            assertThat(reply.text()).as(ok).startsWith("Great! I took that as an “ok”, not as an answer.")
                    .doesNotContain("Saved");
            assertThat(reply.plainText()).as(ok).contains("Question 1 of 17").contains("0 of 17 questions answered");
        }
        assertThat(ana.types("Eastside Food Bank").text()).contains("Saved: “Eastside Food Bank”");
        assertThat(ana.runs("coach answers").plainText()).contains("Eastside Food Bank").doesNotContain("ok")
                .doesNotContain("Okay").doesNotContain("got it");
    }

    @Test
    @DisplayName("'done' after an answer sent as several messages is not kept as the next answer: the walk stays at "
            + "its question, and the reply says how to check the ones before")
    void doneAfterAnAnswerInSeveralMessages() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        ana.types("Their mandate,");
        ana.types("and their history with the health department");

        Reply done = ana.types("Done.");
        assertThat(done.text()).contains("Each message answers one question")
                .contains("type `back` to check the questions before this one").doesNotContain("Saved");
        assertThat(done.plainText()).contains("Question 3 of 4").contains("2 of 4 questions answered");
        assertThat(ana.types("I'm done").plainText()).contains("Question 3 of 4").contains("2 of 4 questions answered");
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("Done").doesNotContain("I'm done");

        // paused, 'done' is not an answer left unkept either: the usual words come back
        ana.types("pause");
        assertThat(ana.types("done").text()).contains("No walk is open right now").doesNotContain("didn't keep");
    }

    @Test
    @DisplayName("a word with a stop or an emoji after it ('Skip.', 'next!', 'Back?', 'Pause.', 'skip <:ok:123>' with "
            + "the server's own) is the word, not an answer")
    void wordsWithAStop() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        assertThat(ana.types("Skip.").text()).contains("Skipped.").doesNotContain("Saved");
        assertThat(ana.types("next!").plainText()).contains("Question 4 of 17");
        assertThat(ana.types("Back?").plainText()).contains("Question 3 of 17");
        assertThat(ana.types("Pause.").text()).contains("Paused: **5 tips for reaching out to new partners**");
        assertThat(ana.types("resume!").plainText()).contains("Question 3 of 17").contains("1 of 17 questions answered");
        // the server's own emoji after a word, as 👍 after it
        assertThat(ana.types("skip <:ok:123>").text()).contains("Skipped.").doesNotContain("Saved");
        assertThat(ana.types("Back! <a:wave:45>").plainText()).contains("Question 3 of 17");
        assertThat(ana.types("thanks <:heart:9> <:heart:9>").text()).contains("You're welcome!");
        assertThat(ana.runs("coach answers").plainText()).contains("Eastside Food Bank").doesNotContain("Skip.")
                .doesNotContain("next!").doesNotContain("Back?").doesNotContain("Pause.").doesNotContain("<:ok:123>")
                .doesNotContain("wave").doesNotContain("heart");
    }

    @Test
    @DisplayName("'skip it', 'next question' and 'go back' say what 'skip', 'next' and 'back' say, and are not kept as "
            + "answers")
    void wordsAsPhrases() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        assertThat(ana.types("Skip it").text()).contains("Skipped.").doesNotContain("Saved");
        assertThat(ana.types("skip this one!").plainText()).contains("Question 4 of 17");
        assertThat(ana.types("Next question").plainText()).contains("Question 5 of 17");
        assertThat(ana.types("go back").plainText()).contains("Question 4 of 17");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered · 3 skipped");
    }

    @Test
    @DisplayName("finishing one walk in the DM while another is open says that the next line answers the other one, "
            + "so a goodbye does not land in it unseen")
    void finishingOneWalkWhileAnotherIsOpen() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("reflect");
        ana.types("Their mandate and history");
        ana.types("The food council");
        ana.types("skip");

        Reply end = ana.types("A youth worker");
        // the end comes first, and the note about the other walk after it
        String note = "Your **5 tips for reaching out to new partners** is still open, so what you type next "
                + "answers its question 2 of 17. Type `pause` to pause it.";
        assertThat(end.text()).contains("Saved: “A youth worker”").doesNotContain("is still open");
        assertThat(end.plainText()).containsSubsequence("✓ Ask Yourself", note);
        // the same when the last question is skipped
        Member bea = bot.member("bea");
        bea.runs("coach start");
        bea.types("reflect");
        for (int i = 0; i < 3; i++) {
            bea.types("skip");
        }
        assertThat(bea.types("skip").plainText()).containsSubsequence("✓ Ask Yourself", "Your **5 tips for reaching "
                + "out to new partners** is still open, so what you type next answers its question 1 of 17.");
        // with no other walk open, the end says nothing more
        Member cy = bot.member("cy");
        cy.runs("reflect");
        for (int i = 0; i < 3; i++) {
            cy.types("An answer");
        }
        assertThat(cy.types("An answer").text()).isEqualTo("Saved: “An answer”");
    }

    @Test
    @DisplayName("back, skip or done typed in the DM after the walk it showed ended in the server moves nothing: the "
            + "reply names that walk and shows the open one, which the next word then moves")
    void wordsAfterTheWalkShownEndedInTheServer() {
        // GIVEN Ana walks the 5 tips, then Ask Yourself, in the DM, and answers Ask Yourself's last question in the server
        Member ana = anaEndsAskYourselfInTheServer();

        // WHEN she types back in the DM, where Ask Yourself's last question was shown
        Reply back = ana.types("back");
        // THEN the 5 tips did not move: the reply names the finished walk and shows the open one where it stands
        assertThat(back.text()).startsWith("Your **5 tips for reaching out to new partners** is open: here is its "
                + "question 2 of 17");
        assertThat(back.cards()).last().extracting(org.partnercoach.chat.Card::description).asString()
                .startsWith("Your **Ask Yourself** is finished, so `back` moved nothing").contains("`/coach answers`");
        // AND its question comes alone, without the step's guidance shown before
        assertThat(back.plainText()).contains("Question 2 of 17").doesNotContain(STEP_ONE_GUIDANCE);
        // AND a skip or a done right then moves nothing either
        Member bea = bot.member("bea");
        bea.runs("coach start");
        bea.types("reflect");
        bot.advance(java.time.Duration.ofMinutes(5));
        bea.runs("reflect");
        bea.presses("Pause");
        bot.advance(java.time.Duration.ofMinutes(5));
        assertThat(bea.types("skip").cards()).last().extracting(org.partnercoach.chat.Card::description).asString()
                .startsWith("Your **Ask Yourself** is paused, so `skip` moved nothing: type `resume` to pick it up.");
        assertThat(bea.runs("coach progress").plainText()).doesNotContain("skipped");

        // AND once shown, the open walk is the one the next back moves, and the reply names it while another is open
        assertThat(ana.types("back").plainText()).contains("Question 1 of 17");
        bot.advance(java.time.Duration.ofMinutes(5));
        assertThat(bea.types("back").text()).isEqualTo("This is the first question, so there is nothing before it.");
        bea.types("reflect");
        bea.types("skip");
        assertThat(bea.types("back").text()).startsWith("**Ask Yourself**: Back one question.");
    }

    @Test
    @DisplayName("back, skip or done typed after the walk the DM showed ended or paused in the server: the open walk's "
            + "question comes first, and the note about the walk left behind after it, in its own short card")
    void openWalkFirstThenTheNoteAboutTheWalkLeftBehind() {
        // GIVEN Ana's DM showed Ask Yourself's last question, which she then answered in the server
        Member ana = anaEndsAskYourselfInTheServer();

        // WHEN she types back in the DM
        Reply back = ana.types("back");
        // THEN she reads first the walk she acts on: its line, then its question
        String open = "Your **5 tips for reaching out to new partners** is open: here is its question 2 of 17.";
        assertThat(back.text()).isEqualTo(open);
        assertThat(back.cards()).hasSize(2);
        assertThat(back.cards().get(0).description()).contains("Question 2 of 17");
        // AND the note about the finished walk comes after it, alone in a short card, with how to change its answers
        assertThat(back.cards().get(1).title()).isNull();
        assertThat(back.cards().get(1).description()).isEqualTo("Your **Ask Yourself** is finished, so `back` moved "
                + "nothing. " + WalkView.CHANGE_ANSWERS + " Type `back` again for the walk above.");
        assertThat(back.plainText()).containsSubsequence(open, "Question 2 of 17", "moved nothing");
        assertThat(back.buttons()).extracting(b -> b.label()).containsExactly("See or edit my answers");

        // GIVEN Bea's DM showed Ask Yourself, which she then paused in the server
        Member bea = bot.member("bea");
        bea.runs("coach start");
        bea.types("reflect");
        bot.advance(java.time.Duration.ofMinutes(5));
        bea.runs("reflect");
        bea.presses("Pause");
        bot.advance(java.time.Duration.ofMinutes(5));
        // WHEN she types skip in the DM, THEN the question first, the note after it
        Reply skip = bea.types("skip");
        assertThat(skip.text()).isEqualTo("Your **5 tips for reaching out to new partners** is open: here is its "
                + "question 1 of 17.");
        assertThat(skip.cards()).last().extracting(org.partnercoach.chat.Card::description).isEqualTo("Your **Ask "
                + "Yourself** is paused, so `skip` moved nothing: type `resume` to pick it up. Type `skip` again for "
                + "the walk above.");
        assertThat(skip.buttons()).isEmpty();

        // GIVEN Cy answered Ask Yourself's first question in the DM, then paused it in the server
        Member cy = DmWalkScenes.answeredInTheDmThenPausedInTheServer(bot, "cy");
        // WHEN she types done in the DM, right after her answer there
        Reply done = cy.types("done");
        // THEN the open walk first, then the note
        assertThat(done.text()).isEqualTo("Got it! Your **5 tips for reaching out to new partners** is open: here is "
                + "its question 1 of 17, for whenever you're ready.");
        assertThat(done.cards()).last().extracting(org.partnercoach.chat.Card::description)
                .isEqualTo("Your **Ask Yourself** is paused, with your answers saved.");
    }

    @Test
    @DisplayName("back, skip or done typed in the DM is about the walk the DM showed last, not the walk touched last in "
            + "the server")
    void wordsFollowTheWalkTheDmShowed() {
        // GIVEN Ana answers the 5 tips in the DM, then pauses Ask Yourself in the server, which the DM never showed
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        bot.advance(java.time.Duration.ofMinutes(5));
        ana.runs("reflect");
        ana.presses("Pause");
        bot.advance(java.time.Duration.ofMinutes(5));

        // WHEN she types back in the DM, under the 5 tips' question 2
        Reply back = ana.types("back");
        // THEN the 5 tips go back one question: the paused walk is not the one the DM showed
        assertThat(back.text()).isEqualTo("Back one question.");
        assertThat(back.plainText()).contains("Question 1 of 17").contains("Eastside Food Bank");
        // AND an answer then "done" ends that answer, with no word about the paused walk
        ana.types("Eastside Food Bank, Lincoln High");
        assertThat(ana.types("done").text()).startsWith("Got it! I took that as the end of your last answer");

        // GIVEN Bea's DM shows Ask Yourself, which she then finishes in the server, and there answers the 5 tips
        Member bea = bot.member("bea");
        bea.runs("coach start");
        bea.types("reflect");
        bea.types("Their mandate");
        bea.types("The food council");
        bea.types("Clear roles");
        bot.advance(java.time.Duration.ofMinutes(5));
        bea.runs("reflect");
        bea.presses("Answer");
        bea.submits("answer", "A youth worker");
        bot.advance(java.time.Duration.ofMinutes(5));
        bea.runs("coach start");
        bea.presses("Answer");
        bea.submits("answer", "Lincoln High");
        bot.advance(java.time.Duration.ofMinutes(5));

        // WHEN she types skip in the DM, under Ask Yourself's last question
        Reply skip = bea.types("skip");
        // THEN nothing moves: the reply names the finished walk and shows the 5 tips where they stand
        assertThat(skip.text()).startsWith("Your **5 tips for reaching out to new partners** is open: here is its "
                + "question 2 of 17");
        assertThat(skip.plainText()).contains("Your **Ask Yourself** is finished, so `skip` moved nothing");
        assertThat(bea.runs("coach progress").plainText()).doesNotContain("skipped");
    }

    @Test
    @DisplayName("resume with no walk open or paused names the walk finished last and where its answers are changed")
    void resumeAfterTheEnd() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        for (int i = 0; i < 4; i++) {
            ana.types("skip");
        }
        Reply nothing = ana.types("resume");
        assertThat(nothing.text()).startsWith("Your **Ask Yourself** is finished, so there is no question open here.")
                .contains("`/coach answers`").contains("`start`");
        // with no walk at all, the words that begin one, as before
        assertThat(bot.member("bea").types("resume").text()).isEqualTo("Hi! I'm Partner Coach. To begin, run "
                + "`/coach start` once in your coalition's server; after that you can answer me right here.");
    }

    @Test
    @DisplayName("'done' right after resume, back or skip is done for now, not the end of an answer; after an answer "
            + "it is the end of that answer")
    void doneAfterResume() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("pause");
        bot.advance(java.time.Duration.ofHours(1));
        ana.types("resume");

        Reply done = ana.types("done");
        assertThat(done.text()).startsWith("Got it! I took that as “done for now”, not as an answer. Your walk waits "
                + "at the question below").doesNotContain("end of your last answer");
        assertThat(done.plainText()).contains("Question 2 of 17");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered")
                .doesNotContain("skipped");

        bot.advance(java.time.Duration.ofMinutes(1));
        ana.types("I coach the Saturday walking club");
        assertThat(ana.types("done").text()).contains("I took that as the end of your last answer");
        bot.advance(java.time.Duration.ofMinutes(1));
        ana.types("skip");
        assertThat(ana.types("I'm done").text()).contains("“done for now”");
    }

    @Test
    @DisplayName("a newcomer asking what to do ('what do I do?', 'what is this?') is not saved as an answer: it gets "
            + "the help, with the question and its tip's guidance again")
    void puzzledIsHelp() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String puzzled : java.util.List.of("what do I do?", "What is this?", "what now")) {
            Reply reply = ana.types(puzzled);
            assertThat(reply.text()).as(puzzled).startsWith("Anything you type answers the question below.");
            assertThat(reply.plainText()).as(puzzled).contains("Question 2 of 17").contains(STEP_ONE_GUIDANCE)
                    .doesNotContain("Saved");
        }
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered");
        // a question with more in it is an answer
        assertThat(ana.types("What about the Rotary Club?").text()).startsWith("Saved:");
    }

    @Test
    @DisplayName("a greeting or an 'ok' before a puzzled line or a word ('hi! what do I do?', 'hello? what now', "
            + "'ok, skip') is that line: a new member's first lines do not answer the questions and end the walk")
    void greetingBeforeAWord() {
        Member dee = bot.member("dee");
        dee.runs("reflect");

        for (String puzzled : java.util.List.of("hi! what do I do?", "Hello? What now?", "hey, I'm confused",
                "ok... what?")) {
            Reply reply = dee.types(puzzled);
            // asking what to do gets the help; a puzzled line, the question again with its guidance
            assertThat(reply.text()).as(puzzled).startsWith(puzzled.contains("what do") || puzzled.contains("What now")
                    ? "Anything you type answers the question below." : CoachingFeature.MEANING_ASKED)
                    .doesNotContain("Saved");
            assertThat(reply.plainText()).as(puzzled).contains("Question 1 of 4").contains("0 of 4 questions answered");
        }
        assertThat(dee.types("ok, skip").plainText()).contains("Question 2 of 4").doesNotContain("Saved");
        assertThat(dee.types("Hi there, back").plainText()).contains("Question 1 of 4");
        assertThat(dee.runs("coach answers").plainText()).doesNotContain("hi!").doesNotContain("What now")
                .doesNotContain("confused").doesNotContain("ok,");
        // a greeting before an answer is an answer
        assertThat(dee.types("Hi, we met the director").text()).startsWith("Saved: “Hi, we met the director”");
        assertThat(dee.runs("coach progress").plainText()).contains("Question 2 of 4")
                .contains("1 of 4 questions answered");
    }

    @Test
    @DisplayName("a member asking how the walk works ('how do I skip?', 'can I answer later?', 'how does this work?') "
            + "gets the help with the question again, and nothing is saved; a question about anything else is an "
            + "answer")
    void askingHowTheWalkWorks() {
        Member dee = bot.member("dee");
        dee.runs("reflect");

        for (String asked : java.util.List.of("how do I skip?", "Can I answer later?", "How do I stop this",
                "how can I go back?", "How does this work?", "hi, how do I answer?")) {
            Reply reply = dee.types(asked);
            assertThat(reply.text()).as(asked).startsWith("Anything you type answers the question below.")
                    .contains("`skip`").contains("`pause`: stop for now").doesNotContain("Saved");
            assertThat(reply.plainText()).as(asked).contains("Question 1 of 4").contains("0 of 4 questions answered");
        }
        assertThat(dee.runs("coach progress").plainText()).contains("Question 1 of 4")
                .contains("0 of 4 questions answered");
        // a question about the partners, not the walk, is an answer
        assertThat(dee.types("How do I reach the director?").text())
                .startsWith("Saved: “How do I reach the director?”");
        assertThat(dee.types("Can I ask the library first?").text()).startsWith("Saved:");
    }

    @Test
    @DisplayName("chit-chat or thinking aloud at a walk's first question says what to type next without `back`, "
            + "which has nothing before it there")
    void chitChatAtTheFirstQuestionLeavesBackOut() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        bot.advance(java.time.Duration.ofMinutes(20));

        java.util.Map<String, String> said = new java.util.LinkedHashMap<>();
        said.put("Thanks!", "You're welcome! I took that as a thank-you, not as an answer. Type your answer to the "
                + "question below, or `skip` or `pause`.");
        said.put("ok", "Great! I took that as an “ok”, not as an answer. Type your answer to the question below, or "
                + "`skip` or `pause`.");
        said.put("hmm", "Take your time! I took that as thinking aloud, not as an answer. Type your answer to the "
                + "question below, or `skip` or `pause`.");
        for (var line : said.entrySet()) {
            Reply reply = ana.types(line.getKey());
            assertThat(reply.text()).as(line.getKey()).isEqualTo(line.getValue());
            assertThat(reply.plainText()).as(line.getKey()).contains("Question 1 of 17").doesNotContain("Saved");
        }
    }

    @Test
    @DisplayName("thinking aloud ('hmm', 'wait', 'let me think') or a slip ('oops', 'sorry, typo') mid-walk is not "
            + "saved as the answer: a short line says so over the question alone; a line with more in it is an answer")
    void thinkingAloudOrASlipIsNotAnAnswer() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String thinking : java.util.List.of("hmm", "Hmmm...", "wait", "Um, let me think", "one sec")) {
            Reply reply = ana.types(thinking);
            assertThat(reply.text()).as(thinking).isEqualTo("Take your time! I took that as thinking aloud, not as an "
                    + "answer. Type your answer to the question below, or `skip`, `back` or `pause`.");
            assertThat(reply.plainText()).as(thinking).contains("Question 2 of 17")
                    .contains("1 of 17 questions answered").doesNotContain(STEP_ONE_GUIDANCE);
        }
        for (String slip : java.util.List.of("oops", "Sorry, typo!", "my bad")) {
            Reply reply = ana.types(slip);
            assertThat(reply.text()).as(slip).startsWith("No problem! I took that as an “oops”, not as an answer.")
                    .contains("type `back`").doesNotContain("Saved");
            assertThat(reply.plainText()).as(slip).contains("Question 2 of 17");
        }
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered");

        // more than those words is an answer
        assertThat(ana.types("Wait staff at the diner").text()).startsWith("Saved: “Wait staff at the diner”");
        assertThat(ana.types("Sorry, we never met them").text()).startsWith("Saved: “Sorry, we never met them”");
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("hmm").doesNotContain("oops")
                .doesNotContain("one sec").doesNotContain("typo");
    }

    @Test
    @DisplayName("'oops' at the walk's first question is not told to type back, which has nothing before it: answer, "
            + "skip or pause")
    void slipAtTheFirstQuestion() {
        // GIVEN Ana just began Ask Yourself in the DM
        Member ana = bot.member("ana");
        ana.runs("reflect");
        // WHEN she types a slip before any answer
        Reply reply = ana.types("oops");
        // THEN the reply says nothing is kept yet and what to type, with no back to send a last answer again
        assertThat(reply.text()).isEqualTo("No problem! I took that as an “oops”, not as an answer, and nothing is "
                + "kept yet. Type your answer to the question below, or `skip` or `pause`.");
        assertThat(reply.plainText()).contains("Question 1 of 4");
    }

    @Test
    @DisplayName("a member calling out to the bot mid-walk ('hello? anyone there', 'are you there?', 'bot?') is told "
            + "the bot is here, with the question it waits on and how to answer, skip or pause, and nothing is saved; "
            + "short answers with a question mark are still saved")
    void callingOutIsNotAnAnswer() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String callOut : java.util.List.of("hello? anyone there", "Are you there?", "is this thing on",
                "hello? hello?", "bot?", "Hey bot, you there?", "Is anybody out there??", "still there?",
                "Helloooo?")) {
            Reply reply = ana.types(callOut);
            assertThat(reply.text()).as(callOut).isEqualTo("I'm here! I took that as a call to me, not as an answer. "
                    + "Type your answer to the question below, or `skip`, `back` or `pause`.");
            assertThat(reply.plainText()).as(callOut).contains("Question 2 of 17")
                    .contains("What roles do you play in your community?").contains("1 of 17 questions answered")
                    .doesNotContain("Saved");
        }
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered");

        // real answers, short or asked as a question, are kept
        for (String answer : java.util.List.of("Maybe the library?", "Who do we know at the YMCA?",
                "Is anyone there on Saturdays?", "The coach of the youth soccer league?", "Testing", "Anyone?")) {
            assertThat(ana.types(answer).text()).as(answer).startsWith("Saved: “" + answer + "”");
        }
        assertThat(ana.runs("coach answers").plainText()).contains("Maybe the library?")
                .contains("Who do we know at the YMCA?").contains("Is anyone there on Saturdays?")
                .doesNotContain("hello?").doesNotContain("Are you there").doesNotContain("bot?")
                .doesNotContain("is this thing on");
        // paused, a call-out is not an answer left unkept: the usual words come back, with the walk to resume
        ana.types("pause");
        assertThat(ana.types("are you there?").text()).startsWith("I'm here!").contains("`resume`")
                .doesNotContain("didn't keep");
    }

    @Test
    @DisplayName("back in a DM shows the question before alone, the tip's guidance already above it; going back into "
            + "the tip before shows that tip's guidance again")
    void backStaysShort() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("I run the Saturday walking club");

        Reply back = ana.types("back");
        assertThat(back.text()).isEqualTo("Back one question.");
        assertThat(back.plainText()).contains("Question 2 of 17")
                .contains("*Your answer so far:* “I run the Saturday walking club”").doesNotContain(STEP_ONE_GUIDANCE);
        assertThat(ana.types("back").plainText()).contains("Question 1 of 17").doesNotContain(STEP_ONE_GUIDANCE);
        Reply first = ana.types("back");
        assertThat(first.text()).startsWith("This is the first question");
        assertThat(first.plainText()).doesNotContain(STEP_ONE_GUIDANCE);

        // from the first question of tip 2, back is the last question of tip 1, whose guidance comes again
        for (int i = 0; i < 5; i++) {
            ana.types("skip");
        }
        assertThat(ana.types("back").plainText()).contains("Question 5 of 17").contains(STEP_ONE_GUIDANCE);
        // in the server, where the question's message is replaced, the guidance stays with it
        ana.runs("coach start");
        assertThat(ana.presses("Back").plainText()).contains("Question 4 of 17").contains(STEP_ONE_GUIDANCE);
    }

    @Test
    @DisplayName("back typed right after the walk comes round from its last question goes to the question just "
            + "answered, to fix it; at question 1 after coming round, what to type names back again")
    void backAfterComingRound() {
        // GIVEN Ana opened tip 5 from /coach tip and answered its questions in the DM: the walk came round to
        // question 1
        Member ana = bot.member("ana");
        ana.runs("coach tip", CoachingFeature.OPTION_NUMBER, "5");
        ana.presses("Answer these questions");
        ana.types("More volunteers for their pantry");
        ana.types("A say in the food plan");
        Reply round = ana.types("Name both in the first line");
        assertThat(round.text()).contains("That was the last question; next come question 1");
        assertThat(round.plainText()).contains("Question 1 of 17");
        // AND an "ok" there names back, which has somewhere to go now
        assertThat(ana.types("ok").text()).contains("`back`");

        // WHEN she types back
        Reply back = ana.types("back");

        // THEN she is on question 17 again, with what she wrote
        assertThat(back.text()).isEqualTo("Back to question 17, the one you were on before question 1.");
        assertThat(back.plainText()).contains("Question 17 of 17")
                .contains("*Your answer so far:* “Name both in the first line”");
        // AND her new words replace it, and the walk comes round to question 1 again
        Reply fixed = ana.types("Name the pantry first");
        assertThat(fixed.text())
                .startsWith("Saved: “Name the pantry first”, in place of “Name both in the first line”.");
        assertThat(fixed.plainText()).contains("Question 1 of 17");
        assertThat(ana.runs("coach answers").plainText()).contains("Name the pantry first")
                .doesNotContain("Name both in the first line");
    }

    @Test
    @DisplayName("'next' after going back moves on and keeps the answer there, instead of replacing it with 'next'")
    void nextAfterBack() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("I run the Saturday walking club");
        assertThat(ana.types("back").plainText()).contains("Question 2 of 17")
                .contains("*Your answer so far:* “I run the Saturday walking club”");

        Reply next = ana.types("Next");
        assertThat(next.text()).contains("your earlier answer to that question is kept").doesNotContain("Saved");
        assertThat(next.plainText()).contains("Question 3 of 17").contains("2 of 17 questions answered");
        assertThat(ana.runs("coach answers").plainText()).contains("I run the Saturday walking club")
                .doesNotContain("   Next");
        // on a question not answered yet, 'next' moves on as 'skip' does
        assertThat(ana.types("next").text()).contains("Skipped.");
        assertThat(ana.types("help").text()).contains("`skip` or `next`: move on (an answer already there is kept)");
    }

    @Test
    @DisplayName("an answer typed while the walk is paused is not kept, and the reply says so: after 'resume' the "
            + "member sends it again")
    void answerWhilePaused() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("pause");

        Reply notKept = ana.types("I coach the Saturday walking club");
        assertThat(notKept.text()).contains("**5 tips for reaching out to new partners** is paused")
                .contains("I didn't keep what you just typed")
                .contains("If it was an answer, type `resume` to bring back question 2 of 17, then send it again");
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("Saturday walking club");
        // a walk word is not an answer: the usual words come back, with no "didn't keep"
        assertThat(ana.types("skip").text()).contains("No walk is open right now").doesNotContain("didn't keep");

        Reply resumed = ana.types("resume");
        assertThat(resumed.plainText()).contains("Question 2 of 17");
        assertThat(ana.types("I coach the Saturday walking club").text())
                .contains("Saved: “I coach the Saturday walking club”");
        assertThat(ana.runs("coach answers").plainText()).contains("I coach the Saturday walking club");
    }

    @Test
    @DisplayName("an empty message (an attachment only, or spaces) gets a short line asking for a few words over the "
            + "question alone; one too long to keep gets its length and the question alone; neither changes anything")
    void emptyOrTooLongShowsTheQuestionAgain() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String empty : java.util.List.of("", "   \n  ")) {
            Reply reply = ana.types(empty);
            assertThat(reply.text()).contains("Your message had no words in it")
                    .contains("Type a few words to answer the question below, or `skip` to move on.")
                    .doesNotContain("Type your answer, or `back`");
            assertThat(reply.plainText()).contains("Question 2 of 17")
                    .contains("What roles do you play in your community?").contains("1 of 17 questions answered")
                    .doesNotContain(STEP_ONE_GUIDANCE);
        }
        Reply tooLong = ana.types("🙂".repeat(5000));
        assertThat(tooLong.text()).isEqualTo("That's a lot to share! Your message is 10,000 characters (an emoji counts "
                + "as two here: your 5,000 characters count as 10,000), and one answer holds up to 4,000, so I didn't "
                + "save it. Nothing is lost: your answers so far are as they were, and your message is still above to "
                + "copy from. Send me the heart of it in one shorter message to answer the question below, or `skip` "
                + "to come back to it later.");
        assertThat(tooLong.plainText()).contains("Question 2 of 17")
                .contains("What roles do you play in your community?").doesNotContain(STEP_ONE_GUIDANCE);
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered")
                .contains("Tip 1 of 5");
    }

    @Test
    @DisplayName("a DM pasted over what one answer holds (4,000 characters) is not saved: the reply says nothing was "
            + "lost, the limit, and to send the heart of it; the question stays open, and a shorter one is kept")
    void pastedOverTheLimit() {
        // GIVEN Ana answered the first question and went back to it
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("back");

        // WHEN she pastes a long text over Discord's length
        String pasted = "We met the director at the spring fair. ".repeat(110);
        Reply reply = ana.types(pasted);

        // THEN nothing is saved or lost, she reads the limit, and what to send instead, over the same question
        assertThat(reply.text()).isEqualTo("That's a lot to share! Your message is " + String.format("%,d",
                pasted.strip().length()) + " characters, and one answer holds up to 4,000, so I didn't save it. "
                + "Nothing is lost: your answers so far are as they were, and your message is still above to copy "
                + "from. Send me the heart of it in one shorter message to answer the question below, or `skip` to "
                + "come back to it later.");
        assertThat(reply.plainText()).contains("Question 1 of 17").doesNotContain("Saved");
        assertThat(ana.runs("coach answers").plainText()).contains("Eastside Food Bank").doesNotContain("spring fair");
        // AND the question is still open for the shorter one
        assertThat(ana.types("We met the director at the spring fair.").text())
                .startsWith("Saved: “We met the director at the spring fair.”, in place of “Eastside Food Bank”");
    }

    @Test
    @DisplayName("a long text typed while the walk is paused is not kept, and the reply says it is longer than one "
            + "answer holds, so that it is not simply sent again")
    void pastedOverTheLimitWhilePaused() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("pause");

        Reply reply = ana.types("x".repeat(4_001));

        assertThat(reply.text()).contains("is paused, so I didn't keep what you just typed")
                .contains("it is 4,001 characters, and one answer holds up to 4,000: once the walk is back, send me "
                        + "the heart of it in one shorter message");
    }

    @Test
    @DisplayName("/coach progress has a Continue button for a paused partner's plan too, which brings the plan back "
            + "where it was paused, its partner's name shown as typed")
    void progressContinuesAPausedPlan() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside *Food* Bank", "sector", "food");
        ana.runs("partner coach", "partner", "Eastside *Food* Bank");
        ana.presses("Answer");
        ana.submits("answer", "They feed 300 families a week");
        ana.presses("Pause");

        Reply progress = ana.runs("coach progress");
        assertThat(progress.buttons()).extracting(b -> b.label())
                .containsExactly("Continue: Plan for one partner — Eastside *Food* Bank");
        Reply plan = ana.presses("Continue: Plan for one partner — Eastside *Food* Bank");
        assertThat(plan.text()).contains("Welcome back");
        assertThat(plan.plainText()).contains("Question 2 of 11").contains("1 of 11 questions answered");
        // the plan is open again: a line typed in the DM answers its question
        assertThat(ana.types("Maria, their volunteer lead").text()).contains("Saved");
        assertThat(ana.runs("coach progress").plainText()).contains("2 of 11 questions answered");
    }

    @Test
    @DisplayName("a DM line no feature takes gets the greeting of the DM walk: each word it names opens a walk")
    void unclaimedLineNamesOnlyWordsTheWalkTakes() {
        // GIVEN a router to which no feature answers typed lines, given the greeting as the bot's wiring gives it
        Member ana = bot.member("ana");
        org.partnercoach.chat.Router bare = new org.partnercoach.chat.Router(java.util.List.of(),
                new org.partnercoach.chat.HomeServer() {
                    @Override
                    public long homeOf(long userId) {
                        return TestBot.GUILD;
                    }

                    @Override
                    public void remember(long userId, long guildId) {
                    }
                }, org.partnercoach.chat.Transactions.NONE, CoachingFeature.greeting());

        // WHEN ana types a line nothing takes
        String greeting = bare.handle(new org.partnercoach.chat.Inbound.TypedMessage(
                ana.caller(org.partnercoach.chat.Surface.DM), "hello there")).text();

        // THEN it names the words to type, and each of them, typed in the DM (of a member who has used the server),
        // opens its walk
        ana.runs("help");
        java.util.List<String> words = java.util.regex.Pattern.compile("`([^`]+)`").matcher(greeting).results()
                .map(m -> m.group(1)).toList();
        assertThat(words).hasSize(2);
        assertThat(ana.types(words.get(0)).plainText()).contains("Question 1 of 17");
        ana.types("pause");
        assertThat(ana.types(words.get(1)).plainText()).contains("Question 1 of 4");
    }

    @Test
    @DisplayName("/coach progress with more partner plans than one message holds says how many more there are and "
            + "how to reach them, within Discord's limits")
    void progressSaysHowManyPlansAreLeftOff() {
        // GIVEN ana plans for 30 partners, each with a long name full of Markdown (escaped, it takes more room)
        Member ana = bot.member("ana");
        for (int i = 1; i <= 30; i++) {
            String name = "*Eastside* _Community_ Food Bank and Family Resource Center of the Greater Valley " + i;
            ana.runs("partner add", "name", name, "sector", "food");
            ana.runs("partner coach", "partner", name);
        }

        // WHEN she asks for her progress
        Reply progress = ana.runs("coach progress");

        // THEN the card keeps to Discord's limits: 25 fields, 6000 characters, 25 buttons
        org.partnercoach.chat.Card card = progress.cards().get(0);
        assertThat(card.fields()).hasSizeLessThanOrEqualTo(org.partnercoach.chat.Limits.EMBED_FIELDS);
        assertThat(card.length()).isLessThanOrEqualTo(org.partnercoach.chat.Limits.EMBED_TOTAL);
        assertThat(progress.buttons()).hasSizeLessThanOrEqualTo(25);
        // AND the plans left off are counted, with the commands that reach them
        long shown = card.fields().stream().filter(f -> f.name().startsWith("Plan for one partner")).count();
        assertThat(shown).isBetween(1L, 29L);
        assertThat(card.fields().get(card.fields().size() - 1).name())
                .isEqualTo("…and " + (30 - shown) + " more partner plans");
        assertThat(progress.plainText()).contains("`/partner coach partner:<name>`", "`/coach answers`");
        // AND every plan shown has its Continue button
        assertThat(progress.buttons()).filteredOn(b -> b.label().startsWith("Continue: Plan for one partner"))
                .hasSize((int) shown);
    }

    @Test
    @DisplayName("GIVEN more partner plans than /coach progress holds WHEN ana answers in the newest THEN it is among "
            + "those shown, with its Continue button, the ones moved most recently first")
    void progressShowsThePlanBeingAnswered() {
        Member ana = bot.member("ana");
        for (int i = 1; i <= 30; i++) {
            ana.runs("partner add", "name", "Org Number " + i, "sector", "food");
            ana.runs("partner coach", "partner", "Org Number " + i);
        }
        bot.clock().advance(java.time.Duration.ofMinutes(5));
        ana.runs("partner coach", "partner", "Org Number 28");
        ana.presses("Answer");
        ana.submits("answer", "Their health fair in May");

        Reply progress = ana.runs("coach progress");

        org.partnercoach.chat.Card card = progress.cards().get(0);
        assertThat(card.fields().get(2).name()).contains("Org Number 28");
        assertThat(card.fields().get(card.fields().size() - 1).name()).startsWith("…and ");
        assertThat(progress.buttons()).anySatisfy(b -> assertThat(b.label()).contains("Org Number 28"));
    }

    @Test
    @DisplayName("an emoji alone (👍, 🙏, ✅) is a reaction, as \"ok\" is: not kept as an answer, and the question is "
            + "shown again with a short line; words with an emoji in them are an answer")
    void anEmojiAloneIsNotAnAnswer() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String reaction : java.util.List.of("👍", "🙏", "✅", "❤️", "👍🏽", "🙏🙏!", " 👨‍👩‍👧 ", "<:partyblob:81234567>")) {
            Reply reply = ana.types(reaction);
            assertThat(reply.text()).as(reaction).contains("Got your reaction!")
                    .contains("type a few words to answer the question below, or `skip` to move on")
                    .doesNotContain("Saved");
            // the question alone: the tip's guidance, shown when the question opened, is not repeated for an emoji
            assertThat(reply.plainText()).as(reaction).contains("Question 2 of 17")
                    .contains("What roles do you play in your community?").contains("1 of 17 questions answered")
                    .doesNotContain(STEP_ONE_GUIDANCE);
        }
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("👍").doesNotContain("🙏")
                .doesNotContain("✅").doesNotContain("partyblob");

        assertThat(ana.types("👍 I coach the Saturday walking club").text())
                .contains("Saved: “👍 I coach the Saturday walking club”");
        assertThat(ana.runs("coach progress").plainText()).contains("2 of 17 questions answered");
    }

    @Test
    @DisplayName("a line with no letter or digit at all ('...', '?!', a long row of emoji, Markdown marks alone) is not "
            + "kept: a short line asks for a few words over the question alone; emoji or Markdown with words, "
            + "@everyone and a number are answers")
    void aLineWithoutWordsIsNotAnAnswer() {
        Member ana = bot.member("ana");
        Reply opened = ana.runs("coach start");
        assertThat(opened.plainText()).contains(STEP_ONE_GUIDANCE);

        for (String noWords : java.util.List.of("...", "?!", "🙂🙂🙂 !!! " + "🎉".repeat(30), "**", "— -- ~~",
                "<:partyblob:81234567> <:partyblob:81234567> <:partyblob:81234567> 🎉🎉")) {
            Reply reply = ana.types(noWords);
            assertThat(reply.text()).as(noWords).startsWith("That line had no words in it")
                    .contains("Type a few words to answer the question below, or `skip` to move on.")
                    .doesNotContain("Saved");
            assertThat(reply.plainText()).as(noWords).contains("Question 1 of 17")
                    .contains("0 of 17 questions answered").doesNotContain(STEP_ONE_GUIDANCE);
        }
        assertThat(ana.runs("coach progress").plainText()).contains("0 of 17 questions answered");
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("🎉").doesNotContain("...");

        // words among emoji or Markdown, a mention of everyone and a bare number are kept, shown as typed
        assertThat(ana.types("🎉 **the Food Bank** 🎉").text()).contains("Saved: “🎉 \\*\\*the Food Bank\\*\\* 🎉”");
        assertThat(ana.types("@everyone at the clinic").text()).contains("Saved: “@everyone at the clinic”");
        assertThat(ana.types("3").text()).contains("Saved: “3”");
        assertThat(ana.runs("coach progress").plainText()).contains("3 of 17 questions answered");
    }

    @Test
    @DisplayName("a line of mentions alone ('@everyone', '@here', a role, members) is not kept: a short line says a "
            + "mention calls people in, and asks for a few words of her own, over the question alone")
    void aLineOfMentionsAloneIsNotAnAnswer() {
        Member ana = bot.member("ana");
        ana.runs("coach start");

        for (String mentions : java.util.List.of("@everyone", "@here!", "<@&123>", "<@456> <@!789>",
                "@everyone @here 🎉")) {
            Reply reply = ana.types(mentions);
            assertThat(reply.text()).as(mentions).isEqualTo("That line only mentions people (such as @everyone or a "
                    + "member), so I didn't keep it as an answer: a mention calls people in, but doesn't say what you "
                    + "think. Type a few words of your own to answer the question below, or `skip` to move on.");
            assertThat(reply.plainText()).as(mentions).contains("Question 1 of 17")
                    .contains("0 of 17 questions answered").doesNotContain(STEP_ONE_GUIDANCE);
        }
        assertThat(ana.runs("coach progress").plainText()).contains("0 of 17 questions answered");
        assertThat(ana.types("@everyone at the clinic").text()).contains("Saved: “@everyone at the clinic”");
    }

    @Test
    @DisplayName("a mention with a letter or two ('@everyone a', '<@456> ok') is no answer: the reply quotes what she "
            + "typed, so nothing is lost, and asks kindly for a few words of her own over the question; a short answer "
            + "with no mention, or a mention with words, is kept")
    void aMentionWithALetterOrTwoIsNotAnAnswer() {
        Member ana = bot.member("ana");
        ana.runs("coach start");

        Reply everyone = ana.types("@everyone a");
        assertThat(everyone.text()).isEqualTo("I didn't keep “@everyone a” as an answer: a mention calls people in, "
                + "and “a” on its own doesn't say what you think yet. Type a few words of your own to answer the "
                + "question below, or `skip` to move on.");
        assertThat(everyone.plainText()).contains("Question 1 of 17").contains("0 of 17 questions answered");
        assertThat(everyone.mentionUsers()).isEmpty();
        for (String typed : java.util.List.of("<@456> ok", "@here a!", "a @everyone b", "<@&123> 👍 no")) {
            Reply reply = ana.types(typed);
            assertThat(reply.text()).as(typed).startsWith("I didn't keep “").contains("as an answer: a mention calls "
                    + "people in, and “").endsWith("Type a few words of your own to answer the question below, or "
                    + "`skip` to move on.");
            assertThat(reply.plainText()).as(typed).contains("Question 1 of 17");
        }
        assertThat(ana.runs("coach progress").plainText()).contains("0 of 17 questions answered");

        assertThat(ana.types("@everyone yes").text()).contains("Saved: “@everyone yes”");
        assertThat(ana.types("12").text()).contains("Saved: “12”");
        assertThat(ana.runs("coach progress").plainText()).contains("2 of 17 questions answered");
    }

    @Test
    @DisplayName("a thank-you, a greeting or an emoji after the last answer of a walk is answered in kind, names the "
            + "walk finished (in full once, then short), then says what can be typed, and changes nothing")
    void thanksAfterTheEnd() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        for (String answer : java.util.List.of("Their mandate", "The food council", "Start small", "Shared goals")) {
            ana.types(answer);
        }

        Reply thanks = ana.types("Thanks!");
        assertThat(thanks.text()).startsWith("You're welcome! You finished **Ask Yourself**: well done, all your "
                        + "answers are saved.")
                .contains("`start`: the 5 tips").contains("`reflect`");
        // the end said once, the next remarks get a short word back
        assertThat(ana.types("hi").text()).startsWith("Hello! Your **Ask Yourself** answers are saved.");
        assertThat(ana.types("🙏").text()).startsWith("Got your reaction! Your **Ask Yourself** answers are saved.");
        assertThat(ana.runs("coach progress").plainText()).contains("4 of 4 questions answered");
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("Thanks").doesNotContain("🙏");
    }

    @Test
    @DisplayName("a line typed after the last answer of a walk is not kept, and the reply says so: the walk is "
            + "finished, and See or edit my answers is where its answers are changed; 'back' there says the same")
    void typedAfterTheEnd() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        for (String answer : java.util.List.of("Their mandate", "The food council", "Start small", "Shared goals")) {
            ana.types(answer);
        }

        Reply late = ana.types("Oh, and the school nurses too");
        assertThat(late.text()).startsWith("Your **Ask Yourself** is finished, so I didn't keep what you just typed.")
                .contains("press **See or edit my answers** below").contains("`reflect`");
        Reply back = ana.types("back");
        assertThat(back.text()).startsWith("Your **Ask Yourself** is finished, so there is no question open here.")
                .contains("`/coach answers`");
        assertThat(ana.runs("coach answers").plainText()).contains("Shared goals").doesNotContain("school nurses");
        assertThat(ana.runs("coach progress").plainText()).contains("4 of 4 questions answered");
    }

    @Test
    @DisplayName("an answer typed to a partner's plan after the partner was deleted is not kept, and the reply says so")
    void typedAfterThePlanWasDeleted() {
        Member ana = bot.member("ana");
        Member cora = bot.coordinator("cora");
        cora.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner coach", "partner", "Eastside Food Bank");
        ana.types("They run the county's food pantries");
        cora.runs("partner delete", "partner", "Eastside Food Bank");
        cora.presses("Delete for good");

        Reply late = ana.types("Their goals are food security for families");
        assertThat(late.text()).startsWith("You have no walk open right now, so I didn't keep what you just typed.")
                .contains("`start`");
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("food security");
    }

    /**
     * Ana walks the 5 tips to its second question, then Ask Yourself, in the DM, and answers Ask Yourself's last
     * question in the server: her DM showed last a walk that has since ended.
     */
    private Member anaEndsAskYourselfInTheServer() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("reflect");
        ana.types("Their mandate");
        ana.types("The food council");
        ana.types("Clear roles");
        bot.advance(java.time.Duration.ofMinutes(5));
        ana.runs("reflect");
        ana.presses("Answer");
        assertThat(ana.submits("answer", "A youth worker").plainText()).contains("✓ Ask Yourself");
        bot.advance(java.time.Duration.ofMinutes(5));
        return ana;
    }
}
