package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Walking by typed messages in a DM")
class DmWalkTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a typed line answers the current question and the bot sends the next one, with no buttons")
    void typedAnswers() {
        Member ana = bot.member("ana");
        ana.runs("coach start");

        Reply next = ana.types("Eastside Food Bank, Lincoln High");
        assertThat(next.text()).contains("Saved: “Eastside Food Bank, Lincoln High”")
                .contains("Type your answer, or `back`, `skip`, `pause` or `help`.");
        assertThat(next.plainText()).contains("Question 2 of 4");
        assertThat(next.buttons()).isEmpty();
        // a walk begun in the DM opens with its introduction, without the invitation to the DM it is already in
        Reply reflect = ana.types("reflect");
        assertThat(reflect.plainText()).contains("Partnering is the shift").doesNotContain("Send me a direct message");
    }

    @Test
    @DisplayName("back, skip, pause and help work as words, in any case")
    void words() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        ana.types("Eastside Food Bank");

        assertThat(ana.types("SKIP").plainText()).contains("Question 3 of 4");
        assertThat(ana.types("back").plainText()).contains("Question 2 of 4");
        assertThat(ana.types("  Back ").plainText()).contains("Question 1 of 4").contains("Eastside Food Bank");
        Reply help = ana.types("help");
        assertThat(help.text()).contains("Anything you type answers the question below").contains("`pause`");
        assertThat(help.plainText()).contains("Question 1 of 4");

        Reply paused = ana.types("pause");
        assertThat(paused.text()).contains("Paused").contains("type `start` here");
        Reply idle = ana.types("hello?");
        assertThat(idle.text()).contains("no walk open").contains("`start`");
        assertThat(ana.runs("coach answers").plainText()).doesNotContain("hello?");

        Reply resumed = ana.types("start");
        assertThat(resumed.text()).contains("Welcome back");
        assertThat(resumed.plainText()).contains("Question 1 of 4");
    }

    @Test
    @DisplayName("a member who never used the bot in a server is told where to begin")
    void noServerYet() {
        Member stranger = bot.member("stranger");
        Reply reply = stranger.types("hi");
        assertThat(reply.text()).contains("run `/coach start` once in your coalition's server");
    }

    @Test
    @DisplayName("typing 'reflect' starts Ask Yourself; DM answers go to the walk touched last")
    void reflectInDm() {
        Member ana = bot.member("ana");
        ana.runs("coach start");
        Reply reflect = ana.types("reflect");
        assertThat(reflect.plainText()).contains("Question 1 of 4 · Before you approach them");
        ana.types("Their mandate and history");
        assertThat(ana.runs("coach progress").plainText()).contains("1 of 6 questions answered");
    }
}
