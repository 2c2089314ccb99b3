package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.CsvText;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Answers at their edges: cleared shared answers, a lone dash, two open walks, many open questions")
class AnswerEdgesTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    private String sharedExport() {
        return CsvText.of(bot.coordinator("cora").runs("export answers").files().get(0));
    }

    @Test
    @DisplayName("clearing a shared answer ends its sharing: the next answer stays private until shared again")
    void clearingEndsSharing() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        ana.presses("Answer");
        ana.submits("answer", "my first thought");
        ana.runs("coach answers");
        ana.presses("Share 1");
        assertThat(sharedExport()).contains("my first thought");

        ana.runs("coach answers");
        ana.presses("Edit 1");
        ana.submits("answer", "-");
        ana.runs("coach answers");
        ana.presses("Answer 1");
        Reply after = ana.submits("answer", "something I never meant to share");

        assertThat(after.plainText()).doesNotContain("(shared with coordinators)");
        assertThat(sharedExport()).doesNotContain("something I never meant to share", "my first thought");
    }

    @Test
    @DisplayName("an answer that is a lone dash, sent back unchanged from Edit, stays as it is")
    void loneDashUnchanged() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        // kept before the forms refused an answer with no letter or digit, as a DM line with none is refused
        var who = ana.caller(org.partnercoach.chat.Surface.SERVER);
        WalkState walk = bot.app().walks().find(who, "ask-yourself", 0).orElseThrow();
        bot.app().walks().answer(who, walk.walk().id(), walk.position().orElseThrow().question().key(), "-");
        ana.runs("coach answers");
        ana.presses("Edit 1");
        Reply unchanged = ana.submits("answer", "-");
        assertThat(unchanged.text()).contains("Nothing changed");
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("(skipped)");
    }

    @Test
    @DisplayName("pausing one walk by typing says another walk is open and that the next line answers it: the pause "
            + "first, then the note, below it, as when a walk ends")
    void pauseWithAnotherWalkOpen() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.runs("reflect");
        Reply paused = ana.types("pause");
        String note = "Your **5 tips for reaching out to new partners** is still open, so what you type next answers "
                + "its question 1 of 17. Type `pause` again to pause it too.";
        // what she did comes first; the note about the other walk is its own short card after it
        assertThat(paused.text()).startsWith("Paused: **Ask Yourself**").doesNotContain("is still open");
        assertThat(paused.cards()).last().extracting(org.partnercoach.chat.Card::description).isEqualTo(note);
        assertThat(paused.plainText()).containsSubsequence("Paused: **Ask Yourself**", note);
        Reply both = ana.types("pause");
        assertThat(both.plainText()).doesNotContain("is still open");
        assertThat(both.cards()).isEmpty();
    }

    @Test
    @DisplayName("a walk ended with 17 open questions says where to answer the ones past its 15 buttons")
    void manyOpenQuestions() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        Reply end = null;
        for (int i = 0; i < 17; i++) {
            end = ana.presses("Skip");
        }
        assertThat(end.plainText()).contains("every question was skipped", "the first 15 have one",
                "**See or edit my answers** has every question");
        assertThat(end.buttons()).extracting(Button::label).contains("Answer 15", "See or edit my answers")
                .doesNotContain("Answer 16");
    }

    @Test
    @DisplayName("an answer sent back unchanged from Edit (opened to read it whole) says nothing changed, not updated")
    void unchangedEditSaysNothingChanged() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        ana.presses("Answer");
        ana.submits("answer", "Their mandate and their board");
        ana.runs("coach answers");
        ana.presses("Edit 1");
        Reply unchanged = ana.submits("answer", "Their mandate and their board ");

        assertThat(unchanged.text()).startsWith("Nothing changed: your answer is still “Their mandate and their board”.")
                .doesNotContain("Updated");
        assertThat(unchanged.buttons()).extracting(org.partnercoach.chat.Button::label).contains("Edit 1");
        assertThat(ana.runs("coach answers").plainText()).contains("Their mandate and their board");
    }

    @Test
    @DisplayName("a walk's Answer form sent back unchanged says nothing changed, as Edit does, and moves on")
    void unchangedAnswerFormSaysNothingChanged() {
        // GIVEN Ana answered the first question, then went back to it
        Member ana = bot.member("ana");
        ana.runs("reflect");
        ana.presses("Answer");
        ana.submits("answer", "Their mandate and their board");
        ana.presses("Back");

        // WHEN she opens its Answer form, filled with her answer, and sends it as it was
        ana.presses("Answer");
        Reply unchanged = ana.submits("answer", "Their mandate and their board ");

        // THEN nothing is saved again: the reply says so, and the walk goes on to the next question
        assertThat(unchanged.text()).startsWith("Nothing changed: your answer is still “Their mandate and their board”.")
                .doesNotContain("Saved");
        assertThat(unchanged.plainText()).contains("Question 2 of 4");
        // AND typed again in the DM, the same
        ana.types("back");
        assertThat(ana.types("Their mandate and their board").text())
                .startsWith("Nothing changed: your answer is still “Their mandate and their board”.");
        // AND new words are saved as ever
        ana.types("back");
        assertThat(ana.types("Their mandate").text()).startsWith("Saved: “Their mandate”");
    }
}
