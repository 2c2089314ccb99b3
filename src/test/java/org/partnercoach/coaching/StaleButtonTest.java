package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Buttons the bot can no longer follow get a clear message, never a stack trace")
class StaleButtonTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a button of a feature that does not exist (an old version): run its command again, as nobody can "
            + "tell which it was")
    void unknownFeature() {
        Reply reply = ana.pressesId(CustomId.of("oldfeature", "go", 1));
        assertThat(reply.text()).contains("That button belongs to an older message", "Run the command that showed "
                + "it again").doesNotContain("/coach progress");
        assertThat(reply.ephemeral()).isTrue();
    }

    @Test
    @DisplayName("an unknown action, a missing walk, and a walk id that is not a number")
    void unknownActionsAndRows() {
        ana.runs("coach start");
        assertThat(ana.pressesId(CustomId.of("walk", "dance", 1)).text()).contains("older message",
                "`/coach progress` to see where you are");
        assertThat(ana.pressesId(CustomId.of("walk", "skip", 999_999, "research.list")).text())
                .contains("can't find that walk");
        assertThat(ana.pressesId(CustomId.of("walk", "skip", "abc", "research.list")).text())
                .contains("can't find that walk");
    }

    @Test
    @DisplayName("a question that was removed from the content: the answer typed for it is shown back, not lost")
    void removedQuestion() {
        Reply first = ana.runs("coach start");
        long walkId = first.buttons().get(0).id().longArg(0);
        ana.presses("Answer");
        Reply reply = bot.app().router().handle(new org.partnercoach.chat.Inbound.ModalSubmit(
                ana.caller(org.partnercoach.chat.Surface.SERVER), CustomId.of("walk", "answered", walkId,
                        "research.retired"), java.util.Map.of("answer", "my precious answer")));
        assertThat(reply.text()).contains("no longer part of the walk").contains("my precious answer");
    }

    @Test
    @DisplayName("another member's button is refused politely")
    void someoneElsesWalk() {
        Reply anas = ana.runs("coach start");
        Member bea = bot.member("bea");
        Reply reply = bea.pressesId(anas.buttons().get(1).id());
        assertThat(reply.text()).contains("someone else's walk");
        assertThat(ana.runs("coach start").plainText()).contains("Question 1 of 17");
    }

    @Test
    @DisplayName("an unexpected failure becomes a friendly message with a reference code")
    void failureHasReferenceCode() {
        ana.runs("coach start");
        // the database goes away under the running bot
        bot.app().close();
        Reply reply = ana.runs("coach progress");
        assertThat(reply.text()).containsPattern("code `[A-Z0-9]{6}`").contains("nothing you sent was lost");
        assertThat(reply.ephemeral()).isTrue();
    }
}
