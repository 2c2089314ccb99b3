package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

/**
 * A value question or trust pulse pressed by someone who no longer looks after its partner (handed on, moved on from,
 * deleted) saves nothing and says who looks after it now; the partner's figures come only from whoever looked after
 * it when rating, and its new owner is asked in their turn.
 */
@DisplayName("Ratings after a hand-over")
class RatingAfterHandOverTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** ana cultivates the food bank (hers to look after); the clock: 2 March 2026, the first quarter. */
    private Member anaCultivatingTheFoodBank() {
        return NetworkTestSupport.cultivatingTheFoodBank(bot, "ana");
    }

    /** The quarter's value question about the food bank, as it reached ana (and as she reads it in her DM). */
    private Reply valueQuestionTo(Member m) {
        return m.reads(valueAsks(m).get(0).reply());
    }

    private void handsTheFoodBankTo(Member from, Member to) {
        from.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(to.id()));
    }

    private List<RecordingMessenger.Sent> valueAsks(Member m) {
        return bot.messenger().directTo(m.id()).stream()
                .filter(s -> s.reply().plainText().contains("Once a quarter")).toList();
    }

    /** The 1-5 button of row {@code row} of a question. */
    private static CustomId button(Reply r, int row, int score) {
        return ((Row.Buttons) r.rows().get(row)).buttons().get(score - 1).id();
    }

    private int storedRatings() {
        return bot.storedRows().read(c -> Database.one(c, "SELECT COUNT(*) FROM partnership_ratings",
                rs -> rs.getInt(1))).orElseThrow();
    }

    private String pageAsTheCoordinatorSeesIt() {
        return bot.coordinator("cora").runs("partner show", "partner", "Eastside Food Bank").plainText();
    }

    @Test
    @DisplayName("a former owner's presses on the value question she had before the hand-over save nothing and say "
            + "who looks after the partner now; the new owner is asked within the hour, and only their answer counts")
    void formerOwnersPressesAfterTheHandOverSaveNothing() {
        // GIVEN ana got the second quarter's value question about the food bank, then handed the food bank to dan
        Member ana = anaCultivatingTheFoodBank();
        Member dan = bot.member("dan");
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC: the second quarter has begun
        Reply question = valueQuestionTo(ana);
        handsTheFoodBankTo(ana, dan);

        // WHEN she presses 1 on every line of the old question
        List<String> replies = List.of(ana.pressesId(button(question, 0, 1)).plainText(),
                ana.pressesId(button(question, 1, 1)).plainText(), ana.pressesId(button(question, 2, 1)).plainText());

        // THEN each says dan looks after it now, as a check-in's buttons say it, and nothing is saved
        assertThat(replies).allSatisfy(reply -> assertThat(reply).contains("“Eastside Food Bank” is looked after by <@"
                + dan.id() + "> now, so its questions go to them", "Nothing was changed").doesNotContain("Saved"));
        assertThat(storedRatings()).isZero();
        assertThat(pageAsTheCoordinatorSeesIt()).doesNotContain("Value:");

        // AND dan is asked about it within the hour, and his answer is the food bank's value
        bot.advance(Duration.ofHours(1));
        assertThat(valueAsks(dan)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Eastside Food Bank brings"));
        Reply his = valueQuestionTo(dan);
        for (int row = 0; row < 3; row++) {
            dan.pressesId(button(his, row, 4));
        }
        assertThat(pageAsTheCoordinatorSeesIt()).contains("Value: 4.0 / 5", "<@" + dan.id() + ">");
        assertThat(bot.coordinator("cora").runs("report quarter", "which", "this").plainText())
                .contains("Average value: 4.0");
    }

    @Test
    @DisplayName("a value question rated on one line of three when the partner is handed on: the former owner can "
            + "neither finish nor change it, her line counts nowhere, and the new owner's full answer is the value")
    void halfDoneAtTheHandOver() {
        // GIVEN ana rated the food bank's resources 5, then handed it to dan before the other two lines
        Member ana = anaCultivatingTheFoodBank();
        Member dan = bot.member("dan");
        bot.advance(Duration.ofDays(30));
        Reply question = valueQuestionTo(ana);
        assertThat(ana.pressesId(button(question, 0, 5)).plainText()).contains("Saved: Resources 5");
        handsTheFoodBankTo(ana, dan);

        // WHEN she presses the other lines, and another number on the first
        String finished = ana.pressesId(button(question, 1, 5)).plainText();
        String changed = ana.pressesId(button(question, 0, 2)).plainText();

        // THEN neither is saved: her one line stays as it was, and counts in no figure
        assertThat(List.of(finished, changed)).allSatisfy(reply -> assertThat(reply)
                .contains("looked after by <@" + dan.id() + "> now", "Nothing was changed"));
        assertThat(storedRatings()).isOne();
        assertThat(pageAsTheCoordinatorSeesIt()).doesNotContain("Value:");

        // WHEN dan, asked within the hour, answers 2 on every line
        bot.advance(Duration.ofHours(1));
        Reply his = valueQuestionTo(dan);
        for (int row = 0; row < 3; row++) {
            dan.pressesId(button(his, row, 2));
        }

        // THEN the food bank's value is his, not a mix with her 5
        assertThat(pageAsTheCoordinatorSeesIt()).contains("Value: 2.0 / 5");
        assertThat(bot.coordinator("cora").runs("report quarter", "which", "this").plainText())
                .contains("Average value: 2.0");
    }

    @Test
    @DisplayName("a full answer given before the hand-over stands for the quarter (the new owner is not asked), and "
            + "the former owner can no longer change it")
    void fullAnswerBeforeTheHandOverStands() {
        // GIVEN ana answered 3 on every line, then handed the food bank to dan the next day
        Member ana = anaCultivatingTheFoodBank();
        Member dan = bot.member("dan");
        bot.advance(Duration.ofDays(30));
        Reply question = valueQuestionTo(ana);
        for (int row = 0; row < 3; row++) {
            ana.pressesId(button(question, row, 3));
        }
        bot.advance(Duration.ofDays(1));
        handsTheFoodBankTo(ana, dan);

        // WHEN she presses 5 within her 7 days
        String pressed = ana.pressesId(button(question, 0, 5)).plainText();

        // THEN it is refused, her answer stands, and dan is not asked again this quarter
        assertThat(pressed).contains("looked after by <@" + dan.id() + "> now", "Nothing was changed");
        bot.advance(Duration.ofDays(20));
        assertThat(valueAsks(dan)).isEmpty();
        assertThat(pageAsTheCoordinatorSeesIt()).contains("Value: 3.0 / 5");
    }

    @Test
    @DisplayName("Skip on a question about a partner handed on since saves nothing and says who looks after it now")
    void skipAfterTheHandOver() {
        Member ana = anaCultivatingTheFoodBank();
        Member dan = bot.member("dan");
        bot.advance(Duration.ofDays(30));
        handsTheFoodBankTo(ana, dan);

        valueQuestionTo(ana);   // back in her DM, to the question she had
        String skipped = ana.presses("Skip").plainText();

        assertThat(skipped).startsWith("“Eastside Food Bank” is looked after by <@" + dan.id() + "> now, so its "
                + "questions go to them").contains("Nothing was changed").doesNotContain("Skipped", "next quarter");
        assertThat(bot.storedRows().read(c -> Database.one(c, "SELECT COUNT(*) FROM partnership_asks"
                + " WHERE skipped_at IS NOT NULL", rs -> rs.getInt(1))).orElseThrow()).isZero();
    }

    @Test
    @DisplayName("handed back within the quarter, the partner's first question takes its owner's answers again, and the "
            + "other member's no longer does")
    void handedBack() {
        Member ana = anaCultivatingTheFoodBank();
        Member dan = bot.member("dan");
        bot.advance(Duration.ofDays(30));
        Reply hers = valueQuestionTo(ana);
        handsTheFoodBankTo(ana, dan);
        bot.advance(Duration.ofHours(1));
        Reply his = valueQuestionTo(dan);

        handsTheFoodBankTo(dan, ana);

        assertThat(dan.pressesId(button(his, 0, 1)).plainText()).contains("looked after by <@" + ana.id() + "> now");
        for (int row = 0; row < 3; row++) {
            ana.pressesId(button(hers, row, 5));
        }
        assertThat(pageAsTheCoordinatorSeesIt()).contains("Value: 5.0 / 5");
    }

    @Test
    @DisplayName("a question pressed after the coalition moved on from its partner saves nothing and says so; once the "
            + "partner is restored, its owner's answer is taken")
    void movedOnThenRestored() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        Reply pulse = ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        Member cora = bot.coordinator("cora");
        cora.runs("partner archive", "partner", "Eastside Food Bank", "reason", "closed down");

        String pressed = ana.pressesId(button(pulse, 0, 4)).plainText();

        assertThat(pressed).contains("“Eastside Food Bank” has moved on", "closed down", "So nothing was changed",
                "/partner restore").doesNotContain("Saved");
        assertThat(storedRatings()).isZero();

        cora.runs("partner restore", "partner", "Eastside Food Bank");
        for (int row = 0; row < 3; row++) {
            ana.pressesId(button(pulse, row, 4));
        }
        assertThat(pageAsTheCoordinatorSeesIt()).contains("Trust: 4.0 / 5");
    }

    @Test
    @DisplayName("the trust pulse: a former owner's presses after the hand-over save nothing, and the new owner is asked "
            + "after their own first touchpoint, rather than 30 days on")
    void trustPulseAfterTheHandOver() {
        // GIVEN ana logged a contact and got the quick pulse, then handed the food bank to dan
        Member ana = bot.member("ana");
        Member dan = bot.member("dan");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        Reply pulse = ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        assertThat(pulse.plainText()).contains("Quick pulse: Eastside Food Bank");
        handsTheFoodBankTo(ana, dan);

        // WHEN she presses 1 on each line
        for (int row = 0; row < 3; row++) {
            assertThat(ana.pressesId(button(pulse, row, 1)).plainText())
                    .contains("looked after by <@" + dan.id() + "> now", "Nothing was changed");
        }

        // THEN nothing counts; dan's first touchpoint brings him the pulse, and his answer is the trust shown
        assertThat(storedRatings()).isZero();
        Reply his = dan.runs("partner log", "partner", "Eastside Food Bank", "what", "Met the new director");
        assertThat(his.plainText()).contains("Quick pulse: Eastside Food Bank");
        for (int row = 0; row < 3; row++) {
            dan.pressesId(button(his, row, 4));
        }
        assertThat(pageAsTheCoordinatorSeesIt()).contains("Trust: 4.0 / 5");
    }

    @Test
    @DisplayName("the trust pulse answered in full before the hand-over holds the new owner's back its usual 30 days")
    void trustAnsweredBeforeTheHandOverStands() {
        Member ana = bot.member("ana");
        Member dan = bot.member("dan");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        Reply pulse = ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee with the director");
        for (int row = 0; row < 3; row++) {
            ana.pressesId(button(pulse, row, 3));
        }
        handsTheFoodBankTo(ana, dan);

        assertThat(dan.runs("partner log", "partner", "Eastside Food Bank", "what", "Met the new director")
                .plainText()).doesNotContain("Quick pulse");
        assertThat(pageAsTheCoordinatorSeesIt()).contains("Trust: 3.0 / 5");
    }
}
