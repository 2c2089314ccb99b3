package org.partnercoach.reminders;

import org.partnercoach.outbox.DuePlanner;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnercoach.settings.Settings;
import org.partnercoach.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before each delivery run, queues a cultivate reminder for each owner whose partners fell due: one message per
 * owner (the reminder channel for partners nobody looks after) listing all of them, the longest overdue first (up
 * to {@link #MAX_PARTNERS}, four menus of 25; the message shows the first ten and its menus pick any of them). An owner gets no second message while one is still to go
 * out: a message waiting for the morning takes in the partners that fell due since. After a message for someone
 * could not be delivered at all, their next one waits {@link #AFTER_FAILURE}.
 */
final class CultivatePlanner implements DuePlanner {

    /** Partners in one message: four select menus of 25 (Discord allows 5 rows of components). */
    static final int MAX_PARTNERS = 100;
    static final Duration AFTER_FAILURE = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(CultivatePlanner.class);

    private final Database db;
    private final CultivateStore store;
    private final PartnerCycles cycles;
    private final Outbox outbox;

    CultivatePlanner(Database db, CultivateStore store, PartnerCycles cycles, Outbox outbox) {
        this.db = db;
        this.store = store;
        this.cycles = cycles;
        this.outbox = outbox;
    }

    @Override
    public void plan(Instant now) {
        Map<Long, Set<Long>> candidates = db.read(c -> store.candidates(c, now,
                Settings.DEFAULTS.defaultCadenceDays()));
        candidates.forEach((guildId, ids) -> {
            try {
                planServer(guildId, ids, now);
            } catch (RuntimeException e) {
                log.error("could not plan cultivate reminders in guild {}", guildId, e);
            }
        });
    }

    /**
     * One transaction for the whole server: which owners already have a reminder to go out or had one fail lately
     * is read once, not per owner.
     */
    private void planServer(long guildId, Set<Long> ids, Instant now) {
        Map<Long, List<PartnerCycles.Item>> byRecipient = cycles.due(guildId, ids, now).stream()
                .collect(Collectors.groupingBy(i -> i.partner().ownerId(), LinkedHashMap::new, Collectors.toList()));
        if (byRecipient.isEmpty()) {
            return;
        }
        String kind = CultivateReminders.KIND;
        // whole seconds: the database would round a finer time, perhaps past now, and the row would miss this run
        Instant due = now.truncatedTo(ChronoUnit.SECONDS);
        db.write(c -> {
            Set<Long> failed = outbox.failedRecipientsSince(c, guildId, kind, now.minus(AFTER_FAILURE));
            Set<Long> open = outbox.openRecipients(c, guildId, kind);
            for (Map.Entry<Long, List<PartnerCycles.Item>> e : byRecipient.entrySet()) {
                long recipientId = e.getKey();
                String payload = CultivateReminders.payload(e.getValue(), MAX_PARTNERS);
                if (failed.contains(recipientId)) {
                    continue;
                }
                if (open.contains(recipientId)) {
                    outbox.refreshPending(c, guildId, kind, recipientId, payload);
                } else {
                    outbox.enqueue(c, new ScheduledSend.Draft(guildId, kind, recipientId, 0, payload, "", due), now);
                }
            }
            return null;
        });
    }
}
