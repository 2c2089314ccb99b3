package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.FakeDiscord.CHANNEL_MESSAGE;
import static org.partnercoach.e2e.FakeDiscord.EPHEMERAL;
import static org.partnercoach.e2e.FakeDiscord.MODAL;
import static org.partnercoach.e2e.FakeDiscord.UPDATE_MESSAGE;
import static org.partnercoach.e2e.World.ALICE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The coaching walk, through the real Discord client")
class CoachingWalkEndToEndTest extends EndToEndTest {

    @Test
    @DisplayName("/coach start, Answer, the form, and the next question: private, with buttons, pinging nobody")
    void walkWithButtonsAndForm() {
        // WHEN alice runs /coach start in the server
        Recorded start = discord.runs(ALICE, "coach start");

        // THEN she alone sees the first question with its guidance and four buttons
        assertThat(start.callbackType()).isEqualTo(CHANNEL_MESSAGE);
        JsonNode message = start.message();
        assertThat(message.path("flags").asInt() & EPHEMERAL).as("ephemeral").isEqualTo(EPHEMERAL);
        assertThat(message.path("embeds").get(0).path("title").asText()).startsWith("Tip 1 of 5");
        assertThat(message.path("embeds").get(0).path("description").asText()).contains("Question 1 of");
        assertThat(buttonLabels(message)).containsExactly("Answer", "Skip", "Back", "Pause");
        assertNoPings(message);

        // WHEN she presses Answer
        Recorded form = discord.presses(ALICE, "Answer");

        // THEN a form opens with one long text field for her answer
        assertThat(form.callbackType()).isEqualTo(MODAL);
        JsonNode modal = form.message();
        assertThat(modal.path("custom_id").asText()).startsWith("walk:answered:");
        assertThat(modal.path("title").asText()).startsWith("Tip 1 of 5");
        JsonNode label = modal.path("components").get(0);
        assertThat(label.path("type").asInt()).as("a Label").isEqualTo(18);
        assertThat(label.path("label").asText()).isEqualTo("Your answer");
        JsonNode input = label.path("component");
        assertThat(input.path("type").asInt()).as("a text input").isEqualTo(4);
        assertThat(input.path("custom_id").asText()).isEqualTo("answer");
        assertThat(input.path("style").asInt()).as("paragraph").isEqualTo(2);
        assertThat(input.path("max_length").asInt()).isEqualTo(4000);
        assertThat(input.path("placeholder").asText()).isNotBlank();

        // WHEN she submits an answer that tries to ping everyone
        Recorded next = discord.submits(ALICE, "answer", "Eastside Food Bank and Lincoln High @everyone");

        // THEN the message with the buttons becomes the next question, still private, pinging nobody
        assertThat(next.callbackType()).isEqualTo(UPDATE_MESSAGE);
        JsonNode updated = next.message();
        assertThat(updated.path("content").asText()).startsWith("Saved");
        assertThat(updated.path("embeds").get(0).path("description").asText()).contains("Question 2 of");
        // AND the organizations she named are offered for the outreach list, with a button beside the question's
        assertThat(buttonLabels(updated)).containsExactly("Answer", "Skip", "Back", "Pause", "Check and add");
        assertThat(updated.path("content").asText()).contains("I found 1 organization");
        assertThat(selectOptions(updated)).isEmpty();
        assertNoPings(updated);

        // AND her answer is stored
        Recorded progress = discord.runs(ALICE, "coach progress");
        assertThat(progress.message().path("embeds").toString()).contains("1 of ");
    }

    @Test
    @DisplayName("the same walk by typing in a DM: each message answers the question and the next one comes")
    void walkByDirectMessages() {
        // GIVEN alice began in the server, so her DMs belong to it
        discord.runs(ALICE, "coach start");

        // WHEN she types her answer in a DM with the bot
        Recorded reply = discord.dms(ALICE, "The clinic's outreach lead");

        // THEN the bot answers in that DM with the next question, without buttons, and pings nobody
        JsonNode next = reply.body();
        // (how to answer was said when the walk opened; the reply stays short)
        assertThat(next.path("content").asText()).contains("Saved").doesNotContain("Type your answer");
        assertThat(next.path("embeds").get(0).path("description").asText()).contains("Question 2 of");
        assertThat(buttonLabels(next)).as("no walk buttons in a DM, only the offer").containsExactly("Check and add");
        assertThat(next.path("flags").asInt() & EPHEMERAL).as("DMs are never ephemeral").isZero();
        assertNoPings(next);

        // WHEN she types "back"
        JsonNode back = discord.dms(ALICE, "back").body();

        // THEN she sees the first question again, with what she wrote
        assertThat(back.path("embeds").get(0).path("description").asText())
                .contains("Question 1 of").contains("The clinic's outreach lead");

        // WHEN she types "pause"
        JsonNode paused = discord.dms(ALICE, "pause").body();

        // THEN the walk is paused and she is told which walk, and the word that picks it up again
        assertThat(paused.path("content").asText()).contains("Paused: **5 tips").contains("`resume`");
    }

    @Test
    @DisplayName("said to the bot in a DM, not to the question: an example asked for, a slip of the keys, and 'I'm "
            + "done for today' are not kept; the last pauses the walk")
    void asidesInDirectMessages() {
        // GIVEN alice began in the server and answered the first question in a DM
        discord.runs(ALICE, "coach start");
        discord.dms(ALICE, "The clinic's outreach lead");

        // WHEN she asks for an example
        JsonNode example = discord.dms(ALICE, "can you give me an example?").body();
        // THEN the bot says it has none ready, and shows the tip's advice with the same question
        assertThat(example.path("content").asText()).contains("ready-made example").contains("didn't keep")
                .doesNotContain("Saved");
        assertThat(example.path("embeds").get(0).path("description").asText())
                .contains("roles you already play").contains("Question 2 of");
        assertNoPings(example);

        // WHEN she mistypes skip
        JsonNode typo = discord.dms(ALICE, "skp").body();
        // THEN the bot asks whether she meant it, over the same question
        assertThat(typo.path("content").asText()).contains("Did you mean `skip`?").doesNotContain("Saved");
        assertThat(typo.path("embeds").get(0).path("description").asText()).contains("Question 2 of");

        // WHEN she stops for the day
        JsonNode done = discord.dms(ALICE, "I'm done for today").body();
        // THEN the walk is paused where it stood, and she is told how to pick it up
        assertThat(done.path("content").asText()).contains("Paused: **5 tips").contains("question 2 of")
                .contains("`resume`");
    }

    @Test
    @DisplayName("a newcomer's first DM line that is no greeting gets a welcome; 'start please' mid-walk is not kept "
            + "nor offered for the list; 'strat' with no walk open offers `start`")
    void newcomerMenuWordsAndSlipsInDirectMessages() {
        // GIVEN alice has used the server but never begun a walk
        discord.runs(ALICE, "coach progress");

        // WHEN her first DM line is not a greeting
        JsonNode welcome = discord.dms(ALICE, "The food bank").body();
        // THEN a short welcome names the one word that starts, and says her line was not kept
        assertThat(welcome.path("content").asText()).startsWith("Welcome! I'm Partner Coach").contains("`start`")
                .contains("didn't keep").doesNotContain("walk");
        assertNoPings(welcome);

        // WHEN she begins, and at question 1 types "start please"
        discord.dms(ALICE, "start");
        JsonNode asked = discord.dms(ALICE, "start please").body();
        // THEN it is not kept nor offered as an organization: what to type, over the same question
        assertThat(asked.path("content").asText()).contains("Anything you type answers the question below")
                .doesNotContain("Saved");
        assertThat(asked.path("embeds").get(0).path("description").asText()).contains("Question 1 of");
        assertThat(buttonLabels(asked)).doesNotContain("Check and add");

        // WHEN she pauses, then mistypes start
        discord.dms(ALICE, "pause");
        JsonNode slip = discord.dms(ALICE, "strat").body();
        // THEN the bot offers the word she meant
        assertThat(slip.path("content").asText()).startsWith("Did you mean `start`?");
        assertNoPings(slip);
    }

    @Test
    @DisplayName("'start please' typed in a DM with no walk open begins the 5 tips at their first question")
    void startPleaseWithNoWalkOpenBegins() {
        // GIVEN alice has used the server but never begun a walk
        discord.runs(ALICE, "coach progress");

        // WHEN she asks, in her DMs, to begin
        JsonNode begun = discord.dms(ALICE, "Start please!").body();

        // THEN the 5 tips begin: their first question, with its Answer button, pinging nobody
        assertThat(begun.path("embeds").get(0).path("description").asText()).contains("Question 1 of");
        assertThat(begun.path("content").asText()).doesNotContain("Type one of these");
        assertNoPings(begun);
    }

    @Test
    @DisplayName("'idk' typed in a DM is not kept as an answer: the question is left open to come back to, and the "
            + "next one comes")
    void notKnowingInDirectMessages() {
        // GIVEN alice began in the server and answered the first question in a DM
        discord.runs(ALICE, "coach start");
        discord.dms(ALICE, "The clinic's outreach lead");

        // WHEN she says she doesn't know
        JsonNode leftOpen = discord.dms(ALICE, "hmm, idk").body();

        // THEN the bot says that's fine, left it open, and shows the next question, pinging nobody
        assertThat(leftOpen.path("content").asText()).startsWith("Not knowing yet is fine: I left this one open")
                .doesNotContain("Saved");
        assertThat(leftOpen.path("embeds").get(0).path("description").asText()).contains("Question 3 of");
        assertNoPings(leftOpen);

        // AND her answers show the question as skipped, ready to answer later
        JsonNode answers = discord.dms(ALICE, "answers").body();
        assertThat(answers.toString()).contains("(skipped)").doesNotContain("idk");
    }

    @Test
    @DisplayName("an answer typed in a DM over one already there, after back, says which words it replaced")
    void replacedAnswerInDirectMessages() {
        // GIVEN alice answered the first question in a DM and went back to it
        discord.runs(ALICE, "coach start");
        discord.dms(ALICE, "The clinic's outreach lead");
        discord.dms(ALICE, "back");

        // WHEN she types another answer
        JsonNode saved = discord.dms(ALICE, "The mayor's office").body();

        // THEN the reply names the answer it replaced, pinging nobody, and moves on
        assertThat(saved.path("content").asText()).contains("Saved: “The mayor's office”")
                .contains("in place of “The clinic's outreach lead”");
        assertThat(saved.path("embeds").get(0).path("description").asText()).contains("Question 2 of");
        assertNoPings(saved);
    }

    @Test
    @DisplayName("answers typed in a DM faster than the bot replies (a phone back online sends its queued lines at "
            + "once) are each kept, in order, under the questions they followed, and each reply comes after the one "
            + "before")
    void answersSentInABurstKeepTheirOrder() {
        // GIVEN alice began the 5 tips in the server
        discord.runs(ALICE, "coach start");
        List<String> lines = List.of("Answer one", "Answer two", "Answer three", "Answer four", "Answer five",
                "Answer six", "Answer seven", "Answer eight");

        // WHEN her phone sends eight answers at once
        List<Recorded> replies = discord.dmsInARow(ALICE, lines);

        // THEN each reply says the line before it was saved and asks the next question, in order
        for (int i = 0; i < lines.size(); i++) {
            JsonNode reply = replies.get(i).body();
            assertThat(reply.path("content").asText()).as("reply %d", i + 1).contains("Saved: “" + lines.get(i) + "”");
            assertThat(reply.path("embeds").get(0).path("description").asText()).as("reply %d", i + 1)
                    .contains("Question " + (i + 2) + " of");
        }
        // AND her answers, read in the server, are the eight lines under the first eight questions
        String answers = discord.runs(ALICE, "coach answers").message().toString();
        for (int i = 0; i < lines.size(); i++) {
            assertThat(answers).contains(lines.get(i));
        }
        assertThat(discord.dms(ALICE, "back").body().path("embeds").get(0).path("description").asText())
                .contains("Question 8 of").contains("Answer eight");
    }

    @Test
    @DisplayName("bad input typed in a DM: Markdown, @everyone and emoji come back as typed and ping nobody, 10,000 "
            + "characters are refused with nothing lost, and someone who never used the bot in a server is told "
            + "where to begin")
    void badInputInDirectMessages() {
        // GIVEN alice began in the server
        discord.runs(ALICE, "coach start");

        // WHEN she types a heading, a masked link, @everyone and a joined emoji as her answer
        JsonNode saved = discord.dms(ALICE, "# Plan: [the food bank](https://evil.example) @everyone 👩🏽‍⚕️").body();

        // THEN Discord is sent her characters, escaped so that nothing renders, and no one may be pinged
        String shown = "\\# Plan: \\[the food bank\\]\\(https://evil.example\\) @everyone 👩🏽‍⚕️";
        assertThat(saved.path("content").asText()).contains("Saved: “" + shown + "”");
        assertNoPings(saved);

        // WHEN she sends 10,000 characters
        JsonNode tooLong = discord.dms(ALICE, "y".repeat(10_000)).body();

        // THEN it is refused with what to do, the question stays, and her first answer is still there
        assertThat(tooLong.path("content").asText()).contains("10,000 characters", "I didn't save it",
                "Nothing is lost");
        assertThat(tooLong.path("embeds").get(0).path("description").asText()).contains("Question 2 of");
        JsonNode back = discord.dms(ALICE, "back").body();
        assertThat(back.path("embeds").get(0).path("description").asText())
                .contains("*Your answer so far:* “" + shown + "”");

        // AND cora, who never ran a command in a server, is told where to begin
        JsonNode stranger = discord.dms(World.CORA, "hello?").body();
        assertThat(stranger.path("content").asText()).contains("run `/coach start` once in your coalition's server");
        assertNoPings(stranger);
    }

    @Test
    @DisplayName("a mention with one letter typed in a DM, or sent from the form, is no answer: the reply quotes what "
            + "she typed, pings nobody, and the question waits")
    void mentionWithALetterIsNoAnswer() {
        // GIVEN alice began in the server
        discord.runs(ALICE, "coach start");

        // WHEN she types @everyone and one letter in the DM
        JsonNode typed = discord.dms(ALICE, "@everyone a").body();

        // THEN it is not kept: the reply quotes it back, asks for a few words, and pings no one
        assertThat(typed.path("content").asText()).startsWith("I didn't keep “@everyone a” as an answer: a mention "
                + "calls people in, and “a” on its own doesn't say what you think yet.");
        assertThat(typed.path("embeds").get(0).path("description").asText()).contains("Question 1 of");
        assertNoPings(typed);

        // WHEN she sends the same from the Answer form
        discord.presses(ALICE, "Answer");
        Recorded form = discord.submits(ALICE, "answer", "<@" + World.CORA.id() + "> ok");

        // THEN the reply quotes it too, pinging no one, and nothing was kept
        JsonNode reply = form.message();
        assertThat(reply.path("content").asText()).startsWith("I didn't keep “<@" + World.CORA.id() + "> ok” as your "
                + "answer");
        assertNoPings(reply);
        assertThat(discord.runs(ALICE, "coach progress").message().toString()).contains("0 of 17 questions answered");
    }

    @Test
    @DisplayName("after a restart mid-walk, a button from before the restart still opens the form and saves")
    void oldButtonWorksAfterRestart() throws Exception {
        // GIVEN alice started her walk, and the bot restarts (a new session, the same database)
        discord.runs(ALICE, "coach start");
        long oldMessage = discord.messageWithButton(ALICE, "Answer");
        stopBot();
        startBot();

        // WHEN she presses Answer on the message from before the restart
        Recorded form = discord.pressesOn(ALICE, oldMessage, "Answer");

        // THEN the form opens, and her answer moves her to the next question
        assertThat(form.callbackType()).isEqualTo(MODAL);
        Recorded next = discord.submits(ALICE, "answer", "Find their board chair through the school district");
        assertThat(next.callbackType()).isEqualTo(UPDATE_MESSAGE);
        assertThat(next.message().path("embeds").get(0).path("description").asText()).contains("Question 2 of");
    }



    /** Discord parses no mentions from the text: not @everyone, not roles, not users. */
    private static void assertNoPings(JsonNode message) {
        JsonNode allowed = message.path("allowed_mentions");
        assertThat(allowed.isObject()).as("allowed_mentions is sent").isTrue();
        assertThat(allowed.path("parse").isArray()).isTrue();
        assertThat(allowed.path("parse").size()).as("allowed_mentions.parse").isZero();
        assertThat(allowed.path("users").size()).isZero();
        assertThat(allowed.path("roles").size()).isZero();
    }
}
