package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A new member's first lines in the DM")
class DmNewMemberTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("'hi', 'help' or 'what is this' before any walk says what the bot is, then how to begin")
    void firstLinesIntroduceTheBot() {
        // GIVEN Nia has used the server (it is her DMs' home) but has never begun a walk
        Member nia = bot.member("nia");
        nia.runs("coach progress");

        // WHEN she greets the bot, asks for help, or asks what it is
        assertThat(nia.types("hi").text()).startsWith("Hello! I'm Partner Coach: I help you reach out to new "
                + "partner organizations for your coalition, one question at a time.");
        for (String asked : List.of("help", "what is this?", "What's this", "who are you?", "resume")) {
            Reply reply = nia.types(asked);
            // THEN the bot says what it is and which words begin a walk, not that "no walk is open"
            assertThat(reply.text()).as(asked).startsWith("I'm Partner Coach")
                    .contains("Type one of these to begin:\n`start`: the 5 tips")
                    .doesNotContain("no walk open").doesNotContain("didn't keep");
        }
    }

    @Test
    @DisplayName("'what is this?' typed during a walk is a puzzled member, not an answer: the help, nothing saved")
    void whatIsThisMidWalkIsNotAnAnswer() {
        // GIVEN Nia has begun the 5 tips in the DM
        Member nia = bot.member("nia");
        nia.runs("coach progress");
        nia.types("start");

        // WHEN she types "what is this?"
        Reply reply = nia.types("what is this?");

        // THEN she gets the help over the question, and nothing is kept as her answer
        assertThat(reply.text()).contains("Anything you type answers the question below");
        assertThat(reply.plainText()).contains("Question 1 of 17");
        assertThat(nia.runs("coach answers").plainText()).doesNotContain("what is this");
        assertThat(nia.runs("coach progress").plainText()).contains("0 of 17 questions answered");
    }
}
