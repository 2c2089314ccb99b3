package org.partnercoach.bench;

import static org.partnercoach.bench.BenchSeed.CHANNEL;
import static org.partnercoach.bench.BenchSeed.GUILD;
import static org.partnercoach.bench.BenchSeed.INSERT_SUFFIX;
import static org.partnercoach.bench.BenchSeed.SECTORS;
import static org.partnercoach.bench.BenchSeed.STAGES;
import static org.partnercoach.bench.BenchSeed.member;
import static org.partnercoach.bench.BenchSeed.owner;
import static org.partnercoach.bench.BenchSeed.partnerName;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.partnercoach.PartnerCoach;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Surface;
import org.partnercoach.partners.NameSuffixesProbe;
import org.partnercoach.storage.Database;

/** The measured handlers, each through the chat model and as the bare JDBC doing the same work. */
final class HandlerPairs {

    interface Op {
        void run(int i) throws SQLException;
    }

    /** A handler and its bare side. */
    record Pair(String name, Op handler, Op jdbc) {
    }

    /**
     * One side's timed runs: p50 and p99 in ms; of the slowest 1% ({@code slowest} runs), how many had a garbage
     * collection or saw a compilation finish during them; the kilobytes allocated, the statements run and the
     * round trips they took per run (a read that goes with the next query is one trip for two statements); the
     * milliseconds of compiling that finished while they ran; and the warm-up
     * runs in all.
     */
    record Timing(double p50, double p99, int slowest, int slowestWithCollection, int slowestWithCompile,
                  double kbPerRun, double statementsPerRun, double roundTripsPerRun, long compiledWhileTimed,
                  int warmups) {
    }

    private final PartnerCoach app;
    /**
     * The bot's clock, which the bare sides read too: until the forty-third round they wrote and compared times by
     * the machine's clock, months after the bot's, so that the bot met touches "after" its own, and the bare sides'
     * reads of the last day's check-ins found none of those the bot had sent.
     */
    private final Clock clock;
    private final CoalitionBench.Sizes sizes;

    /**
     * This run's mark in the names of the partners it adds and the notes of the contacts it logs, so that a run on a
     * database an earlier one kept ({@code -Dbench.keep}, the same fixed clock) adds and logs anew, as the first did,
     * instead of meeting its names and its contacts (a contact logged twice is kept once).
     */
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    HandlerPairs(PartnerCoach app, Clock clock, CoalitionBench.Sizes sizes) {
        this.app = app;
        this.clock = clock;
        this.sizes = sizes;
    }

    static Caller caller(long userId) {
        return new Caller(GUILD, CHANNEL, userId, "member" + userId, false, Surface.SERVER);
    }

    private Reply handle(Inbound in) {
        Reply r = app.router().handle(in);
        if (r == null) {
            throw new IllegalStateException("no reply to " + in);
        }
        return r;
    }

    private Reply command(long userId, String path, String... pairs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            options.put(pairs[i], pairs[i + 1]);
        }
        return handle(new Inbound.Command(caller(userId), path, options));
    }

    private String somePartner(int i) {
        return partnerName((i * 7919) % sizes.partners());
    }

    private <T> T write(Database.Work<T> work) {
        return app.database().write(work);
    }

    private <T> T read(Database.Work<T> work) {
        return app.database().read(work);
    }

    /*
     * Each bare-JDBC side is what a developer would hand-write for the reply the member sees, with nothing the
     * bot's structure asks for (one package per table, the member's home server, statements shared between
     * features): the fewest statements, joining tables where one read serves, through the same indexes, in one
     * transaction like the handler's. Branches the handler takes only sometimes (the pulse after an owner's
     * touchpoint, the health line for the owner) are taken by the bare side in the same runs.
     */
    List<Pair> all() throws SQLException {
        List<Pair> pairs = new ArrayList<>();
        pairs.add(answer());
        // the reply: "Logged a note with X on ...; its reminders now count from this contact: every N days ...
        // next check-in ..." (the partner, its cadence and reminder state, the server's default cadence), and
        // for its owner the trust pulse unless one was asked lately. Writes: the touchpoint (unless just logged in the
        // same words), the partner's last touch and activity in one update.
        pairs.add(new Pair("touchpoint logged", i -> command(owner(i % sizes.owners()), "partner log",
                "partner", somePartner(i), "what", "Coffee with the director " + run + " " + i),
                i -> write(c -> {
                    Instant now = clock.instant();
                    long who = owner(i % sizes.owners());
                    Object[] partner = Database.one(c, PARTNER_WITH_STATE, HandlerPairs::row,
                            partnerWithState(who, somePartner(i), now)).orElseThrow();
                    long partnerId = id(partner, 0);
                    // unless the member had just logged the same words, in any case or spacing (in the insert, as
                    // the bot checks it)
                    Database.insert(c, "INSERT INTO partner_touchpoints (guild_id, partner_id, user_id, kind,"
                            + " note, happened_at, created_at) SELECT ?, ?, ?, 'NOTE', ?, ?, ? WHERE NOT EXISTS"
                            + " (SELECT 1 FROM partner_touchpoints t WHERE t.guild_id = ? AND t.partner_id = ?"
                            + " AND t.happened_at >= ? AND t.happened_at <= ? AND t.user_id = ? AND t.kind = 'NOTE'"
                            + " AND " + SAME_WORDS.formatted("t.note") + " = "
                            + SAME_WORDS.formatted("CAST(? AS VARCHAR)") + ")", GUILD, partnerId, who,
                            "Coffee " + run + " " + i, now, now, GUILD, partnerId, now.minusSeconds(600),
                            now.plusSeconds(600), who, "Coffee " + run + " " + i);
                    Database.update(c, "UPDATE partners SET last_touch_at = ?, last_touch_note = ?,"
                            + " activity_at = ? WHERE guild_id = ? AND id = ?", now, "Coffee " + run + " " + i, now,
                            GUILD, partnerId);
                    if (id(partner, 1) == who) {
                        pulse(c, partnerId, who, now);
                    }
                    return null;
                })));
        // the page: the partner with its reminder line (its cadence state and the server's default cadence,
        // joined in one read), the 3 recent touchpoints, who knows someone there with who waits for someone who
        // does (one read), the 6 latest introductions (the latest of each requester to each helper), every member's
        // plan with its answers (one join), and for the owner or a coordinator the health line; the platform's word on
        // who of them left the server (the bot reads the partner and who knows someone there once more, before its
        // transaction, to ask it) costs nothing here: a hand-written page would read all this first, then ask
        pairs.add(new Pair("/partner show", i -> command(member(i % sizes.members()), "partner show",
                "partner", somePartner(i)),
                i -> read(c -> {
                    Object[] partner = Database.one(c, PARTNER_WITH_STATE, HandlerPairs::row,
                            partnerWithState(member(i % sizes.members()), somePartner(i), clock.instant()))
                            .orElseThrow();
                    long id = id(partner, 0);
                    Database.list(c, "SELECT kind, note, happened_at, user_id FROM partner_touchpoints"
                            + " WHERE guild_id = ? AND partner_id = ? ORDER BY happened_at DESC, id DESC"
                            + " FETCH FIRST 3 ROWS ONLY", HandlerPairs::row, GUILD, id);
                    // who knows someone there, and who waits for someone who does (named while the partner is still
                    // being reached, until told of someone)
                    List<Object[]> knowing = Database.list(c, KNOWS_AND_WAITS, HandlerPairs::row, GUILD, id, GUILD,
                            id);
                    if (!REACHING.contains(partner[4])) {
                        knowing.removeIf(row -> id(row, 0) == 1);
                    }
                    // the 6 latest introductions, only the latest of each requester to each helper
                    Database.list(c, LATEST_INTROS, HandlerPairs::row, GUILD, id);
                    Database.list(c, "SELECT w.id, w.user_id, a.question_key, a.answer, a.skipped FROM walks w"
                            + " LEFT JOIN walk_answers a ON a.guild_id = w.guild_id AND a.walk_id = w.id"
                            + " WHERE w.guild_id = ? AND w.curriculum = 'partner-plan' AND w.subject_id = ?"
                            + " ORDER BY w.started_at, w.id, a.id", HandlerPairs::row, GUILD, id);
                    if (id(partner, 1) == member(i % sizes.members())) {
                        Database.list(c, "SELECT aspect, score, rated_at FROM partnership_ratings"
                                + " WHERE guild_id = ? AND partner_id = ? ORDER BY rated_at, id",
                                HandlerPairs::row, GUILD, id);
                    }
                    return null;
                })));
        // the page of 10 shows name, sector, stage, owner and last touch; the footer the number that match
        pairs.add(new Pair("/partner list filtered", i -> command(member(i % sizes.members()), "partner list",
                "sector", SECTORS[i % SECTORS.length], "stage", STAGES[i % STAGES.length].toLowerCase(Locale.ROOT)),
                i -> read(c -> {
                    // the count comes with the page, and the same order is spelled so that H2 reads it from
                    // the (sector, stage, activity) index and stops after the page
                    String where = " FROM partners WHERE guild_id = ? AND stage = ? AND sector = ?";
                    return Database.list(c, "SELECT id, name, sector, stage, owner_id, last_touch_at,"
                            + " (SELECT COUNT(*)" + where + ")" + where
                            + " ORDER BY guild_id, sector, stage, activity_at DESC, id DESC LIMIT 10",
                            HandlerPairs::row, GUILD, STAGES[i % STAGES.length], SECTORS[i % SECTORS.length],
                            GUILD, STAGES[i % STAGES.length], SECTORS[i % SECTORS.length]);
                })));
        // 25 names starting with what was typed (the exact name first), newest activity first, from the range
        // of the name key's index, and in the same statement the names partners had before a rename (V54), the
        // server's range of their index, to compare with what was typed, and 25 whose letters and digits start with
        // those typed (the range of their index, V59); names that merely contain it only when
        // fewer than 25 start with it (most of these runs: "Partner 142" starts and is contained in none of the
        // names "Partner 00000" to "09999")
        pairs.add(new Pair("partner autocomplete", i -> {
            String typed = "Partner " + String.format(Locale.ROOT, "%03d", i % 1000);
            app.router().suggest(new Inbound.Autocomplete(caller(member(i % sizes.members())), "partner show",
                    "partner", typed, Map.of("partner", typed)));
        }, i -> read(c -> {
            String key = "partner " + String.format(Locale.ROOT, "%03d", i % 1000);
            String letters = NameSuffixesProbe.lettersOfName(key);
            // as one query over the union, which H2 keeps prepared (it parses a statement that is a union again on
            // every run), as the bot does; with the names whose letters and digits start with those typed ("st
            // marys" finds "St. Mary's Clinic", V59), which the bare side left out until the forty-second round
            List<Object[]> names = Database.list(c, Database.overUnion("(SELECT name, sector, stage,"
                    + " CAST(NULL AS VARCHAR(100)), 0 FROM partners WHERE guild_id = ? AND name_key >= ?"
                    + " AND name_key < ? ORDER BY CASE WHEN name_key = ? THEN 0 ELSE 1 END, activity_at DESC, id DESC"
                    + " FETCH FIRST 25 ROWS ONLY) UNION ALL (SELECT p.name, p.sector, p.stage, f.name, 0"
                    + " FROM partner_former_names f JOIN partners p ON p.id = f.partner_id WHERE f.guild_id = ?"
                    + " ORDER BY f.renamed_at DESC, f.id DESC) UNION ALL (SELECT name, sector, stage,"
                    + " CAST(NULL AS VARCHAR(100)), 1 FROM partners WHERE guild_id = ? AND name_letters >= ?"
                    + " AND name_letters < ? ORDER BY activity_at DESC, id DESC FETCH FIRST 25 ROWS ONLY)"),
                    HandlerPairs::row, GUILD, key, key + Character.MAX_VALUE, key, GUILD, GUILD, letters,
                    letters + Character.MAX_VALUE);
            if (names.stream().filter(n -> n[3] == null && id(n, 4) == 0).count() < 25) {
                // the names containing it: a range of the name keys' suffixes (V39), the partners joined
                names.addAll(Database.list(c, "SELECT p.name, p.sector, p.stage FROM partner_name_suffixes s"
                        + " JOIN partners p ON p.id = s.partner_id WHERE s.guild_id = ? AND s.suffix >= ?"
                        + " AND s.suffix < ? FETCH FIRST 50 ROWS ONLY", HandlerPairs::row, GUILD,
                        key, key + Character.MAX_VALUE));
            }
            return names;
        })));
        // the card shows how many active partners each sector has in each stage: the kept counts (V40)
        pairs.add(new Pair("/coalition gaps", i -> command(member(i % sizes.members()), "coalition gaps"),
                i -> read(c -> Database.list(c, "SELECT sector, stage, partners FROM partner_stage_counts"
                        + " WHERE guild_id = ? AND stage <> 'MOVED_ON' AND partners > 0", HandlerPairs::row,
                        GUILD))));
        // the reply names the partner and its sector (from the catalogue in memory), and one on the list that was
        // called that before a rename or one spelled alike: the duplicate check with the server's former names (one
        // read, since the forty-second round: before, the bare side left the former names out), the insert, who
        // looks after it, one spelled alike, its sector and stage's count, its name's suffixes. Measured last: the
        // thousands it adds while warming up would otherwise be among the partners the reads above look through and
        // count
        pairs.add(new Pair("partner added", i -> command(member(i % sizes.members()), "partner add", "name",
                "Bench Org " + run + " " + i, "sector", "food"),
                i -> write(c -> {
                    String name = "Bare Org " + run + " " + i;
                    // the partner of that name, and every former name with its partner, to compare in Java as the
                    // bot does (a name's key is worked out in Java)
                    Database.list(c, Database.overUnion("SELECT name, sector, stage, CAST(NULL AS VARCHAR(100))"
                            + " FROM partners WHERE guild_id = ? AND name_key = ? UNION ALL SELECT p.name, p.sector,"
                            + " p.stage, f.name FROM partner_former_names f JOIN partners p ON p.id = f.partner_id"
                            + " WHERE f.guild_id = ?"), HandlerPairs::row, GUILD, name.toLowerCase(Locale.ROOT),
                            GUILD);
                    Instant now = clock.instant();
                    String letters = NameSuffixesProbe.lettersOfName(name);
                    long id = Database.insert(c, "INSERT INTO partners (guild_id, name, name_key, name_letters, sector,"
                            + " stage, owner_id, created_by, created_at, activity_at)"
                            + " VALUES (?, ?, ?, ?, 'food', 'RESEARCHING', ?, ?, ?, ?)", GUILD, name,
                            name.toLowerCase(Locale.ROOT), letters, member(i), member(i), now, now);
                    // who looks after it from now, for the quarterly report's ties (V50; left out until the
                    // forty-third round)
                    Database.insert(c, "INSERT INTO partner_owners (guild_id, partner_id, owner_id, since)"
                            + " VALUES (?, ?, ?, ?)", GUILD, id, member(i), now);
                    // one spelled alike, whom the reply would name (V59)
                    Database.list(c, "SELECT name FROM partners WHERE guild_id = ? AND name_letters = ?"
                            + " AND name_key <> ?", rs -> rs.getString(1), GUILD, letters,
                            name.toLowerCase(Locale.ROOT));
                    // one more in its sector and stage (V40; the row is there since the seeding)
                    Database.update(c, "UPDATE partner_stage_counts SET partners = partners + 1"
                            + " WHERE guild_id = ? AND sector = 'food' AND stage = 'RESEARCHING'", GUILD);
                    // its suffixes, for the names-containing lookup (V39), as one batch
                    return Database.batch(c, INSERT_SUFFIX, NameSuffixesProbe.suffixesOfName(name).stream()
                            .map(suffix -> new Object[] {GUILD, suffix, id}).toList());
                })));
        return pairs;
    }

    /**
     * A partner by its name key with what its reminder line needs, in one read: its cadence, last touch and stage,
     * its cultivate state; the server's default cadence, zone, reminder channel and quiet hours; the owner's and the
     * reader's own zones; and what became of the owner's last check-ins (the last sent and the last given up within
     * the once-a-day rule's day, and why the last one tried in 30 days did not reach them, if it did not), which the
     * line tells ("... and comes with the next reminder, ...", "my last check-in could not reach you: ..."), and
     * whether the last one tried was given up because the owner had left the server, with none queued since (the
     * forty-ninth round's "waits until they're back"). Until the forty-second round the bare sides read only the
     * server's cadence and zone, less than the line they answer with.
     * Parameters: the day's start, twice; the 30 days' start; the reader; the server; the name key.
     */
    /** A note's words as a repeat is compared: lower case, without spaces, tabs, line breaks or no-break spaces. */
    private static final String SAME_WORDS = "REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(LOWER(%s), CHR(32), ''),"
            + " CHR(9), ''), CHR(10), ''), CHR(13), ''), CHR(160), '')";
    private static final String PARTNER_WITH_STATE = "SELECT p.id, p.owner_id, p.name, p.sector, p.stage,"
            + " p.contact, p.notes, p.cadence_days, p.created_by, p.created_at, p.last_touch_at, p.last_touch_note,"
            + " c.touch_marker, c.reminders, c.reminded_at, c.snoozed_until, c.asked_at, c.decision,"
            + " c.decided_at, s.default_cadence_days, s.time_zone, s.reminder_channel_id, s.quiet_start_minute,"
            + " s.quiet_end_minute, s.delivery, owner_zone.time_zone, reader_zone.time_zone,"
            + " (SELECT MAX(o.sent_at) FROM scheduled_sends o WHERE o.guild_id = p.guild_id AND o.kind = 'cultivate'"
            + " AND o.recipient_id = p.owner_id AND o.status = 'SENT' AND o.sent_at > ?),"
            + " (SELECT MAX(o.claimed_at) FROM scheduled_sends o WHERE o.guild_id = p.guild_id"
            + " AND o.kind = 'cultivate' AND o.recipient_id = p.owner_id AND o.status = 'FAILED' AND o.claimed_at > ?),"
            + " (SELECT CASE WHEN o.status = 'FAILED' THEN COALESCE(o.trouble, '') END FROM scheduled_sends o"
            + " WHERE o.guild_id = p.guild_id AND o.kind = 'cultivate' AND o.recipient_id = p.owner_id"
            + " AND o.status IN ('SENT', 'FAILED') AND o.claimed_at >= ? ORDER BY o.claimed_at DESC, o.id DESC"
            + " FETCH FIRST 1 ROWS ONLY),"
            + " (SELECT MAX(g.claimed_at) FROM scheduled_sends g WHERE g.guild_id = p.guild_id AND g.kind = 'cultivate'"
            + " AND g.recipient_id = p.owner_id AND g.status = 'FAILED' AND g.trouble = 'LEFT_SERVER'"
            + " AND NOT EXISTS (SELECT 1 FROM scheduled_sends l WHERE l.guild_id = g.guild_id AND l.kind = g.kind"
            + " AND l.recipient_id = g.recipient_id AND (l.status IN ('PENDING', 'CLAIMED')"
            + " OR l.status IN ('SENT', 'FAILED') AND (l.claimed_at > g.claimed_at"
            + " OR l.claimed_at = g.claimed_at AND l.id > g.id))))"
            + " FROM partners p"
            + " LEFT JOIN cultivate_states c ON c.guild_id = p.guild_id AND c.partner_id = p.id"
            + " LEFT JOIN server_settings s ON s.guild_id = p.guild_id"
            + " LEFT JOIN member_settings owner_zone ON owner_zone.guild_id = p.guild_id"
            + " AND owner_zone.user_id = p.owner_id"
            + " LEFT JOIN member_settings reader_zone ON reader_zone.guild_id = p.guild_id AND reader_zone.user_id = ?"
            + " WHERE p.guild_id = ? AND p.name_key = ?";

    /** {@link #PARTNER_WITH_STATE}'s parameters for {@code reader} reading the partner named {@code name} now. */
    private static Object[] partnerWithState(long reader, String name, Instant now) {
        Instant day = now.minus(Duration.ofDays(1));
        return new Object[] {day, day, now.minus(Duration.ofDays(30)), reader, GUILD, name.toLowerCase(Locale.ROOT)};
    }

    /**
     * Every value a bare read selected, each got out of the row, as a hand-written handler gets out what its reply
     * shows (until the forty-third round most bare sides got out only the ids they went on with, and the bot alone
     * paid for the rest: on {@code /coalition gaps}, the stage and the count of each row).
     */
    private static Object[] row(ResultSet rs) throws SQLException {
        Object[] values = new Object[rs.getMetaData().getColumnCount()];
        for (int column = 0; column < values.length; column++) {
            values[column] = rs.getObject(column + 1);
        }
        return values;
    }

    /** The whole number in {@code column} of a {@link #row}, 0 for none (as {@link ResultSet#getLong}). */
    private static long id(Object[] row, int column) {
        return row[column] == null ? 0 : ((Number) row[column]).longValue();
    }

    /** Who knows someone at a partner (0), then who waits for someone who does and was not told yet (1). */
    private static final String KNOWS_AND_WAITS = Database.overUnion("SELECT 0 AS waits, user_id, created_at"
            + " FROM partner_contacts WHERE guild_id = ? AND partner_id = ? UNION ALL SELECT 1, requester_id,"
            + " created_at FROM partner_intro_waits WHERE guild_id = ? AND partner_id = ? AND told_at IS NULL")
            + " ORDER BY 1, 3, 2";

    /**
     * A partner's latest introductions: of each requester to each helper the latest (a former member's each), the 6
     * newest, and older ones answered "I don't know them well" (the page names whom a helper said so to).
     */
    private static final String LATEST_INTROS = "SELECT requester_id, helper_id, status, asked_at, answered_at FROM"
            + " (SELECT requester_id, helper_id, status, asked_at, answered_at, id, ROW_NUMBER() OVER (ORDER BY"
            + " asked_at DESC, id DESC) AS newest FROM (SELECT requester_id, helper_id, status, asked_at, answered_at,"
            + " id, ROW_NUMBER() OVER (PARTITION BY requester_id, helper_id ORDER BY asked_at DESC, id DESC) AS latest"
            + " FROM partner_intros WHERE guild_id = ? AND partner_id = ?) i WHERE latest = 1 OR helper_id = 0) r"
            + " WHERE newest <= 6 OR status = 'NOT_WELL' ORDER BY asked_at DESC, id DESC";

    /** The stages where the coalition still tries to reach a partner: its page names who waits for an introduction. */
    private static final List<String> REACHING = List.of(STAGES[0], STAGES[1]);

    /** The trust pulse after the owner's touchpoint: asked lately? If not, ask (as {@code network.Pulse}). */
    private static void pulse(Connection c, long partnerId, long owner, Instant now) throws SQLException {
        int days = Database.one(c, "SELECT pulse_days FROM partnership_settings WHERE guild_id = ?",
                rs -> rs.getInt(1), GUILD).orElse(30);
        int asked = Database.one(c, "SELECT COUNT(*) FROM partnership_asks WHERE guild_id = ? AND partner_id = ?"
                + " AND kind = 'TRUST' AND asked_at > ?", rs -> rs.getInt(1), GUILD, partnerId,
                now.minus(Duration.ofDays(days))).orElse(0);
        if (asked == 0) {
            Database.insert(c, "INSERT INTO partnership_asks (guild_id, partner_id, rater_id, kind, period_key,"
                    + " asked_at) VALUES (?, ?, ?, 'TRUST', ?, ?)", GUILD, partnerId, owner,
                    now.atZone(ZoneOffset.UTC).toLocalDate().toString(), now);
        }
    }

    /** Starts the 5 tips for the {@code i}th person, and gives the form their first question's Answer opens. */
    private CustomId firstAnswerForm(int i) {
        Reply walk = command(member(i), "coach start");
        Button answer = walk.buttons().stream().filter(b -> b.id().action().equals("answer")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Answer button in " + walk.plainText()));
        return CustomId.of(answer.id().feature(), "answered", answer.id().longArg(0), answer.id().arg(1));
    }

    /**
     * An answer submitted in a coaching walk: each run is a member who has just started the 5 tips (not timed)
     * and sends the answer form of the first question.
     */
    private Pair answer() throws SQLException {
        Map<Integer, CustomId> forms = new java.util.HashMap<>();
        // each run is a person of their own answering their walk's first question (a second run of the same person
        // would replace the answer instead): the timed runs are members of the seed, the warm-ups the rest of the
        // seed's members and then people who start the 5 tips for the first time
        Op handler = i -> {
            CustomId form = forms.remove(i);
            // only the warm-up rounds after the fixed ones start their walk here (prepared below for the others)
            handle(new Inbound.ModalSubmit(caller(member(i)), form != null ? form : firstAnswerForm(i),
                    Map.of("answer", "Invite the food bank's director to our next meeting " + i)));
        };
        // start every timed and fixed warm-up run's walk up front, so that only the submission is timed
        for (int i = 0; i < sizes.handlerRuns() + sizes.handlerWarmups(); i++) {
            forms.put(i, firstAnswerForm(i));
        }
        // the reply: "Saved: ...", the next question with the walk's progress (the walk and its answers, one
        // join), and, for the question asking which organizations to invite, the names in the answer that are
        // not on the list yet (one read for all of them), from where the walk's last round of them stopped.
        // Writes: the answer (inserted, or an earlier one replaced), the walk's position.
        Op jdbc = i -> write(c -> {
            long walk = 1 + i % Math.max(1, sizes.answers() / 10);
            Instant now = clock.instant();
            String question = "bench-" + i;
            OptionalLong answered = OptionalLong.empty();
            // with where the walk's last round of names to add stopped (the reply's Check and add goes on from
            // there; left out until the forty-second round)
            for (Object[] row : Database.list(c, "SELECT w.question_key, w.status, a.id, a.question_key,"
                    + " a.skipped, r.offered, r.answer_mark FROM walks w LEFT JOIN walk_answers a"
                    + " ON a.guild_id = w.guild_id AND a.walk_id = w.id LEFT JOIN partner_name_rounds r"
                    + " ON r.guild_id = w.guild_id AND r.walk_id = w.id AND r.user_id = w.user_id"
                    + " WHERE w.guild_id = ? AND w.id = ? ORDER BY a.id",
                    HandlerPairs::row, GUILD, walk)) {
                if (question.equals(row[3])) {
                    answered = OptionalLong.of(id(row, 2));
                }
            }
            if (answered.isPresent()) {
                Database.update(c, "UPDATE walk_answers SET answer = ?, skipped = FALSE, updated_at = ?"
                        + " WHERE guild_id = ? AND id = ?", "Invite the director " + i, now, GUILD,
                        answered.getAsLong());
            } else {
                Database.insert(c, "INSERT INTO walk_answers (guild_id, walk_id, question_key, answer, skipped,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, FALSE, ?, ?)",
                        GUILD, walk, question, "Invite the director " + i, now, now);
            }
            Database.update(c, "UPDATE walks SET question_key = ?, updated_at = ? WHERE guild_id = ?"
                    + " AND id = ?", "q10", now, GUILD, walk);
            // one index lookup per name (H2 would read every key for "name_key IN (...)")
            return Database.list(c, "SELECT p.name_key FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS k(name_key)"
                    + " JOIN partners p ON p.guild_id = ? AND p.name_key = k.name_key", rs -> rs.getString(1),
                    new String[] {"invite the director " + i}, GUILD);
        });
        return new Pair("answer submitted", handler, jdbc);
    }

    /**
     * Warm-up runs beyond the fixed ones go in rounds of at least this many runs and this long, while Java still
     * compiles what they use (long enough for one of its larger compiles to finish within a round).
     */
    static final int SETTLE_ROUND = 500;
    static final long SETTLE_ROUND_NANOS = 500_000_000L;
    /** A round is quiet when Java finished less than this many milliseconds of compiling during it. */
    static final long QUIET_MS = 2;

    /** A pair's two sides, timed together. */
    record Timings(Timing handler, Timing jdbc) {
    }

    /**
     * Timed runs of one side in a row, before the other side takes its turn: long enough that switching sides does
     * not decide the figures (on H2 a run a side at a time took the caches from under the shorter handlers, and
     * {@code /coalition gaps} took 20 µs instead of 10), short enough that each side has many turns over the minute
     * or so both take.
     */
    static final int TURN = 50;

    /**
     * {@code runs} timed runs of each side of {@code pair}, after {@code warmups} untimed ones of each and then more
     * untimed rounds until two in a row are quiet (at most {@code settleMax} runs): Java has compiled what the runs
     * use, as in a bot running for a while (see docs/benchmark-history.md, thirteenth round). The timed runs of the two
     * sides take turns of {@link #TURN} runs, so that what the machine does meanwhile (a PostgreSQL checkpoint or
     * autovacuum, another process on the two cores) falls on both alike: until the forty-third round each side's runs
     * came minutes apart, after its own warm-up, and whichever met a checkpoint looked slower. Each turn begins with
     * one untimed run, to bring that side's data and code back to the caches. The allocations show what makes the
     * collections come.
     */
    static Timings time(Pair pair, int runs, int warmups, int settleMax) throws SQLException {
        int handlerWarmups = warmUp(pair.handler(), runs, warmups, settleMax);
        int jdbcWarmups = warmUp(pair.jdbc(), runs, warmups, settleMax);
        Runs handler = new Runs(runs);
        Runs jdbc = new Runs(runs);
        Runs untimed = new Runs(1);
        int nextHandler = runs + handlerWarmups;
        int nextJdbc = runs + jdbcWarmups;
        int turns = (runs + TURN - 1) / TURN;
        for (int turn = 0; turn < turns; turn++) {
            handler.turn(pair.handler(), untimed, nextHandler++, turn);
            // the bare side's turn reads other partners and members than the handler's turn just did, half the turns
            // away: one side reading what the other has just brought to the database's cache would be the faster
            jdbc.turn(pair.jdbc(), untimed, nextJdbc++, (turn + turns / 2) % turns);
        }
        return new Timings(handler.timing(nextHandler - runs), jdbc.timing(nextJdbc - runs));
    }

    /**
     * The untimed runs of one side before its timed ones: {@code warmups} (numbered from {@code runs} on, after the
     * timed runs' numbers), then rounds until two in a row are quiet, {@code settleMax} runs at most; how many in all.
     */
    private static int warmUp(Op op, int runs, int warmups, int settleMax) throws SQLException {
        // the warm-ups are measured as the timed runs are, and forgotten, so that the counting around each run is
        // compiled before the timed runs (until the thirteenth round Java compiled it during them)
        Runs warm = new Runs(1);
        int next = runs;
        for (; next < runs + warmups; next++) {
            warm.run(op, next, 0);
        }
        int settle = 0;
        for (int quiet = 0; quiet < 2 && settle < settleMax; ) {
            long compiled = compileMillis();
            long roundStart = System.nanoTime();
            for (int k = 0; (k < SETTLE_ROUND || System.nanoTime() - roundStart < SETTLE_ROUND_NANOS)
                    && settle < settleMax; k++, settle++) {
                warm.run(op, next++, 0);
            }
            quiet = compileMillis() - compiled < QUIET_MS ? quiet + 1 : 0;
        }
        return warmups + settle;
    }

    /**
     * Runs of one side timed one by one, each with what it allocated, the statements it ran, and the collections and
     * the compiles that finished during it.
     */
    private static final class Runs {
        final double[] took;
        final long[] allocated;
        final long[] statements;
        final long[] roundTrips;
        final long[] collections;
        final long[] compiles;

        Runs(int size) {
            took = new double[size];
            allocated = new long[size];
            statements = new long[size];
            roundTrips = new long[size];
            collections = new long[size];
            compiles = new long[size];
        }

        void run(Op op, int i, int slot) throws SQLException {
            long allocatedBefore = allocatedBytes();
            long statementsBefore = Database.statementsRun();
            long roundTripsBefore = Database.roundTrips();
            long gcBefore = collections();
            long jitBefore = compileMillis();
            long start = System.nanoTime();
            op.run(i);
            took[slot] = (System.nanoTime() - start) / 1e6;
            compiles[slot] = compileMillis() - jitBefore;
            collections[slot] = collections() - gcBefore;
            statements[slot] = Database.statementsRun() - statementsBefore;
            roundTrips[slot] = Database.roundTrips() - roundTripsBefore;
            allocated[slot] = allocatedBytes() - allocatedBefore;
        }

        /**
         * One turn of {@code op}: its untimed run numbered {@code untimedRun} (on {@code untimed}), to bring its data
         * and code back to the caches, then the timed runs of {@code block}, {@link #TURN} runs long.
         */
        void turn(Op op, Runs untimed, int untimedRun, int block) throws SQLException {
            untimed.run(op, untimedRun, 0);
            for (int i = block * TURN; i < Math.min(took.length, (block + 1) * TURN); i++) {
                run(op, i, i);
            }
        }

        /** p50 and p99, and of the slowest 1% how many met a collection or a compile; after {@code warmups}. */
        Timing timing(int warmups) {
            int runs = took.length;
            Integer[] order = new Integer[runs];
            Arrays.setAll(order, k -> k);
            Arrays.sort(order, Comparator.comparingDouble(k -> took[k]));
            int p99 = Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1);
            int tail = 0;
            int jit = 0;
            for (int k = p99; k < runs; k++) {
                tail += collections[order[k]] > 0 ? 1 : 0;
                jit += compiles[order[k]] > 0 ? 1 : 0;
            }
            return new Timing(took[order[runs / 2]], took[order[p99]], runs - p99, tail, jit,
                    Arrays.stream(allocated).sum() / 1024.0 / runs, Arrays.stream(statements).sum() / (double) runs,
                    Arrays.stream(roundTrips).sum() / (double) runs, Arrays.stream(compiles).sum(), warmups);
        }
    }

    /*
     * The beans are looked up once: ManagementFactory builds each list anew through streams and object names,
     * library code the handlers share, which was compiled again during the timed runs when looked up per run.
     */
    private static final java.lang.management.CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();
    private static final List<java.lang.management.GarbageCollectorMXBean> COLLECTORS =
            List.copyOf(ManagementFactory.getGarbageCollectorMXBeans());
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long compileMillis() {
        return COMPILER.getTotalCompilationTime();
    }

    /** Bytes this thread has allocated so far (HotSpot's count; 0 where the JVM does not keep it). */
    private static long allocatedBytes() {
        return THREADS instanceof com.sun.management.ThreadMXBean hotspot
                ? hotspot.getCurrentThreadAllocatedBytes() : 0;
    }

    /** Garbage collections so far, of every collector of this JVM. */
    private static long collections() {
        long n = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : COLLECTORS) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }
}
