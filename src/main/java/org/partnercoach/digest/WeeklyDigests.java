package org.partnercoach.digest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.partnercoach.chat.Reply;
import org.partnercoach.outbox.DuePlanner;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly send. Before each delivery run the planner looks at every server's schedule: when the latest send
 * time has passed and no digest is recorded for it or a later one, it records the week ({@code digest_weeks},
 * unique per server and key: the ISO week, or the ISO week and day for a second send in one ISO week after the
 * schedule moved to a later day) and queues one outbox row per subscriber and one for the coordinators' channel, in
 * one transaction.
 * A bot that was down at the time sends it once when it comes back (marked late); a longer outage sends only the
 * latest week. Each row's message is built from stored history when it is claimed.
 */
final class WeeklyDigests implements SendKind, DuePlanner {

    static final String KIND = "digest";
    /** A digest queued this long after its time says it is late (the bot was down). */
    static final Duration LATE_AFTER = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigests.class);

    private final Database db;
    private final DigestStore store;
    private final DigestComposer composer;
    private final Outbox outbox;
    private final ServerSettings settings;

    WeeklyDigests(Database db, DigestStore store, DigestComposer composer, Outbox outbox, ServerSettings settings) {
        this.db = db;
        this.store = store;
        this.composer = composer;
        this.outbox = outbox;
        this.settings = settings;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public void plan(Instant now) {
        for (DigestSchedule s : db.read(store::allSchedules)) {
            try {
                plan(s, now);
            } catch (RuntimeException e) {
                log.error("could not plan the weekly digest in guild {}", s.guildId(), e);
            }
        }
    }

    private void plan(DigestSchedule s, Instant now) {
        ZoneId zone = settings.of(s.guildId()).zone();
        DigestSchedule.Week week = s.latest(now, zone);
        if (week.end().isBefore(s.since())) {
            return;
        }
        db.write(c -> {
            // this send time, or a later one, already had its digest
            Optional<DigestStore.SentWeek> last = store.lastWeek(c, s.guildId());
            if (last.isPresent() && !last.get().end().isBefore(week.end())) {
                return null;
            }
            // a schedule moved to a later day can send a second digest in one ISO week: it takes the day's key
            DigestSchedule.Week keyed = week;
            if (store.week(c, s.guildId(), week.key()).isPresent()) {
                keyed = week.onItsDay(zone);
                if (store.week(c, s.guildId(), keyed.key()).isPresent()) {
                    log.debug("the weekly digest of {} in guild {} went out already that day", keyed.key(),
                            s.guildId());
                    return null;
                }
            }
            boolean late = Duration.between(week.end(), now).compareTo(LATE_AFTER) > 0;
            long id = store.insertWeek(c, s.guildId(), keyed, late, now);
            Instant due = now.truncatedTo(ChronoUnit.SECONDS);
            for (long subscriber : store.subscribers(c, s.guildId())) {
                outbox.enqueue(c, new ScheduledSend.Draft(s.guildId(), KIND, subscriber, id, "", "", due), now);
            }
            if (s.channelId() != 0) {
                outbox.enqueue(c, ScheduledSend.Draft.post(s.guildId(), KIND, s.channelId(), id, "", due), now);
            }
            log.info("queued the weekly digest {} in guild {}{}", keyed.key(), s.guildId(), late ? " (late)" : "");
            return null;
        });
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        Optional<DigestStore.SentWeek> week = db.read(c -> {
            if (send.recipientId() != 0 && !store.subscribers(c, send.guildId()).contains(send.recipientId())) {
                return Optional.<DigestStore.SentWeek>empty();
            }
            return store.weekById(c, send.guildId(), send.targetId());
        });
        return week.map(w -> composer.render(composer.build(send.guildId(),
                new DigestSchedule.Week(w.key(), w.start(), w.end()), w.late())));
    }

    @Override
    public void sent(Connection c, ScheduledSend send, Instant at) throws SQLException {
        store.weekSent(c, send.guildId(), send.targetId(), at);
    }
}
