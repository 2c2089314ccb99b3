package org.partnercoach.network;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnercoach.chat.Reply;
import org.partnercoach.outbox.DuePlanner;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.partners.Stage;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once a quarter, the member who looks after a partner is asked its value to the coalition (resources, influence,
 * involvement): before each delivery run, every looked-after partner that is cultivating, asking or partnered (a
 * partner still being researched or first contacted has no value to rate yet), was added before the quarter began
 * and was not answered on every line this quarter is due, of its owner unless they were asked about it this quarter
 * already (a partner handed over before its question was answered in full is asked of its new owner), in one
 * transaction per server. An owner has one question open at a
 * time: the next of their partners (oldest first) gets its ask row and outbox DM only once the last was answered on
 * every line or skipped (or its partner was deleted, moved on or handed to someone else), so a member who looks
 * after twelve partners gets one message, not twelve at once. The ask's
 * unique key (server, partner, member, kind, quarter) keeps it once a quarter across restarts. Planning runs hourly
 * and after an answer or a skip ({@link ValuePlanning}).
 */
final class ValueAsks implements DuePlanner, SendKind {

    static final String KIND = "partner-value";
    static final Set<Stage> RATED_STAGES = Set.of(Stage.CULTIVATING, Stage.ASKING, Stage.PARTNERED);
    private static final Logger log = LoggerFactory.getLogger(ValueAsks.class);

    private final Database db;
    private final RatingStore store;
    private final Pulse pulse;
    private final PartnerHistory history;
    private final Outbox outbox;
    private final ServerSettings settings;
    private final ValuePlanning planning;

    ValueAsks(Database db, RatingStore store, Pulse pulse, PartnerHistory history, Outbox outbox,
              ServerSettings settings, ValuePlanning planning) {
        this.planning = planning;
        this.db = db;
        this.store = store;
        this.pulse = pulse;
        this.history = history;
        this.outbox = outbox;
        this.settings = settings;
    }

    /**
     * Now, when a value question was answered or skipped since the last run (that owner's next partner's question is
     * due, so a walk of the clock plans it at its next poll, as the bot's 30-second poll does); else the next quarter's
     * start in any server's zone (its partners are asked then), or the first planning run after it, when that is
     * later: one read of the servers' zones.
     */
    @Override
    public Optional<Instant> nextDue(Instant now) {
        if (planning.closedSinceLastRun()) {
            return Optional.of(now);
        }
        return settings.serverZones().stream().map(zone -> Quarter.containing(now, zone).next().start(zone))
                .min(java.util.Comparator.naturalOrder()).map(planning::firstPlanningAt);
    }

    @Override
    public void plan(Instant now) {
        if (!planning.due(now)) {
            return;
        }
        Map<Long, List<Partner>> byServer = history.lookedAfter().stream()
                .collect(Collectors.groupingBy(Partner::guildId, LinkedHashMap::new, Collectors.toList()));
        byServer.forEach((guildId, partners) -> {
            try {
                planServer(guildId, partners, now);
            } catch (RuntimeException e) {
                log.error("could not plan the quarterly value question in guild {}", guildId, e);
            }
        });
    }

    private void planServer(long guildId, List<Partner> partners, Instant now) {
        ZoneId zone = settings.of(guildId).zone();
        Quarter quarter = Quarter.containing(now, zone);
        Instant begun = quarter.start(zone);
        List<Partner> due = partners.stream().filter(p -> p.createdAt().isBefore(begun) && RATED_STAGES.contains(
                p.stage())).sorted(java.util.Comparator.comparingLong(Partner::id)).toList();
        if (due.isEmpty()) {
            return;
        }
        Instant at = now.truncatedTo(ChronoUnit.SECONDS);
        db.write(c -> {
            // one full answer per partner and quarter is enough; a partner handed over before its question was
            // answered on every line is asked of its new owner (once: a skip of theirs stands for the quarter)
            Set<Long> answered = new java.util.HashSet<>();
            Set<List<Long>> askedOf = new java.util.HashSet<>();
            for (long[] a : store.askedIn(c, guildId, Aspect.Kind.VALUE, quarter.key())) {
                askedOf.add(List.of(a[0], a[1]));
                if (a[2] == 1) {
                    answered.add(a[0]);
                }
            }
            List<Partner> unasked = due.stream().filter(p -> !answered.contains(p.id())
                    && !askedOf.contains(List.of(p.id(), p.ownerId()))).toList();
            if (unasked.isEmpty()) {
                return null; // the usual run once a quarter's questions are out: no need to read who is waiting
            }
            // an owner waits on an open question only while they still look after its partner: one deleted, moved
            // on or handed to someone else since would hold back their other partners' questions all quarter
            Map<Long, Long> ownerOf = partners.stream().collect(Collectors.toMap(Partner::id, Partner::ownerId));
            Set<Long> waiting = new java.util.HashSet<>();
            for (long[] open : store.openAsks(c, guildId, Aspect.Kind.VALUE, quarter.key())) {
                // nor one whose partner another member has answered in full this quarter (a hand-over's old owner)
                if (Long.valueOf(open[0]).equals(ownerOf.get(open[1])) && !answered.contains(open[1])) {
                    waiting.add(open[0]);
                }
            }
            for (Partner p : unasked) {
                // one open question per owner: the next waits until this one is answered on every line or skipped
                if (waiting.add(p.ownerId())) {
                    long askId = store.insertAsk(c, guildId, p.id(), p.ownerId(), Aspect.Kind.VALUE, quarter.key(), at);
                    outbox.enqueue(c, new ScheduledSend.Draft(guildId, KIND, p.ownerId(), askId, quarter.key(),
                            p.name(), at), at);
                }
            }
            return null;
        });
    }

    @Override
    public String name() {
        return KIND;
    }

    /**
     * The question says only the member and the coordinators see her answers, and each press redraws it with her
     * ratings: by DM, never posted in the reminder channel for every member to read (her DMs closed). Her other
     * partners' questions wait, as they would fail alike; coordinators see the failure in /coach status.
     */
    @Override
    public boolean onlyByDm() {
        return true;
    }

    /**
     * The question, under the partner's name as it is now, unless it was skipped or answered already, its partner
     * was answered in full this quarter by someone else (the owner before a hand-over), or the partner was deleted,
     * moved on from or handed on to someone else (while the DM waited for the end of quiet hours, say). A question
     * about a partner moved on from or handed on is withdrawn, not kept open: the new owner is asked in their turn (a
     * restore, or a hand-back, within the quarter lets planning ask it afresh), where an open question nobody received
     * would hold back the owner's other questions all quarter. One the former owner already received stays theirs to
     * answer, and a full answer of theirs counts for the quarter.
     */
    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        // one read for the three reasons not to ask, where each was a read of its own (and the last read the
        // whole server's questions of the quarter, for every one sent)
        Optional<RatingStore.Ask> ask = db.read(c -> {
            Optional<RatingStore.Ask> a = store.ask(c, send.guildId(), send.targetId());
            boolean stands = a.isPresent() && a.get().skippedAt() == null
                    && store.ratingsOf(c, send.guildId(), a.get().id()).isEmpty()
                    && !store.answeredInFull(c, send.guildId(), a.get().partnerId(), Aspect.Kind.VALUE,
                            a.get().periodKey());
            return stands ? a : Optional.<RatingStore.Ask>empty();
        });
        if (ask.isEmpty()) {
            return Optional.empty();
        }
        Optional<Partner> partner = pulse.partner(send.guildId(), ask.get().partnerId());
        if (partner.isPresent() && (!partner.get().active() || partner.get().ownerId() != ask.get().raterId())) {
            db.write(c -> {
                store.withdraw(c, send.guildId(), ask.get().id());
                return null;
            });
            planning.questionClosed(); // the owner's next partner's question is due on the next run
            return Optional.empty();
        }
        return partner.map(p -> pulse.render(send.guildId(), ask.get().id(), Aspect.Kind.VALUE, p.name(), Map.of()));
    }
}
