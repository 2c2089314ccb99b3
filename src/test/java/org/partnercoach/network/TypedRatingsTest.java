package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Ratings typed in the DM under a value question")
class TypedRatingsTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** ana looks after the food bank, cultivating since March; in April its value question comes by DM. */
    private Member askedAboutValue() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        bot.advance(Duration.ofDays(30));   // 1 April 2026: the second quarter has begun
        assertThat(bot.messenger().directTo(ana.id()).stream()
                .filter(s -> s.reply().plainText().contains("Once a quarter: what Eastside Food Bank brings")))
                .hasSize(1);
        return ana;
    }

    @Test
    @DisplayName("\"4, 5, 3\" or \"5\" typed under it points to the buttons and shows the question again; nothing "
            + "is saved and nothing is said about walks")
    void numbersPointToTheButtons() {
        Member ana = askedAboutValue();

        for (String typed : List.of("4, 5, 3", "5", " 4/5 ")) {
            Reply reply = ana.types(typed);
            assertThat(reply.plainText()).as(typed).contains("Typed numbers aren't saved",
                            "tap one button on each line", "Once a quarter: what Eastside Food Bank brings")
                    .doesNotContain("no walk open");
            assertThat(reply.buttons()).as(typed).hasSize(16);
        }
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .doesNotContain("Value:");
    }

    @Test
    @DisplayName("with a walk moved on since the question, or the question answered, a number is the walk's as before")
    void otherwiseTheWalksTakeIt() {
        Member ana = askedAboutValue();
        ana.runs("coach start");
        assertThat(ana.types("5").plainText()).doesNotContain("Typed numbers aren't saved");
    }

    @Test
    @DisplayName("GIVEN the value question is the newest message the bot sent ana WHEN she types \"what is this?\", "
            + "\"what's this\", \"??\" or \"huh?\" THEN the reply says what it is, that only she and the "
            + "coordinators see her answers, and what to press or Skip, not the generic introduction")
    void puzzledLineUnderTheValueQuestion() {
        Member ana = askedAboutValue();

        for (String puzzled : List.of("what is this?", "what's this", "??", "huh?")) {
            assertThat(ana.types(puzzled).plainText()).as(puzzled).contains("quarterly value question",
                            "“Eastside Food Bank”", "Only you and the coordinators see your answers", "1 (low) to 5 (high)",
                            "**Skip**")
                    .doesNotContain("Type one of these", "`start`");
        }
    }

    @Test
    @DisplayName("a puzzled line after a walk moved since the value question is answered as before")
    void puzzledLineAfterAWalkIsTheWalks() {
        Member ana = askedAboutValue();
        ana.runs("coach start");

        assertThat(ana.types("what is this?").plainText()).doesNotContain("quarterly value question");
    }

    @Test
    @DisplayName("GIVEN the value question is the newest message the bot sent ana WHEN she types \"skip\", \"not "
            + "sure\", \"pass\" or \"idk\" THEN the reply says to press Skip on the question for that partner, "
            + "nothing is saved, and it says nothing of walks")
    void passingWordsPointToSkip() {
        Member ana = askedAboutValue();

        for (String typed : List.of("skip", "Not sure", "pass.", "idk", "ok skip this one")) {
            assertThat(ana.types(typed).text()).as(typed).isEqualTo("Typed words aren't saved here: to pass on "
                    + "“Eastside Food Bank” until next quarter, press **Skip** on my value question above. Nothing "
                    + "else changes, and you're asked again next quarter.");
        }
        assertThat(ana.runs("partner show", "partner", "Eastside Food Bank").plainText())
                .doesNotContain("Value:");
    }

    @Test
    @DisplayName("GIVEN ana's walk is open and the value question came after its last move WHEN she types \"skip\" "
            + "THEN the walk's question is not skipped: she is pointed to the value question's Skip")
    void skipUnderTheValueQuestionLeavesTheWalkAlone() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        String before = ana.runs("coach progress").plainText();
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        bot.advance(Duration.ofDays(30));

        assertThat(ana.types("skip").text()).contains("press **Skip** on my value question above");
        assertThat(ana.runs("coach progress").plainText()).isEqualTo(before);

        // AND once her walk moves, "skip" is the walk's again
        ana.types("Eastside Food Bank");
        assertThat(ana.types("skip").text()).doesNotContain("value question");
    }
}
