package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A one-word command the DM walk doesn't take ('undo', 'abort', 'end') is not kept as an answer")
class DmControlWordsTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("'undo' typed to an open question is not kept: a warm line names back and answers, over the question")
    void undo() {
        // GIVEN Ana answered the first question in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String typed : List.of("undo", "Undo!", "redo")) {
            // WHEN she types a word that undoes
            Reply reply = ana.types(typed);
            // THEN it is not kept, the reply says what does it, and the same question is shown again
            assertThat(reply.text()).as(typed).contains("didn't keep")
                    .contains("`back`").contains("`answers`").contains("with a few more words");
            assertThat(reply.plainText()).as(typed).contains("Question 2 of 17");
        }
        assertThat(ana.runs("coach answers").plainText()).doesNotContainIgnoringCase("undo")
                .doesNotContain("redo");
        // AND back does what she meant
        assertThat(ana.types("back").plainText()).contains("Question 1 of 17").contains("Eastside Food Bank");
    }

    @Test
    @DisplayName("'undo' or 'redo' at the walk's first question says there is nothing to undo yet, and how to answer, "
            + "skip or pause; not back, which has nothing before it")
    void undoAtFirstQuestion() {
        // GIVEN Ana just began the 5 tips in the DM, and stands on question 1
        Member ana = bot.member("ana");
        ana.runs("coach start");

        for (String typed : List.of("undo", "Redo.")) {
            // WHEN she types a word that undoes
            Reply reply = ana.types(typed);
            // THEN it is not kept; the reply says plainly there is nothing to undo, and what she can do instead
            assertThat(reply.text()).as(typed).contains("nothing to undo yet")
                    .contains("`skip`").contains("`pause`").contains("with a few more words")
                    .doesNotContain("`back`");
            assertThat(reply.plainText()).as(typed).contains("Question 1 of 17");
        }
        assertThat(ana.runs("coach answers").plainText()).doesNotContainIgnoringCase("undo")
                .doesNotContainIgnoringCase("redo");
    }

    @Test
    @DisplayName("'abort', 'end' or 'leave' typed to an open question is not kept: the reply names pause; stop, quit, "
            + "exit and cancel pause the walk as before")
    void leaving() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        for (String typed : List.of("abort", "End.", "leave")) {
            Reply reply = ana.types(typed);
            assertThat(reply.text()).as(typed).contains("didn't keep").contains("`pause`")
                    .contains("with a few more words");
            assertThat(reply.plainText()).as(typed).contains("Question 1 of 4");
        }
        assertThat(ana.runs("coach answers").plainText()).doesNotContainIgnoringCase("abort")
                .doesNotContainIgnoringCase("end").doesNotContain("leave");
        for (String typed : List.of("cancel", "quit", "stop", "exit")) {
            assertThat(ana.types(typed).text()).as(typed).startsWith("Paused: **Ask Yourself**");
            ana.types("resume");
        }
    }

    @Test
    @DisplayName("'not now', 'later' or 'not today' typed to an open question pauses the walk, as 'pause' does, rather "
            + "than being kept as the answer")
    void notNow() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        for (String typed : List.of("not now", "Later.", "not today", "maybe later")) {
            assertThat(ana.types(typed).text()).as(typed).startsWith("Paused: **Ask Yourself**");
            ana.types("resume");
        }
        assertThat(ana.runs("coach answers").plainText()).doesNotContainIgnoringCase("not now")
                .doesNotContainIgnoringCase("later").doesNotContainIgnoringCase("today");
    }

    @Test
    @DisplayName("a real one-word answer ('yes', 'Maria') is kept, and 'undo' with more words is kept as typed")
    void realAnswersKept() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        assertThat(ana.types("yes").text()).contains("Saved: “yes”");
        assertThat(ana.types("Maria").text()).contains("Saved: “Maria”");
        assertThat(ana.types("Undo the silos").text()).contains("Saved: “Undo the silos”");
        assertThat(ana.runs("coach answers").plainText()).contains("yes").contains("Maria").contains("Undo the silos");
    }

    @Test
    @DisplayName("'start please', 'let's begin' or 'begin' typed with no walk open begins the 5 tips, as 'start' does, "
            + "for a newcomer and for a member whose walk is paused; 'menu' still shows what to type")
    void askingToBeginWithNoWalkOpenBegins() {
        for (String typed : List.of("start please", "Let's begin!", "begin", "please start.", "hi, start please")) {
            // GIVEN a member new to the bot, with no walk yet, who has used it once in the server (her DMs' server)
            Member newcomer = bot.member("new-" + typed.hashCode());
            newcomer.runs("coach progress");
            // WHEN her first line asks to begin
            Reply reply = newcomer.types(typed);
            // THEN the 5 tips begin at their first question, rather than the introduction asking her to type start
            assertThat(reply.plainText()).as(typed).contains("Question 1 of 17");
            assertThat(newcomer.runs("coach progress").plainText()).as(typed).contains("0 of 17 questions answered");
        }

        // GIVEN Ana answered the first question and paused
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("pause");
        // WHEN she asks to begin again
        Reply again = ana.types("start please");
        // THEN her walk picks up where it stood, its answer kept, as "start" does
        assertThat(again.plainText()).contains("Question 2 of 17");
        assertThat(ana.runs("coach answers").plainText()).contains("Eastside Food Bank");

        // AND "menu" with no walk open still shows the words to type, beginning nothing
        Member browsing = bot.member("browsing");
        browsing.runs("coach progress");
        assertThat(browsing.types("menu").plainText()).contains("`start`").doesNotContain("Question 1 of 17");
    }

    @Test
    @DisplayName("'menu', 'commands', 'begin' or 'start please' typed mid-walk asks what to do, as 'help' does: not "
            + "kept, the question again under what to type; a line that only has those words in it is an answer")
    void askingForTheMenuMidWalkIsNotAnAnswer() {
        // GIVEN Ana began the 5 tips in the DM and stands on question 1, where an answer offers to add the partner
        Member ana = bot.member("ana");
        ana.runs("coach start");

        for (String typed : List.of("start please", "menu", "Commands?", "begin", "Please start", "show me the menu")) {
            // WHEN she types a line asking what to do
            Reply reply = ana.types(typed);
            // THEN it is not kept, nor offered as an organization: the help, over the same question
            assertThat(reply.text()).as(typed).contains("Anything you type answers the question below")
                    .doesNotContain("Saved");
            assertThat(reply.plainText()).as(typed).contains("Question 1 of 17");
            assertThat(reply.buttons()).as(typed).noneMatch(b -> b.label().contains("Check and add"));
        }
        ana.types("Eastside Food Bank");
        assertThat(ana.types("menu").plainText()).contains("Question 2 of 17");
        assertThat(ana.runs("coach answers").plainText()).contains("Eastside Food Bank")
                .doesNotContainIgnoringCase("menu").doesNotContainIgnoringCase("please")
                .doesNotContain("Commands").doesNotContain("begin");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered");

        // WHEN a real answer merely has one of those words in it
        Reply answer = ana.types("We begin with the food bank");
        // THEN it is kept
        assertThat(answer.plainText()).contains("Question 3 of 17");
        assertThat(ana.runs("coach answers").plainText()).contains("We begin with the food bank");
    }

    @Test
    @DisplayName("'strat' typed with no walk open is taken for the word meant, as mid-walk: the bot offers `start`")
    void slipOfStartWithNoWalkOpen() {
        // GIVEN Ana finished nothing and has no walk open, but has used the bot before
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("pause");

        for (String typed : List.of("strat", "Strat!", "reflct")) {
            // WHEN she mistypes a word that begins a walk
            Reply reply = ana.types(typed);
            // THEN the bot offers the word she meant, and keeps nothing
            String meant = typed.toLowerCase().startsWith("s") ? "`start`" : "`reflect`";
            assertThat(reply.text()).as(typed).startsWith("Did you mean " + meant + "?")
                    .doesNotContain("no walk open");
        }
        // AND the word it offers does it
        assertThat(ana.types("start").plainText()).contains("Question 1 of 17");
    }

    @Test
    @DisplayName("'start over', 'restart', 'previous', 'prev', 'pass' or 'never mind' typed to an open question is not "
            + "kept and moves nothing: the reply names the word that does it (back, skip, answers, the end's Start over)")
    void wordsANewcomerTypesToMoveAreNotKept() {
        // GIVEN Ana answered the first question in the DM and stands on question 2
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String typed : List.of("start over", "Restart!", "reset", "start again", "Begin again.",
                "from the beginning", "go to question 1")) {
            // WHEN she types a line asking to begin again
            Reply reply = ana.types(typed);
            // THEN it is not kept: what Start over does and where it is, and back and answers, which lose nothing
            assertThat(reply.text()).as(typed).contains("didn't keep").contains("`back`").contains("`answers`")
                    .contains("**Start over**").contains("keeping your answers").doesNotContain("Saved");
            assertThat(reply.plainText()).as(typed).contains("Question 2 of 17");
        }
        for (String typed : List.of("previous", "Prev.", "return")) {
            Reply reply = ana.types(typed);
            assertThat(reply.text()).as(typed).contains("didn't keep").contains("`back`").doesNotContain("Saved");
            assertThat(reply.plainText()).as(typed).contains("Question 2 of 17");
        }
        Reply pass = ana.types("pass");
        assertThat(pass.text()).contains("didn't keep").contains("`skip`").doesNotContain("Saved");
        assertThat(pass.plainText()).contains("Question 2 of 17");
        for (String typed : List.of("nevermind", "Never mind!")) {
            Reply reply = ana.types(typed);
            assertThat(reply.text()).as(typed).startsWith("No problem: I didn't keep").contains("`skip`")
                    .contains("`pause`").doesNotContain("Saved");
            assertThat(reply.plainText()).as(typed).contains("Question 2 of 17");
        }

        // AND nothing of it was kept, and the walk stands where it stood
        assertThat(ana.runs("coach answers").plainText()).contains("Eastside Food Bank")
                .doesNotContainIgnoringCase("start over").doesNotContainIgnoringCase("restart")
                .doesNotContainIgnoringCase("previous").doesNotContainIgnoringCase("never")
                .doesNotContainIgnoringCase("pass").doesNotContainIgnoringCase("beginning");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered");

        // AND a real answer that merely has those words in it is kept
        assertThat(ana.types("Start over with the library board").text())
                .startsWith("Saved: “Start over with the library board”");
    }

    @Test
    @DisplayName("'start over', 'previous' or 'restart' at the walk's first question says it is the beginning already, "
            + "naming skip and pause, not back")
    void startingOverAtTheFirstQuestion() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        for (String typed : List.of("start over", "previous", "restart")) {
            Reply reply = ana.types(typed);
            assertThat(reply.text()).as(typed).startsWith("This is the first question")
                    .contains("`skip`").contains("`pause`").doesNotContain("`back`");
            assertThat(reply.plainText()).as(typed).contains("Question 1 of 4");
        }
        assertThat(ana.runs("coach answers").plainText()).doesNotContainIgnoringCase("start over")
                .doesNotContainIgnoringCase("previous").doesNotContainIgnoringCase("restart");
    }

    @Test
    @DisplayName("'start over' at the last question does not finish the walk with it as the answer")
    void startOverAtTheLastQuestion() {
        // GIVEN Ana stands on the last of the four Ask Yourself questions
        Member ana = bot.member("ana");
        ana.runs("reflect");
        ana.types("Trust");
        ana.types("The library");
        ana.types("Youth programs");
        // WHEN she types "start over"
        Reply reply = ana.types("start over");
        // THEN the walk is still at that question, nothing kept
        assertThat(reply.plainText()).contains("Question 4 of 4").doesNotContain("Saved");
        assertThat(ana.runs("coach progress").plainText()).contains("3 of 4 questions answered");
    }

    @Test
    @DisplayName("'main menu' is help, 'brb' is thinking aloud and 'ask me later' pauses, as 'menu', 'one sec' and "
            + "'later' do: none is kept")
    void menuBrbAndAskMeLater() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        assertThat(ana.types("main menu").text()).contains("Anything you type answers the question below");
        assertThat(ana.types("brb").text()).startsWith("Take your time!");
        assertThat(ana.types("Ask me later.").text()).startsWith("Paused: **5 tips");
        ana.types("resume");
        assertThat(ana.runs("coach answers").plainText()).doesNotContainIgnoringCase("menu")
                .doesNotContainIgnoringCase("brb").doesNotContainIgnoringCase("later");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered");
    }
}
