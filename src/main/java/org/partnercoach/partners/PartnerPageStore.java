package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.partnercoach.storage.Database;

/**
 * The rows a partner's page shows from the outreach list's own tables beside the partner's: its latest touchpoints,
 * who knows someone there, the introductions asked, who waits for someone to ask, and who answered "I don't know
 * them well", in one statement (each part a range of its table's index by partner). Every query is filtered on the
 * server.
 */
final class PartnerPageStore {

    /**
     * What {@link #of} reads, each list in the order the page shows it; {@code notWell}: every request whose latest
     * answer is "I don't know them well" (first answered first), where {@code intros} holds only the newest.
     */
    record Rows(List<Touchpoint> recent, List<Long> knowSomeone, List<Intro> intros, List<Intro.Wait> waits,
                List<Intro> notWell) {
    }

    private static final int TOUCHPOINT = 1;
    private static final int CONTACT = 2;
    private static final int INTRO = 3;
    private static final int WAIT = 4;
    /** A request answered "I don't know them well", older than the introductions the page lists. */
    private static final int NOT_WELL = 5;

    /*
     * Each part in the same columns: row_kind says which; `who` is the touchpoint's member, the contact, or the
     * requester; `other` the helper asked; `word` the touchpoint's kind or the introduction's status; `first_at`
     * when it happened, was said, asked or begun; `then_at` when an introduction was answered or a waiting member
     * told. Ordered by part and then (first_at, id, who) ascending: the contacts' and waits' order, and the reverse of
     * the latest touchpoints' and introductions', which the page lists newest first.
     *
     * The introductions are the latest request of each requester to each helper: no later one of the same pair
     * exists. Requests of former members (helper 0, several people) are each their own line. Of those, the newest
     * (ranked by when they were asked) are the page's introductions; the others answered "I don't know them well"
     * come too, as their own kind, since the page names everyone a helper said so to, however long ago: one read of
     * the partner's requests serves both.
     */
    static final String ROWS = "SELECT row_kind, id, who, other, word, note, first_at, then_at FROM ("
            + "SELECT " + TOUCHPOINT + " AS row_kind, id, user_id AS who, CAST(0 AS BIGINT) AS other, kind AS word,"
            + " note, happened_at AS first_at, CAST(NULL AS TIMESTAMP) AS then_at FROM (SELECT id, user_id, kind, note,"
            + " happened_at FROM partner_touchpoints WHERE guild_id = ? AND partner_id = ?"
            + " ORDER BY happened_at DESC, id DESC FETCH FIRST ? ROWS ONLY) recent"
            + " UNION ALL SELECT " + CONTACT + ", 0, user_id, 0, NULL, NULL, created_at, NULL FROM partner_contacts"
            + " WHERE guild_id = ? AND partner_id = ?"
            + " UNION ALL SELECT CASE WHEN newest <= ? THEN " + INTRO + " ELSE " + NOT_WELL + " END, id, requester_id,"
            + " helper_id, status, NULL, asked_at, answered_at FROM"
            + " (SELECT id, requester_id, helper_id, status, asked_at, answered_at,"
            + " ROW_NUMBER() OVER (ORDER BY asked_at DESC, id DESC) AS newest FROM partner_intros i"
            + " WHERE guild_id = ? AND partner_id = ? AND NOT EXISTS (SELECT 1 FROM partner_intros n"
            + " WHERE n.guild_id = i.guild_id AND n.partner_id = i.partner_id AND n.requester_id = i.requester_id"
            + " AND n.helper_id = i.helper_id AND n.helper_id <> 0"
            + " AND (n.asked_at > i.asked_at OR (n.asked_at = i.asked_at AND n.id > i.id)))"
            + ") latest WHERE newest <= ? OR status = ?"
            + " UNION ALL SELECT " + WAIT + ", id, requester_id, 0, NULL, NULL, created_at, told_at FROM partner_intro_waits"
            + " WHERE guild_id = ? AND partner_id = ?"
            + ") page ORDER BY row_kind, first_at, id, who";

    private record Row(int kind, Object value) {
    }

    /**
     * A partner's page rows: its {@code touchpoints} latest touchpoints, newest first; who knows someone there, first
     * said first; at most {@code intros} introductions asked, newest first (only the latest request of each requester
     * to each helper, so asking the same member again replaces the earlier line); the members waiting for someone who
     * knows someone there, first come first; and the requests answered "I don't know them well", first answered first.
     */
    Rows of(Connection c, long guildId, long partnerId, int touchpoints, int intros) throws SQLException {
        List<Touchpoint> recent = new ArrayList<>();
        List<Long> knowSomeone = new ArrayList<>();
        List<Intro> asked = new ArrayList<>();
        List<Intro.Wait> waits = new ArrayList<>();
        List<Intro> notWell = new ArrayList<>();
        for (Row row : Database.list(c, ROWS, rs -> row(rs, guildId, partnerId), guildId, partnerId, touchpoints,
                guildId, partnerId, intros, guildId, partnerId, intros, Intro.Status.NOT_WELL, guildId, partnerId)) {
            switch (row.kind()) {
                case TOUCHPOINT -> recent.add((Touchpoint) row.value());
                case CONTACT -> knowSomeone.add((Long) row.value());
                case INTRO -> asked.add((Intro) row.value());
                case NOT_WELL -> notWell.add((Intro) row.value());
                default -> waits.add((Intro.Wait) row.value());
            }
        }
        Collections.reverse(recent);
        Collections.reverse(asked);
        // the answers "I don't know them well", listed or older, in the order they were given
        notWell.addAll(asked.stream().filter(i -> i.status() == Intro.Status.NOT_WELL).toList());
        notWell.sort(Comparator.comparing(Intro::answeredAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Intro::id));
        return new Rows(recent, knowSomeone, asked, waits, notWell);
    }

    private static Row row(ResultSet rs, long guildId, long partnerId) throws SQLException {
        int kind = rs.getInt("row_kind");
        long id = rs.getLong("id");
        long who = rs.getLong("who");
        return new Row(kind, switch (kind) {
            case TOUCHPOINT -> new Touchpoint(id, guildId, partnerId, who, Touchpoint.Kind.valueOf(rs.getString("word")),
                    rs.getString("note"), Database.instant(rs, "first_at"));
            case CONTACT -> who;
            case INTRO, NOT_WELL -> new Intro(id, guildId, partnerId, who, rs.getLong("other"),
                    Intro.Status.valueOf(rs.getString("word")), Database.instant(rs, "first_at"),
                    Database.instant(rs, "then_at"));
            default -> new Intro.Wait(id, guildId, partnerId, who, Database.instant(rs, "first_at"),
                    Database.instant(rs, "then_at"));
        });
    }
}
