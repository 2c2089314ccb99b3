package org.partnercoach.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnercoach.partners.NameSuffixesProbe;
import org.partnercoach.partners.StageCountsProbe;
import org.partnercoach.storage.Database;
import org.partnercoach.support.TestBot;

/**
 * The coalition {@link CoalitionBench} measures, and how it is seeded (harness code: batched JDBC, in big
 * transactions): one server's members, partners with their name suffixes and stage counts, touchpoints (half of them
 * in one week), walks with answers, the quarter's value questions as already asked, and pending personal reminders.
 */
final class BenchSeed {

    static final long GUILD = TestBot.GUILD;
    static final long CHANNEL = TestBot.CHANNEL;
    /** Midday UTC: outside the default quiet hours, so the poll sends at once. */
    static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    /** The week whose touchpoints the digest reads: half of all touchpoints fall in it. */
    static final Instant WEEK = NOW.minus(Duration.ofDays(45));
    /** The quarter of {@link #NOW}, as the quarterly value question keys it, and when it began. */
    static final String QUARTER = "2026-Q1";
    static final String QUARTER_START = "2026-01-01T00:00:00Z";
    static final String[] SECTORS = {"public-health", "health-care", "mental-health", "education", "youth",
        "seniors", "faith", "business", "government", "housing", "food", "transportation", "safety", "media",
        "philanthropy", "academia", "community", "arts", "parks", "environment"};
    static final String[] STAGES = {"RESEARCHING", "CONNECTING", "CULTIVATING", "ASKING", "PARTNERED"};

    private BenchSeed() {
    }

    static long member(int i) {
        return 100_000L + i;
    }

    static long owner(int i) {
        return member(i);
    }

    /** One suffix of a partner's name (V39), as the seeding and the bare side of adding a partner write it. */
    static final String INSERT_SUFFIX = "INSERT INTO partner_name_suffixes (guild_id, suffix, partner_id)"
            + " VALUES (?, ?, ?)";

    static String partnerName(int i) {
        return String.format(Locale.ROOT, "Partner %05d", i);
    }

    /**
     * Seeds in big transactions with the engine's bulk-load settings, then lets the engine tidy up (H2 compacts the
     * file once, as a server restarted now and then would have it; PostgreSQL gathers its planner statistics).
     */
    static void seed(BenchEngine engine, CoalitionBench.Sizes sizes) throws SQLException {
        try (Database db = engine.openForSeeding()) {
            db.write(c -> {
                batch(c, "INSERT INTO member_home (user_id, guild_id) VALUES (?, ?)", sizes.members(),
                        (ps, i) -> set(ps, member(i), GUILD));
                Instant old = NOW.minus(Duration.ofDays(400));
                batch(c, "INSERT INTO partners (guild_id, name, name_key, name_letters, sector, stage, owner_id,"
                        + " contact, notes, created_by, created_at, activity_at, last_touch_at, last_touch_note)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sizes.partners(), (ps, i) -> set(ps,
                        GUILD, partnerName(i), partnerName(i).toLowerCase(Locale.ROOT),
                        NameSuffixesProbe.lettersOfName(partnerName(i)), SECTORS[i % SECTORS.length],
                        STAGES[i % STAGES.length], owner(i % sizes.owners()), "Maria, maria@example.org",
                        "Met at the spring fair", owner(i % sizes.owners()), ts(old),
                        ts(NOW.minus(Duration.ofMinutes(i))), ts(NOW.minus(Duration.ofDays(30 + i % 10))),
                        "Coffee with the director: they want to help with the youth program"));
                // each name's suffixes (what partner autocomplete finds names containing the typed text by, V39) and
                // the key rule they were made with, as the bot keeps them for the partners it adds
                List<Object[]> suffixes = new ArrayList<>();
                for (int i = 0; i < sizes.partners(); i++) {
                    for (String suffix : NameSuffixesProbe.suffixesOfName(partnerName(i))) {
                        suffixes.add(new Object[] {GUILD, suffix, 1L + i});
                    }
                }
                batch(c, INSERT_SUFFIX, suffixes.size(), (ps, i) -> set(ps, suffixes.get(i)));
                // how many partners each sector has in each stage (V40), as the migration counts them once
                StageCountsProbe.recount(c);
                batch(c, "INSERT INTO partner_key_rule (rule) VALUES (?)", 1,
                        (ps, i) -> set(ps, NameSuffixesProbe.keyRule()));
                // the quarter's value questions went out at its start (a server running for longer than a quarter):
                // the poll measured is the cultivate reminders' (docs/benchmark.md says what the first run of a
                // quarter adds)
                batch(c, "INSERT INTO partnership_asks (guild_id, partner_id, rater_id, kind, period_key, asked_at)"
                        + " VALUES (?, ?, ?, 'VALUE', ?, ?)", sizes.partners(), (ps, i) -> set(ps, GUILD, 1 + i,
                        owner(i % sizes.owners()), QUARTER, ts(Instant.parse(QUARTER_START))));
                int inWeek = sizes.touchpoints() / 2;
                long weekSeconds = Duration.ofDays(7).toSeconds();
                long before = Duration.ofDays(300).toSeconds();
                batch(c, "INSERT INTO partner_touchpoints (guild_id, partner_id, user_id, kind, note, happened_at,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", sizes.touchpoints(), (ps, i) -> {
                            Instant at = i < inWeek ? WEEK.plusSeconds(weekSeconds * i / inWeek)
                                    : WEEK.minusSeconds(1 + before * (i - inWeek) / inWeek);
                            set(ps, GUILD, 1 + i % sizes.partners(), member(i % sizes.members()), "MEETING",
                                    "Met to talk about the health fair and who else should be at the table", ts(at),
                                    ts(at));
                        });
                int walks = Math.max(1, sizes.answers() / 10);
                batch(c, "INSERT INTO walks (guild_id, user_id, curriculum, subject_id, question_key, status,"
                        + " started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", walks, (ps, i) -> set(ps,
                        GUILD, member(i % sizes.members()), "partner-plan", 1 + i, "q10", "ACTIVE", ts(old),
                        ts(old)));
                batch(c, "INSERT INTO walk_answers (guild_id, walk_id, question_key, answer, skipped, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", walks * 10, (ps, i) -> set(ps, GUILD,
                        1 + i / 10, "q" + (i % 10), "We could invite them to the next coalition meeting", false,
                        ts(old), ts(old)));
                // pending personal reminders: claimDue of them fall due an hour after the poll, the rest later
                batch(c, "INSERT INTO scheduled_sends (guild_id, kind, recipient_id, payload, requested_at, due_at,"
                        + " status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)", sizes.reminders(),
                        (ps, i) -> {
                            Instant due = i < sizes.claimDue() ? NOW.plus(Duration.ofHours(1)).plusSeconds(i % 600)
                                    : NOW.plus(Duration.ofDays(2)).plusSeconds(i);
                            set(ps, GUILD, "personal", member(i % sizes.members()), "Call back about the grant",
                                    ts(due), ts(due), ts(NOW.minus(Duration.ofDays(1))));
                        });
                return null;
            });
        }
        engine.afterSeeding();
    }

    private interface Row {
        void bind(PreparedStatement ps, int i) throws SQLException;
    }

    private static void batch(Connection c, String sql, int count, Row row) throws SQLException {
        Database.begin(c); // its statements are its own, committed every 50,000 rows
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                row.bind(ps, i);
                ps.addBatch();
                if ((i + 1) % 5_000 == 0) {
                    ps.executeBatch();
                }
                if ((i + 1) % 50_000 == 0) {
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private static void set(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
