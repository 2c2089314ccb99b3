package org.partnercoach.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.AppRunner;
import org.partnercoach.PartnerCoach;
import org.partnercoach.config.AppConfig;
import org.partnercoach.console.MovableClock;
import org.partnercoach.reminders.PersonalReminders;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.DatabaseUnavailableException;
import org.partnercoach.support.ChildBot;
import org.partnercoach.support.Postgres;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

/**
 * Several bot processes on one PostgreSQL: each due reminder is claimed by one of them ({@code FOR UPDATE SKIP
 * LOCKED}), sent once, and what a killed process had claimed is taken over by the others when its lease runs out.
 */
@Tag("postgres")
@DisplayName("Several bot processes on one PostgreSQL")
class SeveralProcessesTest {

    private static final int SERVERS = 20;
    private static final int REMINDERS = 1_000;
    private static final Pattern TOKEN = Pattern.compile("check-(\\d{4})");
    private static final String SETTINGS = """
            INSERT INTO server_settings (guild_id, time_zone, reminder_channel_id, coordinator_role_id,
                   default_cadence_days, quiet_start_minute, quiet_end_minute, delivery, updated_at)
            VALUES (?, 'UTC', 0, 0, 14, 0, 0, 'DM', ?)""";
    private static final String STATUS = "SELECT status, claimed_by, COUNT(*) FROM scheduled_sends GROUP BY status, "
            + "claimed_by";
    private static final String CLAIMED_BY = "SELECT id FROM scheduled_sends WHERE status = 'CLAIMED' "
            + "AND claimed_by = ?";

    @TempDir
    Path dir;

    @Test
    @DisplayName("two bots, 1,000 due reminders in 20 servers: every one sent exactly once, by one bot or the other")
    void exactlyOnce() throws Exception {
        String url = Postgres.freshDatabase();
        Map<Long, Integer> reminders = seed(url, TestBot.START);
        RecordingMessenger toA = new RecordingMessenger();
        RecordingMessenger toB = new RecordingMessenger();
        MovableClock clock = new MovableClock(TestBot.START.plusSeconds(60), ZoneOffset.UTC);
        try (PartnerCoach a = bot(url, "bot-a", clock, toA); PartnerCoach b = bot(url, "bot-b", clock, toB)) {
            // WHEN both look for due work at the same moment
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Integer> runA = CompletableFuture.supplyAsync(() -> runAfter(start, a));
            CompletableFuture<Integer> runB = CompletableFuture.supplyAsync(() -> runAfter(start, b));
            int sentByA = runA.get(120, TimeUnit.SECONDS);
            int sentByB = runB.get(120, TimeUnit.SECONDS);

            // THEN every reminder went out once: one nonce each, no nonce twice, and both bots did their share
            List<String> nonces = new ArrayList<>();
            toA.sent().forEach(s -> nonces.add(s.nonce()));
            toB.sent().forEach(s -> nonces.add(s.nonce()));
            assertThat(nonces).hasSize(REMINDERS).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(reminders.keySet().stream().map(id -> "pc" + id).toList());
            assertThat(sentByA + sentByB).isEqualTo(REMINDERS);
            System.out.printf("bot-a sent %d, bot-b sent %d%n", sentByA, sentByB);
            assertThat(sentByA).as("sent by bot-a").isPositive();
            assertThat(sentByB).as("sent by bot-b").isPositive();
            // AND the rows say the same: all SENT, each claimed by the bot that sent it
            Map<String, Integer> rows = statuses(url);
            assertThat(rows).containsOnlyKeys("SENT bot-a", "SENT bot-b")
                    .containsEntry("SENT bot-a", sentByA).containsEntry("SENT bot-b", sentByB);
            // AND another look finds nothing left to send
            assertThat(a.scheduler().runDue() + b.scheduler().runDue()).isZero();
        }
    }

    @Test
    @DisplayName("two bots planning at the same moment queue one cultivate reminder per member, not one each")
    void planOnce() throws Exception {
        String url = Postgres.freshDatabase();
        List<Long> members = new ArrayList<>();
        // GIVEN 20 members who each added a partner and then lost touch with it
        try (TestBot setup = TestBot.onUrl(url)) {
            for (int i = 0; i < 20; i++) {
                org.partnercoach.support.Member m = setup.member("member" + i);
                assertThat(m.runs("partner add", "name", "Org " + i, "sector", "food").plainText()).startsWith("Added");
                members.add(m.id());
            }
        }
        RecordingMessenger toA = new RecordingMessenger();
        RecordingMessenger toB = new RecordingMessenger();
        MovableClock clock = new MovableClock(TestBot.START.plus(Duration.ofDays(60)), ZoneOffset.UTC);
        try (PartnerCoach a = bot(url, "bot-a", clock, toA); PartnerCoach b = bot(url, "bot-b", clock, toB)) {
            // WHEN both bots plan and send at the same moment, then look again
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Integer> runA = CompletableFuture.supplyAsync(() -> runAfter(start, a));
            CompletableFuture<Integer> runB = CompletableFuture.supplyAsync(() -> runAfter(start, b));
            runA.get(120, TimeUnit.SECONDS);
            runB.get(120, TimeUnit.SECONDS);
            a.scheduler().runDue();
            b.scheduler().runDue();

            // THEN each member got one reminder about their partner, from one bot or the other
            for (long member : members) {
                assertThat(toA.directTo(member).size() + toB.directTo(member).size()).as("reminders to %d", member)
                        .isEqualTo(1);
            }
        }
    }

    @Test
    @DisplayName("a bot killed (SIGKILL) mid-run loses nothing: the other sends the rest and takes over its claims")
    void killedMidRun() throws Exception {
        String url = Postgres.freshDatabase();
        Instant now = Instant.now();
        Map<Long, Integer> reminders = seed(url, now.minusSeconds(60));

        // GIVEN the real program, as its own process, sending the 1,000 due reminders
        Set<Integer> byKilled = new HashSet<>();
        List<Integer> printed = new ArrayList<>();
        List<String> killedOutput = new ArrayList<>();
        Set<Long> claimedAtKill;
        try (ChildBot killed = ChildBot.start(dir.resolve("killed"), Map.of(
                "PARTNER_COACH_DB_URL", url, "PARTNER_COACH_INSTANCE", "bot-killed"))) {
            killed.send(":help"); // the console starts its first run once it has input
            // a batch is 200 rows: after the 55th the child is part-way through its first batch
            for (int i = 0; i < 55; i++) {
                String line = killed.awaitLine("check-");
                assertThat(line).as("reminder %d printed by the child; it said:%n%s", i + 1, killed.err()).isNotNull();
                printed.add(token(line));
            }
            try (Database pin = Database.open(url)) {
                claimedAtKill = pin.write(c -> {
                    // one of its claimed rows, locked here, cannot become SENT: whenever the kill lands (the child
                    // may run on to that row and wait for it), it dies holding claims
                    long pinned = pinOneClaim(c, url);
                    // (while it runs, its name is its own: a second process under it is refused)
                    assertThatThrownBy(() -> bot(url, "bot-killed", new MovableClock(now, ZoneOffset.UTC),
                            new RecordingMessenger())).isInstanceOf(DatabaseUnavailableException.class)
                            .hasMessageContaining("already runs under the name \"bot-killed\"");
                    // WHEN it is killed in the middle of its run
                    kill(killed.process());
                    // a dead process's statement still waiting for the pinned row ends with it, as when PostgreSQL
                    // finds its connection gone
                    Database.list(c, "SELECT pg_terminate_backend(pid, 30000) FROM pg_stat_activity"
                            + " WHERE datname = current_database() AND wait_event_type = 'Lock'", rs -> rs.getBoolean(1));
                    Set<Long> held = claimedBy(url, "bot-killed");
                    assertThat(held).contains(pinned);
                    return held;
                });
            }
            killedOutput.addAll(killed.restOfOutput());
            for (String line : killedOutput) {
                Matcher m = TOKEN.matcher(line);
                if (m.find()) {
                    printed.add(Integer.parseInt(m.group(1)));
                }
            }
            byKilled.addAll(printed);
        }
        assertThat(printed).as("the killed bot sent each at most once").doesNotHaveDuplicates();
        assertThat(byKilled).as("killed mid-run, with reminders still to send").hasSizeLessThan(REMINDERS);
        assertThat(claimedAtKill).as("killed while holding claims").isNotEmpty();

        // AND the other bot, on the same database, looks for due work
        RecordingMessenger toSurvivor = new RecordingMessenger();
        MovableClock clock = new MovableClock(now, ZoneOffset.UTC);
        try (PartnerCoach survivor = bot(url, "bot-survivor", clock, toSurvivor)) {
            survivor.scheduler().runDue();
            // THEN it sends everything not claimed, and leaves the dead bot's claims alone while their lease runs
            assertThat(claimedBy(url, "bot-killed")).isEqualTo(claimedAtKill);
            // AND once the lease has run out, it takes them over
            clock.advance(Outbox.LEASE.plus(Duration.ofMinutes(1)));
            survivor.scheduler().runDue();

            // THEN none is lost: every row SENT, every reminder delivered by one bot or the other
            assertThat(statuses(url).keySet()).allMatch(k -> k.startsWith("SENT "));
            Set<Integer> bySurvivor = new HashSet<>();
            List<String> survivorNonces = new ArrayList<>();
            for (RecordingMessenger.Sent s : toSurvivor.sent()) {
                Matcher m = TOKEN.matcher(s.reply().plainText());
                assertThat(m.find()).isTrue();
                bySurvivor.add(Integer.parseInt(m.group(1)));
                survivorNonces.add(s.nonce());
            }
            Set<Integer> all = new HashSet<>(byKilled);
            all.addAll(bySurvivor);
            // (should one go missing, what the killed bot printed last and what it held say where)
            assertThat(all).as("every reminder sent once by one bot or the other; held at the kill: %s; the killed "
                    + "bot's last lines:%n%s", claimedAtKill, String.join("\n", killedOutput.subList(
                    Math.max(0, killedOutput.size() - 40), killedOutput.size())))
                    .containsExactlyInAnyOrderElementsOf(reminders.values());
            assertThat(survivorNonces).doesNotHaveDuplicates();
            // AND the only ones sent twice are those the killed bot held when it died, sent again with the same
            // nonce (which Discord answers with the first message)
            Set<Integer> twice = new HashSet<>(byKilled);
            twice.retainAll(bySurvivor);
            Set<Integer> held = claimedAtKill.stream().map(reminders::get).collect(Collectors.toSet());
            assertThat(held).containsAll(twice);
            System.out.printf("killed bot: %d sent, %d held at the kill; survivor: %d sent, %d of them again%n",
                    byKilled.size(), held.size(), bySurvivor.size(), twice.size());
        }
        // AND the killed bot's name is free again: PostgreSQL let its claim go with its connection
        try (PartnerCoach restarted = bot(url, "bot-killed", new MovableClock(now, ZoneOffset.UTC),
                new RecordingMessenger())) {
            assertThat(restarted.scheduler().runDue()).isZero();
        }
    }

    @Test
    @DisplayName("a second bot under a name already running is refused at start-up in one line; the name is free"
            + " again once the first stops")
    @SuppressWarnings("try") // the first bot runs while the second starts
    void oneProcessPerName() throws Exception {
        String url = Postgres.freshDatabase();
        MovableClock clock = new MovableClock(Instant.now(), ZoneOffset.UTC);
        try (PartnerCoach first = bot(url, "bot-1", clock, new RecordingMessenger())) {
            AppRunner.Result second = AppRunner.run(List.of("--console"), Map.of("PARTNER_COACH_DB_URL", url,
                    "PARTNER_COACH_INSTANCE", "bot-1"), ":help\n");
            assertThat(second.exitCode()).isEqualTo(2);
            assertThat(second.err().strip()).isEqualTo("Partner Coach cannot start: another Partner Coach process"
                    + " on this database already runs under the name \"bot-1\"; give each process its own name with"
                    + " PARTNER_COACH_INSTANCE (or scheduler.instance in config/partner-coach.yml), see"
                    + " docs/scaling.md");
            assertThat(second.out()).isEmpty();
            // an operator finds the holder by its name
            try (Database db = Database.open(url)) {
                List<String> holders = db.read(c -> Database.list(c, "SELECT application_name FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND application_name LIKE 'partner-coach%'",
                        rs -> rs.getString(1)));
                assertThat(holders).containsExactly("partner-coach instance bot-1");
            }
            // another name on the same database starts beside it
            try (PartnerCoach other = bot(url, "bot-2", clock, new RecordingMessenger())) {
                assertThat(other.scheduler().runDue()).isZero();
            }
        }
        AppRunner.Result after = AppRunner.run(List.of("--console"), Map.of("PARTNER_COACH_DB_URL", url,
                "PARTNER_COACH_INSTANCE", "bot-1"), ":help\n");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).contains("/partner");
    }

    /**
     * Locks, in {@code c}'s transaction, one row the child has claimed and not yet sent; waits for its next batch if
     * it is between two. Fails if it has sent everything.
     */
    private static long pinOneClaim(java.sql.Connection c, String url) throws java.sql.SQLException {
        while (true) {
            java.util.Optional<Long> pinned = Database.one(c, "SELECT id FROM scheduled_sends WHERE status = 'CLAIMED'"
                    + " AND claimed_by = 'bot-killed' ORDER BY id DESC LIMIT 1 FOR UPDATE", rs -> rs.getLong(1));
            if (pinned.isPresent()) {
                return pinned.get();
            }
            assertThat(statuses(url).getOrDefault("SENT bot-killed", 0)).as("the child has not sent everything yet")
                    .isLessThan(REMINDERS);
        }
    }

    /**
     * SIGKILL through the process's handle: {@code Process.destroyForcibly} also closes this side's end of the bot's
     * output, so lines it printed just before it died, not yet read here, were lost (under load, two reminders the
     * bot had sent and marked SENT showed in neither bot's output).
     */
    private static void kill(Process process) {
        process.toHandle().destroyForcibly();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the killed bot ended").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int runAfter(CyclicBarrier start, PartnerCoach bot) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return bot.scheduler().runDue();
    }

    private static PartnerCoach bot(String url, String instance, MovableClock clock, RecordingMessenger messenger) {
        AppConfig config = TestBot.config(url);
        return PartnerCoach.assemble(config.withScheduler(config.scheduler().withInstance(instance)), clock,
                messenger);
    }

    /** 20 servers without quiet hours, 50 members each with a reminder due at {@code due}: row id to number. */
    private static Map<Long, Integer> seed(String url, Instant due) {
        try (Database db = Database.open(url)) {
            Outbox outbox = new Outbox(db, "seed");
            return db.write(c -> {
                Map<Long, Integer> ids = new HashMap<>();
                for (int server = 0; server < SERVERS; server++) {
                    Database.update(c, SETTINGS, guild(server), due);
                }
                for (int i = 0; i < REMINDERS; i++) {
                    long guild = guild(i % SERVERS);
                    long member = 500_000L + i;
                    long id = outbox.enqueue(c, new ScheduledSend.Draft(guild, PersonalReminders.KIND, member, 0,
                            String.format("check-%04d", i), "", due), due);
                    ids.put(id, i);
                }
                return ids;
            });
        }
    }

    private static long guild(int server) {
        return 7_000_000L + server;
    }

    private static int token(String line) {
        Matcher m = TOKEN.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Rows by "STATUS claimed_by". */
    private static Map<String, Integer> statuses(String url) {
        try (Database db = Database.open(url)) {
            return db.read(c -> {
                Map<String, Integer> out = new HashMap<>();
                for (Object[] r : Database.list(c, STATUS, rs -> new Object[] {rs.getString(1), rs.getString(2),
                        rs.getInt(3)})) {
                    out.put(r[0] + " " + r[1], (Integer) r[2]);
                }
                return out;
            });
        }
    }

    private static Set<Long> claimedBy(String url, String instance) {
        try (Database db = Database.open(url)) {
            return new HashSet<>(db.read(c -> Database.list(c, CLAIMED_BY, rs -> rs.getLong(1), instance)));
        }
    }
}
