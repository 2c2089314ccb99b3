package org.partnercoach.partners;

import java.time.Instant;
import java.util.Optional;

/**
 * One organization on a server's outreach list.
 *
 * @param ownerId       the member who looks after the relationship (0 when nobody does)
 * @param cadenceDays   days between touchpoints before a reminder; null means the server's default
 * @param activityAt    the last time anything happened to it (the list is sorted on this)
 * @param lastTouchAt   when the newest touchpoint happened; null before the first one
 * @param lastTouchNote what that touchpoint was about
 * @param archivedFrom  the stage it was in before it moved on (restored to that stage); null when active
 * @param restoredAt    the last time it was brought back from moved-on (kept on the partner since V58); null: never
 */
public record Partner(long id, long guildId, String name, String sector, Stage stage, long ownerId, String contact,
                      String notes, Integer cadenceDays, long createdBy, Instant createdAt, Instant activityAt,
                      Instant lastTouchAt, String lastTouchNote, Stage archivedFrom, String archivedReason,
                      Instant restoredAt) {

    /** A partner that never came back from moved-on (values built in tests). */
    public Partner(long id, long guildId, String name, String sector, Stage stage, long ownerId, String contact,
                   String notes, Integer cadenceDays, long createdBy, Instant createdAt, Instant activityAt,
                   Instant lastTouchAt, String lastTouchNote, Stage archivedFrom, String archivedReason) {
        this(id, guildId, name, sector, stage, ownerId, contact, notes, cadenceDays, createdBy, createdAt, activityAt,
                lastTouchAt, lastTouchNote, archivedFrom, archivedReason, null);
    }

    public boolean active() {
        return stage.active();
    }

    public boolean hasOwner() {
        return ownerId != 0;
    }

    public Optional<Instant> lastTouch() {
        return Optional.ofNullable(lastTouchAt);
    }

    /** The one rule for a partner's cadence: its own days between touchpoints, else the server's default. */
    public int cadenceDays(int serverDefaultDays) {
        return cadenceDays == null ? serverDefaultDays : cadenceDays;
    }

    /** The last contact, or when the partner was added if nobody has been in touch yet (what a reminder names). */
    public Instant lastContact() {
        return lastTouch().orElse(createdAt);
    }

    /**
     * Where its check-in cycle counts from: the last contact (or its adding), or its last restore when later, as the
     * weeks it spent moved on are no time out of touch. Reminders, {@code /partner show} and the digest count from
     * here; {@link #lastContact()} stays the real date.
     */
    public Instant cycleFrom() {
        return cycleFrom(lastContact(), restoredAt);
    }

    /** Whether its check-in cycle counts from its restore ({@link #cycleFrom()}), which a reply then names. */
    public boolean countsFromRestore() {
        return countsFromRestore(lastContact(), restoredAt);
    }

    /** The rule of {@link #countsFromRestore()}, for a partner read as a list shows it too. */
    static boolean countsFromRestore(Instant lastContact, Instant restoredAt) {
        return restoredAt != null && cycleFrom(lastContact, restoredAt).equals(restoredAt);
    }

    /** The rule of {@link #cycleFrom()}, for a partner read as a list shows it too. */
    static Instant cycleFrom(Instant lastContact, Instant restoredAt) {
        return restoredAt != null && restoredAt.isAfter(lastContact) ? restoredAt : lastContact;
    }

    /** The same partner by the name it had at an earlier moment (before a rename). */
    public Partner withName(String then) {
        return new Partner(id, guildId, then, sector, stage, ownerId, contact, notes, cadenceDays, createdBy, createdAt,
                activityAt, lastTouchAt, lastTouchNote, archivedFrom, archivedReason, restoredAt);
    }

    /** The same partner standing in {@code other} (where it stood at an earlier moment, replayed from history). */
    public Partner withStage(Stage other) {
        return new Partner(id, guildId, name, sector, other, ownerId, contact, notes, cadenceDays, createdBy, createdAt,
                activityAt, lastTouchAt, lastTouchNote, archivedFrom, archivedReason, restoredAt);
    }
}
