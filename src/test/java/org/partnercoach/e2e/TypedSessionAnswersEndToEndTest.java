package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.FakeDiscord.EPHEMERAL;
import static org.partnercoach.e2e.World.ALICE;
import static org.partnercoach.e2e.World.CORA;
import static org.partnercoach.e2e.World.OLIVIA;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.config.AppConfig;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.storage.Database;

/**
 * Group session answers typed as lines in the session's thread ({@code sessions.typedAnswers}), through the real
 * Discord client: Discord sends each line on the gateway, as it does to a bot with the Message Content intent.
 */
@DisplayName("Answers typed in a group session's thread, through the real Discord client")
class TypedSessionAnswersEndToEndTest extends EndToEndTest {

    private static final String REYES = "Pastor Reyes at Grace Church chairs the food drive";
    private static final String YOUTH = "@everyone the youth council meets on Tuesdays";

    @Override
    AppConfig.SessionsConfig sessionsConfig() {
        return new AppConfig.SessionsConfig(true);
    }

    @Test
    @DisplayName("alice types her answer in two lines, cora hers after a line that only brings olivia in (not kept); "
            + "the question counts two answers, olivia ends it, and the summary comes from the outbox with its nonce, "
            + "pinging nobody for the @everyone typed")
    void answersTypedInTheThread() {
        // GIVEN olivia started a session in #general: its thread is open, with question 1 and its buttons
        long threadId = startedByOlivia("Eastside circle");
        assertThat(discord.threads()).containsExactly(threadId);
        JsonNode question = questionIn(threadId);
        assertThat(question.path("embeds").get(0).path("title").asText()).startsWith("Question 1 of 4");
        assertThat(buttonLabels(question)).containsExactly("Answer", "Next question", "End");
        String posts = "channels/" + threadId + "/messages";
        int beforeLines = discord.mark();

        // WHEN alice types her answer in the thread in two lines, the second calling @everyone
        assertThat(discord.typesIn(threadId, ALICE, REYES)).as("Discord sends the line to the bot").isTrue();
        awaitStored(Map.of(ALICE.id(), REYES));
        discord.typesIn(threadId, ALICE, YOUTH);
        // AND cora brings olivia into the thread with a line of only her mention, then types her answer
        discord.typesIn(threadId, CORA, "<@" + OLIVIA.id() + ">");
        discord.typesIn(threadId, CORA, "The food council");

        // THEN alice's two lines are one answer, and cora's answer is her words without the mention
        awaitStored(Map.of(ALICE.id(), REYES + "\n" + YOUTH, CORA.id(), "The food council"));
        // AND the question, with its buttons still, counts two answers once its count is due again
        // (a run the lines set off may still be editing the count: a run of our own waits for it to finish, so that
        // its edit is stamped before the clock moves on, and the next edit is then due)
        bot.app().scheduler().runDue();
        clock.advance(Duration.ofSeconds(5));
        bot.app().scheduler().runDue();
        JsonNode counted = awaitCount(beforeLines, posts, "2 answers").body();
        assertThat(buttonLabels(questionIn(threadId))).containsExactly("Answer", "Next question", "End");
        assertThat(counted.path("allowed_mentions").path("parse").size()).isZero();
        // AND the bot posted nothing in the thread in reply to the lines
        assertThat(discord.requests().subList(beforeLines, discord.mark())).noneMatch(r -> r.is("POST", posts));

        // WHEN olivia ends the session
        int beforeEnd = discord.mark();
        Recorded ended = discord.presses(OLIVIA, "End");

        // THEN she alone reads that it ended and where the summary goes
        assertThat(ended.message().path("content").asText()).contains("The session has ended",
                "I'm posting the summary in the thread now");
        assertThat(ended.message().path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        // AND the summary is posted in the thread with both answers, the @everyone shown as typed and pinging nobody
        Recorded summary = discord.awaitRequest(beforeEnd, "POST", posts);
        bot.app().scheduler().runDue();
        JsonNode embed = summary.body().path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("Summary: Eastside circle");
        assertThat(embed.path("fields").get(0).path("value").asText())
                .contains("**alice**: " + REYES + " / " + YOUTH, "**cora**: The food council")
                .doesNotContain("<@" + OLIVIA.id() + ">");
        assertThat(summary.body().path("allowed_mentions").path("parse").size()).isZero();
        assertThat(summary.body().path("allowed_mentions").path("users").size()).isZero();
        assertThat(summary.body().path("allowed_mentions").path("roles").size()).isZero();
        // AND it went out through the outbox, under its row's nonce, which Discord enforces: sent once, and the
        // row names the message members see
        String nonce = summary.body().path("nonce").asText();
        assertThat(nonce).matches("pc\\d+");
        assertThat(summary.body().path("enforce_nonce").asBoolean()).isTrue();
        ScheduledSend row = bot.app().outbox().find(World.GUILD, Long.parseLong(nonce.substring(2))).orElseThrow();
        assertThat(row.kind()).isEqualTo("session");
        assertThat(row.status()).isEqualTo(ScheduledSend.Status.SENT);
        assertThat(discord.shownIn(threadId)).filteredOn(m -> m.toString().contains("Summary: Eastside circle"))
                .singleElement().satisfies(shown -> assertThat(bot.app().outbox().history()
                        .sentMessageId(World.GUILD, row.id())).contains(shown.path("id").asLong()));
        // AND the answers stored are the two, as typed, the mention not among them
        assertThat(stored()).isEqualTo(Map.of(ALICE.id(), REYES + "\n" + YOUTH, CORA.id(), "The food council"));
    }

    @Test
    @DisplayName("after the end, alice types twice in the thread and cora once: two notes in the thread, one naming "
            + "each, that the session ended and the line is the group's and no answer, with /session answers to change "
            + "theirs; each from the outbox under its nonce, pinging no one, where the bot said nothing at all")
    void linesTypedAfterTheEnd() {
        // GIVEN olivia's session ended, its summary in the thread
        long threadId = startedByOlivia("Westside circle");
        String posts = "channels/" + threadId + "/messages";
        int beforeEnd = discord.mark();
        discord.presses(OLIVIA, "End");
        discord.awaitRequest(beforeEnd, "POST", posts);
        bot.app().scheduler().runDue();
        int beforeLines = discord.mark();

        // WHEN alice types two lines in the thread, and cora one
        discord.typesIn(threadId, ALICE, "Thanks all, the library too");
        discord.typesIn(threadId, ALICE, "See you next week");
        discord.typesIn(threadId, CORA, "Great circle");
        // (each one's lines are handled in order with what they do next: once their command is answered, their
        // lines were read, and a run of our own sends what those queued)
        discord.runs(ALICE, "session list");
        discord.runs(CORA, "session list");
        bot.app().scheduler().runDue();

        // THEN the thread has two notes, alice's and cora's, each naming its member
        List<Recorded> notes = discord.requests().subList(beforeLines, discord.mark()).stream()
                .filter(r -> r.is("POST", posts)).toList();
        assertThat(notes).extracting(n -> n.body().path("content").asText()).containsExactlyInAnyOrder(
                ended(ALICE), ended(CORA));
        assertThat(notes).allSatisfy(note -> {
            // AND neither pings anyone: the name shows, and Discord is told to ping no one
            JsonNode mentions = note.body().path("allowed_mentions");
            assertThat(mentions.path("parse").size()).isZero();
            assertThat(mentions.path("users").size()).isZero();
            assertThat(mentions.path("roles").size()).isZero();
            // AND each went out through the outbox, under its row's nonce, which Discord enforces
            assertThat(note.body().path("nonce").asText()).matches("pc\\d+");
            assertThat(note.body().path("enforce_nonce").asBoolean()).isTrue();
        });
        // AND no line became an answer
        assertThat(stored()).isEmpty();
    }

    @Test
    @DisplayName("a line that would take alice's answer past 4,000 characters is not added, and the thread's note "
            + "telling her so comes from the outbox under its row's nonce, naming and pinging her alone, where the "
            + "line's handler posted it with no nonce")
    void lineTooLongForTheAnswer() {
        // GIVEN alice's answer to question 1, typed in two long lines, is 3,991 characters
        long threadId = startedByOlivia("Northside circle");
        String posts = "channels/" + threadId + "/messages";
        String food = "The food bank. ".repeat(133).strip();
        String library = "The library too. ".repeat(117).strip() + " Yes yes";
        discord.typesIn(threadId, ALICE, food);
        discord.typesIn(threadId, ALICE, library);
        awaitStored(Map.of(ALICE.id(), food + "\n" + library));
        int before = discord.mark();

        // WHEN she types one more line, which would take it to 4,006
        discord.typesIn(threadId, ALICE, "and the clinic");

        // THEN the thread gets one note naming her, with her count and what to do
        Recorded note = discord.awaitRequest(before, "POST", posts);
        assertThat(note.body().path("content").asText()).startsWith("<@" + ALICE.id() + ">, I didn't add that "
                + "line to your answer to question 1: it would take it to 4,006 characters").contains(
                "press **Answer** under the question");
        // AND it pings her alone
        JsonNode mentions = note.body().path("allowed_mentions");
        assertThat(mentions.path("parse").size()).isZero();
        assertThat(mentions.path("users")).extracting(JsonNode::asText).containsExactly(String.valueOf(ALICE.id()));
        // AND it went out through the outbox, under its row's nonce, which Discord enforces: a row for her
        String nonce = note.body().path("nonce").asText();
        assertThat(nonce).matches("pc\\d+");
        assertThat(note.body().path("enforce_nonce").asBoolean()).isTrue();
        ScheduledSend row = bot.app().outbox().find(World.GUILD, Long.parseLong(nonce.substring(2))).orElseThrow();
        assertThat(row.kind()).isEqualTo("session");
        assertThat(row.recipientId()).isEqualTo(ALICE.id());
        // AND her answer is as it was
        assertThat(stored()).isEqualTo(Map.of(ALICE.id(), food + "\n" + library));
    }

    /** The note the first line a member types in the thread after the end gets. */
    private static String ended(World.Person who) {
        return "<@" + who.id() + ">, this session has ended, so I didn't keep that line as an answer: it stays here "
                + "for the group to read. To change your answers, run `/session answers`.";
    }

    /** The question message of the thread as members see it now (after the bot's edits). */
    private JsonNode questionIn(long threadId) {
        return discord.shownIn(threadId).stream().filter(m -> m.toString().contains("Question 1 of")).findFirst()
                .orElseThrow();
    }

    /** The first edit of a message in the thread from {@code from} on whose footer reads {@code count}. */
    private Recorded awaitCount(int from, String posts, String count) {
        Recorded edit = discord.awaitRequest(from, "PATCH", posts + "/\\d+");
        while (!edit.body().path("embeds").path(0).path("footer").path("text").asText().equals(count)) {
            edit = discord.awaitRequest(edit.index() + 1, "PATCH", posts + "/\\d+");
        }
        return edit;
    }

    /** The session answers stored in Eastside: member → text. */
    private Map<Long, String> stored() {
        Map<Long, String> out = new TreeMap<>();
        bot.app().database().read(c -> Database.list(c, "SELECT user_id, text FROM group_session_answers "
                + "WHERE guild_id = ?", rs -> Map.entry(rs.getLong(1), rs.getString(2)), World.GUILD))
                .forEach(row -> out.put(row.getKey(), row.getValue()));
        return out;
    }

    /** The bot reads typed lines on its event threads, and says nothing: waits until the answers stored are these. */
    private void awaitStored(Map<Long, String> expected) {
        long deadline = System.nanoTime() + FakeDiscord.TIMEOUT.toNanos();
        while (!stored().equals(expected)) {
            assertThat(System.nanoTime()).as("the answers stored became %s within %s; they are %s", expected,
                    FakeDiscord.TIMEOUT, stored()).isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }
}
