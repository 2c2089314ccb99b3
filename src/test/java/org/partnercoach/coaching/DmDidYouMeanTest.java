package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Reply;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A yes or a no typed right after the bot's \"Did you mean `skip`?\" answers the bot, not the question")
class DmDidYouMeanTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("'yes' after \"Did you mean `skip`?\" skips, replying exactly as 'skip' does, and keeps no answer")
    void yesDoesTheWordOffered() {
        // GIVEN Ana and Bea stand on question 2 of the 5 tips in the DM
        Member ana = bot.member("ana");
        Member bea = bot.member("bea");
        for (Member m : List.of(ana, bea)) {
            m.runs("coach start");
            m.types("Eastside Food Bank");
        }
        // AND Ana mistyped skip, so the bot asked whether she meant it
        assertThat(ana.types("skp").text()).startsWith("Did you mean `skip`?").contains("say yes");

        // WHEN Ana says yes, and Bea types skip itself
        Reply yes = ana.types("yes");
        Reply skip = bea.types("skip");

        // THEN Ana's walk moves on as Bea's does, with the same reply, and "yes" is kept nowhere
        assertThat(yes.text()).isEqualTo(skip.text());
        assertThat(yes.plainText()).isEqualTo(skip.plainText()).contains("Question 3 of 17").doesNotContain("Saved");
        assertThat(labels(yes)).isEqualTo(labels(skip)).noneMatch(l -> l.contains("Check and add"));
        assertThat(answersTyped("yes")).isZero();
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered · 1 skipped");
    }

    @Test
    @DisplayName("every short yes ('yep!', 'yeah 👍', 'y', 'yes please', 'ok', 'Sure.', 'yes, skip') does the word "
            + "offered, for back and pause too")
    void everyShortYes() {
        // GIVEN Ana answered the first question of the 5 tips in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        int question = 2;
        for (String yes : List.of("yep!", "yeah 👍", "y", "yes please", "ok", "Sure.", "yes, skip")) {
            // WHEN she mistypes skip, then says yes
            ana.types("sikp");
            Reply reply = ana.types(yes);
            // THEN the question is skipped
            question++;
            assertThat(reply.plainText()).as(yes).contains("Question " + question + " of 17")
                    .doesNotContain("Saved");
        }
        // AND a slip of back, then yes, goes back as "go back" does
        ana.types("go bak");
        assertThat(ana.types("yes").plainText()).contains("Question " + (question - 1) + " of 17");
        // AND a slip of pause, then yes, pauses the walk
        ana.types("paus");
        assertThat(ana.types("Yes.").text()).startsWith("Paused: **5 tips");
        for (String yes : List.of("yep", "yeah", "y", "yes please", "ok", "sure", "yes, skip", "yes")) {
            assertThat(answersTyped(yes)).as(yes).isZero();
        }
    }

    @Test
    @DisplayName("a 'no' after \"Did you mean `skip`?\" keeps nothing, does nothing, and says what to type, over the "
            + "same question")
    void noDoesNothing() {
        // GIVEN Ana stands on question 2 of the 5 tips in the DM
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        for (String no : List.of("no", "Nope.", "n", "no thanks")) {
            // WHEN she mistypes skip, then says no
            ana.types("skp");
            Reply reply = ana.types(no);
            // THEN nothing moved, nothing is kept, and the reply says how to answer or skip
            assertThat(reply.text()).as(no).isEqualTo("No problem: I did nothing, and kept nothing as an answer. "
                    + "Answer the question below in your own words, or type `skip` if you want that after all.");
            assertThat(reply.plainText()).as(no).contains("Question 2 of 17");
        }
        assertThat(answersTyped("no")).isZero();
        assertThat(answersTyped("nope")).isZero();
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 17 questions answered")
                .doesNotContain("skipped");
    }

    @Test
    @DisplayName("only the line right after the offer reads it: a 'yes' typed after an answer, after another line, or "
            + "after a button moved the walk is an answer, as ever")
    void onlyTheNextLine() {
        // GIVEN Ana stands on question 2 of the 5 tips in the DM, and mistyped skip
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("skp");

        // WHEN she answers the question instead, then types "yes" to the next one
        ana.types("Their goals are about food security");
        // THEN "yes" is her answer
        assertThat(ana.types("yes").text()).startsWith("Saved: “yes”");

        // WHEN she mistypes skip, presses Skip on the question in the server, then types "yes"
        ana.types("skp");
        ana.runs("coach start");
        ana.presses("Skip");
        // THEN the offer went with the question it was made over: "yes" answers the question she is on now
        assertThat(ana.types("yes").text()).startsWith("Saved: “yes”");
        assertThat(answersTyped("yes")).isEqualTo(2);

        // AND a slip typed twice offers again, and the yes after it does it
        ana.types("skp");
        ana.types("skp");
        assertThat(ana.types("yes").plainText()).doesNotContain("Saved");
        assertThat(answersTyped("yes")).isEqualTo(2);
    }

    @Test
    @DisplayName("a 'yes' typed half an hour or more after \"Did you mean `skip`?\" answers the question she is on, "
            + "not the offer; within the half hour it still skips")
    void offerLapsesAfterHalfAnHour() {
        // GIVEN Ana stands on question 2 of the 5 tips in the DM, and mistyped skip
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("skp");

        // WHEN she comes back the next day and types "yes" to the question the DM shows
        bot.advance(java.time.Duration.ofMinutes(31));
        // THEN "yes" is her answer to it, and the walk did not skip
        assertThat(ana.types("yes").text()).startsWith("Saved: “yes”");
        assertThat(answersTyped("yes")).isEqualTo(1);

        // AND a yes 29 minutes after the offer still does the word offered
        ana.types("skp");
        bot.advance(java.time.Duration.ofMinutes(29));
        assertThat(ana.types("yes").plainText()).doesNotContain("Saved");
        assertThat(answersTyped("yes")).isEqualTo(1);
        assertThat(ana.runs("coach progress").plainText()).contains("2 of 17 questions answered · 1 skipped");
    }

    @Test
    @DisplayName("the offer outlives a restart of the bot: 'yes' typed after it still skips")
    void yesAfterARestart() {
        // GIVEN Ana stands on question 2 of the 5 tips in the DM, and mistyped skip
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("skp");

        // WHEN the bot restarts, then she says yes
        bot.restart();
        Reply yes = ana.types("yes");

        // THEN the question is skipped, and nothing is kept
        assertThat(yes.plainText()).contains("Question 3 of 17").doesNotContain("Saved");
        assertThat(answersTyped("yes")).isZero();
    }

    @Test
    @DisplayName("with no walk open, 'yes' after \"Did you mean `start`?\" begins the 5 tips, as 'start' does; 'no' "
            + "begins nothing")
    void yesToStartWithNoWalkOpen() {
        // GIVEN Nia has used the server but never began a walk, and mistyped start
        Member nia = bot.member("nia");
        nia.runs("coach progress");
        assertThat(nia.types("strat").text()).startsWith("Did you mean `start`?");
        // WHEN she says no
        Reply no = nia.types("no");
        // THEN nothing begins, and the reply says the word to type
        assertThat(no.text()).isEqualTo("No problem: I did nothing, and kept nothing. Type `start` whenever you want "
                + "it.");
        assertThat(nia.runs("coach progress").plainText()).contains("Not started yet");

        // WHEN she mistypes it again, and says yes
        nia.types("Strat!");
        Reply yes = nia.types("yes");
        // THEN the 5 tips begin at their first question, nothing kept
        assertThat(yes.plainText()).contains("Question 1 of 17").doesNotContain("Saved");
        assertThat(nia.runs("coach progress").plainText()).contains("0 of 17 questions answered");

        // AND with her walk paused, "reflct" then "yep" begins Ask Yourself
        nia.types("pause");
        nia.types("reflct");
        assertThat(nia.types("yep").plainText()).contains("Question 1 of 4");
        assertThat(answersTyped("yes") + answersTyped("yep") + answersTyped("no")).isZero();
    }

    private static List<String> labels(Reply reply) {
        return reply.buttons().stream().map(Button::label).toList();
    }

    /** How many answers hold exactly {@code typed}, in any walk of the test server. */
    private int answersTyped(String typed) {
        return bot.storedRows().<Integer>read(c -> Database.one(c, "SELECT COUNT(*) FROM walk_answers"
                + " WHERE guild_id = ? AND LOWER(answer) = ?", rs -> rs.getInt(1), TestBot.GUILD, typed)
                .orElseThrow());
    }
}
