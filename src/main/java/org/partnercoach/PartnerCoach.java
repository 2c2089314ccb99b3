package org.partnercoach;

import org.partnercoach.outbox.Courier;
import org.partnercoach.outbox.DuePlanner;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.OutboxJob;
import org.partnercoach.outbox.SendKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.partnercoach.chat.CoordinatorRoles;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Router;
import org.partnercoach.chat.ScheduledJob;
import org.partnercoach.chat.Scheduler;
import org.partnercoach.chat.Transactions;
import org.partnercoach.coaching.CoachingFeature;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.coaching.Walks;
import org.partnercoach.digest.DigestFeature;
import org.partnercoach.export.ExportFeature;
import java.util.ArrayList;
import org.partnercoach.config.AppConfig;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.health.Heartbeat;
import org.partnercoach.network.Network;
import org.partnercoach.partners.Partners;
import org.partnercoach.reminders.Cultivate;
import org.partnercoach.reminders.PersonalReminders;
import org.partnercoach.reminders.ReminderFeature;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.settings.SettingsFeature;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MemberHomes;

/**
 * The composition root: builds storage, content and features once, and hands each only what it needs. Adapters
 * (Discord, console) sit on top of {@link #router()}; a feature is added here with one line.
 */
public final class PartnerCoach implements AutoCloseable {

    /** The name this process claims outbox rows under (one process per database for now). */
    static final String OUTBOX_INSTANCE = "main";

    private final Database database;
    private final Router router;
    private final Scheduler scheduler;
    private final CoordinatorRoles coordinatorRoles;
    private final Outbox outbox;
    private final Walks walks;
    private final PartnerDirectory partners;
    private final ServerSettings settings;
    private final Heartbeat heartbeat;

    private PartnerCoach(Database database, Router router, Scheduler scheduler, CoordinatorRoles coordinatorRoles,
                         Outbox outbox, Walks walks, PartnerDirectory partners, ServerSettings settings,
                         Heartbeat heartbeat) {
        this.database = database;
        this.walks = walks;
        this.partners = partners;
        this.settings = settings;
        this.outbox = outbox;
        this.router = router;
        this.scheduler = scheduler;
        this.coordinatorRoles = coordinatorRoles;
        this.heartbeat = heartbeat;
    }

    /**
     * Opens the database and wires every feature.
     *
     * @param messenger how the bot sends messages on its own (DMs, channel posts) on the chosen platform
     */
    public static PartnerCoach assemble(AppConfig config, Clock clock, Messenger messenger) {
        CurriculumLoader content = new CurriculumLoader(Path.of(config.curriculum().overrideDirectory()));
        Map<String, org.partnercoach.curriculum.Curriculum> curricula = Map.of(
                CurriculumLoader.FIVE_TIPS, content.load(CurriculumLoader.FIVE_TIPS),
                CurriculumLoader.ASK_YOURSELF, content.load(CurriculumLoader.ASK_YOURSELF),
                Partners.PLAN_CURRICULUM, content.load(Partners.PLAN_CURRICULUM));
        Database db = Database.open(config.database().url());
        try {
            Walks walks = new Walks(db, clock, curricula);
            ServerSettings settings = new ServerSettings(db, clock);
            Outbox outbox = new Outbox(db, OUTBOX_INSTANCE);
            outbox.releaseOwnClaims(clock.instant());
            Partners partners = Partners.create(db, clock, outbox, walks, content);
            PersonalReminders personal = new PersonalReminders(outbox, settings, clock);
            Cultivate cultivate = Cultivate.create(db, clock, outbox, settings, partners.directory(),
                    partners.picker(), partners.actions(), content);
            // the coordinators' weekly digest and exports: read-only views of partners, walks and reminders
            WalkActivity walkActivity = new WalkActivity(db, walks);
            DigestFeature.Parts digest = DigestFeature.create(db, clock, outbox, settings, partners.history(),
                    partners.directory(), walkActivity, personal);
            ExportFeature export = new ExportFeature(partners.history(), walkActivity, settings, clock);
            // partnership health: the pulse after touchpoints, the network map, the quarterly report for funders
            Network.Parts network = Network.create(db, clock, outbox, settings, partners.history(),
                    partners.directory(), walkActivity);
            partners.attach(network.feature());
            List<Feature> features = List.of(
                    new CoachingFeature(walks, partners.subjectNames(), List.of(partners.walkFollowUp())),
                    partners.commands(),
                    partners.coalition(),
                    new SettingsFeature(settings, clock),
                    new ReminderFeature(personal, settings, partners.picker()),
                    cultivate.feature(),
                    digest.feature(),
                    export,
                    network.feature());
            // every kind of message the outbox sends, and what queues due work before each run: one line each
            List<SendKind> kinds = new ArrayList<>(List.of(
                    personal,
                    cultivate.reminders(),
                    partners.handovers(),
                    partners.introRequests(),
                    partners.introAnswers()));
            kinds.addAll(digest.kinds());
            kinds.addAll(network.kinds());
            List<DuePlanner> planners = List.of(cultivate.planner(), digest.planner(), network.planner());
            Heartbeat heartbeat = new Heartbeat(Health.heartbeatFile(config));
            List<ScheduledJob> jobs = List.of(
                    new OutboxJob(outbox, new Courier(messenger, settings), settings, kinds, planners),
                    heartbeat);
            Router router = new Router(features, new MemberHomes(db), transactionsOf(db));
            return new PartnerCoach(db, router, new Scheduler(jobs, clock),
                    guildId -> settings.of(guildId).coordinatorRoleId(), outbox, walks, partners.directory(),
                    settings, heartbeat);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Each member action runs in one database transaction, joined by every read and write inside it. */
    private static Transactions transactionsOf(Database db) {
        return new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return db.transaction(work);
            }

            @Override
            public <T> T readOnly(java.util.function.Supplier<T> work) {
                return db.readOnlyTransaction(work);
            }
        };
    }

    public Router router() {
        return router;
    }

    /** The coordinator role each server chose, for adapters deciding who is a coordinator. */
    public CoordinatorRoles coordinatorRoles() {
        return coordinatorRoles;
    }

    /** Every message the bot sends on its own, queued, sent or given up. */
    public Outbox outbox() {
        return outbox;
    }

    /** The coaching walks, as other features and checks read them. */
    public Walks walks() {
        return walks;
    }

    /** The outreach list, as other features and checks read it. */
    public PartnerDirectory partners() {
        return partners;
    }

    public ServerSettings settings() {
        return settings;
    }

    /** The sign of life the container's health check reads; the Discord adapter says when it is connected. */
    public Heartbeat heartbeat() {
        return heartbeat;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /** Connections and commits so far, to check that each member action takes one of each at most. */
    public Database.Usage databaseUsage() {
        return database.usage();
    }

    @Override
    public void close() {
        scheduler.close();
        database.close();
    }
}
