package org.partnercoach.digest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberHomes;

/** The digest's schedules, subscribers, weeks sent and nudges in H2. */
final class DigestStore {

    /** A week whose digest was queued. */
    record SentWeek(long id, long guildId, String key, Instant start, Instant end, boolean late, Instant queuedAt,
                    Instant sentAt) {
    }

    /** The numbers a week's digest showed, kept with the week as it was queued. */
    record Shown(Instant start, Instant end, DigestComposer.Numbers numbers) {
    }

    private static final String SCHEDULE_COLUMNS = "guild_id, day_of_week, minute_of_day, channel_id, updated_at";
    private static final String SCHEDULE = "SELECT " + SCHEDULE_COLUMNS + " FROM digest_schedules WHERE guild_id = ?";
    /** The one query across servers: the planner serves them all. */
    /** Of the servers that have the bot: no digest is planned for one that removed it (storage's condition). */
    private static final String ALL_SCHEDULES = "SELECT " + SCHEDULE_COLUMNS + " FROM digest_schedules"
            + " WHERE " + MemberHomes.hasBot("digest_schedules.guild_id")
            + " ORDER BY guild_id";
    private static final String UPDATE_SCHEDULE = "UPDATE digest_schedules SET day_of_week = ?, minute_of_day = ?,"
            + " channel_id = ?, updated_by = ?, updated_at = ? WHERE guild_id = ?";
    private static final String INSERT_SCHEDULE = "INSERT INTO digest_schedules (day_of_week, minute_of_day,"
            + " channel_id, updated_by, updated_at, guild_id) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String SUBSCRIBERS = "SELECT user_id FROM digest_subscribers WHERE guild_id = ?"
            + " ORDER BY subscribed_at, user_id";
    private static final String SUBSCRIBED = "SELECT 1 FROM digest_subscribers WHERE guild_id = ? AND user_id = ?";
    private static final String SUBSCRIBE = "INSERT INTO digest_subscribers (guild_id, user_id, subscribed_at)"
            + " SELECT ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM digest_subscribers WHERE guild_id = ? AND user_id = ?)";
    private static final String UNSUBSCRIBE = "DELETE FROM digest_subscribers WHERE guild_id = ? AND user_id = ?";
    private static final String WEEK_COLUMNS = "id, guild_id, week_key, period_start, period_end, late, queued_at,"
            + " sent_at";
    private static final String WEEK = "SELECT " + WEEK_COLUMNS + " FROM digest_weeks WHERE guild_id = ?"
            + " AND week_key = ?";
    /**
     * A week whose digest is still the latest: no later week (one starting at or after its end) has had its digest
     * queued since. One read, as the week alone was.
     */
    private static final String CURRENT_WEEK_BY_ID = "SELECT " + WEEK_COLUMNS + " FROM digest_weeks w"
            + " WHERE guild_id = ? AND id = ? AND NOT EXISTS (SELECT 1 FROM digest_weeks later"
            + " WHERE later.guild_id = w.guild_id AND later.period_start >= w.period_end)";
    private static final String LAST_WEEK = "SELECT " + WEEK_COLUMNS + " FROM digest_weeks WHERE guild_id = ?"
            + " ORDER BY period_end DESC, id DESC LIMIT 1";
    private static final String INSERT_WEEK = "INSERT INTO digest_weeks (guild_id, week_key, period_start,"
            + " period_end, late, queued_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String WEEK_SENT = "UPDATE digest_weeks SET sent_at = ? WHERE guild_id = ? AND id = ?"
            + " AND sent_at IS NULL";
    private static final String INSERT_NUMBERS = "INSERT INTO digest_week_numbers (week_id, guild_id, active_members,"
            + " walks_started, walks_finished, partners_added, stage_moves, touchpoints, session_answers)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The numbers the digests of the weeks ending in a period showed, each with its week. */
    private static final String SHOWN = "SELECT w.period_start, w.period_end, n.active_members, n.walks_started,"
            + " n.walks_finished, n.partners_added, n.stage_moves, n.touchpoints, n.session_answers"
            + " FROM digest_weeks w JOIN digest_week_numbers n ON n.week_id = w.id AND n.guild_id = w.guild_id"
            + " WHERE w.guild_id = ? AND w.period_end > ? AND w.period_end <= ? ORDER BY w.period_end, w.id";
    private static final String NUDGE_COLUMNS = "member_id, week_key, coordinator_id, queued_at";
    /** A member's latest nudge, by which the next waits ({@link Nudges.Last#heldUntil}). */
    private static final String LAST_NUDGE = "SELECT " + NUDGE_COLUMNS + " FROM digest_nudges WHERE guild_id = ?"
            + " AND member_id = ? ORDER BY queued_at DESC, id DESC LIMIT 1";
    /** Each member's latest nudge queued by a moment (a digest's), in one read. */
    private static final String LAST_NUDGES = "SELECT " + NUDGE_COLUMNS + " FROM digest_nudges n WHERE guild_id = ?"
            + " AND queued_at <= ? AND NOT EXISTS (SELECT 1 FROM digest_nudges later WHERE later.guild_id = n.guild_id"
            + " AND later.member_id = n.member_id AND later.queued_at <= ? AND (later.queued_at > n.queued_at"
            + " OR later.queued_at = n.queued_at AND later.id > n.id))";
    private static final String NUDGED_BY = "SELECT 1 FROM digest_nudges WHERE guild_id = ? AND member_id = ?"
            + " AND queued_at = ? AND coordinator_id IN (?, 0) FETCH FIRST 1 ROW ONLY";
    private static final String INSERT_NUDGE = "INSERT INTO digest_nudges (guild_id, member_id, week_key,"
            + " coordinator_id, queued_at) VALUES (?, ?, ?, ?, ?)";

    Optional<DigestSchedule> schedule(Connection c, long guildId) throws SQLException {
        return Database.one(c, SCHEDULE, DigestStore::schedule, guildId);
    }

    List<DigestSchedule> allSchedules(Connection c) throws SQLException {
        return Database.list(c, ALL_SCHEDULES, DigestStore::schedule);
    }

    void saveSchedule(Connection c, DigestSchedule s, long userId) throws SQLException {
        Object[] values = {s.day().getValue(), s.time().getHour() * 60 + s.time().getMinute(), s.channelId(), userId,
            s.since(), s.guildId()};
        if (Database.update(c, UPDATE_SCHEDULE, values) == 0) {
            Database.update(c, INSERT_SCHEDULE, values);
        }
    }

    List<Long> subscribers(Connection c, long guildId) throws SQLException {
        return Database.list(c, SUBSCRIBERS, rs -> rs.getLong(1), guildId);
    }

    /** Whether this member gets the server's digest by DM, without reading every subscriber. */
    boolean subscribed(Connection c, long guildId, long userId) throws SQLException {
        return Database.one(c, SUBSCRIBED, rs -> true, guildId, userId).isPresent();
    }

    boolean subscribe(Connection c, long guildId, long userId, Instant now) throws SQLException {
        return Database.update(c, SUBSCRIBE, guildId, userId, now, guildId, userId) == 1;
    }

    boolean unsubscribe(Connection c, long guildId, long userId) throws SQLException {
        return Database.update(c, UNSUBSCRIBE, guildId, userId) == 1;
    }

    Optional<SentWeek> week(Connection c, long guildId, String key) throws SQLException {
        return Database.one(c, WEEK, DigestStore::week, guildId, key);
    }

    /** The week, unless a later week's digest was queued since: then its own is out of date. */
    Optional<SentWeek> currentWeekById(Connection c, long guildId, long id) throws SQLException {
        return Database.one(c, CURRENT_WEEK_BY_ID, DigestStore::week, guildId, id);
    }

    Optional<SentWeek> lastWeek(Connection c, long guildId) throws SQLException {
        return Database.one(c, LAST_WEEK, DigestStore::week, guildId);
    }

    /** Records a week as queued; the unique key refuses a second row for the same server and week. */
    long insertWeek(Connection c, long guildId, DigestSchedule.Week w, boolean late, Instant now)
            throws SQLException {
        return Database.insert(c, INSERT_WEEK, guildId, w.key(), w.start(), w.end(), late, now);
    }

    /** Keeps the numbers the week's digest shows, with the week as it is queued (in its transaction). */
    void insertNumbers(Connection c, long guildId, long weekId, DigestComposer.Numbers n) throws SQLException {
        Database.update(c, INSERT_NUMBERS, weekId, guildId, n.activeMembers(), n.walksStarted(), n.walksFinished(),
                n.partnersAdded(), n.stageMoves(), n.touchpoints(), n.sessionAnswers());
    }

    /** The numbers kept with the weeks that end after {@code from} and at or before {@code to}, earliest first. */
    List<Shown> shown(Connection c, long guildId, Instant from, Instant to) throws SQLException {
        return Database.list(c, SHOWN, rs -> new Shown(Database.instant(rs, "period_start"),
                Database.instant(rs, "period_end"), new DigestComposer.Numbers(rs.getInt("active_members"),
                rs.getInt("walks_started"), rs.getInt("walks_finished"), rs.getInt("partners_added"),
                rs.getInt("stage_moves"), rs.getInt("touchpoints"), rs.getInt("session_answers"))),
                guildId, from, to);
    }

    void weekSent(Connection c, long guildId, long id, Instant at) throws SQLException {
        Database.update(c, WEEK_SENT, at, guildId, id);
    }

    Optional<Nudges.Last> lastNudge(Connection c, long guildId, long memberId) throws SQLException {
        return Database.one(c, LAST_NUDGE, DigestStore::nudge, guildId, memberId);
    }

    Map<Long, Nudges.Last> lastNudges(Connection c, long guildId, Instant asOf) throws SQLException {
        Map<Long, Nudges.Last> last = new HashMap<>();
        for (Map.Entry<Long, Nudges.Last> e : Database.list(c, LAST_NUDGES,
                rs -> Map.entry(rs.getLong("member_id"), nudge(rs)), guildId, asOf, asOf)) {
            last.put(e.getKey(), e.getValue());
        }
        return last;
    }

    /**
     * Whether the nudge queued for {@code memberId} at {@code queuedAt} was sent by {@code coordinatorId}, or by a
     * coordinator who asked to be forgotten (0).
     */
    boolean nudgedBy(Connection c, long guildId, long memberId, Instant queuedAt, long coordinatorId)
            throws SQLException {
        return Database.one(c, NUDGED_BY, rs -> true, guildId, memberId, queuedAt, coordinatorId).isPresent();
    }

    void insertNudge(Connection c, long guildId, long memberId, String weekKey, long coordinatorId, Instant now)
            throws SQLException {
        Database.update(c, INSERT_NUDGE, guildId, memberId, weekKey, coordinatorId, now);
    }

    private static DigestSchedule schedule(ResultSet rs) throws SQLException {
        int minute = rs.getInt("minute_of_day");
        return new DigestSchedule(rs.getLong("guild_id"), DayOfWeek.of(rs.getInt("day_of_week")),
                LocalTime.of(minute / 60, minute % 60), rs.getLong("channel_id"), Database.instant(rs, "updated_at"));
    }

    private static Nudges.Last nudge(ResultSet rs) throws SQLException {
        return new Nudges.Last(Database.instant(rs, "queued_at"), rs.getString("week_key"),
                rs.getLong("coordinator_id"));
    }

    private static SentWeek week(ResultSet rs) throws SQLException {
        return new SentWeek(rs.getLong("id"), rs.getLong("guild_id"), rs.getString("week_key"),
                Database.instant(rs, "period_start"), Database.instant(rs, "period_end"), rs.getBoolean("late"),
                Database.instant(rs, "queued_at"), Database.instant(rs, "sent_at"));
    }
}
