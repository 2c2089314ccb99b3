package org.partnercoach.digest;

import java.time.DayOfWeek;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Reply;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.storage.Database;

/**
 * A coordinator's nudge to a member whose walk stalled: the line from the digest, signed with their name. The row
 * names the walk ({@code targetId}); a nudge held for the member's quiet hours (or a retry) is dropped when, by the
 * time it goes, they picked that walk up again, finished it, or it went: the line would tell them it waits.
 * <p>
 * A member gets at most one nudge a week ({@link Last#heldUntil}): the Send nudge button keeps that rule, and the
 * digest reads it too, so that it offers the button only where pressing it sends one and says when she was nudged.
 * The weeks are the server's digest weeks, from one digest to the next, so that every week's digest can offer a nudge
 * to a member nudged from the one before.
 */
final class Nudges implements SendKind.NamesMembers {

    static final String KIND = "digest-nudge";

    /** Two nudges to one member are at least this far apart, even when a new digest week began in between. */
    static final Duration AT_LEAST_APART = Duration.ofDays(3);

    /**
     * The weeks nudges are counted in, one each: the digest's weeks (from one send to the next) where the server has
     * a digest ({@code schedule}), calendar weeks from Monday where it has none (null). A week's key is the calendar
     * week its digest goes out in ({@link DigestSchedule#key}), the one the table's unique key holds once a week.
     */
    record Weeks(ZoneId zone, DigestSchedule schedule) {

        /** The key of the week {@code at} falls in. */
        String keyAt(Instant at) {
            return schedule != null ? schedule.latest(at, zone).key()
                    : DigestSchedule.key(at.atZone(zone).toLocalDate());
        }

        /** The moment the week after the one {@code at} falls in begins. */
        Instant nextAfter(Instant at) {
            return schedule != null ? schedule.next(at, zone) : at.atZone(zone).toLocalDate()
                    .with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
        }
    }

    /**
     * The last nudge a member got from a digest: when it was queued, the week it counts for ({@code weekKey}: one a
     * week, the table's unique key) and the coordinator who sent it (0: not known any more).
     */
    record Last(Instant at, String weekKey, long coordinatorId) {

        /**
         * Empty when another nudge may go at {@code now}; else the first moment it may: the next week, and
         * {@link #AT_LEAST_APART} after this one.
         */
        Optional<Instant> heldUntil(Instant now, Weeks weeks) {
            Instant next = weeks.nextAfter(at);
            // a nudge kept under another week's key (sent before the digest's day changed) waits that week out too
            for (int i = 0; i < 2 && weeks.keyAt(next).equals(weekKey); i++) {
                next = weeks.nextAfter(next);
            }
            Instant apart = at.plus(AT_LEAST_APART);
            Instant from = apart.isAfter(next) ? apart : next;
            if (now.isBefore(from)) {
                return Optional.of(from);
            }
            // the table holds one nudge a week: a week counted under this one's key again waits for the next
            return weeks.keyAt(now).equals(weekKey) ? Optional.of(weeks.nextAfter(now)) : Optional.empty();
        }
    }

    private final WalkActivity walks;
    private final Database db;
    private final DigestStore store;

    Nudges(WalkActivity walks, Database db, DigestStore store) {
        this.walks = walks;
        this.db = db;
        this.store = store;
    }

    /** What a digest built as of {@code asOf} knows: each member's last nudge queued by then, and the weeks. */
    record Known(Map<Long, Last> last, Weeks weeks) {
    }

    Known known(long guildId, Instant asOf, ZoneId zone) {
        return db.read(c -> new Known(store.lastNudges(c, guildId, asOf), weeks(c, store, guildId, zone)));
    }

    /** The weeks the server's nudges are counted in, as its digest is set now. */
    static Weeks weeks(Connection c, DigestStore store, long guildId, ZoneId zone) throws SQLException {
        return new Weeks(zone, store.schedule(c, guildId).orElse(null));
    }

    @Override
    public String name() {
        return KIND;
    }

    /** The nudge's line, and who sent it. */
    @Override
    public Optional<String> aboutInWords(ScheduledSend send) {
        return Optional.of(send.payload() + " (from " + signedBy(send) + ")");
    }

    /**
     * Whose name a nudge is signed with: the coordinator's display name when it was sent, kept in the row's
     * {@code about}, or "a former member" once they asked to be forgotten. The name is kept, not looked up as it goes:
     * the signature is a card's footer, where Discord shows a mention as its raw markup, and a look-up would be a
     * request to the platform from inside the outbox's send, for a coordinator who may have left the server by then.
     * So a forget takes it out ({@link #withoutMember}), and it is the only member's name the bot keeps.
     */
    private static String signedBy(ScheduledSend send) {
        return send.about() == null || send.about().isBlank() ? Mentions.FORMER_MEMBER : send.about();
    }

    /**
     * The name it is signed with, taken out when the coordinator who sent it is {@code userId}, or another who asked
     * to be forgotten before (the nudges she sent name her as 0): the row keeps no id of hers, so her nudges are
     * found as the digest keeps them, queued with the row.
     */
    @Override
    public Optional<Words> withoutMember(Connection c, ScheduledSend send, long userId) throws SQLException {
        if (send.about() == null || send.about().isEmpty()
                || !store.nudgedBy(c, send.guildId(), send.recipientId(), send.createdAt(), userId)) {
            return Optional.empty();
        }
        return Optional.of(new Words(send.payload(), ""));
    }

    @Override
    public String described() {
        return "A nudge";
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        // a row queued before nudges named their walk (0) goes as it was asked for
        if (send.targetId() != 0 && walks.walkNow(send.guildId(), send.recipientId(), send.targetId(),
                send.createdAt(), DigestComposer.STALLED_AFTER).since() != WalkActivity.Since.STILL_STALLED) {
            return Optional.empty();
        }
        return Optional.of(Reply.card(Card.of("A nudge from your coordinator", send.payload())
                .withFooter("— " + signedBy(send))));
    }
}
