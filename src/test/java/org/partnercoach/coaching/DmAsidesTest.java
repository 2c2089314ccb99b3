package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
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
            assertThat(reply.text()).as(typed).contains("example").contains("didn't keep").doesNotContain("Saved");
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
        Reply reply = ana.types("not sure yet");

        // THEN the reply says the new words replaced the earlier ones, and shows them
        assertThat(reply.text()).contains("Saved: “not sure yet”").contains("in place of “Their board and their funders”");
        assertThat(ana.runs("coach answers").plainText()).contains("not sure yet")
                .doesNotContain("Their board and their funders");

        // AND a first answer to a question says nothing of the kind
        assertThat(ana.types("The library's reading program").text()).startsWith("Saved: “The library's reading program”")
                .doesNotContain("in place of");
    }
}
