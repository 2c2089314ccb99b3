package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("What a member says to the bot mid-walk in a DM, rather than to the question, is not kept as an answer")
class DmAsidesTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("'I'm done for today' (and the like) pauses the walk where it stands, and is not kept")
    void doneForTodayPauses() {
        // GIVEN Ana answered the first question of the 5 tips in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String typed : List.of("I'm done for today", "done for now.", "Im done for today!",
                "that's enough for today", "I'll finish later", "Let's stop here for today")) {
            // WHEN she says she stops for the day
            Reply reply = ana.types(typed);
            // THEN the walk is paused at question 2, saying how to pick it up, and nothing is saved
            assertThat(reply.text()).as(typed).startsWith("Paused: **5 tips").contains("question 2 of 17")
                    .contains("`resume`").doesNotContain("Saved");
            ana.types("resume");
        }
        assertThat(ana.runs("coach answers").plainText()).doesNotContainIgnoringCase("today")
                .doesNotContainIgnoringCase("done").doesNotContainIgnoringCase("later");
    }

    @Test
    @DisplayName("'what next?', 'what's next?' or 'now what?' mid-walk asks the bot what to do: the help over the "
            + "question, not an answer")
    void whatNextIsTheHelp() {
        // GIVEN Ana answered the first question of the 5 tips in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String typed : List.of("what next?", "What's next?", "now what?", "what should I do now?",
                "what do I do next?")) {
            // WHEN she asks the bot what to do
            Reply reply = ana.types(typed);
            // THEN she reads the words she can type, over the same question, and nothing is saved
            assertThat(reply.text()).as(typed).startsWith("Anything you type answers the question below")
                    .doesNotContain("Saved");
            assertThat(reply.plainText()).as(typed).contains("Question 2 of 17");
        }
        assertThat(storedAnswers("skipped = FALSE")).isEqualTo(1);
    }

    @Test
    @DisplayName("'can you give an example?' is not kept: the reply says so honestly and shows the tip's guidance "
            + "with the question again")
    void askingForAnExample() {
        // GIVEN Ana stands on question 2 of the 5 tips in the DM, the first tip's guidance already shown
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String typed : List.of("can you give an example", "Can you give me an example?", "example?",
                "do you have an example", "like what?", "what's an example")) {
            // WHEN she asks for an example
            Reply reply = ana.types(typed);
            // THEN nothing is saved; the bot says it has no ready example, shows what the tip suggests, and the
            // same question
            assertThat(reply.text()).as(typed).isEqualTo(CoachingFeature.NO_EXAMPLE).contains("example")
                    .contains("didn't keep").contains("`skip` to come back to it later");
            assertThat(reply.plainText()).as(typed).contains("think about the roles you already play")
                    .contains("Question 2 of 17");
        }
        assertThat(ana.runs("coach answers").plainText()).doesNotContainIgnoringCase("example")
                .doesNotContainIgnoringCase("like what");
        // AND an answer that mentions an example is an answer
        assertThat(ana.types("For example, I coach a youth soccer team").text()).contains("Saved");
    }

    @Test
    @DisplayName("a steering word with a slip of the keys ('skp', 'nxt', 'go bak', 'paus') is not kept: the reply "
            + "names the word meant; real one-word answers are kept")
    void typosOfTheWords() {
        // GIVEN Ana stands on question 2 of the 5 tips in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String[] typo : List.of(new String[] {"skp", "`skip`"}, new String[] {"nxt", "`next`"},
                new String[] {"go bak", "`go back`"}, new String[] {"paus", "`pause`"},
                new String[] {"Sikp!", "`skip`"}, new String[] {"bakc", "`back`"}, new String[] {"skipp", "`skip`"})) {
            // WHEN she mistypes a word
            Reply reply = ana.types(typo[0]);
            // THEN it is not kept, the reply names the word she likely meant, and the same question is shown
            assertThat(reply.text()).as(typo[0]).contains("didn't keep").contains("Did you mean " + typo[1])
                    .contains("with a few more words");
            assertThat(reply.plainText()).as(typo[0]).contains("Question 2 of 17");
        }
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("skp").doesNotContain("nxt")
                .doesNotContain("bak").doesNotContain("paus");
        // AND real one-word answers close to a word are kept
        for (String answer : List.of("bank", "Cancer", "black", "quiet", "step", "answer")) {
            assertThat(ana.types(answer).text()).as(answer).contains("Saved: “" + answer + "”");
        }
    }

    @Test
    @DisplayName("an answer typed over one already there (after back, or after an Edit) says which answer it replaced, "
            + "so the earlier words are not lost unseen")
    void replacingAnAnswerSaysSo() {
        // GIVEN Ana answered the first question, went back to it, and changed it with Edit in the server
        Member ana = bot.member("ana");
        ana.runs("reflect");
        ana.types("Their mandate and who they serve");
        ana.types("back");
        ana.runs("coach answers");
        ana.presses("Edit 1");
        ana.submits("answer", "Their board and their funders");

        // WHEN she types a line in the DM, where the walk still stands on question 1
        Reply reply = ana.types("their youth programs");

        // THEN the reply says the new words replaced the earlier ones, and shows them
        assertThat(reply.text()).contains("Saved: “their youth programs”")
                .contains("in place of “Their board and their funders”");
        assertThat(ana.runs("coach answers").plainText()).contains("their youth programs")
                .doesNotContain("Their board and their funders");

        // AND a first answer to a question says nothing of the kind
        assertThat(ana.types("The library's reading program").text()).startsWith("Saved: “The library's reading program”")
                .doesNotContain("in place of");
    }

    @Test
    @DisplayName("'idk', 'not sure yet' or 'no idea' is not kept as an answer: the question is left open to come back "
            + "to, as skip leaves it, with a warm word; a longer line that starts so is an answer")
    void notKnowingLeavesTheQuestionOpen() {
        // GIVEN Ana answered the first question of the 5 tips in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        List<String> notKnowing = List.of("idk", "Hmm, I don't know...", "honestly no idea", "not sure yet",
                "dunno!", "No clue.", "I’m not sure");
        for (int i = 0; i < notKnowing.size(); i++) {
            String typed = notKnowing.get(i);
            // WHEN she says she doesn't know
            Reply reply = ana.types(typed);
            // THEN the bot says that's fine and left the question open, and shows the next question
            assertThat(reply.text()).as(typed).startsWith("Not knowing yet is fine: I left this one open to come back "
                    + "to (`answers` shows it).").doesNotContain("Saved");
            assertThat(reply.plainText()).as(typed).contains("Question " + (i + 3) + " of 17");
        }

        // AND none of it is kept: those questions are open, as skipped ones are, in what she sees and what is stored
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered · 7 skipped");
        assertThat(ana.runs("coach answers").plainText()).doesNotContainIgnoringCase("idk")
                .doesNotContainIgnoringCase("idea").doesNotContainIgnoringCase("not sure")
                .doesNotContainIgnoringCase("dunno").doesNotContainIgnoringCase("clue").contains("*(skipped)*");
        assertThat(storedAnswers("skipped = TRUE AND answer = ''")).isEqualTo(7);
        assertThat(storedAnswers("skipped = FALSE")).isEqualTo(1);

        // AND a longer line that starts with "I don't know" is an answer
        assertThat(ana.types("I don't know their director yet, but the library is keen").text())
                .startsWith("Saved: “I don't know their director yet, but the library is keen”");
    }

    @Test
    @DisplayName("'don't know', 'dont know yet', 'I have no idea', 'no idea at all' or 'unsure' leaves the question "
            + "open too, as 'I dont know' and 'not sure' do; a longer line with those words is an answer")
    void otherWaysOfNotKnowingLeaveTheQuestionOpen() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        List<String> notKnowing = List.of("don't know", "dont know yet", "I have no idea", "no idea at all", "unsure",
                "Don’t know.", "I've no idea", "I'm unsure");
        for (int i = 0; i < notKnowing.size(); i++) {
            String typed = notKnowing.get(i);
            Reply reply = ana.types(typed);
            assertThat(reply.text()).as(typed).startsWith("Not knowing yet is fine: I left this one open to come back "
                    + "to (`answers` shows it).").doesNotContain("Saved");
            assertThat(reply.plainText()).as(typed).contains("Question " + (i + 3) + " of 17");
        }
        assertThat(ana.runs("coach progress").plainText())
                .contains("1 of 17 questions answered · " + notKnowing.size() + " skipped");
        assertThat(ana.runs("coach answers").plainText()).doesNotContainIgnoringCase("don't know")
                .doesNotContainIgnoringCase("dont know").doesNotContainIgnoringCase("idea")
                .doesNotContainIgnoringCase("unsure");

        assertThat(ana.types("Unsure whether the clinic has a board").text())
                .startsWith("Saved: “Unsure whether the clinic has a board”");
    }

    @Test
    @DisplayName("'not sure' at a question answered before (after back) keeps that answer, says so, and moves on")
    void notKnowingKeepsAnEarlierAnswer() {
        // GIVEN Ana answered the first Ask Yourself question and went back to it
        Member ana = bot.member("ana");
        ana.runs("reflect");
        ana.types("Their mandate and who they serve");
        ana.types("back");

        // WHEN she says she isn't sure
        Reply reply = ana.types("hmm, not sure");

        // THEN her answer is kept, the reply says so, and the next question comes
        assertThat(reply.text()).startsWith("Not knowing yet is fine: I kept your earlier answer to this one and "
                + "moved on (`answers` shows it).").doesNotContain("Saved");
        assertThat(reply.plainText()).contains("Question 2 of 4");
        assertThat(ana.runs("coach answers").plainText()).contains("Their mandate and who they serve")
                .doesNotContainIgnoringCase("not sure");
        assertThat(storedAnswers("skipped = FALSE AND answer = 'Their mandate and who they serve'")).isEqualTo(1);
    }

    @Test
    @DisplayName("'idk' at the last question ends the walk with that question listed as open")
    void notKnowingAtTheLastQuestionLeavesItOpenAtTheEnd() {
        // GIVEN Ana answered the first three Ask Yourself questions
        Member ana = bot.member("ana");
        ana.runs("reflect");
        ana.types("Their mandate and who they serve");
        ana.types("The board meets monthly");
        ana.types("Shared goals on nutrition");

        // WHEN she says "idk" to the last one
        Reply end = ana.types("idk");

        // THEN the walk ends, and the end says one question is still open
        assertThat(end.plainText()).contains("3 of 4 questions answered. 1 is still open").doesNotContain("Saved");
        assertThat(ana.runs("coach progress").plainText()).contains("1 question is still open");
    }

    @Test
    @DisplayName("the help mid-walk names 'idk' (leaves the question open) and 'what do you mean' (more on what it "
            + "asks), in the one line of words, and each does what the help says")
    void helpNamesNotKnowingAndAskingWhatItMeans() {
        // GIVEN Ana stands on question 2 of the 5 tips in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        // WHEN she asks for help
        Reply help = ana.types("help");

        // THEN the words that steer the walk, idk and "what do you mean" among them, are still one line
        String[] lines = help.text().split("\n");
        assertThat(lines[0]).isEqualTo("Anything you type answers the question below. You can also type:");
        assertThat(lines[1]).contains("`skip` or `next`: move on", "`idk`: leave it open to come back to",
                "`what do you mean`: more on what a question is after", "`pause`: stop for now");
        assertThat(lines).hasSize(5);
        // AND each does what the help says: "what do you mean" shows the advice again, "idk" leaves the question open
        assertThat(ana.types("what do you mean").text()).startsWith(CoachingFeature.MEANING_ASKED);
        assertThat(ana.types("idk").text()).startsWith(CoachingFeature.LEFT_OPEN);
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered · 1 skipped");
    }

    @Test
    @DisplayName("'what do you mean?' or 'I don't understand' at a question is not kept: the question comes again with "
            + "its tip's guidance, and an invitation to answer in her own words, however short")
    void askingWhatTheQuestionMeans() {
        // GIVEN Ana stands on question 2 of the 5 tips in the DM, the first tip's guidance already shown
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String typed : List.of("what do you mean?", "What does that mean?", "I don't understand",
                "I don’t understand.", "hmm, what does this mean?", "I don't get it")) {
            // WHEN she says she doesn't understand the question
            Reply reply = ana.types(typed);
            // THEN nothing is saved; the same question comes with what the tip suggests, and she is invited to
            // answer in her own words; not the list of every word
            assertThat(reply.text()).as(typed).startsWith(CoachingFeature.MEANING_ASKED)
                    .contains("your own words, however short").doesNotContain("Saved")
                    .doesNotContain("Anything you type answers");
            assertThat(reply.plainText()).as(typed).contains("think about the roles you already play")
                    .contains("Question 2 of 17");
        }
        assertThat(storedAnswers("skipped = FALSE")).isEqualTo(1);
        assertThat(ana.runs("coach answers").plainText()).doesNotContainIgnoringCase("mean")
                .doesNotContainIgnoringCase("understand");
        // AND a question with more in it is an answer
        assertThat(ana.types("What do you mean by partner, a school?").text()).startsWith("Saved:");
    }

    @Test
    @DisplayName("a puzzled 'What?', 'huh?', 'I'm confused', 'sorry?' or 'come again?' is read as 'what do you mean': "
            + "the question again with its tip's guidance, never kept; 'What matters is trust' is an answer")
    void puzzledAsksWhatTheQuestionMeans() {
        // GIVEN Ana stands on question 2 of the 5 tips in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String typed : List.of("What?", "what", "huh?", "Huh 🤔", "🤔 huh?", "whaaat??", "I'm confused",
                "im so confused 😕", "I'm lost", "sorry?", "Sorry, what?", "come again?", "Come again", "pardon?",
                "wait, what?", "huh? what do you mean?", "hey, I'm confused", "ok... what?", "wdym", "??", "Why?")) {
            // WHEN she says she is puzzled
            Reply reply = ana.types(typed);
            // THEN the same question comes again with what its tip suggests, and nothing is saved; what to type is
            // said once, not again in the words of a walk opened
            assertThat(reply.text()).as(typed).isEqualTo(CoachingFeature.MEANING_ASKED);
            assertThat(reply.plainText()).as(typed).contains("think about the roles you already play")
                    .contains("Question 2 of 17");
        }
        assertThat(storedAnswers("skipped = FALSE")).isEqualTo(1);
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered")
                .doesNotContain("skipped");
        // AND a plain "sorry" is still a slip, and asking what to do is still the help
        assertThat(ana.types("sorry").text()).startsWith("No problem! I took that as an “oops”");
        assertThat(ana.types("what do I do?").text()).startsWith("Anything you type answers the question below.");
        // AND a line that starts with "what" but says more is an answer
        assertThat(ana.types("What matters is trust").text()).startsWith("Saved: “What matters is trust”");
        assertThat(ana.types("Huh, the library has a youth board").text()).startsWith("Saved:");
        assertThat(storedAnswers("skipped = FALSE")).isEqualTo(3);
    }

    @Test
    @DisplayName("a question typed back at a question is kept as her answer, and the reply says how to have the tip's "
            + "advice for that question if it was asked of the bot; an answer that only ends with '?' is just saved")
    void questionTypedBack() {
        // GIVEN Ana stands on question 2 of the 5 tips in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        // WHEN she types a question back
        Reply reply = ana.types("How do I know who to partner with?");

        // THEN it is kept, as any line is, and she reads what to type if she was asking the bot
        assertThat(reply.text()).isEqualTo("Saved: “How do I know who to partner with?” (If that was a question for "
                + "me: type `back`, then `what do you mean`, and I'll show the tip's advice for that question.)");
        assertThat(reply.plainText()).contains("Question 3 of 17");
        assertThat(storedAnswers("skipped = FALSE")).isEqualTo(2);
        // AND the words it names do that
        ana.types("back");
        assertThat(ana.types("what do you mean").text()).startsWith(CoachingFeature.MEANING_ASKED);
        // AND an answer that only ends with a question mark is saved without the note
        assertThat(ana.types("Maybe the library?").text()).isEqualTo("Saved: “Maybe the library?”, in place of "
                + "“How do I know who to partner with?”");
    }

    @Test
    @DisplayName("Ask Yourself begun in the DM after the 5 tips names no `back` at its first question, where there is "
            + "nothing to go back to; picked up later at a question further on, it names `back` again")
    void firstQuestionNamesNoBack() {
        // GIVEN Ana finished with the 5 tips for now and types reflect in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("pause");

        Reply opened = ana.types("reflect");

        // THEN how to answer names what works at a first question
        assertThat(opened.text()).startsWith("Type your answer, or `skip`, `pause` or `help`.");
        // AND further on, picked up again, `back` is named
        ana.types("Their mandate");
        ana.types("pause");
        assertThat(ana.types("resume").text()).contains("Type your answer, or `back`, `skip`, `pause` or `help`.");
    }

    @Test
    @DisplayName("a puzzled 'huh?' with no walk open, or with the walk paused, is not kept: it gets the help")
    void puzzledWithNoWalkOpenGetsTheHelp() {
        // GIVEN Ana paused the 5 tips in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("pause");

        // WHEN she types "huh?"
        Reply reply = ana.types("huh?");

        // THEN she gets the words she can type, with the paused walk to pick up, and nothing is kept or lost
        assertThat(reply.text()).contains("`resume`: pick up **5 tips for reaching out to new partners**")
                .doesNotContain("didn't keep what you just typed");
        assertThat(storedAnswers("skipped = FALSE")).isEqualTo(1);
    }

    @Test
    @DisplayName("'idk' typed when the walk the DM showed last was paused in the server leaves nothing open unseen: "
            + "the open walk's question is shown first, for the next line")
    void notKnowingAfterTheWalkShownWasPaused() {
        // GIVEN Cy answered Ask Yourself's first question in the DM, then paused it in the server
        Member cy = DmWalkScenes.answeredInTheDmThenPausedInTheServer(bot, "cy");

        // WHEN she types "idk" in the DM, meant for the question she saw there
        Reply reply = cy.types("idk");

        // THEN the 5 tips' question she has not seen is shown, not skipped, and the paused walk is named
        assertThat(reply.text()).isEqualTo("Got it! Your **5 tips for reaching out to new partners** is open: here "
                + "is its question 1 of 17, for whenever you're ready.");
        assertThat(reply.cards()).last().extracting(org.partnercoach.chat.Card::description)
                .isEqualTo("Your **Ask Yourself** is paused, with your answers saved.");
        assertThat(storedAnswers("skipped = TRUE")).isZero();
        // AND the next "idk" is about that question
        assertThat(cy.types("idk").text()).startsWith(CoachingFeature.LEFT_OPEN);
    }

    /** How many of the server's stored answers match {@code where}. */
    private int storedAnswers(String where) {
        return bot.storedRows().<Integer>read(c -> Database.one(c, "SELECT COUNT(*) FROM walk_answers"
                + " WHERE guild_id = ? AND " + where, rs -> rs.getInt(1), TestBot.GUILD).orElseThrow());
    }
}
