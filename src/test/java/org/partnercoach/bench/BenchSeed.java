package org.partnercoach.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
                // the poll measured is the cultivate reminders' (docs/benchmark-history.md, first round, says what
                // the first run of a quarter adds)
                batch(c, "INSERT INTO partnership_asks (guild_id, partner_id, rater_id, kind, period_key, asked_at,"
                        + " skipped_at) VALUES (?, ?, ?, 'VALUE', ?, ?, ?)", sizes.partners(), (ps, i) -> set(ps,
                        GUILD, 1 + i, owner(i % sizes.owners()), QUARTER, ts(Instant.parse(QUARTER_START)),
                        i % 10 == 9 ? ts(Instant.parse(QUARTER_START).plus(Duration.ofDays(3))) : null));
                knowingAndRating(c, sizes);
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

    /**
     * Who knows someone at a partner, the introductions asked of them, the members waiting for someone, and the
     * quarter's ratings, as the bot writes them (partners.IntroStore, network.RatingStore), with some of each in the
     * digest's week: what the digest's "Active members" reads besides the moves, and what {@code /partner show} lists.
     * Each kind's rows are numbered as the ids the database gives them (the tables start empty).
     */
    private static void knowingAndRating(Connection c, CoalitionBench.Sizes sizes) throws SQLException {
        int members = sizes.members();
        long weekSeconds = Duration.ofDays(7).toSeconds();
        // a quarter of the partners have nobody who knows someone there, the rest 1 to 3 (i % 4) members
        List<Object[]> contacts = new ArrayList<>();
        for (int p = 0; p < sizes.partners(); p++) {
            for (int k = 0; k < p % 4; k++) {
                contacts.add(new Object[] {GUILD, 1L + p, contactOf(p, k, members), null});
            }
        }
        // a tenth said so in the digest's week, the rest in the 300 days before it
        int contactsInWeek = contacts.size() / 10;
        for (int i = 0; i < contacts.size(); i++) {
            contacts.get(i)[3] = ts(spread(i, contacts.size(), contactsInWeek, weekSeconds));
        }
        batch(c, "INSERT INTO partner_contacts (guild_id, partner_id, user_id, created_at) VALUES (?, ?, ?, ?)",
                contacts.size(), (ps, i) -> set(ps, contacts.get(i)));
        // introductions: two requesters at each of the first partners someone knows, each asking one who knows
        // someone there; in twenty, ten agreed, four not answered yet, two "not well", one introduced, one
        // unreachable, and one withdrawn whose member was asked again two days later (the page shows the latest)
        int intros = sizes.intros();
        int introsInWeek = intros / 5;
        List<Object[]> rows = new ArrayList<>();
        for (int j = 0; j < intros; j++) {
            int slot = j / 2;
            int p = 4 * (slot / 3) + 1 + slot % 3;
            long requester = member((p * 7 + members / 2 + 1 + 3 * (j % 2)) % members);
            long helper = contactOf(p, j % (p % 4), members);
            Instant asked = spread(j, intros, introsInWeek, weekSeconds);
            String status = INTRO_STATUSES[j % INTRO_STATUSES.length];
            if (j % 20 == 19) {
                Object[] withdrawn = rows.get(j - 1);
                requester = (Long) withdrawn[2];
                helper = (Long) withdrawn[3];
                asked = ((java.time.LocalDateTime) withdrawn[5]).toInstant(java.time.ZoneOffset.UTC).plus(Duration.ofDays(2));
            }
            Instant answered = status.equals("ASKED") ? null
                    : asked.plus(Duration.ofDays(status.equals("INTRODUCED") ? 10 : 1));
            rows.add(new Object[] {GUILD, 1L + p, requester, helper, status, ts(asked),
                answered == null ? null : ts(answered)});
        }
        batch(c, "INSERT INTO partner_intros (guild_id, partner_id, requester_id, helper_id, status, asked_at,"
                + " answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows.size(), (ps, i) -> set(ps, rows.get(i)));
        // members whose /partner intro found nobody to ask, at partners still being reached that nobody knows (the
        // seed's partners i with i % 4 == 0 and a stage of RESEARCHING or CONNECTING: i % 20 of 0 or 16)
        batch(c, "INSERT INTO partner_intro_waits (guild_id, partner_id, requester_id, created_at) VALUES (?, ?, ?, ?)",
                sizes.waits(), (ps, w) -> {
                    int p = 20 * (w / 2) + 16 * (w % 2);
                    set(ps, GUILD, 1L + p, member((p + members / 4) % members),
                            ts(NOW.minus(Duration.ofDays(1 + w % 60))));
                });
        // the quarter's value questions answered by the owners (one in ten skipped, above), a fifth in the digest's
        // week; and the trust pulse asked of owners after their touchpoints through the quarter (period: the day),
        // three in four answered, within hours; each answer on every line of its kind
        int valuesRated = sizes.partners() / 2;
        Instant quarter = Instant.parse(QUARTER_START);
        long quarterSeconds = Duration.between(quarter, NOW).toSeconds();
        int trust = sizes.trustAsks();
        batch(c, "INSERT INTO partnership_asks (guild_id, partner_id, rater_id, kind, period_key, asked_at)"
                + " VALUES (?, ?, ?, 'TRUST', ?, ?)", trust, (ps, t) -> {
                    Instant at = trustAsked(t, trust, quarter, quarterSeconds);
                    set(ps, GUILD, 1L + t, owner(t % sizes.owners()), at.atZone(java.time.ZoneOffset.UTC)
                            .toLocalDate().toString(), ts(at));
                });
        int trustRated = trust * 3 / 4;
        int valueInWeek = valuesRated / 5;
        batch(c, "INSERT INTO partnership_ratings (guild_id, ask_id, partner_id, rater_id, aspect, score, rated_at,"
                + " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", 3 * (valuesRated + trustRated), (ps, r) -> {
                    int a = r / 3;
                    boolean value = a < valuesRated;
                    // value: the partners' first asks with no skip (i % 10 < 9 among the first partners)
                    int p = value ? 10 * (a / 9) + a % 9 : a - valuesRated;
                    long askId = value ? 1L + p : sizes.partners() + 1L + p;
                    Instant at = value ? (a < valueInWeek ? WEEK.plusSeconds(weekSeconds * a / valueInWeek)
                            : quarter.plus(Duration.ofDays(2 + a % 40)))
                            : trustAsked(p, trust, quarter, quarterSeconds).plus(Duration.ofHours(2));
                    String aspect = (value ? VALUE_ASPECTS : TRUST_ASPECTS)[r % 3];
                    set(ps, GUILD, askId, 1L + p, owner(p % sizes.owners()), aspect, 2 + (p + r) % 4, ts(at),
                            ts(at));
                });
        // each question's rated lines (V67), as the bot counts them when a member rates
        batch(c, "UPDATE partnership_asks a SET lines_rated = (SELECT COUNT(*) FROM partnership_ratings r"
                + " WHERE r.ask_id = a.id) WHERE a.guild_id = ?", 1, (ps, i) -> set(ps, GUILD));
    }

    /** The statuses of twenty introductions in turn (partners.Intro.Status): about half agreed. */
    private static final String[] INTRO_STATUSES = {"WILL_INTRODUCE", "WILL_INTRODUCE", "ASKED", "WILL_INTRODUCE",
        "NOT_WELL", "WILL_INTRODUCE", "WILL_INTRODUCE", "ASKED", "WILL_INTRODUCE", "INTRODUCED", "WILL_INTRODUCE",
        "WILL_INTRODUCE", "ASKED", "WILL_INTRODUCE", "UNREACHABLE", "WILL_INTRODUCE", "NOT_WELL", "ASKED",
        "WITHDRAWN", "ASKED"};
    private static final String[] TRUST_ASPECTS = {"OPENNESS", "FOLLOW_THROUGH", "MISSION_FIT"};
    private static final String[] VALUE_ASPECTS = {"RESOURCES", "INFLUENCE", "INVOLVEMENT"};

    /** The {@code k}th member who knows someone at partner {@code p}: three apart, none of them its requesters. */
    private static long contactOf(int p, int k, int members) {
        return member((p * 7 + k * (members / 3)) % members);
    }

    /** The {@code i}th of {@code n} moments: the first {@code inWeek} through the digest's week, the rest before. */
    private static Instant spread(int i, int n, int inWeek, long weekSeconds) {
        long before = Duration.ofDays(300).toSeconds();
        return i < inWeek ? WEEK.plusSeconds(weekSeconds * i / Math.max(1, inWeek))
                : WEEK.minusSeconds(1 + before * (i - inWeek) / Math.max(1, n - inWeek));
    }

    /** When the {@code t}th trust question was asked: through the quarter up to now, a few in the digest's week. */
    private static Instant trustAsked(int t, int n, Instant quarter, long quarterSeconds) {
        return quarter.plusSeconds(quarterSeconds * t / Math.max(1, n));
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

    /** A time as the bot stores it: its time of day in UTC. */
    private static java.time.LocalDateTime ts(Instant at) {
        return java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
    }
}
