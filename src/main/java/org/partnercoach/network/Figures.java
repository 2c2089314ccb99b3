package org.partnercoach.network;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.partnercoach.chat.Count;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.partners.Sector;
import org.partnercoach.sessions.SessionActivity;
import org.partnercoach.storage.Database;

/**
 * The coalition's network and its health at a moment, from stored history only: who was tied to which partner,
 * touchpoints in the 90 days before, the sectors missing then, and trust and value from the ratings given by then.
 */
final class Figures {

    static final Duration TOUCH_WINDOW = Duration.ofDays(90);

    /** Everything the map and its figures show for one moment. */
    record Snapshot(Instant at, NetworkModel model, List<PartnerHistory.Gap> gaps, Scores scores) {

        /** "4.2 (+0.3 on last quarter)", or why there is no average of {@code kind}: for the map and the report. */
        String average(Aspect.Kind kind, Snapshot before) {
            OptionalDouble now = scores.average(kind, at, partnerIds());
            OptionalDouble then = before.scores().average(kind, before.at(), before.partnerIds());
            return Scores.withChange(now, then, now.isEmpty() && !scores.byPartner(kind, at).isEmpty());
        }

        /** The same moment without these members (who left the server) and their ties. */
        Snapshot without(Set<Long> memberIds) {
            return memberIds.isEmpty() ? this : new Snapshot(at, model.without(memberIds), gaps, scores);
        }

        /** The same moment with these members named {@code label}, not by their id (the platform gave no name). */
        Snapshot unnamed(Set<Long> memberIds, String label) {
            return memberIds.isEmpty() ? this : new Snapshot(at, model.relabelled(memberIds, label), gaps, scores);
        }

        /** The partners on the list then (on the map): the averages are over them. */
        Set<Long> partnerIds() {
            return model.partners().stream().map(NetworkModel.Node::id).collect(Collectors.toSet());
        }

        /** Sectors with no partner at all (not even a researched one). */
        List<String> emptySectors() {
            return gaps.stream().filter(g -> !g.researchedOnly()).map(PartnerHistory.Gap::sectorName).toList();
        }
    }

    private final Database db;
    private final RatingStore store;
    private final PartnerHistory history;
    private final WalkActivity walks;
    private final SessionActivity sessions;

    Figures(Database db, RatingStore store, PartnerHistory history, WalkActivity walks, SessionActivity sessions) {
        this.db = db;
        this.store = store;
        this.history = history;
        this.walks = walks;
        this.sessions = sessions;
    }

    /** The network just before {@code at}. */
    Snapshot at(long guildId, Instant at) {
        PartnerHistory.Network network = history.network(guildId, at, at.minus(TOUCH_WINDOW));
        NetworkModel model = NetworkModel.of(new PartnerHistory.Network(network.partners(),
                members(guildId, network, at), network.links()));
        Scores scores = new Scores(db.read(c -> store.ratingsBefore(c, guildId, at)));
        return new Snapshot(at, model, history.gapsAt(guildId, at), scores);
    }

    /**
     * The network's members and every member active in a walk or who answered in a group session by {@code at}: one
     * with no tie to a partner is among "Members with no partner".
     */
    private TreeSet<Long> members(long guildId, PartnerHistory.Network network, Instant at) {
        TreeSet<Long> members = new TreeSet<>(network.members());
        members.addAll(walks.week(guildId, Instant.EPOCH, at).activeMembers());
        members.addAll(sessions.week(guildId, Instant.EPOCH, at).activeMembers());
        members.remove(0L);
        return members;
    }

    /**
     * Who took part in the outreach in [from, to) ({@code QuarterReport.Left.TAKING_PART_WORDS}): on the list (added,
     * moved or touched a partner, said they know someone there, asked for an introduction or agreed to make one),
     * rated a partner's trust or value, was active in a walk, or answered in a group session. The weekly digest's
     * "Active members" counts the same, but for a contact: by the day it happened here, by when it was logged there.
     */
    Set<Long> tookPart(long guildId, Instant from, Instant to) {
        Set<Long> tookPart = new java.util.HashSet<>(history.week(guildId, from, to).activeMembers());
        tookPart.addAll(walks.week(guildId, from, to).activeMembers());
        tookPart.addAll(sessions.week(guildId, from, to).activeMembers());
        tookPart.addAll(besidesMoves(guildId, from, to));
        tookPart.remove(0L);
        return tookPart;
    }

    /**
     * Who took part in [from, to) other than by their own moves on the list, in walks and in group sessions (which the
     * digest has read already): said they know someone at a partner, asked for or agreed to make an introduction,
     * rated a partner.
     */
    Set<Long> besidesMoves(long guildId, Instant from, Instant to) {
        Set<Long> members = new java.util.HashSet<>(history.knewOrIntroduced(guildId, from, to));
        members.addAll(ratersBetween(guildId, from, to));
        return members;
    }

    /** Who rated a partner's trust or value in [from, to). */
    Set<Long> ratersBetween(long guildId, Instant from, Instant to) {
        return db.read(c -> store.ratersBetween(c, guildId, from, to));
    }

    /** When a member was first asked about one of the server's partners (deleted ones too); empty if never. */
    Optional<Instant> firstAsked(long guildId) {
        return db.read(c -> store.firstAsked(c, guildId));
    }

    /** Sector display names by key, in the catalogue's order. */
    Map<String, String> sectorNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Sector s : history.sectors()) {
            names.put(s.key(), s.name());
        }
        return names;
    }

    /**
     * A count with its change against {@code then}: "3 (+1 on last quarter)", or "3 (same as last quarter)", as the
     * digest says it; the count alone when no partner was on the list then, as a first quarter has nothing to be
     * compared with ("+3 on last quarter" would read as growth).
     */
    static String count(int now, int before, Snapshot then) {
        return then.model().partners().isEmpty() ? Count.number(now) : count(now, before);
    }

    /** A count with its change: "3 (+1 on last quarter)", or "3 (same as last quarter)", as the digest says it. */
    static String count(int now, int before) {
        int d = now - before;
        return Count.number(now) + (d == 0 ? " (same as last quarter)" : " (" + (d > 0 ? "+" + Count.number(d)
                : "−" + Count.number(-d)) + " on last quarter)");
    }
}
