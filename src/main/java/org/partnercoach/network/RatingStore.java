package org.partnercoach.network;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.partnercoach.storage.Database;

/** The pulse's SQL: asks, ratings and the server's pulse setting. Every query names its server. */
final class RatingStore {

    /** A question put to a member about a partner. */
    record Ask(long id, long guildId, long partnerId, long raterId, Aspect.Kind kind, String periodKey,
               Instant askedAt, Instant skippedAt) {
    }

    /** One stored answer. */
    record Rating(long askId, long partnerId, long raterId, Aspect aspect, int score, Instant ratedAt) {
    }

    private static final String ASK_COLUMNS = "id, guild_id, partner_id, rater_id, kind, period_key, asked_at,"
            + " skipped_at";
    private static final String INSERT_ASK = "INSERT INTO partnership_asks (guild_id, partner_id, rater_id, kind,"
            + " period_key, asked_at) VALUES (?, ?, ?, ?, ?, ?)";
    /** {@link #INSERT_ASK}, adding nothing when the member was asked about the partner in the period already. */
    private static final String INSERT_ASK_IF_NEW = INSERT_ASK + " ON CONFLICT DO NOTHING";
    private static final String ASK = "SELECT " + ASK_COLUMNS + " FROM partnership_asks WHERE guild_id = ? AND id = ?";
    /**
     * The questions of this kind about the partner since then that hold its next one back: those put to this member
     * (answered, skipped or not), and any answered on every line (by an owner before a hand-over). One a former owner
     * left unanswered, which takes no answer now, holds back nothing.
     */
    private static final String ASKED_SINCE = "SELECT COUNT(*) FROM partnership_asks WHERE guild_id = ?"
            + " AND partner_id = ? AND kind = ? AND asked_at > ? AND (rater_id = ? OR lines_rated >= ?)";
    /**
     * The questions of this kind and period, as {partner, rater, answered on every line (1) or not (0)}: whoever
     * answered in full settled the partner, anyone else was asked already.
     */
    static final String ASKED_IN = "SELECT a.partner_id, a.rater_id, CASE WHEN a.lines_rated >= ? THEN 1 ELSE 0 END"
            + " FROM partnership_asks a WHERE a.guild_id = ? AND a.kind = ? AND a.period_key = ?";
    private static final String ANSWERED_IN_FULL = "SELECT COUNT(*) FROM partnership_asks a WHERE a.guild_id = ?"
            + " AND a.partner_id = ? AND a.kind = ? AND a.period_key = ? AND a.lines_rated >= ?";
    /** The questions of this kind and period still open: neither skipped nor rated on every line yet. */
    static final String OPEN_ASKS = "SELECT a.rater_id, a.partner_id FROM partnership_asks a"
            + " WHERE a.guild_id = ? AND a.kind = ? AND a.period_key = ? AND a.skipped_at IS NULL"
            + " AND a.lines_rated < ?";
    /** The member's latest question of this kind about the partner since then, neither skipped nor rated at all. */
    private static final String UNTOUCHED_SINCE = "SELECT a.id FROM partnership_asks a WHERE a.guild_id = ?"
            + " AND a.partner_id = ? AND a.rater_id = ? AND a.kind = ? AND a.asked_at > ? AND a.skipped_at IS NULL"
            + " AND a.lines_rated = 0 ORDER BY a.asked_at DESC, a.id DESC FETCH FIRST 1 ROW ONLY";
    /** The member's latest question of this kind and period still open: neither skipped nor rated on every line. */
    static final String OPEN_ASK_OF = "SELECT " + ASK_COLUMNS + " FROM partnership_asks a"
            + " WHERE a.guild_id = ? AND a.rater_id = ? AND a.kind = ? AND a.period_key = ? AND a.skipped_at IS NULL"
            + " AND a.lines_rated < ? ORDER BY a.asked_at DESC, a.id DESC FETCH FIRST 1 ROW ONLY";
    /** A question nobody has touched (neither skipped nor rated), taken back before it was sent. */
    private static final String WITHDRAW = "DELETE FROM partnership_asks a WHERE a.guild_id = ? AND a.id = ?"
            + " AND a.skipped_at IS NULL AND a.lines_rated = 0";
    private static final String SKIP = "UPDATE partnership_asks SET skipped_at = ? WHERE guild_id = ? AND id = ?";
    private static final String RATING_COLUMNS = "ask_id, partner_id, rater_id, aspect, score, rated_at";
    private static final String RATINGS_OF_ASK = "SELECT " + RATING_COLUMNS + " FROM partnership_ratings"
            + " WHERE guild_id = ? AND ask_id = ? ORDER BY id";
    private static final String INSERT_RATING = "INSERT INTO partnership_ratings (guild_id, ask_id, partner_id,"
            + " rater_id, aspect, score, rated_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    /** One more line of the question rated (V67): the same transaction as the rating's insert. */
    private static final String LINE_RATED = "UPDATE partnership_asks SET lines_rated = lines_rated + 1"
            + " WHERE guild_id = ? AND id = ?";
    private static final String CHANGE_RATING = "UPDATE partnership_ratings SET score = ?, changed_at = ?"
            + " WHERE guild_id = ? AND ask_id = ? AND aspect = ?";
    private static final String RATINGS_BEFORE = "SELECT " + RATING_COLUMNS + " FROM partnership_ratings"
            + " WHERE guild_id = ? AND rated_at < ? ORDER BY rated_at, id";
    /** Who rated a partner's trust or value in a period (a change of a rating is no new one). */
    private static final String RATERS_BETWEEN = "SELECT DISTINCT rater_id FROM partnership_ratings"
            + " WHERE guild_id = ? AND rated_at >= ? AND rated_at < ?";
    private static final String RATINGS_OF_PARTNER = "SELECT " + RATING_COLUMNS + " FROM partnership_ratings"
            + " WHERE guild_id = ? AND partner_id = ? ORDER BY rated_at, id";
    /**
     * When the server's first question about a partner was put: it stays when its partner is deleted. The first entry
     * of the index by time (V66), its order spelled out whole: ordered by the time alone, H2 read the server's every
     * entry.
     */
    static final String FIRST_ASKED = "SELECT asked_at FROM partnership_asks WHERE guild_id = ?"
            + " ORDER BY guild_id, asked_at FETCH FIRST 1 ROW ONLY";
    private static final String PULSE_DAYS = "SELECT pulse_days FROM partnership_settings WHERE guild_id = ?";
    private static final String UPDATE_PULSE_DAYS = "UPDATE partnership_settings SET pulse_days = ?, updated_by = ?,"
            + " updated_at = ? WHERE guild_id = ?";
    private static final String INSERT_PULSE_DAYS = "INSERT INTO partnership_settings (guild_id, pulse_days,"
            + " updated_by, updated_at) VALUES (?, ?, ?, ?)";

    long insertAsk(Connection c, long guildId, long partnerId, long raterId, Aspect.Kind kind, String periodKey,
                   Instant at) throws SQLException {
        return Database.insert(c, INSERT_ASK, guildId, partnerId, raterId, kind, periodKey, at);
    }

    /** {@link #insertAsk}, or empty when this member was asked about the partner in this period already. */
    OptionalLong insertAskIfNew(Connection c, long guildId, long partnerId, long raterId, Aspect.Kind kind,
                                String periodKey, Instant at) throws SQLException {
        return Database.insertIfNew(c, INSERT_ASK_IF_NEW, guildId, partnerId, raterId, kind, periodKey, at);
    }

    Optional<Ask> ask(Connection c, long guildId, long id) throws SQLException {
        return Database.one(c, ASK, RatingStore::ask, guildId, id);
    }

    /** Whether {@link #ASKED_SINCE}'s questions hold back a question to {@code raterId}. */
    boolean askedSince(Connection c, long guildId, long partnerId, long raterId, Aspect.Kind kind, Instant since)
            throws SQLException {
        return Database.one(c, ASKED_SINCE, rs -> rs.getInt(1), guildId, partnerId, kind, since, raterId,
                kind.aspects().size()).orElse(0) > 0;
    }

    /**
     * The questions of {@code kind} in {@code periodKey}, as {partner, rater, 1 when answered on every line else 0}.
     */
    List<long[]> askedIn(Connection c, long guildId, Aspect.Kind kind, String periodKey) throws SQLException {
        return Database.list(c, ASKED_IN, rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getInt(3)},
                kind.aspects().size(), guildId, kind, periodKey);
    }

    /** Whether some member answered a question of {@code kind} about the partner in {@code periodKey} on every line. */
    boolean answeredInFull(Connection c, long guildId, long partnerId, Aspect.Kind kind, String periodKey)
            throws SQLException {
        return Database.one(c, ANSWERED_IN_FULL, rs -> rs.getInt(1), guildId, partnerId, kind, periodKey,
                kind.aspects().size()).orElse(0) > 0;
    }

    /**
     * The questions of {@code kind} in {@code periodKey} their member has neither skipped nor answered on every line
     * (one tap on one line leaves one open), as {rater, partner}.
     */
    List<long[]> openAsks(Connection c, long guildId, Aspect.Kind kind, String periodKey) throws SQLException {
        return Database.list(c, OPEN_ASKS, rs -> new long[] {rs.getLong(1), rs.getLong(2)}, guildId, kind,
                periodKey, kind.aspects().size());
    }

    /** {@link #OPEN_ASK_OF}'s question, if there is one. */
    Optional<Ask> openAskOf(Connection c, long guildId, long raterId, Aspect.Kind kind, String periodKey)
            throws SQLException {
        return Database.one(c, OPEN_ASK_OF, RatingStore::ask, guildId, raterId, kind, periodKey,
                kind.aspects().size());
    }

    /** The id of {@link #UNTOUCHED_SINCE}'s question, if there is one. */
    Optional<Long> untouchedSince(Connection c, long guildId, long partnerId, long raterId, Aspect.Kind kind,
                                  Instant since) throws SQLException {
        return Database.one(c, UNTOUCHED_SINCE, rs -> rs.getLong(1), guildId, partnerId, raterId, kind, since);
    }

    /** Deletes a question neither skipped nor rated: for the quarter, it was never asked. */
    void withdraw(Connection c, long guildId, long askId) throws SQLException {
        Database.update(c, WITHDRAW, guildId, askId);
    }

    void skip(Connection c, long guildId, long askId, Instant at) throws SQLException {
        Database.update(c, SKIP, at, guildId, askId);
    }

    List<Rating> ratingsOf(Connection c, long guildId, long askId) throws SQLException {
        return Database.list(c, RATINGS_OF_ASK, RatingStore::rating, guildId, askId);
    }

    void rate(Connection c, Ask ask, Aspect aspect, int score, boolean change, Instant at) throws SQLException {
        if (change) {
            Database.update(c, CHANGE_RATING, score, at, ask.guildId(), ask.id(), aspect);
        } else {
            Database.update(c, INSERT_RATING, ask.guildId(), ask.id(), ask.partnerId(), ask.raterId(), aspect, score,
                    at, at);
            Database.update(c, LINE_RATED, ask.guildId(), ask.id());
        }
    }

    /** Every rating of the server given before {@code at}, oldest first. */
    List<Rating> ratingsBefore(Connection c, long guildId, Instant at) throws SQLException {
        return Database.list(c, RATINGS_BEFORE, RatingStore::rating, guildId, at);
    }

    java.util.Set<Long> ratersBetween(Connection c, long guildId, Instant from, Instant to) throws SQLException {
        return new java.util.HashSet<>(Database.list(c, RATERS_BETWEEN, rs -> rs.getLong(1), guildId, from, to));
    }

    List<Rating> ratingsOfPartner(Connection c, long guildId, long partnerId) throws SQLException {
        return Database.list(c, RATINGS_OF_PARTNER, RatingStore::rating, guildId, partnerId);
    }

    /** When a member was first asked about one of the server's partners, deleted ones too; empty if never. */
    Optional<Instant> firstAsked(Connection c, long guildId) throws SQLException {
        return Database.one(c, FIRST_ASKED, rs -> Database.instant(rs, 1), guildId);
    }

    Optional<Integer> pulseDays(Connection c, long guildId) throws SQLException {
        return Database.one(c, PULSE_DAYS, rs -> rs.getInt(1), guildId);
    }

    void setPulseDays(Connection c, long guildId, int days, long by, Instant at) throws SQLException {
        if (Database.update(c, UPDATE_PULSE_DAYS, days, by, at, guildId) == 0) {
            Database.update(c, INSERT_PULSE_DAYS, guildId, days, by, at);
        }
    }

    private static Ask ask(ResultSet rs) throws SQLException {
        return new Ask(rs.getLong("id"), rs.getLong("guild_id"), rs.getLong("partner_id"), rs.getLong("rater_id"),
                Aspect.Kind.valueOf(rs.getString("kind")), rs.getString("period_key"),
                Database.instant(rs, "asked_at"), Database.instant(rs, "skipped_at"));
    }

    private static Rating rating(ResultSet rs) throws SQLException {
        return new Rating(rs.getLong("ask_id"), rs.getLong("partner_id"), rs.getLong("rater_id"),
                Aspect.valueOf(rs.getString("aspect")), rs.getInt("score"), Database.instant(rs, "rated_at"));
    }
}
