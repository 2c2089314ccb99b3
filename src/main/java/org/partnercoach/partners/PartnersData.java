package org.partnercoach.partners;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.chat.Shown;
import org.partnercoach.storage.Database;

/**
 * What the outreach list holds about a member in one server, for {@code /privacy}. Forget leaves the partners to
 * the coalition: the ones the member looked after become unowned (the weekly digest lists them; their reminders start
 * afresh, as for a partner handed over, and go to the reminder channel), the member's name
 * comes off the history (touchpoints, stage moves, who looked after a partner when and who deleted one stay, by "a
 * former member"),
 * the introductions they asked for (and their waits for someone who knows someone at a partner), their "I know
 * someone there" marks and the names their walk found to add are deleted. An introduction another
 * member asked of them stays with that member, asked of "a former member"; one they had not answered says no answer
 * will come, and one they had agreed to may not happen: that member is told by DM.
 */
public final class PartnersData implements PersonalData {

    private static final String OWNED = "SELECT id, name, sector, stage, contact, notes, cadence_days, created_at"
            + " FROM partners WHERE guild_id = ? AND owner_id = ? ORDER BY id";
    private static final String ADDED = "SELECT id, name, created_at FROM partners"
            + " WHERE guild_id = ? AND created_by = ? ORDER BY id";
    private static final String TOUCHPOINTS = "SELECT t.id, p.name AS partner, t.kind, t.note, t.happened_at"
            + " FROM partner_touchpoints t JOIN partners p ON p.id = t.partner_id"
            + " WHERE t.guild_id = ? AND t.user_id = ? ORDER BY t.id";
    private static final String STAGE_MOVES = "SELECT s.id, p.name AS partner, s.from_stage, s.to_stage,"
            + " s.changed_at FROM partner_stage_changes s JOIN partners p ON p.id = s.partner_id"
            + " WHERE s.guild_id = ? AND s.user_id = ? ORDER BY s.id";
    private static final String CONTACTS = "SELECT p.name AS partner, k.created_at FROM partner_contacts k"
            + " JOIN partners p ON p.id = k.partner_id WHERE k.guild_id = ? AND k.user_id = ? ORDER BY p.name";
    private static final String INTROS = "SELECT i.id, p.name AS partner, i.requester_id, i.helper_id, i.status,"
            + " i.asked_at, i.answered_at FROM partner_intros i JOIN partners p ON p.id = i.partner_id"
            + " WHERE i.guild_id = ? AND (i.requester_id = ? OR i.helper_id = ?) ORDER BY i.id";
    private static final String WAITS = "SELECT p.name AS partner, w.created_at, w.told_at FROM partner_intro_waits w"
            + " JOIN partners p ON p.id = w.partner_id WHERE w.guild_id = ? AND w.requester_id = ? ORDER BY w.id";
    private static final String NAMES_TO_ADD = "SELECT name, created_at FROM partner_names_to_add"
            + " WHERE guild_id = ? AND user_id = ? ORDER BY id";
    /** Each time they took a partner on (since NULL: before the history of owners was kept) and until when. */
    private static final String OWNED_OVER_TIME = "SELECT p.name AS partner, o.since,"
            + " (SELECT n.since FROM partner_owners n WHERE n.guild_id = o.guild_id AND n.partner_id = o.partner_id"
            + " AND n.id > o.id ORDER BY n.id FETCH FIRST 1 ROW ONLY) AS until"
            + " FROM partner_owners o JOIN partners p ON p.id = o.partner_id"
            + " WHERE o.guild_id = ? AND o.owner_id = ? ORDER BY o.id";
    /**
     * The partners they deleted for good: the name and when (V60). A row with no partner id kept at the same moment as
     * one with an id is a name that partner had before a rename (kept for members who knew it so), not a partner.
     */
    private static final String DELETED = "SELECT name, deleted_at FROM partner_deletions d"
            + " WHERE guild_id = ? AND deleted_by = ? AND NOT (partner_id IS NULL AND EXISTS (SELECT 1"
            + " FROM partner_deletions m WHERE m.guild_id = d.guild_id AND m.deleted_by = d.deleted_by"
            + " AND m.deleted_at = d.deleted_at AND m.partner_id IS NOT NULL)) ORDER BY id";
    private static final String OWNED_IDS = "SELECT id, name FROM partners WHERE guild_id = ? AND owner_id = ?"
            + " ORDER BY id";
    private static final String CONTACT_NAMES = "SELECT DISTINCT p.name FROM partner_contacts k"
            + " JOIN partners p ON p.id = k.partner_id WHERE k.guild_id = ? AND k.user_id = ? ORDER BY p.name";
    private static final String RELEASE = "UPDATE partners SET owner_id = NULL WHERE guild_id = ? AND owner_id = ?";
    private static final String UNNAME_CREATED = "UPDATE partners SET created_by = 0 WHERE guild_id = ? AND created_by = ?";
    /** The partners they looked after were looked after by "a former member" then. */
    private static final String UNNAME_OWNERS = "UPDATE partner_owners SET owner_id = 0"
            + " WHERE guild_id = ? AND owner_id = ?";
    private static final String UNNAME_TOUCHPOINTS = "UPDATE partner_touchpoints SET user_id = 0"
            + " WHERE guild_id = ? AND user_id = ?";
    private static final String UNNAME_MOVES = "UPDATE partner_stage_changes SET user_id = 0"
            + " WHERE guild_id = ? AND user_id = ?";
    /** A partner they deleted stays told as deleted, by "a former member". */
    private static final String UNNAME_DELETIONS = "UPDATE partner_deletions SET deleted_by = 0"
            + " WHERE guild_id = ? AND deleted_by = ?";
    private static final String FORGET_CONTACTS = "DELETE FROM partner_contacts WHERE guild_id = ? AND user_id = ?";
    private static final String FORGET_INTROS = "DELETE FROM partner_intros WHERE guild_id = ? AND requester_id = ?";
    /** Requests others made of them are the askers' record: kept, unnamed; one still open can no longer be answered. */
    private static final String UNNAME_INTROS = "UPDATE partner_intros SET helper_id = 0,"
            + " status = CASE WHEN status = ? THEN ? ELSE status END,"
            + " answered_at = CASE WHEN status = ? THEN ? ELSE answered_at END WHERE guild_id = ? AND helper_id = ?";
    private static final String FORGET_WAITS =
            "DELETE FROM partner_intro_waits WHERE guild_id = ? AND requester_id = ?";
    private static final String FORGET_NAMES_TO_ADD =
            "DELETE FROM partner_names_to_add WHERE guild_id = ? AND user_id = ?";
    /** Where their Check and add rounds stopped: a position, nothing they wrote, so export leaves it out. */
    private static final String FORGET_NAME_ROUNDS =
            "DELETE FROM partner_name_rounds WHERE guild_id = ? AND user_id = ?";
    /** Where the rounds of a session's names they checked last stopped: the next one starts from its first name. */
    private static final String FORGET_GROUP_NAME_ROUNDS =
            "DELETE FROM partner_group_name_rounds WHERE guild_id = ? AND user_id = ?";

    private final Database db;
    private final Clock clock;
    private final ReminderStatus reminders;
    private final OwnerHistory owners = new OwnerHistory();
    private final IntroStore intros;
    private final IntroGoneNotice introGone;

    /**
     * @param reminders told of each partner the member looked after, which nobody looks after now
     * @param introGone the DM to each member waiting on her for an introduction
     */
    PartnersData(Database db, Clock clock, ReminderStatus reminders, IntroStore intros, IntroGoneNotice introGone) {
        this.db = db;
        this.clock = clock;
        this.reminders = reminders;
        this.intros = intros;
        this.introGone = introGone;
    }

    @Override
    public String section() {
        return "partners";
    }

    @Override
    public Object export(long guildId, long userId) {
        return db.read(c -> {
            Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
            out.put("looked_after", Database.rows(c, OWNED, guildId, userId));
            out.put("looked_after_over_time", Database.rows(c, OWNED_OVER_TIME, guildId, userId));
            out.put("added", Database.rows(c, ADDED, guildId, userId));
            out.put("touchpoints", Database.rows(c, TOUCHPOINTS, guildId, userId));
            out.put("stage_moves", Database.rows(c, STAGE_MOVES, guildId, userId));
            out.put("deleted", Database.rows(c, DELETED, guildId, userId));
            out.put("knows_someone_at", Database.rows(c, CONTACTS, guildId, userId));
            out.put("introductions", Database.rows(c, INTROS, guildId, userId, userId));
            // partners they found nobody to ask about, waiting for someone who knows someone there
            out.put("waiting_for_someone_who_knows", Database.rows(c, WAITS, guildId, userId));
            // names from their walk's first answer, waiting for them to check and add
            out.put("names_to_add", Database.rows(c, NAMES_TO_ADD, guildId, userId));
            return out;
        });
    }

    @Override
    public void forget(long guildId, long userId) {
        forgetTelling(guildId, userId);
    }

    /**
     * What a forget tells of the partners {@code names} a member looked after, left to the coalition without an
     * owner: before it ({@code done} false: the confirm, "stay on the outreach list with no one looking after them")
     * or once done ("now have no owner").
     */
    public static String leftWithoutOwner(List<String> names, boolean done) {
        boolean one = names.size() == 1;
        String it = one ? "it" : "them";
        if (done) {
            return Shown.names(names) + ", which you looked after, now " + (one ? "has" : "have") + " no owner; a "
                    + "coordinator can hand " + it + " to another member with `/partner owner` (the weekly digest, "
                    + "where it is set up, lists " + it + ").";
        }
        return Shown.names(names) + (one ? " stays" : " stay") + " on the outreach list with no one looking after "
                + it + " (a coordinator can hand " + it + " to a member with `/partner owner`, and a member can take "
                + (one ? "it" : "one") + " on).";
    }

    /** What a forget tells, before and once done, of the partners {@code names} where she marked knowing someone. */
    public static String noLongerKnowing(List<String> names) {
        return "You no longer show as knowing someone at " + Shown.names(names)
                + ", so nobody is sent to you for an introduction.";
    }

    /**
     * Said only to a member who looked after partners (those are left to the coalition, without an owner) or knew
     * someone at some (nobody is sent to her any more), naming them as the confirm did.
     */
    @Override
    public Optional<String> forgetTelling(long guildId, long userId) {
        record Left(List<String> unowned, List<String> knew) {
        }
        Left left = db.write(c -> {
            List<Map.Entry<Long, String>> owned = Database.list(c, OWNED_IDS,
                    rs -> Map.entry(rs.getLong("id"), rs.getString("name")), guildId, userId);
            List<Long> released = owned.stream().map(Map.Entry::getKey).toList();
            List<String> knew = Database.list(c, CONTACT_NAMES, rs -> rs.getString(1), guildId, userId);
            owners.released(c, guildId, released, clock.instant());
            Database.update(c, RELEASE, guildId, userId);
            Database.update(c, UNNAME_OWNERS, guildId, userId);
            // as in a handover: the reminders counted, and a "pause or keep going?" asked or answered, were hers
            for (long partnerId : released) {
                reminders.ownerChanged(c, guildId, partnerId);
            }
            Database.update(c, UNNAME_CREATED, guildId, userId);
            Database.update(c, UNNAME_TOUCHPOINTS, guildId, userId);
            Database.update(c, UNNAME_MOVES, guildId, userId);
            Database.update(c, UNNAME_DELETIONS, guildId, userId);
            Database.update(c, FORGET_CONTACTS, guildId, userId);
            Database.update(c, FORGET_WAITS, guildId, userId);
            Database.update(c, FORGET_NAMES_TO_ADD, guildId, userId);
            Database.update(c, FORGET_NAME_ROUNDS, guildId, userId);
            Database.update(c, FORGET_GROUP_NAME_ROUNDS, guildId, userId);
            // each member still waiting on her for an introduction hears it will not come, once for each partner
            Map<String, Intro> waitingOnHer = new LinkedHashMap<>();
            for (Intro request : intros.standingBy(c, guildId, userId)) {
                waitingOnHer.put(request.requesterId() + ":" + request.partnerId(), request);
            }
            Database.update(c, UNNAME_INTROS, Intro.Status.ASKED, Intro.Status.HELPER_FORGOTTEN, Intro.Status.ASKED,
                    clock.instant(), guildId, userId);
            Database.update(c, FORGET_INTROS, guildId, userId);
            for (Intro request : waitingOnHer.values()) {
                introGone.queueHelperForgotten(c, request, clock.instant());
            }
            return new Left(owned.stream().map(Map.Entry::getValue).toList(), knew);
        });
        // the digest may not be set up in this server: the owner command is what a coordinator has for sure
        List<String> told = new java.util.ArrayList<>();
        if (!left.unowned().isEmpty()) {
            told.add(leftWithoutOwner(left.unowned(), true));
        }
        if (!left.knew().isEmpty()) {
            told.add(noLongerKnowing(left.knew()));
        }
        return told.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", told));
    }
}
