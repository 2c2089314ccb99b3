package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A walk survives a restart of the whole bot")
class WalkResumeAfterRestartTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("after a restart on the same H2 file, /coach start resumes at the same question with every answer")
    void resumesWhereItStood() {
        try (TestBot bot = TestBot.onFile(dir)) {
            Member ana = bot.member("ana");
            ana.runs("coach start");
            ana.presses("Answer");
            ana.submits("answer", "Eastside Food Bank, Lincoln High");
            ana.presses("Skip");
            ana.presses("Answer");

            bot.restart();

            Reply resumed = ana.runs("coach start");
            assertThat(resumed.plainText()).contains("Tip 1 of 5").contains("Question 3 of 17")
                    .contains("1 of 17 questions answered · 1 skipped");
            assertThat(ana.runs("coach answers").plainText()).contains("Eastside Food Bank, Lincoln High");
        }
    }

    @Test
    @DisplayName("a button and a form sent before the restart still work after it")
    void oldButtonsStillWork() {
        try (TestBot bot = TestBot.onFile(dir)) {
            Member ana = bot.member("ana");
            ana.runs("coach start");
            ana.presses("Answer");
            ana.submits("answer", "first");
            Reply beforeRestart = ana.lastMessage();
            Button oldSkip = beforeRestart.buttons().stream().filter(b -> b.label().equals("Skip")).findFirst()
                    .orElseThrow();
            Reply openForm = ana.presses("Answer");

            bot.restart();

            Reply afterForm = ana.submits("answer", "second, sent after the restart");
            assertThat(afterForm.plainText()).contains("Question 3 of 17");
            Reply stale = ana.pressesId(oldSkip.id());
            assertThat(stale.text()).contains("earlier question");
            assertThat(stale.plainText()).contains("Question 3 of 17");
            assertThat(openForm.form().id().encode()).startsWith("walk:answered:");
            assertThat(ana.runs("coach answers").plainText()).contains("second, sent after the restart");
        }
    }

    @Test
    @DisplayName("a DM conversation resumes after a restart, and answers typed after it are kept")
    void dmResumes() {
        try (TestBot bot = TestBot.onFile(dir)) {
            Member ana = bot.member("ana");
            ana.runs("coach start");
            ana.types("Food bank and the library");

            bot.restart();

            Reply next = ana.types("Their goals are about food security");
            assertThat(next.plainText()).contains("Question 3 of 17");
            assertThat(ana.runs("coach answers").plainText()).contains("Food bank and the library")
                    .contains("Their goals are about food security");
        }
    }

    @Test
    @DisplayName("after a restart, Back where the walk came round from its last question still goes to the question "
            + "just answered: by the button sent before the restart, and from question 1 once it is answered")
    void backAfterComingRoundSurvivesARestart() {
        try (TestBot bot = TestBot.onFile(dir)) {
            // GIVEN Ana opened tip 5 and answered its three questions: the walk came round to question 1
            Member ana = bot.member("ana");
            ana.runs("coach tip", CoachingFeature.OPTION_NUMBER, "5");
            ana.presses("Answer these questions");
            for (int q = 15; q <= 17; q++) {
                ana.presses("Answer");
                ana.submits("answer", "Thought " + q);
            }
            Button oldBack = ana.lastMessage().buttons().stream().filter(b -> b.label().equals("Back")).findFirst()
                    .orElseThrow();

            bot.restart();

            // WHEN she presses the Back button sent before the restart THEN she is on question 17, with its answer
            Reply back = ana.pressesId(oldBack.id());
            assertThat(back.plainText()).contains("Question 17 of 17")
                    .contains("*Your answer so far:* “Thought 17”");

            // GIVEN she answered it again, came round to question 1, answered it and went back to it
            ana.presses("Answer");
            assertThat(ana.submits("answer", "Thought 17, fixed").plainText()).contains("Question 1 of 17");
            ana.presses("Answer");
            ana.submits("answer", "Eastside Food Bank");
            assertThat(ana.presses("Back").plainText()).contains("Question 1 of 17");

            bot.restart();

            // WHEN she types back there THEN she goes round to question 17, where the walk came from
            Reply typed = ana.types("back");
            assertThat(typed.plainText()).contains("Question 17 of 17").contains("“Thought 17, fixed”");
        }
    }
}
