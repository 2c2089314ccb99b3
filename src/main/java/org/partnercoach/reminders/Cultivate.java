package org.partnercoach.reminders;

import org.partnercoach.outbox.OutboxJob;
import org.partnercoach.outbox.DuePlanner;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Departures;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Messenger;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.partners.PartnerActions;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.partners.PartnerPicker;
import org.partnercoach.partners.ReminderStatus;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/**
 * Builds the cultivate reminders' parts once, for the composition root: the planner and the kind of send the
 * {@link OutboxJob} runs, and the feature that answers {@code /partner cadence} and the reminders' buttons.
 */
public final class Cultivate {

    private final CultivatePlanner planner;
    private final CultivateReminders reminders;
    private final CultivateFeature feature;
    private final CultivateOutlook outlook;
    /** Builds {@link #checkInReplies}, given what it reads of the walks (wired by the composition root). */
    private final java.util.function.BiFunction<Function<Caller, Instant>, Messenger, Feature> replies;
    private final ToldContacts told;

    private Cultivate(CultivatePlanner planner, CultivateReminders reminders, CultivateFeature feature,
                      CultivateOutlook outlook,
                      java.util.function.BiFunction<Function<Caller, Instant>, Messenger, Feature> replies,
                      ToldContacts told) {
        this.told = told;
        this.planner = planner;
        this.reminders = reminders;
        this.feature = feature;
        this.outlook = outlook;
        this.replies = replies;
    }

    /**
     * How each partner's reminders stand, for the outreach list's pages; built before the list itself, which shows
     * it (the reminders read partners through the list's directory).
     */
    public static ReminderStatus status(Database db, Outbox outbox, ServerSettings settings, Clock clock) {
        return new CultivateStatus(db, new CultivateStore(), outbox, settings, clock);
    }

    /**
     * {@code departures} is asked, once a day at most, whether an owner who had left the server is back; the quarterly
     * value question shares it, so that the platform is asked about her once for both.
     */
    public static Cultivate create(Database db, Clock clock, Outbox outbox, ServerSettings settings,
                                   PartnerDirectory directory, PartnerPicker picker, PartnerActions actions,
                                   CurriculumLoader content, Departures departures) {
        CultivateStore store = new CultivateStore();
        CultivateStatus status = new CultivateStatus(db, store, outbox, settings, clock);
        PartnerCycles cycles = new PartnerCycles(db, store, directory, settings, clock);
        CultivateView view = new CultivateView(CultivateIdeas.load(content), settings, clock);
        CultivateReminders reminders = new CultivateReminders(cycles, view, clock);
        ToldContacts told = new ToldContacts();
        return new Cultivate(new CultivatePlanner(db, cycles, outbox, directory, settings, departures),
                reminders,
                new CultivateFeature(cycles, view, status, outbox, directory, picker, actions, clock, departures,
                        told),
                new CultivateOutlook(db, store, outbox, settings),
                (lastWalkActivity, servers) -> new CheckInReplies(db, store, directory, status, outbox, settings,
                        clock, lastWalkActivity, servers, told), told);
    }

    /** The words members typed under a check-in, waiting for its Log a touchpoint form: for /privacy. */
    public org.partnercoach.chat.PersonalData personalData() {
        return told;
    }

    /** Queues a reminder for each owner whose partners fell due. */
    public DuePlanner planner() {
        return planner;
    }

    /** Builds and records the reminder when it is sent. */
    public SendKind reminders() {
        return reminders;
    }

    /** {@code /partner cadence} and the reminders' buttons, menu and form. */
    public CultivateFeature feature() {
        return feature;
    }

    /**
     * "done" or "not now" typed right under a check-in reminder, answered with the reminder's button that does it;
     * {@code lastWalkActivity}: when the member last moved in a coaching walk (null: never), which the DM shows then.
     * Asked before the walks, which take every other line. {@code messenger} names the servers, to tell two servers'
     * check-ins in the one DM apart.
     */
    public Feature checkInReplies(Function<Caller, Instant> lastWalkActivity, Messenger messenger) {
        return replies.apply(lastWalkActivity, messenger);
    }

    /** Where partners' reminders stand, by the rule that sends them: for the coordinators' digest. */
    public CultivateOutlook outlook() {
        return outlook;
    }
}
