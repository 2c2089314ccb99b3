package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A DM line typed after a walk's end")
class DmAfterTheEndTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** Ana walks Ask Yourself in the DM, answering every question but the third. */
    private Member anaFinishesAskYourself() {
        Member ana = bot.member("ana");
        ana.runs("reflect");
        ana.types("Their mandate");
        ana.types("The food council");
        ana.types("skip");
        Reply end = ana.types("Shared goals");
        assertThat(end.plainText()).contains("✓ Ask Yourself");
        return ana;
    }

    @Test
    @DisplayName("'reflect' typed to look at a finished Ask Yourself while the 5 tips are open shows its end, and a note "
            + "that what she types next answers the 5 tips; her next line goes there")
    void finishedWalkShownByItsWordWhileAnotherIsOpen() {
        // GIVEN Ana finished Ask Yourself, then began the 5 tips in the DM and answered its first question
        Member ana = anaFinishesAskYourself();
        ana.types("start");
        ana.types("Eastside Food Bank");

        // WHEN she types reflect to look back at Ask Yourself
        Reply shown = ana.types("reflect");

        // THEN she sees its end, and below it that the 5 tips are still open, at question 2, for what she types next
        assertThat(shown.plainText()).contains("✓ Ask Yourself").contains("Your **5 tips for reaching out to new "
                + "partners** is still open, so what you type next answers its question 2 of 17.");
        // AND her next line answers that question
        assertThat(ana.types("I volunteer at the school").plainText()).contains("Saved").contains("Question 3 of 17");
    }

    @Test
    @DisplayName("'done' within a day of the end says she finished it, with the next step and how to change an answer; "
            + "👍, 'hello' or 'thanks' after that get a short word back and what to type; after a day, the words that "
            + "begin a walk, as before")
    void remarksRightAfterTheEnd() {
        // GIVEN Ana just finished Ask Yourself in the DM
        Member ana = anaFinishesAskYourself();

        // WHEN she types "done"
        Reply first = ana.types("done");
        // THEN the reply acknowledges the walk she finished and says what comes next, not "to begin"
        assertThat(first.text())
                .contains("You finished **Ask Yourself**: well done, your answers are saved (1 question still open).")
                .contains("Next: pick one organization")
                .contains("press **See or edit my answers** below")
                .contains("`start`: the 5 tips")
                .doesNotContain("Type one of these to begin");
        assertThat(first.buttons()).extracting(Button::label).containsExactly("See or edit my answers");

        for (String said : List.of("👍", "hello", "ok")) {
            // WHEN she types a reaction, a greeting or an ok after that
            Reply reply = ana.types(said);
            // THEN a short word back, with what she can type next, not the whole end again
            assertThat(reply.text()).as(said)
                    .endsWith("Your **Ask Yourself** answers are saved (1 question still open). Whenever you're "
                            + "ready, type `start` for the 5 tips, `reflect` for Ask Yourself, or `progress` to see "
                            + "where you are.")
                    .doesNotContain("You finished").doesNotContain("Next: pick one organization");
            assertThat(reply.buttons()).extracting(Button::label).containsExactly("See or edit my answers");
        }
        assertThat(ana.types("Thanks!").text()).isEqualTo("You're welcome! Your **Ask Yourself** answers are saved "
                + "(1 question still open). Whenever you're ready, type `start` for the 5 tips, `reflect` for Ask "
                + "Yourself, or `progress` to see where you are.");

        // AND a day later, a greeting gets the words that begin a walk
        bot.advance(Duration.ofDays(1).plusMinutes(1));
        Reply later = ana.types("hello");
        assertThat(later.text()).startsWith("Hello! You have no walk open right now. Type one of these to begin:");
        assertThat(later.buttons()).isEmpty();
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("hello").doesNotContain("👍");
    }

    @Test
    @DisplayName("the end said in full once, the next walk finished gets it in full again")
    void eachEndSaidInFullOnce() {
        // GIVEN Ana finished Ask Yourself in the DM and thanked the bot twice
        Member ana = anaFinishesAskYourself();
        ana.types("thanks");
        ana.types("thanks");
        // AND then walks the 5 tips to the end, skipping every question
        ana.types("start");
        for (int i = 0; i < 16; i++) {
            ana.types("skip");
        }
        assertThat(ana.types("skip").plainText()).contains("✓ 5 tips");

        // WHEN she thanks the bot, twice
        Reply first = ana.types("thanks");
        Reply second = ana.types("thanks");
        // THEN the end of the 5 tips is said in full once, then short
        assertThat(first.text()).startsWith("You're welcome! You reached the end of **5 tips for reaching out to new "
                + "partners** with every question skipped");
        assertThat(second.text()).startsWith("You're welcome! Your **5 tips for reaching out to new partners** "
                + "questions are there whenever you'd like to answer them.");
    }

    @Test
    @DisplayName("a greeting after a walk paused since the end of another names the paused walk, not the end again")
    void greetingAfterAPauseSinceTheEnd() {
        // GIVEN Ana finished Ask Yourself in the DM, then began the 5 tips and paused them
        Member ana = anaFinishesAskYourself();
        ana.types("thanks");
        bot.advance(Duration.ofMinutes(5));
        ana.types("start");
        ana.types("pause");
        bot.advance(Duration.ofMinutes(5));

        // WHEN she says hi
        Reply hi = ana.types("hi");
        // THEN the reply is about the walk she paused, with resume first, not the end of Ask Yourself again
        assertThat(hi.text()).startsWith("Hello! No walk is open right now; **5 tips for reaching out to new "
                + "partners** is paused, with your answers saved.")
                .contains("`resume`: pick up **5 tips for reaching out to new partners**")
                .doesNotContain("You finished");
    }

    @Test
    @DisplayName("'done' right after a walk whose every question was skipped says so without praise or next step")
    void doneAfterEverySkip() {
        // GIVEN Ana skipped every question of Ask Yourself in the DM
        Member ana = bot.member("ana");
        ana.runs("reflect");
        for (int i = 0; i < 4; i++) {
            ana.types("skip");
        }
        // WHEN she types done
        Reply reply = ana.types("done");
        // THEN the reply says she reached the end with every question skipped, and how to answer them
        assertThat(reply.text())
                .startsWith("Got it! You reached the end of **Ask Yourself** with every question skipped")
                .contains("press **See or edit my answers** below")
                .doesNotContain("well done").doesNotContain("Next:");
        assertThat(reply.buttons()).extracting(Button::label).containsExactly("See or edit my answers");
    }

    @Test
    @DisplayName("back after the end offers the end card's own way to change an answer: See or edit my answers, "
            + "which opens the answers with their Edit and Answer buttons right in the DM")
    void backAfterTheEndOpensTheAnswersInTheDm() {
        // GIVEN Ana just finished Ask Yourself in the DM, whose end card has See or edit my answers
        Member ana = anaFinishesAskYourself();
        assertThat(ana.lastMessage().buttons()).extracting(Button::label)
                .contains("Answer 3", "See or edit my answers");

        // WHEN she types back, then skip
        for (String word : List.of("back", "skip")) {
            Reply reply = ana.types(word);
            // THEN the reply says the walk is finished and offers the same button, not a trip to the server
            assertThat(reply.text()).as(word)
                    .startsWith("Your **Ask Yourself** is finished, so there is no question open here.")
                    .contains("press **See or edit my answers** below")
                    .doesNotContain("run `/coach answers` in the server");
            assertThat(reply.buttons()).extracting(Button::label).containsExactly("See or edit my answers");
        }
        // AND pressing it opens her answers in the DM, each with its Edit or Answer button
        Reply page = ana.presses("See or edit my answers");
        assertThat(page.plainText()).contains("Your answers").contains("Shared goals");
        assertThat(page.buttons()).extracting(Button::label).contains("Edit 1", "Answer 3");
        // AND editing one from there keeps the new words
        ana.presses("Edit 4");
        ana.submits("answer", "Shared goals and shared credit");
        assertThat(ana.runs("coach answers").plainText()).contains("Shared goals and shared credit");
    }
    @Test
    @DisplayName("with the 5 tips paused before, back, skip or a line typed right after finishing Ask Yourself are about "
            + "the walk just finished, as with nothing paused: it says so, with See or edit my answers, and resume "
            + "for the paused walk; a day later a line goes to the paused walk again")
    void justFinishedWinsOverAWalkPausedBefore() {
        // GIVEN Ana began the 5 tips in the DM and paused them, then walked Ask Yourself to its end
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");
        ana.types("pause");
        bot.advance(Duration.ofMinutes(5));
        anaFinishesAskYourselfWithNoneOpen(ana);

        // WHEN she types back, then skip, to change her last answer
        for (String word : List.of("back", "skip")) {
            Reply reply = ana.types(word);
            // THEN the reply is about Ask Yourself, just finished, with its button, and resume for the 5 tips
            assertThat(reply.text()).as(word)
                    .startsWith("Your **Ask Yourself** is finished, so there is no question open here.")
                    .contains("press **See or edit my answers** below")
                    .contains("`resume`: pick up **5 tips for reaching out to new partners** where you paused it")
                    .doesNotContain("No walk is open right now");
            assertThat(reply.buttons()).extracting(Button::label).containsExactly("See or edit my answers");
        }
        // AND a second thought typed after her last answer is said not kept because Ask Yourself is finished
        assertThat(ana.types("and the library too").text())
                .startsWith("Your **Ask Yourself** is finished, so I didn't keep what you just typed.")
                .contains("`resume`: pick up **5 tips");

        // WHEN a day has passed, THEN a line typed goes back to naming the paused walk
        bot.advance(Duration.ofDays(2));
        assertThat(ana.types("The library").text()).startsWith("**5 tips for reaching out to new partners** is "
                + "paused, so I didn't keep what you just typed.");
    }

    private void anaFinishesAskYourselfWithNoneOpen(Member ana) {
        ana.types("reflect");
        ana.types("Their mandate");
        ana.types("The food council");
        ana.types("skip");
        assertThat(ana.types("Shared goals").plainText()).contains("✓ Ask Yourself");
    }
}
