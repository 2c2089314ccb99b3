package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Counted;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * What a walk's question buttons cost the database: each reads the walk it acts on once, with whether its plan waits
 * for a partner the coalition moved on from read inside that same read or write, and only for a paused plan. Relative
 * counts only, as in {@code HandlerStatementsTest}: a new line on a page does not break these tests, a second read of
 * the walk does.
 */
@DisplayName("A walk's question buttons read the walk once")
class WalkButtonStatementsTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    /** The buttons a question's message shows after its first question is answered from the form. */
    private Counted[] pressesEachButtonAtTheSecondQuestion(String firstAnswer) {
        ana.presses("Answer");
        Reply second = ana.submits("answer", firstAnswer);
        assertThat(second.plainText()).contains("Question 2 of");
        Button answerButton = ana.findButton("Answer").orElseThrow();

        Counted answer = Counted.of(() -> ana.presses("Answer"));
        assertThat(answer.reply().isForm()).isTrue();
        // the Answer button at the end of a walk, for a question left open: one read of the walk
        Counted fill = Counted.of(() -> ana.pressesId(CustomId.of(WalkView.FEATURE, "fill",
                answerButton.id().longArg(0), answerButton.id().arg(1))));
        assertThat(fill.reply().isForm()).isTrue();
        Counted back = Counted.of(() -> ana.presses("Back"));
        assertThat(back.reply().text()).contains("Back one question.");
        assertThat(back.reply().plainText()).contains("Question 1 of").contains(firstAnswer);
        Counted skip = Counted.of(() -> ana.presses("Skip"));
        assertThat(skip.reply().text()).contains("Moved on; your earlier answer to that question is kept.");
        assertThat(skip.reply().plainText()).contains("Question 2 of");
        return new Counted[] {answer, fill, back, skip};
    }

    @Test
    @DisplayName("Answer, Back, Skip and Pause on a question cost what the end's Answer and Resume cost; on a plan for "
            + "a partner the coalition works with, Answer, Back and Skip cost what they cost on the 5 tips")
    void questionButtonsReadTheWalkOnce() {
        // GIVEN ana is at the second question of the 5 tips, in the server
        ana.runs("coach start");

        // WHEN she presses each of its buttons
        Counted[] tips = pressesEachButtonAtTheSecondQuestion("Eastside Food Bank");
        Counted pause = Counted.of(() -> ana.presses("Pause"));
        assertThat(pause.reply().text()).contains("Paused: **5 tips for reaching out to new partners**");
        Counted resume = Counted.of(() -> ana.presses("Resume"));
        assertThat(resume.reply().text()).contains("Welcome back!");

        // THEN Answer opens its form with one read of the walk, as the end's Answer does
        assertThat(tips[0].statements()).isEqualTo(tips[1].statements());
        // AND Back, Skip (of a question answered before: nothing to write for it) and Pause each read the walk, move
        // it and read its answers, as Resume does
        assertThat(tips[2].statements()).isEqualTo(resume.statements());
        assertThat(tips[3].statements()).isEqualTo(resume.statements());
        assertThat(pause.statements()).isEqualTo(resume.statements());

        // WHEN she does the same on her plan for a partner on the list
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("partner coach", "partner", "Lincoln High");
        Counted[] plan = pressesEachButtonAtTheSecondQuestion("A public high school");

        // THEN Answer costs what the end's Answer costs there too
        assertThat(plan[0].statements()).isEqualTo(plan[1].statements());
        // AND each button costs what it costs on the 5 tips and the partner's name, which the end's Answer reads too
        // (for its form's title): whether the partner was moved on from is not read for a plan that is open
        long name = plan[1].statements() - tips[1].statements();
        for (int i = 0; i < plan.length; i++) {
            assertThat(plan[i].statements()).as("button %d", i).isEqualTo(tips[i].statements() + name);
        }
    }
}
