package org.partnercoach.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.partnercoach.partners.Partner;

/**
 * Where one partner stands in its cultivate reminders, and the rules that decide when the next one goes out.
 *
 * <p>A partner's clock runs from its last touchpoint (or, never touched, from when it was added; or from its restore
 * when it came back from moved-on since: {@link Partner#cycleFrom()}) for its cadence.
 * After a reminder the next one waits another cadence, or until a snooze ends. After {@link #CAP} reminders with no
 * touchpoint between them the owner is asked, once, whether to pause or keep going; until they answer, and while
 * paused, no reminder goes out. A touchpoint starts a new stretch: the count, the question, the answer, the last
 * reminder and a snooze belong to the stretch they were made in ({@code touchMarker} is the partner's last
 * touchpoint when they were written). So the first reminder of a stretch comes a cadence after its contact, as
 * {@code /partner log} tells the member, even when the contact was logged late, after a reminder it answers.
 * A restore ({@code /partner restore}) starts a new stretch too: a state saved before it ({@code writtenAt}, when it
 * was last saved; null: not yet) belongs to the time before the partner moved on, so its first reminder after coming
 * back is a first one, with no snooze, pause or question left from then.
 *
 * <p>Cadences and snoozes count days of the owner's calendar ({@link #daysAfter}): a check-in at 9:00 stays at 9:00
 * when the clocks change in between, where 24-hour periods would move it to 8:00 or 10:00.
 */
record CultivateState(Instant touchMarker, int reminders, Instant remindedAt, Instant snoozedUntil, Instant askedAt,
                      Decision decision, Instant decidedAt, Instant writtenAt) {

    /** Reminders without a touchpoint before the owner is asked whether to go on. */
    static final int CAP = 3;

    /** A partner that has never been reminded. */
    static final CultivateState NEW = new CultivateState(null, 0, null, null, null, null, null, null);

    /** The owner's answer to "pause reminders, or keep going?". */
    enum Decision { PAUSE, KEEP }

    /** This state as it stands for the partner's current stretch: a newer touchpoint, or a restore, voids all of it. */
    CultivateState current(Partner p) {
        return current(p.lastTouchAt(), p.restoredAt());
    }

    /**
     * This state for the stretch of a partner whose newest touchpoint is {@code lastTouchAt} (null: none yet) and
     * that last came back from moved-on at {@code restoredAt} (null: never).
     */
    CultivateState current(Instant lastTouchAt, Instant restoredAt) {
        return sameStretch(lastTouchAt, restoredAt) ? this
                : new CultivateState(lastTouchAt, 0, null, null, null, null, null, null);
    }

    /** A contact with {@code p} was logged after this state was written (a new stretch began). */
    boolean loggedSince(Partner p) {
        return p.lastTouchAt() != null && (touchMarker == null || p.lastTouchAt().isAfter(touchMarker));
    }

    /** No touchpoint was logged, and the partner was not restored, since this state was written. */
    boolean sameStretch(Partner p) {
        return sameStretch(p.lastTouchAt(), p.restoredAt());
    }

    private boolean sameStretch(Instant lastTouchAt, Instant restoredAt) {
        // not yet written (writtenAt null): made for the current stretch
        return Objects.equals(touchMarker, lastTouchAt)
                && (restoredAt == null || writtenAt == null || !writtenAt.isBefore(restoredAt));
    }


    /**
     * The most any time zone's clocks move at once (Antarctica/Casey moved three hours in 2020): {@link #daysAfter}
     * in any zone is within this of the same number of 24-hour periods.
     */
    static final Duration MAX_ZONE_SHIFT = Duration.ofHours(3);

    /**
     * {@code days} days after {@code from} on the calendar of {@code zone}: the same time of day, across a
     * daylight-saving change too (then 23 or 25 hours more or less than {@code days} times 24).
     */
    static Instant daysAfter(Instant from, long days, ZoneId zone) {
        return from.atZone(zone).plusDays(days).toInstant();
    }

    /**
     * The earliest time the next reminder may go: the end of the partner's clock, and after a reminder either a
     * cadence later or, when snoozed since, the end of the snooze; days counted in {@code zone}, its owner's.
     */
    Instant nextAt(Partner p, int defaultDays, ZoneId zone) {
        return nextAt(p.cycleFrom(), p.cadenceDays(defaultDays), zone);
    }

    /** {@link #nextAt(Partner, int, ZoneId)} of a partner whose cycle counts from {@code cycleFrom}. */
    Instant nextAt(Instant cycleFrom, int cadenceDays, ZoneId zone) {
        Instant at = daysAfter(cycleFrom, cadenceDays, zone);
        Instant wait = snoozedSinceReminder() ? snoozedUntil
                : remindedAt == null ? null : daysAfter(remindedAt, cadenceDays, zone);
        return wait != null && wait.isAfter(at) ? wait : at;
    }

    /** Paused, or asked and not answered yet: no reminders until a touchpoint (or "keep going"). */
    boolean stopped() {
        return decision == Decision.PAUSE || (askedAt != null && decision == null);
    }

    /** Its next reminder is the question "pause or keep going?". */
    boolean asks() {
        return reminders >= CAP && askedAt == null && decision == null;
    }

    /** Its reminder is waiting for the owner's answer. */
    boolean waitsForAnswer() {
        return askedAt != null && decision == null;
    }

    boolean snoozedAt(Instant now) {
        return snoozedSinceReminder() && snoozedUntil.isAfter(now);
    }

    /**
     * Snoozed at {@code now}, and the snooze is what decides when the next reminder comes: a partner's own clock
     * (a cadence after its last contact) that ends later, say after its cadence was raised, decides instead.
     */
    boolean snoozeDecides(Instant cycleFrom, int cadenceDays, Instant now, ZoneId zone) {
        return snoozedAt(now) && !daysAfter(cycleFrom, cadenceDays, zone).isAfter(snoozedUntil);
    }

    /** The state after a reminder (or the question) went out at {@code at}. */
    CultivateState reminded(Instant at) {
        return asks() ? new CultivateState(touchMarker, reminders, at, snoozedUntil, at, null, null, writtenAt)
                : new CultivateState(touchMarker, reminders + 1, at, snoozedUntil, askedAt, decision, decidedAt,
                writtenAt);
    }

    /**
     * The state for a new owner: no reminders counted, no question asked or answered; the next reminder comes a
     * cadence after the last one (or when a snooze ends), as it would have. It stays of the stretch it was written
     * in: saved with its {@code writtenAt}, one from before a restore stays void.
     */
    CultivateState handedOver() {
        return new CultivateState(touchMarker, 0, remindedAt, snoozedUntil, null, null, null, writtenAt);
    }

    CultivateState snoozed(Instant until) {
        return new CultivateState(touchMarker, reminders, remindedAt, until, askedAt, decision, decidedAt, writtenAt);
    }

    CultivateState decided(Decision answer, Instant at) {
        return new CultivateState(touchMarker, reminders, remindedAt, snoozedUntil, askedAt, answer, at, writtenAt);
    }

    /** Snoozed after its last reminder (the snooze may have ended since). */
    boolean snoozedSinceReminder() {
        return snoozedUntil != null && (remindedAt == null || snoozedUntil.isAfter(remindedAt));
    }
}
