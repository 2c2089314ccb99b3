package org.partnercoach.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.outbox.StoredSend;
import org.partnercoach.storage.Database;
import org.partnercoach.support.CsvText;
import org.partnercoach.support.TestBot;

/**
 * What coordinators see of a busy week, compared with the digest as it read before its reads were made lighter
 * (the files under {@code src/test/resources/digest/}): the card, the buttons and every CSV row, in order. The
 * server has ties in "days since the last contact", partners nobody looks after beyond the card's top 8, moved-on
 * partners, stalled walks of members with several walks (about partners, a moved-on one, left out since plans for a
 * partner moved on from are not nudged about, a deleted one, none) and an
 * unknown curriculum, shared answers, failed sends, reminders coming up, and stage moves before and after the week.
 * Run with {@code -Ddigest.golden.write=true} to write the files again after a wanted change of the digest.
 */
@DisplayName("The digest reads the same as before on a busy server")
class DigestSameOutputTest {

    static final Instant END = TestBot.START;
    private static final String[] STAGES = {"RESEARCHING", "CONNECTING", "CULTIVATING", "ASKING", "PARTNERED",
        "MOVED_ON"};
    private static final String[] SECTORS = {"food", "faith", "education", "youth"};

    final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** Partners, touchpoints, stage moves, walks, answers and sends of a busy server, written as stored rows. */
    static void seed(Database db) {
        long g = TestBot.GUILD;
        db.write(c -> {
            for (int i = 0; i < 48; i++) {
                String stage = STAGES[i % STAGES.length];
                String name = switch (i) {
                    case 7 -> "=SUM(A1) Trust";
                    case 9 -> "Café \"Corner\", Eastside";
                    default -> "Partner " + i;
                };
                Instant created = END.minus(Duration.ofDays(120 - i));
                Instant lastTouch = i % 5 == 0 ? null : END.minus(Duration.ofDays(i % 23)).minus(Duration.ofHours(i));
                Database.update(c, "INSERT INTO partners (id, guild_id, name, name_key, sector, stage, owner_id,"
                        + " cadence_days, created_by, created_at, activity_at, last_touch_at, archived_from)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 100 + i, g, name,
                        name.toLowerCase(java.util.Locale.ROOT), SECTORS[i % SECTORS.length], stage,
                        i % 3 == 1 ? 0L : 5000L + i % 6, i % 3 == 0 ? null : 7 + i % 5, 5000L + i % 6, created,
                        END.minus(Duration.ofHours(i * 7L % 41)), lastTouch,
                        stage.equals("MOVED_ON") ? "CULTIVATING" : null);
            }
            // rows written directly: their counts by sector and stage too, as the bot keeps them
            org.partnercoach.partners.StageCountsProbe.recount(c);
            // stage moves: two before the week ended, one after it (the chart replays them)
            for (Object[] move : new Object[][] {{103, "CULTIVATING", "ASKING", END.minus(Duration.ofDays(20))},
                {104, "ASKING", "PARTNERED", END.minus(Duration.ofDays(2))},
                {110, "RESEARCHING", "CONNECTING", END.plus(Duration.ofDays(1))}}) {
                Database.update(c, "INSERT INTO partner_stage_changes (guild_id, partner_id, user_id, from_stage,"
                        + " to_stage, changed_at) VALUES (?, ?, ?, ?, ?, ?)", g, move[0], 5001L, move[1], move[2],
                        move[3]);
            }
            for (int i = 0; i < 60; i++) {
                Instant at = END.minus(Duration.ofHours(3L + i * 37L % (24 * 60)));
                Database.update(c, "INSERT INTO partner_touchpoints (guild_id, partner_id, user_id, kind, note,"
                        + " happened_at, created_at) VALUES (?, ?, ?, 'MEETING', 'Coffee', ?, ?)", g, 100 + i % 48,
                        5000L + i % 7, at, at);
            }
            String[][] walks = {
                {"6001", "five-tips", "101", "research.roles", "9"},
                {"6001", "partner-plan", "102", "q3", "12"},
                {"6002", "five-tips", "0", "research.list", "8"},
                {"6003", "partner-plan", "105", "no-such-question", "30"},
                {"6004", "gone-walk", "0", "x", "10"},
                {"6004", "five-tips", "107", "research.goals", "15"},
                {"6005", "five-tips", "99999", "research.align", "11"},
                {"6006", "ask-yourself", "109", "q1", "11"},
                {"6007", "five-tips", "111", "research.draw", "20"},
                {"6008", "partner-plan", "112", "q2", "9"},
                {"6009", "five-tips", "113", "research.list", "40"},
                {"6010", "five-tips", "114", "research.roles", "3"},
            };
            for (String[] w : walks) {
                Instant touched = END.minus(Duration.ofDays(Long.parseLong(w[4])));
                Database.update(c, "INSERT INTO walks (guild_id, user_id, curriculum, subject_id, question_key,"
                        + " status, started_at, updated_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)", g,
                        Long.parseLong(w[0]), w[1], Long.parseLong(w[2]), w[3], touched.minus(Duration.ofDays(1)),
                        touched);
            }
            Database.update(c, "INSERT INTO walks (guild_id, user_id, curriculum, subject_id, question_key, status,"
                    + " started_at, updated_at, finished_at) VALUES (?, 6011, 'five-tips', 0, 'research.list',"
                    + " 'DONE', ?, ?, ?)", g, END.minus(Duration.ofDays(30)), END.minus(Duration.ofDays(29)),
                    END.minus(Duration.ofDays(29)));
            long walkId = Database.one(c, "SELECT MIN(id) FROM walks WHERE guild_id = ?", rs -> rs.getLong(1), g)
                    .orElseThrow();
            for (int i = 0; i < 3; i++) {
                Instant at = END.minus(Duration.ofDays(2 + i));
                Database.update(c, "INSERT INTO walk_answers (guild_id, walk_id, question_key, answer, skipped,"
                        + " shared, created_at, updated_at) VALUES (?, ?, ?, ?, FALSE, ?, ?, ?)", g, walkId,
                        new String[] {"research.list", "research.roles", "research.goals"}[i], "We could invite them, " + i, i != 2, at, at);
            }
            for (int i = 0; i < 2; i++) {
                Instant at = END.minus(Duration.ofDays(1 + i));
                StoredSend.failed(g, i == 0 ? "personal" : "digest", 6001L + i, 3,
                        i == 0 ? "DMs are closed" : "Missing access", at).withPayload("x").insert(c);
                Instant due = END.plus(Duration.ofDays(1 + i * 3L));
                StoredSend.pending(g, "personal", 6002L + i, "Call back about the grant " + i, due).createdAt(at)
                        .insert(c);
            }
            return null;
        });
    }

    /** The card text, the buttons (label and id) and the CSV, as one text to compare. */
    static String seen(Reply digest) {
        String buttons = digest.buttons().stream().map(b -> b.label() + " -> " + b.id())
                .collect(Collectors.joining("\n"));
        String csv = CsvText.of(digest.files().get(1));
        return "== card\n" + digest.plainText() + "\n== buttons\n" + buttons + "\n== "
                + digest.files().get(1).fileName() + "\n" + csv;
    }

    private void sameAs(String name, Reply digest) throws IOException {
        Path file = Path.of("src/test/resources/digest", name);
        String now = seen(digest);
        if (Boolean.getBoolean("digest.golden.write")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, now);
        }
        assertThat(now).isEqualTo(Files.readString(file));
    }

    @Test
    @DisplayName("the week: card, buttons and CSV as before")
    void week() throws IOException {
        seed(bot.storedRows());
        Reply digest = bot.app().digest().digestOf(TestBot.GUILD, END.minus(Duration.ofDays(7)), END);
        assertThat(digest.files()).hasSize(2);
        sameAs("busy-week.txt", digest);
    }

    @Test
    @DisplayName("the week's list and walks are read once: who took part besides them is all the digest adds")
    void weekReadOnce() {
        seed(bot.storedRows());
        Instant from = END.minus(Duration.ofDays(7));
        bot.app().digest().digestOf(TestBot.GUILD, from, END);
        long before = Database.statementsRun();
        bot.app().digest().digestOf(TestBot.GUILD, from, END);
        long statements = Database.statementsRun() - before;
        // reading the week's list and walks a second time for who took part made it 65; the group sessions' answers
        // of the week and the week before, and the first one written (when the coalition began), are three more; the
        // stalled members' last nudges (which the nudge lines and buttons follow) one more, and the digest's schedule,
        // whose weeks the nudges are counted in, one more; the numbers kept with the weeks whose digest went out (this
        // one's, the week before's and the chart's), one more; the names now of the partners the shared answers are
        // about, one more
        assertThat(statements).isEqualTo(60);
    }

    @Test
    @DisplayName("a month later, with most partners past their cadence: card, buttons and CSV as before")
    void monthLater() throws IOException {
        seed(bot.storedRows());
        Instant later = END.plus(Duration.ofDays(30));
        sameAs("busy-month-later.txt", bot.app().digest().digestOf(TestBot.GUILD, later.minus(Duration.ofDays(7)),
                later));
    }

    @Test
    @DisplayName("the CSV lists every row of every list, whatever the card shows")
    void csvComplete() {
        seed(bot.storedRows());
        Instant later = END.plus(Duration.ofDays(30));
        Reply digest = bot.app().digest().digestOf(TestBot.GUILD, later.minus(Duration.ofDays(7)), later);
        List<String> rows = CsvText.of(digest.files().get(1)).lines().toList();
        // 40 active partners (every sixth moved on), all past their cadence a month later
        assertThat(rows.stream().filter(r -> r.startsWith("going cold,"))).hasSize(40);
        // 8 in the asking stage, one of them since a move
        assertThat(rows.stream().filter(r -> r.startsWith("asking,"))).hasSize(8);
        // one stalled walk per member, the unknown curriculum passed over, and those about a partner the coalition
        // moved on from (6003's and 6007's) left out: they wait paused, with nobody to nudge
        assertThat(rows.stream().filter(r -> r.startsWith("stalled,"))).hasSize(8)
                .noneMatch(r -> r.startsWith("stalled,https://discord.com/users/6003,") || r.startsWith("stalled,https://discord.com/users/6007,"));
    }
}
