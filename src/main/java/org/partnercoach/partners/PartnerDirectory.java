package org.partnercoach.partners;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.chat.UserError;
import org.partnercoach.storage.Database;

/**
 * The outreach list as other features see it (reminders, the digest): read a partner, the server's active
 * partners with their owner, last touchpoint and cadence, and log a touchpoint, which resets the partner's
 * reminder clock ({@link Partner#lastTouchAt()}).
 */
public final class PartnerDirectory {

    /**
     * The servers with a partner on their list (moved-on ones too), whose reminders and value questions the planners
     * queue, as one read of {@code guild_id}: read with the other packages' lists in one statement when the bot
     * connects (storage's {@code MemberHomes}).
     */
    public static final String SERVERS = "SELECT DISTINCT guild_id FROM partners";

    private final Database db;
    private final Clock clock;
    private final PartnerStore partners;
    private final TouchpointStore touchpoints;
    private final IntroStore intros;

    PartnerDirectory(Database db, Clock clock, PartnerStore partners, TouchpointStore touchpoints, IntroStore intros) {
        this.db = db;
        this.clock = clock;
        this.partners = partners;
        this.touchpoints = touchpoints;
        this.intros = intros;
    }

    /** One partner of this server (moved-on ones too). */
    public Optional<Partner> find(long guildId, long partnerId) {
        return db.read(c -> partners.byId(c, guildId, partnerId));
    }

    /**
     * What a member who pressed a button about a partner no longer there is told, when it was deleted for good and its
     * deletion kept its id: its name, when and by whom, and how to add it again (or, when a partner is called so again
     * since, the command that shows that one). Empty otherwise.
     */
    public Optional<String> deletionOf(long guildId, long partnerId) {
        return db.read(c -> partners.deletionOf(c, guildId, partnerId)).map(d -> d.told().getMessage());
    }

    /**
     * A partner the coalition moved on from, with who archived it ({@code by}, 0: a member since forgotten) and when
     * ({@code at}, null when its history does not say).
     */
    public record MovedOn(Partner partner, long by, Instant at) {

        /**
         * What a member who pressed a button about it is told: that it has moved on, by whom, when and why, then
         * {@code so} (what the press did not do, a sentence without its stop), and how to bring it back.
         */
        public String told(String so) {
            Partner p = partner;
            String who = at == null ? "" : ": " + Mentions.user(by) + " archived it on " + TimeMarkup.full(at);
            String why = p.archivedReason() == null ? "" : " The reason given: "
                    + Quoted.endingSentence(Limits.clip(p.archivedReason(), 200));
            return "“" + Shown.text(p.name()) + "” has moved on" + who + "." + why + " " + so + ". If you still work "
                    + "with them, bring it back with " + Shown.code("/partner restore " + PartnerRef.option(p.name()))
                    + ".";
        }
    }

    /** A partner of this server that has moved on, with who archived it and when; empty for an active one. */
    public Optional<MovedOn> movedOn(long guildId, long partnerId) {
        return db.read(c -> partners.movedOn(c, guildId, partnerId));
    }

    /**
     * A partner deleted for good: its id, when it was deleted, and what a member who names it is told (its name, when
     * and by whom, and how to add it again); {@code gone}, the same without how to add it again, for a line beside
     * other news ("“Food Bank” was deleted from the list on … by @cora").
     */
    public record Deleted(long partnerId, Instant at, String told, String gone) {
    }

    /** Which of these partners of the server were deleted for good (as far as their deletions kept the id), in one read. */
    public List<Deleted> deletedAmong(long guildId, java.util.Collection<Long> ids) {
        return db.read(c -> partners.deletionsOf(c, guildId, ids)).entrySet().stream()
                .map(e -> new Deleted(e.getKey(), e.getValue().at(), e.getValue().told().getMessage(),
                        e.getValue().gone()))
                .sorted(java.util.Comparator.comparingLong(Deleted::partnerId)).toList();
    }

    /** The server's partners that have not moved on, newest activity first. */
    public List<Partner> activePartners(long guildId) {
        return db.read(c -> partners.active(c, guildId));
    }

    /**
     * An active partner as a list of them shows it: its name, stage, who looks after it (0: nobody) and its clock
     * ({@code cadenceDays} null: the server's default; {@code lastTouchAt} null before the first touchpoint;
     * {@code restoredAt} null unless it came back from moved-on).
     */
    public record Listed(long id, String name, Stage stage, long ownerId, Integer cadenceDays, Instant createdAt,
                         Instant lastTouchAt, Instant restoredAt) {
        public boolean hasOwner() {
            return ownerId != 0;
        }

        /** The last contact, or when the partner was added: its clock runs from here (as {@link Partner}'s). */
        public Instant lastContact() {
            return lastTouchAt != null ? lastTouchAt : createdAt;
        }

        /** Where its check-in cycle counts from, as {@link Partner#cycleFrom()}. */
        public Instant cycleFrom() {
            return Partner.cycleFrom(lastContact(), restoredAt);
        }

        /** Whether that cycle counts from its restore, as {@link Partner#countsFromRestore()}. */
        public boolean countsFromRestore() {
            return Partner.countsFromRestore(lastContact(), restoredAt);
        }
    }

    /**
     * The server's partners that have not moved on, newest activity first, with only what a list of them shows:
     * what the digest reads of every active partner (the whole rows carry notes and contacts it never shows).
     */
    public List<Listed> activeListed(long guildId) {
        return db.read(c -> partners.activeListed(c, guildId));
    }

    /** Every partner of the server, moved-on ones too, newest activity first. */
    public List<Partner> allPartners(long guildId) {
        return db.read(c -> partners.all(c, guildId));
    }

    /**
     * The active partners of every server whose clock has run out at {@code now} ({@link Partner#lastContact} plus
     * {@link Partner#cadenceDays(int)}), by server then id, in one read. Partners on their server's default are
     * counted with {@code defaultDaysAtMost}: pass the shortest default any server uses and narrow by server. A
     * restored partner's cycle may start later ({@link Partner#cycleFrom}): narrow by that too.
     */
    public List<Partner> outOfTouch(Instant now, int defaultDaysAtMost) {
        return db.read(c -> partners.outOfTouch(c, now, defaultDaysAtMost));
    }

    /**
     * The first moment after {@code now} at which an active partner's clock runs out, of every server, in one read;
     * {@code defaultDaysAtMost} as for {@link #outOfTouch}.
     */
    public java.util.Optional<Instant> nextOutOfTouch(Instant now, int defaultDaysAtMost) {
        return db.read(c -> partners.nextOutOfTouch(c, now, defaultDaysAtMost));
    }

    /** The partners of this server among {@code ids}, in no particular order (moved-on ones too). */
    public List<Partner> find(long guildId, java.util.Collection<Long> ids) {
        return db.read(c -> partners.byIds(c, guildId, ids));
    }

    /** The names of the partners of this server among {@code ids} (moved-on ones too), by id; one read. */
    public java.util.Map<Long, String> namesOf(long guildId, java.util.Collection<Long> ids) {
        return db.read(c -> partners.namesById(c, guildId, ids));
    }

    /**
     * A partner something a member set up earlier names by id (a personal reminder), as it stands now: its name now,
     * and whether the coalition has moved on from it.
     */
    public record Named(long id, String name, boolean movedOn) {

        /**
         * Whether {@code earlier}, the name the member knew it by, is still its name as she would read it (the same
         * under the name key: "lincoln high" is "Lincoln High"); false after a rename.
         */
        public boolean stillCalled(String earlier) {
            return earlier != null && PartnerInput.keyOf(earlier).equals(PartnerInput.keyOf(name));
        }

        /** The command that brings it back onto the list, in code markup: {@code /partner restore partner:"…"}. */
        public String restoreCommand() {
            return HandoverNotice.restore(name);
        }
    }

    /**
     * The partners of this server among {@code ids} as they stand now (moved-on ones too), by id, in one read
     * however many: an id not among them was deleted since.
     */
    public java.util.Map<Long, Named> namedNow(long guildId, java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Map.of() : db.read(c -> partners.namedNow(c, guildId, ids));
    }

    /**
     * The partners of this server called {@code names} now (moved-on ones too; a name written differently, "lincoln
     * high" for "Lincoln High", is the same name), by the name as given, in one read however many: a name not among
     * them is not on the list. What shows a reminder whose partner was deleted reads here whether one of that name was
     * added again since.
     */
    public java.util.Map<String, Named> namedNowCalled(long guildId, java.util.Collection<String> names) {
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        for (String name : names) {
            String key = PartnerInput.keyOf(name == null ? "" : name.strip());
            if (!key.isEmpty()) {
                keys.put(name, key);
            }
        }
        if (keys.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, Named> byKey = db.read(c -> partners.namedNowByKey(c, guildId,
                new java.util.HashSet<>(keys.values())));
        java.util.Map<String, Named> called = new java.util.HashMap<>();
        keys.forEach((name, key) -> {
            Named named = byKey.get(key);
            if (named != null) {
                called.put(name, named);
            }
        });
        return called;
    }

    /**
     * What the partners of this server renamed at or after {@code at} were called just before it, by id, in one read:
     * the names a message sent then showed them by (a partner not among them is called now what it was then).
     */
    public java.util.Map<Long, String> namesBefore(long guildId, Instant at) {
        return db.read(c -> partners.namesBefore(c, guildId, at));
    }

    /** The partners of this server among {@code ids} that have moved on (archived); one read. */
    public java.util.Set<Long> movedOnAmong(long guildId, java.util.Collection<Long> ids) {
        return db.read(c -> partners.movedOnAmong(c, guildId, ids));
    }

    /** How many active partners each sector has in each stage (what {@code /coalition gaps} shows). */
    StageCounts.BySector sectorStages(long guildId) {
        return db.read(c -> partners.sectorStages(c, guildId));
    }

    /** The newest touchpoints with a partner, newest first. */
    public List<Touchpoint> recentTouchpoints(long guildId, long partnerId, int limit) {
        return db.read(c -> touchpoints.recent(c, guildId, partnerId, limit));
    }

    /** A partner's name, or an empty string when there is none (the subject name of a coaching walk). */
    public String nameOf(long guildId, long partnerId) {
        return partnerId == 0 ? "" : find(guildId, partnerId).map(Partner::name).orElse("");
    }

    /**
     * Records a contact with a partner. The partner's last touchpoint moves to {@code happenedAt} unless a later one
     * is already recorded; its activity moves to now.
     *
     * @param note what happened, as typed in a reminder's **Log a touchpoint** form (a refusal says to press it again)
     * @return the touchpoint stored; empty when the member had just logged the same one (nothing stored again)
     * @throws UserError when the partner is not in this server, or the note is empty, has no words of its own
     *                   (an emoji or mentions alone) or is longer than 1000 characters
     */
    public Optional<Touchpoint> logTouchpoint(long guildId, long partnerId, long userId, Touchpoint.Kind kind,
                                              String note, Instant happenedAt) {
        String text = PartnerInput.touchpointNote(note, PartnerInput.NOTE_IN_FORM);
        return db.write(c -> {
            Partner partner = partners.byIdOrTold(c, guildId, partnerId, PartnerFeature.Paths.LOG,
                    PartnerLookup::gone);
            Logged logged = log(c, partner, userId, kind, text, happenedAt);
            return logged.repeated() ? Optional.empty() : Optional.of(logged.touchpoint());
        });
    }

    /**
     * A touchpoint logged, and its partner as it now stands; {@code repeated}: the member had just logged the same
     * one, so nothing was stored again ({@code touchpoint} is then what they asked to log, without an id).
     */
    record Logged(Touchpoint touchpoint, Partner partner, boolean repeated) {
    }

    /**
     * A touchpoint moved to another day by the member who logged it, and its partner as it now stands.
     *
     * @throws UserError when it is gone (its partner deleted) or another member logged it
     */
    Logged moved(java.sql.Connection c, long guildId, long touchpointId, long userId, Instant happenedAt)
            throws java.sql.SQLException {
        Touchpoint t = touchpoints.byId(c, guildId, touchpointId).orElseThrow(() -> new UserError("That contact is "
                + "no longer on the list (its partner was deleted), so there is no day to change."));
        if (t.userId() != userId) {
            throw new UserError("Only the member who logged this contact can change its day. Nothing was changed.");
        }
        Touchpoint moved = touchpoints.move(c, t, happenedAt);
        return new Logged(moved, partners.retouched(c, guildId, t.partnerId()), false);
    }

    Logged log(java.sql.Connection c, Partner partner, long userId, Touchpoint.Kind kind, String text,
               Instant happenedAt) throws java.sql.SQLException {
        Instant now = clock.instant();
        Optional<Touchpoint> t = touchpoints.insert(c, partner.guildId(), partner.id(), userId, kind, text,
                happenedAt, now);
        if (kind == Touchpoint.Kind.INTRO) {
            intros.introduced(c, partner.guildId(), partner.id(), userId, now);
        }
        if (t.isEmpty()) {
            return new Logged(new Touchpoint(0, partner.guildId(), partner.id(), userId, kind, text, happenedAt),
                    partner, true);
        }
        return new Logged(t.get(), partners.touched(c, partner, happenedAt, text, now), false);
    }
}
