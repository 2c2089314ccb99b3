package org.partnercoach.network;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Departures;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Messenger;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.digest.TookPart;
import org.partnercoach.outbox.DuePlanner;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.sessions.SessionActivity;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/** Builds partnership health once, for the composition root: its feature (also the list's add-ons), and the
 * quarterly value question as an outbox kind and planner. */
public final class Network {

    private Network() {
    }

    /**
     * @param typedRatings numbers typed in the DM under a value question: before the walks, which would take them
     * @param tookPart     who took part in a period besides their moves on the list, in walks and in group sessions,
     *                     as the quarterly report counts them (the rest of the digest's active members)
     */
    public record Parts(NetworkFeature feature, Feature typedRatings, List<SendKind> kinds, DuePlanner planner,
                        TookPart tookPart) {
    }

    public static Parts create(Database db, Clock clock, Outbox outbox, ServerSettings settings,
                               PartnerHistory history, PartnerDirectory directory, WalkActivity walks,
                               SessionActivity sessions, Messenger messenger, Departures departures,
                               Function<Caller, Instant> lastWalkActivity) {
        RatingStore store = new RatingStore();
        ValuePlanning planning = new ValuePlanning();
        Pulse pulse = new Pulse(db, store, directory, settings, clock, planning);
        Figures figures = new Figures(db, store, history, walks, sessions);
        ValueAsks values = new ValueAsks(db, store, pulse, history, outbox, settings, planning, clock,
                departures);
        NetworkFeature feature = new NetworkFeature(db, store, pulse, figures,
                new QuarterReport(figures, history, walks), settings, messenger, clock);
        TypedRatings typed = new TypedRatings(db, store, pulse, directory, settings, lastWalkActivity, clock,
                outbox);
        return new Parts(feature, typed, List.of(values), values, figures::besidesMoves);
    }
}
