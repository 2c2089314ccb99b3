package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Reply;
import org.partnercoach.config.AppConfig;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * An answer whose question later left the coaching content (the content folder changed between two starts): its
 * author still sees it in {@code /coach answers}, can make it private and delete it, and it no longer reaches the
 * coordinators, as it no longer reaches a partner's page.
 */
@DisplayName("Answers to a question no longer asked: their author keeps control, coordinators no longer see them")
class RetiredQuestionAnswersTest {

    private static final String SHARED_WORDS = "We lean on the food council and the library";

    @TempDir
    Path content;

    private TestBot bot;

    @AfterEach
    void close() {
        if (bot != null) {
            bot.close();
        }
    }

    private TestBot start() {
        bot = TestBot.inMemory(c -> new AppConfig(c.discord(), c.database(),
                new AppConfig.CurriculumConfig(content.toString()), c.console(), c.scheduler(), c.sessions()));
        return bot;
    }

    /** The coalition's content team takes the second Ask Yourself question out of the walk; the bot restarts. */
    private void secondQuestionRemovedAndRestart() throws IOException {
        String builtIn;
        try (InputStream in = getClass().getResourceAsStream("/curriculum/ask-yourself.yml")) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int from = builtIn.indexOf("  - key: existing\n");
        int to = builtIn.indexOf("  - key: expect\n");
        assertThat(from).isPositive();
        Files.writeString(content.resolve("ask-yourself.yml"), builtIn.substring(0, from) + builtIn.substring(to));
        bot.restart();
    }

    /** Bea answers the first two Ask Yourself questions and shares the second. */
    private Member beaSharesHerSecondAnswer() {
        Member bea = bot.member("bea");
        bea.runs("reflect");
        bea.presses("Answer");
        bea.submits("answer", "Their mandate and who runs it");
        bea.presses("Answer");
        bea.submits("answer", SHARED_WORDS);
        bea.runs("coach answers");
        assertThat(bea.presses("Share 2").plainText()).contains(SHARED_WORDS).contains("(shared with coordinators)");
        return bea;
    }

    private String exportedAnswers(Member coordinator) {
        return new String(coordinator.runs("export answers").files().get(0).bytes(), StandardCharsets.UTF_8);
    }

    private boolean storedShared() {
        Database db = bot.storedRows();
        return db.read(c -> Database.one(c, "SELECT shared FROM walk_answers WHERE guild_id = ? AND answer = ?",
                rs -> rs.getBoolean(1), TestBot.GUILD, SHARED_WORDS)).orElseThrow();
    }

    /** How many of the server's stored answers match {@code where} (added to the server's filter). */
    private int storedCount(String where, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = TestBot.GUILD;
        System.arraycopy(params, 0, all, 1, params.length);
        return bot.storedRows().<Integer>read(c -> Database.one(c, "SELECT COUNT(*) FROM walk_answers"
                + " WHERE guild_id = ?" + where, rs -> rs.getInt(1), all).orElseThrow());
    }

    @Test
    @DisplayName("the author sees it, marked as from a question no longer asked; coordinators no longer get it")
    void listedForItsAuthorOnly() throws IOException {
        start();
        Member bea = beaSharesHerSecondAnswer();
        Member cora = bot.coordinator("cora");
        assertThat(exportedAnswers(cora)).contains(SHARED_WORDS);

        // WHEN the question leaves the content and the bot starts again
        secondQuestionRemovedAndRestart();

        // THEN bea still sees her answer, marked, with a way to make it private and to delete it
        Reply page = bea.runs("coach answers");
        assertThat(page.plainText()).contains("Their mandate", SHARED_WORDS, "a question no longer asked");
        assertThat(page.buttons()).extracting(Button::label)
                .containsExactly("Edit 1", "Share 1", "Delete a", "Stop sharing a");
        // and it no longer goes to the coordinators: not in their export, their digest or their quarterly report
        assertThat(exportedAnswers(cora)).doesNotContain(SHARED_WORDS);
        assertThat(cora.runs("digest preview").plainText()).doesNotContain(SHARED_WORDS);
        assertThat(cora.runs("report quarter").plainText()).doesNotContain(SHARED_WORDS);
        // the walk itself goes on without it
        assertThat(bea.runs("coach progress").plainText()).contains("1 of 3 questions answered");
    }

    @Test
    @DisplayName("its author can stop sharing it, so it stays private even if the question comes back")
    void stopSharing() throws IOException {
        start();
        Member bea = beaSharesHerSecondAnswer();
        secondQuestionRemovedAndRestart();

        var stop = bea.runs("coach answers").buttons().get(3);
        Reply after = bea.presses("Stop sharing a");
        assertThat(after.buttons()).extracting(Button::label).containsExactly("Edit 1", "Share 1", "Delete a");
        assertThat(after.plainText()).contains(SHARED_WORDS);
        assertThat(storedShared()).isFalse();
        // the same button pressed again does not share it back
        assertThat(bea.pressesId(stop.id()).plainText()).contains("question no longer asked", "stays private");
        assertThat(storedShared()).isFalse();

        // the question comes back: the answer is there again, private
        Files.delete(content.resolve("ask-yourself.yml"));
        bot.restart();
        Reply back = bea.runs("coach answers");
        assertThat(back.buttons()).extracting(Button::label).containsExactly("Edit 1", "Share 1", "Edit 2", "Share 2");
        assertThat(exportedAnswers(bot.coordinator("cora"))).doesNotContain(SHARED_WORDS);
    }

    @Test
    @DisplayName("its author can delete it, after a confirm; Keep it leaves it as it was")
    void delete() throws IOException {
        start();
        Member bea = beaSharesHerSecondAnswer();
        secondQuestionRemovedAndRestart();

        bea.runs("coach answers");
        Reply ask = bea.presses("Delete a");
        assertThat(ask.plainText()).contains(SHARED_WORDS, "cannot be undone");
        assertThat(ask.buttons()).extracting(Button::label).containsExactly("Delete it", "Keep it");
        Reply kept = bea.presses("Keep it");
        assertThat(kept.plainText()).contains(SHARED_WORDS);

        bea.presses("Delete a");
        Reply deleted = bea.presses("Delete it");
        assertThat(deleted.plainText()).contains("Deleted").contains("Their mandate").doesNotContain(SHARED_WORDS);
        assertThat(deleted.buttons()).extracting(Button::label).containsExactly("Edit 1", "Share 1");
        assertThat(storedCount(" AND answer = ?", SHARED_WORDS)).isZero();
        // an old Delete button for it now says it is gone, and deletes nothing else
        assertThat(bea.pressesId(ask.buttons().get(0).id()).plainText()).contains("can't find that answer");
        assertThat(bea.runs("coach answers").plainText()).contains("Their mandate");
    }

    @Test
    @DisplayName("another member's Delete button deletes nothing")
    void othersDelete() throws IOException {
        start();
        Member bea = beaSharesHerSecondAnswer();
        secondQuestionRemovedAndRestart();
        bea.runs("coach answers");
        Reply ask = bea.presses("Delete a");

        Reply refused = bot.member("ana").pressesId(ask.buttons().get(0).id());
        assertThat(refused.plainText()).contains("someone else's");
        assertThat(bea.runs("coach answers").plainText()).contains(SHARED_WORDS);
    }

    @Test
    @DisplayName("/privacy export has it; /privacy forget removes it")
    void exportAndForget() throws Exception {
        start();
        Member bea = beaSharesHerSecondAnswer();
        secondQuestionRemovedAndRestart();

        JsonNode data = json(bea.runs("privacy export"));
        assertThat(data.get("coaching").get("answers").toString()).contains(SHARED_WORDS, "existing.draw");

        bea.runs("privacy forget");
        bea.presses("Delete my data");
        assertThat(json(bea.runs("privacy export")).get("coaching").get("answers")).isEmpty();
        assertThat(storedCount("")).isZero();
    }

    private static JsonNode json(Reply reply) throws IOException {
        return new ObjectMapper().readTree(new String(reply.files().get(0).bytes(), StandardCharsets.UTF_8));
    }
}
