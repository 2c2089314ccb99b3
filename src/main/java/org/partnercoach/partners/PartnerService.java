package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.UserError;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/**
 * The rules of the outreach list: every member can add partners, edit them, move their stage and log touchpoints;
 * changing a partner's owner and archiving someone else's partner need its owner or a coordinator. Each call
 * checks, writes in one transaction and returns the partner as it now stands.
 */
final class PartnerService {

    /** What {@code /partner edit} changes; null leaves a field as it is, {@link PartnerInput#CLEAR} empties it. */
    record Changes(String name, String sector, String contact, String notes, String cadence) {
        boolean none() {
            return name == null && sector == null && contact == null && notes == null && cadence == null;
        }
    }

    /** A stage move: the partner after it, and the stage it came from. */
    record Moved(Partner partner, Stage from) {
    }

    private final Database db;
    private final Clock clock;
    private final PartnerStore store;
    private final PartnerLookup lookup;
    private final PartnerDirectory directory;
    private final IntroStore intros;
    private final Sectors sectors;
    /**
     * Told when a partner is deleted (its reminder state has no key to the partner to go with it) or handed to
     * another member (its reminders start afresh for them).
     */
    private final ReminderStatus reminders;
    /** Whose day a typed "yesterday" or date is: the member's own time zone, else the server's. */
    private final ServerSettings settings;

    PartnerService(Database db, Clock clock, PartnerStore store, PartnerLookup lookup, PartnerDirectory directory,
                   IntroStore intros, Sectors sectors, ReminderStatus reminders, ServerSettings settings) {
        this.reminders = reminders;
        this.settings = settings;
        this.db = db;
        this.clock = clock;
        this.store = store;
        this.lookup = lookup;
        this.directory = directory;
        this.intros = intros;
        this.sectors = sectors;
    }

    /**
     * A partner just added, the partner on the list that was called the same before a rename, if any (a member who
     * missed the rename may be adding it a second time), and one whose name differs only in spaces or punctuation.
     */
    record Added(Partner partner, Optional<Partner> onceCalledThat, Optional<Partner> spelledAlike) {
    }

    Added add(Caller who, String rawName, String sectorKey, String contact, String notes) {
        requireServer(who);
        PartnerName name = PartnerInput.newName(rawName);
        Sector sector = sectors.require(sectorKey);
        String cleanContact = PartnerInput.optional("contact", contact, PartnerInput.MAX_CONTACT);
        String cleanNotes = PartnerInput.optional("notes", notes, PartnerInput.MAX_NOTES);
        return db.write(c -> {
            refuseDuplicate(c, who, name, null);
            Partner added = store.insert(c, who.guildId(), name, sector.key(), who.userId(), cleanContact,
                    cleanNotes, now());
            return new Added(added, store.byFormerName(c, who.guildId(), name.key()),
                    store.spelledAlike(c, who.guildId(), name));
        });
    }

    /**
     * A partner as an edit left it, the name it had before when the edit renamed it (else null), and another partner
     * on the list that was called the new name before a rename, if any, or whose name differs from the new one only in
     * spaces or punctuation: the two may be one organization; {@code unchanged} when every value given was the one it
     * had (nothing written, its activity not moved).
     */
    record Edited(Partner before, Partner partner, String formerName, Optional<Partner> onceCalledThat,
                  Optional<Partner> spelledAlike, boolean unchanged) {
    }

    Edited edit(Caller who, PartnerRef rawPartner, Changes changes) {
        requireServer(who);
        if (changes.none()) {
            throw new UserError("Tell me what to change: `name`, `sector`, `contact`, `notes` or `cadence`. "
                    + "Use `-` to clear the contact or the notes.");
        }
        PartnerName name = changes.name() == null ? null : PartnerInput.newName(changes.name());
        String sector = changes.sector() == null ? null : sectors.require(changes.sector()).key();
        String contact = cleared(changes.contact(), "contact", PartnerInput.MAX_CONTACT);
        String notes = cleared(changes.notes(), "notes", PartnerInput.MAX_NOTES);
        Integer cadence = changes.cadence() == null ? null : PartnerInput.cadence(changes.cadence());
        return db.write(c -> {
            Partner p = lookup.resolve(c, who.guildId(), rawPartner);
            if (name != null) {
                refuseDuplicate(c, who, name, p);
            }
            Partner changed = new Partner(p.id(), p.guildId(), name == null ? p.name() : name.text(),
                    sector == null ? p.sector() : sector, p.stage(), p.ownerId(),
                    changes.contact() == null ? p.contact() : contact, changes.notes() == null ? p.notes() : notes,
                    changes.cadence() == null ? p.cadenceDays() : cadence, p.createdBy(), p.createdAt(),
                    p.activityAt(), p.lastTouchAt(), p.lastTouchNote(), p.archivedFrom(), p.archivedReason(),
                    p.restoredAt());
            if (sameDetails(p, changed)) {
                return new Edited(p, p, null, Optional.empty(), Optional.empty(), true);
            }
            boolean renamed = store.update(c, p, changed, name, now());
            Optional<Partner> other = renamed ? store.byFormerName(c, who.guildId(), name.key())
                    .filter(o -> o.id() != p.id()) : Optional.empty();
            Optional<Partner> alike = renamed ? store.spelledAlike(c, who.guildId(), name)
                    .filter(o -> o.id() != p.id()) : Optional.empty();
            return new Edited(p, reload(c, who.guildId(), p.id()), renamed ? p.name() : null, other, alike, false);
        });
    }

    /** Whether an edit leaves every detail as it was (the same name as typed, sector, contact, notes and cadence). */
    private static boolean sameDetails(Partner before, Partner after) {
        return before.name().equals(after.name()) && before.sector().equals(after.sector())
                && java.util.Objects.equals(before.contact(), after.contact())
                && java.util.Objects.equals(before.notes(), after.notes())
                && java.util.Objects.equals(before.cadenceDays(), after.cadenceDays());
    }

    Moved stage(Caller who, PartnerRef rawPartner, String stageKey) {
        requireServer(who);
        Stage to = Stage.parse(stageKey).filter(Stage::active).orElseThrow(() -> new UserError(
                "Pick a stage: researching, connecting, cultivating, asking or partnered. "
                        + "(To say we've moved on, use `/partner archive`.)"));
        return db.write(c -> {
            Partner p = lookup.resolve(c, who.guildId(), rawPartner);
            requireActive(p, "moving its stage");
            if (p.stage() == to) {
                return new Moved(p, p.stage());
            }
            store.moveStage(c, p, to, null, null, who.userId(), now());
            return new Moved(reload(c, who.guildId(), p.id()), p.stage());
        });
    }

    /**
     * A partner handed on, and who looked after it before when she is to be told (0: nobody, or she handed it on);
     * told unless the platform said she left the server, which the reply says instead.
     */
    record Handed(Partner partner, long before) {
    }

    /**
     * Hands a partner to another member; the notice to them, and the news to whoever looked after it before (when
     * someone else handed it on, and {@code left} does not say she has left the server), are queued in the same
     * transaction.
     */
    Handed owner(Caller who, PartnerRef rawPartner, String memberId, HandoverNotice notice, OwnerNotice owners,
                 java.util.function.Function<Partner, Set<Long>> left) {
        requireServer(who);
        long newOwner = parseUser(memberId);
        return db.write(c -> {
            Partner p = lookup.resolve(c, who.guildId(), rawPartner);
            requireMayHandOn(who, p, newOwner, () -> left.apply(p));
            if (p.ownerId() == newOwner) {
                // no hand-over: no DM to them, and the partner's history and reminders stay as they are
                throw new UserError((newOwner == who.userId() ? "You already look after "
                        : Mentions.user(newOwner) + " already looks after ") + Quoted.endingSentence(p.name())
                        + " Nothing was changed; to hand it to someone else, name them in `member:`.");
            }
            store.setOwner(c, p, newOwner, now());
            reminders.ownerChanged(c, who.guildId(), p.id());
            Partner handed = reload(c, who.guildId(), p.id());
            if (handed.ownerId() != who.userId()) {
                notice.queue(c, handed, who.userId(), now());
            }
            // her news, unless the platform said (before the transaction) she has left the server
            Optional<OwnerNotice.News> news = OwnerNotice.News.handedOn(p, who.userId(), newOwner, left.apply(p));
            if (news.isPresent()) {
                owners.queue(c, news.get());
            }
            return new Handed(handed, OwnerNotice.toTell(p, who.userId()));
        });
    }

    /**
     * A partner moved on, and the other members waiting to hear of someone who knows someone there (none told yet):
     * their wait is kept, for when it is brought back ({@link IntroFlow#waitsAfterRestore}).
     */
    record Archived(Partner partner, List<Long> waitingForSomeone) {
    }

    /**
     * Moves a partner on; {@code left}: who of its people the platform said, before the transaction, have left the
     * server (its owner, for a refusal that points to a coordinator).
     */
    Archived archive(Caller who, PartnerRef rawPartner, String reason, Function<Partner, Set<Long>> left) {
        requireServer(who);
        String why = PartnerInput.optional("reason", reason, PartnerInput.MAX_REASON);
        return db.write(c -> {
            Partner p = lookup.resolve(c, who.guildId(), rawPartner);
            if (!p.active()) {
                throw new UserError("“" + Shown.text(p.name()) + "” has already moved on. `/partner restore` brings it back.");
            }
            requireOwnerOrCoordinator(who, p, "archive it", () -> left.apply(p));
            store.moveStage(c, p, Stage.MOVED_ON, p.stage(), why, who.userId(), now());
            // a member waiting to hear of someone who knows someone there keeps her wait: told once it is back
            List<Long> waiting = intros.waits(c, who.guildId(), p.id()).stream()
                    .filter(w -> w.toldAt() == null && w.requesterId() != who.userId())
                    .map(Intro.Wait::requesterId).toList();
            return new Archived(reload(c, who.guildId(), p.id()), waiting);
        });
    }

    /**
     * A partner brought back, the members waiting for an introduction there who are to be told by DM of someone who
     * said they know someone there while it had moved on, and another partner whose name differs from its own only in
     * spaces, punctuation or accents (added meanwhile, say), if any: the two may be one organization.
     */
    record Restored(Partner partner, List<Long> toldOfSomeone, Optional<Partner> spelledAlike) {
    }

    /**
     * Brings a moved-on partner back, to the stage it left; introductions agreed before it moved on whose follow-up
     * it missed are followed up again ({@link IntroFlow#followUpsAfterRestore}), and members still waiting to hear of
     * someone who knows someone there are told of one who said so meanwhile ({@link IntroFlow#waitsAfterRestore}), in
     * the same transaction.
     */
    Restored restore(Caller who, PartnerRef rawPartner, IntroFlow introductions, Function<Partner, Set<Long>> left) {
        requireServer(who);
        return db.write(c -> {
            Partner p = lookup.resolve(c, who.guildId(), rawPartner);
            if (p.active()) {
                throw new UserError("“" + Shown.text(p.name()) + "” is still on the list, in the "
                        + p.stage().label().toLowerCase() + " stage, so there's nothing to restore. "
                        + "`/partner list stage:moved-on` shows the partners the coalition has moved on from.");
            }
            requireOwnerOrCoordinator(who, p, "restore it", () -> left.apply(p));
            Instant movedOnAt = store.lastMovedOnAt(c, who.guildId(), p.id()).orElse(null);
            Stage back = p.archivedFrom() == null ? Stage.RESEARCHING : p.archivedFrom();
            Instant now = now();
            store.moveStage(c, p, back, null, null, who.userId(), now);
            Partner restored = reload(c, who.guildId(), p.id());
            introductions.followUpsAfterRestore(c, restored, movedOnAt, now);
            return new Restored(restored, introductions.waitsAfterRestore(c, restored, movedOnAt, now),
                    store.spelledAlike(c, who.guildId(), PartnerInput.named(restored.name()))
                            .filter(o -> o.id() != p.id()));
        });
    }

    /**
     * A touchpoint logged, with the partner as it now stands (for the reply), and its day as read from what the member
     * typed: with the other reading of a day written with numbers that reads as two ("12/01", {@link PartnerInput.Day}).
     */
    record LoggedOn(PartnerDirectory.Logged logged, PartnerInput.Day day) {
    }

    /** Logs a touchpoint; returns it with the partner as it now stands (for the reply). */
    LoggedOn log(Caller who, PartnerRef rawPartner, String what, String kind, String when) {
        requireServer(who);
        String note = PartnerInput.touchpointNote(what, PartnerInput.NOTE_IN_WHAT);
        Touchpoint.Kind k = kind == null ? Touchpoint.Kind.NOTE : Touchpoint.Kind.parse(kind).orElseThrow(() ->
                new UserError("Pick a kind of touchpoint: meeting, call, email, intro, event or note."));
        return db.write(c -> {
            Partner p = lookup.resolve(c, who.guildId(), rawPartner);
            // the owner's zone is read with the member's: the reply's reminder line tells of the owner's quiet hours
            PartnerInput.Day day = PartnerInput.when(when, clock, settings.memberZoneWith(who.guildId(), who.userId(),
                    p.ownerId()));
            return new LoggedOn(directory.log(c, p, who.userId(), k, note, day.at()), day);
        });
    }

    /**
     * The member picked the day of a touchpoint they logged ({@link LoggedOn#otherDay}'s buttons): it moves there,
     * note and all, and the partner's last contact follows. Only the member who logged it can.
     */
    PartnerDirectory.Logged moveTouchpoint(Caller who, long touchpointId, Instant day) {
        requireServer(who);
        return db.write(c -> {
            Instant now = now();
            java.time.ZoneId zone = settings.memberZone(who.guildId(), who.userId());
            if (day.isAfter(now) || day.isBefore(now.atZone(zone).toLocalDate()
                    .minusYears(PartnerInput.MAX_YEARS_BACK).atStartOfDay(zone).toInstant())) {
                throw new UserError("That button doesn't match a day I can log. Nothing was changed; "
                        + "`/partner log` with `when:` sets the day you mean.");
            }
            return directory.moved(c, who.guildId(), touchpointId, who.userId(), day);
        });
    }

    /** The partner a member asks to delete, once they may: before the confirm step. */
    Partner deletable(Caller who, PartnerRef rawPartner, Function<Partner, Set<Long>> left) {
        requireServer(who);
        return db.read(c -> {
            Partner p = lookup.resolve(c, who.guildId(), rawPartner);
            requireMayDelete(who, p, left.apply(p));
            return p;
        });
    }

    /** A partner deleted for good, as it was, and the other members who were waiting for an introduction there. */
    record Deleted(Partner partner, List<Long> waitingForIntro) {
    }

    /**
     * Deletes a partner for good (confirmed), checking again who may; returns the other members waiting for an
     * introduction there, for the caller to tell by DM (with their plan's notice if they had one, never twice).
     */
    Deleted delete(Caller who, long partnerId, Function<Partner, Set<Long>> left) {
        requireServer(who);
        return db.write(c -> {
            Partner p = store.byIdOrTold(c, who.guildId(), partnerId, PartnerFeature.Paths.SHOW, () -> new UserError(
                    "That partner is no longer on the list, so there is nothing to delete. See the list with "
                            + "`/partner list`."));
            requireMayDelete(who, p, left.apply(p));
            List<Long> waiting = intros.waitingAt(c, who.guildId(), p.id()).stream()
                    .filter(member -> member != who.userId()).toList();
            reminders.partnerDeleted(c, who.guildId(), p.id());
            store.delete(c, p, who.userId(), now());
            return new Deleted(p, waiting);
        });
    }

    /**
     * Deleting loses history for everyone: only the partner's owner or a coordinator; a coordinator only when nobody
     * looks after it, or its owner is in {@code left} (has left the server).
     */
    private static void requireMayDelete(Caller who, Partner p, Set<Long> left) {
        WhoMay.require(who, p, "delete it", WhoMay.Unowned.COORDINATOR, WhoMay.Next.DELETE, () -> left);
    }

    Partner find(Caller who, PartnerRef rawPartner) {
        requireServer(who);
        return lookup.resolve(who.guildId(), rawPartner);
    }

    /**
     * Refuses {@code name} when another partner has it; {@code renamed}: the partner being renamed, else null. One the
     * coalition has moved on from is said so, with the way back ({@link WhoMay#wayBack}).
     */
    private void refuseDuplicate(Connection c, Caller who, PartnerName name, Partner renamed) throws SQLException {
        Optional<Partner> same = store.byName(c, who.guildId(), name.key());
        if (same.isPresent() && (renamed == null || same.get().id() != renamed.id())) {
            Partner p = same.get();
            String which = " (" + sectors.nameOf(p.sector()) + ", " + p.stage().label().toLowerCase() + ")";
            String show = Shown.code("/partner show " + PartnerRef.option(p.name()));
            if (renamed != null) {
                throw new UserError("Another partner on the list is already called “" + Shown.text(p.name()) + "”"
                        + which + ", so I left “" + Shown.text(renamed.name()) + "” as it was: nothing was changed. "
                        + (p.active() ? "Pick another name, or see that one with " + show + "."
                        : "Pick another name. The coalition has moved on from that one, kept with its history: "
                        + WhoMay.wayBack(who, p, "it")));
            }
            if (!p.active()) {
                throw new NameTaken(p, "The coalition has moved on from “" + Shown.text(p.name()) + "” ("
                        + sectors.nameOf(p.sector()) + "), kept with its history, so I didn't add it again. "
                        + WhoMay.wayBack(who, p, "it"));
            }
            throw new NameTaken(p, "“" + Shown.text(p.name()) + "” is already on the list" + which + ". See it with "
                    + show + ", or log news about it with `/partner log`.");
        }
    }

    /**
     * An add refused because {@code partner} has the name already (on the list, or moved on): a caller adding names
     * checked a while ago (Check and add) tells it as on the list and goes on, where {@code /partner add} says this.
     */
    static final class NameTaken extends UserError {
        private final transient Partner partner;

        NameTaken(Partner partner, String friendlyMessage) {
            super(friendlyMessage);
            this.partner = partner;
        }

        Partner partner() {
            return partner;
        }
    }

    private Partner reload(Connection c, long guildId, long id) throws SQLException {
        return store.byId(c, guildId, id).orElseThrow();
    }

    private static String cleared(String raw, String what, int max) {
        return raw == null || raw.strip().equals(PartnerInput.CLEAR) ? null : PartnerInput.optional(what, raw, max);
    }

    static void requireServer(Caller who) {
        if (who.guildId() == 0) {
            throw new UserError("The outreach list belongs to your coalition's server. Run this command there.");
        }
    }

    private static void requireActive(Partner p, String doing) {
        if (!p.active()) {
            throw new UserError("“" + Shown.text(p.name()) + "” has moved on. Bring it back with `/partner restore` before "
                    + doing + ".");
        }
    }

    /**
     * Refuses unless the member looks after the partner or is a coordinator; a coordinator only when nobody looks after
     * it, or its owner is among those {@code left} says have left the server (asked only for a refusal).
     */
    static void requireOwnerOrCoordinator(Caller who, Partner p, String doing, Supplier<Set<Long>> left) {
        WhoMay.require(who, p, doing, WhoMay.Unowned.COORDINATOR, WhoMay.Next.LOG, left);
    }

    /**
     * Handing a partner to {@code newOwner}: its owner or a coordinator, as {@link #requireOwnerOrCoordinator}; and a
     * member who names herself for a partner nobody looks after takes it on (a volunteer offering to look after it),
     * while it is still on the list: one the coalition has moved on from only a coordinator brings back or hands on,
     * or taking it on would let her restore it ({@link WhoMay#movedOnUnowned}).
     * A member naming herself for someone else's partner is asking to take it on, and is told so in those words
     * rather than as handing it "to someone else".
     */
    private static void requireMayHandOn(Caller who, Partner p, long newOwner, Supplier<Set<Long>> left) {
        boolean herself = newOwner == who.userId();
        if (herself && !p.hasOwner()) {
            if (!p.active() && !who.coordinator()) {
                throw new UserError(WhoMay.movedOnUnowned(p));
            }
            return;
        }
        WhoMay.require(who, p, herself ? "hand it to you" : "hand it to someone else", WhoMay.Unowned.COORDINATOR,
                herself ? WhoMay.Next.TAKE_ON : WhoMay.Next.HAND_ON, left);
    }

    static long parseUser(String raw) {
        try {
            long id = Long.parseLong(raw == null ? "" : raw.strip().replaceAll("[<@!>]", ""));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through to the friendly message
        }
        throw new UserError("Pick the member who will look after this partner, for example `member:@bea`.");
    }

    private Instant now() {
        return clock.instant();
    }
}
