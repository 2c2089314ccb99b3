package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("/coach answers: the buttons of two walks on one page tell the walks apart")
class AnswerButtonLabelsTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** Ana plans for each partner and answers its first question. */
    private Member plansFor(String... partners) {
        Member ana = bot.member("ana");
        for (String partner : partners) {
            ana.runs("partner add", "name", partner, "sector", "food");
            ana.runs("partner coach", "partner", partner);
            ana.presses("Answer");
            ana.submits("answer", "Their board, for " + partner);
        }
        return ana;
    }

    private static List<String> editLabels(Reply page) {
        return page.buttons().stream().map(Button::label).filter(l -> l.startsWith("Edit ")).toList();
    }

    @Test
    @DisplayName("two plans whose partners' names begin alike show where the names differ, and each button edits "
            + "its own plan's answer")
    void partnersThatBeginAlike() {
        Member ana = plansFor("Eastside Community Health Centre North", "Eastside Community Health Centre South");

        Reply page = ana.runs("coach answers");

        assertThat(editLabels(page)).containsExactly("Edit 1 · Eastside Community Health Centre North",
                "Edit 1 · Eastside Community Health Centre South");
        assertThat(page.buttons()).extracting(Button::label).doesNotHaveDuplicates()
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Limits.BUTTON_LABEL));
        Reply form = ana.presses("Edit 1 · Eastside Community Health Centre South");
        assertThat(form.form().inputs().get(0).value()).isEqualTo("Their board, for Eastside Community Health "
                + "Centre South");
    }

    @Test
    @DisplayName("two plans whose partners' long names differ only past what a button holds are numbered, within "
            + "Discord's 80 characters")
    void namesAlikePastTheButton() {
        String common = "Eastside Community Health and Wellness Coalition of the Greater Valley Region";
        Member ana = plansFor(common + " (North)", common + " (South)");

        Reply page = ana.runs("coach answers");

        List<String> labels = page.buttons().stream().map(Button::label).toList();
        assertThat(labels).doesNotHaveDuplicates()
                .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Limits.BUTTON_LABEL));
        assertThat(editLabels(page)).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("Edit 1 · Eastside"));
        // the walks with a short name keep it
        ana.runs("reflect");
        ana.presses("Answer");
        ana.submits("answer", "Their mandate");
        assertThat(editLabels(ana.runs("coach answers"))).contains("Edit 1 · Ask Yourself");
    }
}
