package org.partnercoach.digest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.Card;
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
 * A member gets at most one nudge a week ({@link Last#allowsAnother}): the Send nudge button keeps that rule, and the
 * digest reads it too, so that it offers the button only where pressing it sends one and says when she was nudged.
 */
final class Nudges implements SendKind {

    static final String KIND = "digest-nudge";

    /** A member nudged waits this long for the next nudge, and a new calendar week of the server's too. */
    static final Duration AGAIN_AFTER = Duration.ofDays(7);

    /**
     * The last nudge a member got from a digest: when it was queued, the calendar week it counts for ({@code
     * weekKey}: one a week, the table's unique key) and the coordinator who sent it (0: not known any more).
     */
    record Last(Instant at, String weekKey, long coordinatorId) {

        /** Whether another nudge may go at {@code now}: 7 days after this one, in another calendar week. */
        boolean allowsAnother(Instant now, ZoneId zone) {
            return !now.isBefore(another(zone)) && !weekKey.equals(Nudges.weekKey(now, zone));
        }

        /** The first moment another may go: 7 days after this one, and not before the next calendar week begins. */
        Instant another(ZoneId zone) {
            Instant week = at.plus(AGAIN_AFTER);
            Instant nextWeek = at.atZone(zone).toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                    .atStartOfDay(zone).toInstant();
            return week.isAfter(nextWeek) ? week : nextWeek;
        }
    }

    /** The calendar week a nudge sent at {@code at} counts for, in the server's zone. */
    static String weekKey(Instant at, ZoneId zone) {
        return DigestSchedule.weekEndingAt(at.atZone(zone)).key();
    }

    private final WalkActivity walks;
    private final Database db;
    private final DigestStore store;

    Nudges(WalkActivity walks, Database db, DigestStore store) {
        this.walks = walks;
        this.db = db;
        this.store = store;
    }

    /** Each member's last nudge queued by {@code asOf}, by member: what a digest built as of then knows. */
    Map<Long, Last> lastBy(long guildId, Instant asOf) {
        return db.read(c -> store.lastNudges(c, guildId, asOf));
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        // a row queued before nudges named their walk (0) goes as it was asked for
        if (send.targetId() != 0 && walks.walkNow(send.guildId(), send.recipientId(), send.targetId(),
                send.createdAt(), DigestComposer.STALLED_AFTER).since() != WalkActivity.Since.STILL_STALLED) {
            return Optional.empty();
        }
        return Optional.of(Reply.card(Card.of("A nudge from your coordinator", send.payload())
                .withFooter("— " + send.about())));
    }
}
