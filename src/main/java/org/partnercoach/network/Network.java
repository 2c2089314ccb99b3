package org.partnercoach.network;

import java.time.Clock;
import java.util.List;
import org.partnercoach.chat.Messenger;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.outbox.DuePlanner;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/** Builds partnership health once, for the composition root: its feature (also the list's add-ons), and the
 * quarterly value question as an outbox kind and planner. */
public final class Network {

    private Network() {
    }

    public record Parts(NetworkFeature feature, List<SendKind> kinds, DuePlanner planner) {
    }

    public static Parts create(Database db, Clock clock, Outbox outbox, ServerSettings settings,
                               PartnerHistory history, PartnerDirectory directory, WalkActivity walks,
                               Messenger messenger) {
        RatingStore store = new RatingStore();
        ValuePlanning planning = new ValuePlanning();
        Pulse pulse = new Pulse(db, store, directory, settings, clock, planning);
        Figures figures = new Figures(db, store, history, walks);
        ValueAsks values = new ValueAsks(db, store, pulse, history, outbox, settings, planning, clock);
        NetworkFeature feature = new NetworkFeature(db, store, pulse, figures,
                new QuarterReport(figures, history, walks), settings, messenger, clock);
        return new Parts(feature, List.of(values), values);
    }
}
