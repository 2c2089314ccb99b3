package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /*
     * Each part in the same columns: row_kind says which; `who` is the touchpoint's member, the contact, or the
     * requester; `other` the helper asked; `word` the touchpoint's kind or the introduction's status; `first_at`
     * when it happened, was said, asked or begun; `then_at` when an introduction was answered or a waiting member
     * told. Ordered by part and then (first_at, id, who) ascending: the contacts' and waits' order, and the reverse of
     * the latest touchpoints', which the page lists newest first.
     *
     * Every request of the partner comes, and {@link #latestOfEachPair} keeps the page's: a partner is asked for a
     * few, and PostgreSQL, which plans this statement on every run, took a third of a millisecond for it while it
     * picked them itself (a ranking, and a look for a later request of each pair).
     */
    static final String ROWS = "SELECT row_kind, id, who, other, word, note, first_at, then_at FROM ("
            + "SELECT " + TOUCHPOINT + " AS row_kind, id, user_id AS who, CAST(0 AS BIGINT) AS other, kind AS word,"
            + " note, happened_at AS first_at, CAST(NULL AS TIMESTAMP) AS then_at FROM (SELECT id, user_id, kind, note,"
            + " happened_at FROM partner_touchpoints WHERE guild_id = ? AND partner_id = ?"
            + " ORDER BY happened_at DESC, id DESC FETCH FIRST ? ROWS ONLY) recent"
            + " UNION ALL SELECT " + CONTACT + ", 0, user_id, 0, NULL, NULL, created_at, NULL FROM partner_contacts"
            + " WHERE guild_id = ? AND partner_id = ?"
            + " UNION ALL SELECT " + INTRO + ", id, requester_id, helper_id, status, NULL, asked_at, answered_at"
            + " FROM partner_intros WHERE guild_id = ? AND partner_id = ?"
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
        List<Intro> requests = new ArrayList<>();
        List<Intro.Wait> waits = new ArrayList<>();
        for (Row row : Database.list(c, ROWS, rs -> row(rs, guildId, partnerId), guildId, partnerId, touchpoints,
                guildId, partnerId, guildId, partnerId, guildId, partnerId)) {
            switch (row.kind()) {
                case TOUCHPOINT -> recent.add((Touchpoint) row.value());
                case CONTACT -> knowSomeone.add((Long) row.value());
                case INTRO -> requests.add((Intro) row.value());
                default -> waits.add((Intro.Wait) row.value());
            }
        }
        Collections.reverse(recent);
        List<Intro> latest = latestOfEachPair(requests);
        List<Intro> asked = latest.subList(0, Math.min(intros, latest.size()));
        // the answers "I don't know them well", listed or older, in the order they were given
        List<Intro> notWell = latest.stream().filter(i -> i.status() == Intro.Status.NOT_WELL)
                .sorted(Comparator.comparing(Intro::answeredAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Intro::id)).toList();
        return new Rows(recent, knowSomeone, List.copyOf(asked), waits, notWell);
    }

    /** Asked later: by the time asked, then by the row made later. */
    private static final Comparator<Intro> NEWEST_FIRST = Comparator.comparing(Intro::askedAt)
            .thenComparingLong(Intro::id).reversed();

    /**
     * The latest request of each requester to each helper, newest first: asking the same member again replaces the
     * earlier line. Requests of former members (helper 0, several people) are each their own line.
     */
    static List<Intro> latestOfEachPair(List<Intro> requests) {
        Map<List<Long>, Intro> latest = new HashMap<>();
        List<Intro> lines = new ArrayList<>();
        for (Intro request : requests) {
            if (request.helperId() == 0) {
                lines.add(request);
            } else {
                latest.merge(List.of(request.requesterId(), request.helperId()), request,
                        (one, other) -> NEWEST_FIRST.compare(one, other) <= 0 ? one : other);
            }
        }
        lines.addAll(latest.values());
        lines.sort(NEWEST_FIRST);
        return lines;
    }

    private static Row row(ResultSet rs, long guildId, long partnerId) throws SQLException {
        int kind = rs.getInt("row_kind");
        long id = rs.getLong("id");
        long who = rs.getLong("who");
        return new Row(kind, switch (kind) {
            case TOUCHPOINT -> new Touchpoint(id, guildId, partnerId, who, Touchpoint.Kind.valueOf(rs.getString("word")),
                    rs.getString("note"), Database.instant(rs, "first_at"));
            case CONTACT -> who;
            case INTRO -> new Intro(id, guildId, partnerId, who, rs.getLong("other"),
                    Intro.Status.valueOf(rs.getString("word")), Database.instant(rs, "first_at"),
                    Database.instant(rs, "then_at"));
            default -> new Intro.Wait(id, guildId, partnerId, who, Database.instant(rs, "first_at"),
                    Database.instant(rs, "then_at"));
        });
    }
}
