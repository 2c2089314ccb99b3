package org.partnercoach;

import org.partnercoach.outbox.Courier;
import org.partnercoach.outbox.DuePlanner;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.OutboxHousekeeping;
import org.partnercoach.outbox.OutboxJob;
import org.partnercoach.outbox.SendKind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.partnercoach.chat.CoordinatorRoles;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.coaching.CoachingData;
import org.partnercoach.digest.DigestData;
import org.partnercoach.outbox.OutboxData;
import org.partnercoach.privacy.PrivacyFeature;
import org.partnercoach.settings.MemberSettingsData;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Router;
import org.partnercoach.chat.ScheduledJob;
import org.partnercoach.chat.Scheduler;
import org.partnercoach.chat.Transactions;
import org.partnercoach.coaching.CoachingFeature;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.coaching.WalkCards;
import org.partnercoach.coaching.Walks;
import org.partnercoach.digest.DigestFeature;
import org.partnercoach.digest.FailedSends;
import org.partnercoach.export.ExportFeature;
import java.util.ArrayList;
import org.partnercoach.config.AppConfig;
import org.partnercoach.config.Shards;
import org.partnercoach.help.HelpFeature;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.health.Heartbeat;
import org.partnercoach.network.Network;
import org.partnercoach.network.NetworkData;
import org.partnercoach.partners.Partners;
import org.partnercoach.reminders.Cultivate;
import org.partnercoach.reminders.PersonalReminders;
import org.partnercoach.reminders.ReminderFeature;
import org.partnercoach.settings.Prompts;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.sessions.SessionActivity;
import org.partnercoach.sessions.SessionFeature;
import org.partnercoach.settings.SettingsFeature;
import org.partnercoach.settings.ZoneOffer;
import org.partnercoach.storage.Backups;
import org.partnercoach.storage.Database;
import org.partnercoach.status.StatusFeature;
import org.partnercoach.status.Uptime;
import org.partnercoach.storage.MemberHomes;

/**
 * The composition root: builds storage, content and features once, and hands each only what it needs. Adapters
 * (Discord, console) sit on top of {@link #router()}; a feature is added here with one line.
 */
public final class PartnerCoach implements AutoCloseable {

    private final Database database;
    private final Router router;
    private final Scheduler scheduler;
    private final CoordinatorRoles coordinatorRoles;
    private final Outbox outbox;
    private final Walks walks;
    private final PartnerDirectory partners;
    private final ServerSettings settings;
    private final Heartbeat heartbeat;
    private final DigestFeature digest;
    private final SessionFeature sessions;
    private final java.util.concurrent.locks.ReadWriteLock inFlight;
    private final Uptime uptime;
    /** Every kind of message the outbox sends, as registered below. */
    private final List<SendKind> sendKinds;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private PartnerCoach(Database database, Router router, Scheduler scheduler, CoordinatorRoles coordinatorRoles,
                         Outbox outbox, Walks walks, PartnerDirectory partners, ServerSettings settings,
                         Heartbeat heartbeat, java.util.concurrent.locks.ReadWriteLock inFlight,
                         DigestFeature digest, SessionFeature sessions, Uptime uptime, List<SendKind> sendKinds) {
        this.sendKinds = sendKinds;
        this.sessions = sessions;
        this.uptime = uptime;
        this.inFlight = inFlight;
        this.digest = digest;
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
     * Starts drawing a sample picture on a thread of its own, once per process ({@code DigestChart.warmUp}): called
     * right after the bot is assembled, while Discord connects, so that the first digest preview or network map
     * after a start does not wait for Java's graphics and fonts to load.
     */
    public static java.util.concurrent.CompletableFuture<Integer> warmUpPictures() {
        return org.partnercoach.digest.DigestChart.warmUp();
    }

    /**
     * Opens the database and wires every feature.
     *
     * @param messenger how the bot sends messages on its own (DMs, channel posts) on the chosen platform
     */
    public static PartnerCoach assemble(AppConfig config, Clock clock, Messenger messenger) {
        return assemble(config, clock, messenger, Shards.ALL);
    }

    /**
     * Opens the database and wires every feature, for a process that runs only some of the bot's Discord shards:
     * the outbox claims only the sends of those shards' servers (the other processes send the rest).
     */
    public static PartnerCoach assemble(AppConfig config, Clock clock, Messenger messenger, Shards shards) {
        CurriculumLoader content = new CurriculumLoader(Path.of(config.curriculum().overrideDirectory()));
        Map<String, org.partnercoach.curriculum.Curriculum> curricula = Map.of(
                CurriculumLoader.FIVE_TIPS, content.load(CurriculumLoader.FIVE_TIPS),
                CurriculumLoader.ASK_YOURSELF, content.load(CurriculumLoader.ASK_YOURSELF),
                Partners.PLAN_CURRICULUM, content.load(Partners.PLAN_CURRICULUM));
        // every text is checked where it is shown, with the others it is shown with: each card a walk or a session
        // makes of the coalition's own content is built now through its view, and one that would be cut stops the
        // start, naming the file and the keys; so does a plan file of the folder that a session could not use. The
        // built-in files cannot change after the build, whose tests check them the same way (WalkCardsTest)
        for (String key : List.of(CurriculumLoader.FIVE_TIPS, CurriculumLoader.ASK_YOURSELF,
                Partners.PLAN_CURRICULUM)) {
            if (content.overridden(key)) {
                WalkCards.check(content.source(key), key, curricula.get(key),
                        key.equals(Partners.PLAN_CURRICULUM) ? Partners.LONGEST_NAME : null);
            }
        }
        SessionFeature.checkPlans(curricula, content);
        Database db = Database.open(config.database().settings());
        try {
            Prompts prompts = new Prompts(db, clock);
            Walks walks = new Walks(db, clock, curricula, prompts);
            // the name this process claims outbox rows under: its own on a database that several processes share
            String instance = config.scheduler().instanceName();
            db.claimInstance(instance);
            Outbox outbox = new Outbox(db, instance, shards);
            outbox.releaseOwnClaims(clock.instant());
            // sends held for someone's night are looked at again when their zone or the quiet hours change
            ServerSettings settings = new ServerSettings(db, clock, heldSendsOf(outbox));
            // the answers written in group sessions, and by whom: members who took part, for the digest and the
            // report; the words of a tip 1 session's answers, for the organizations the group named
            SessionActivity sessionActivity = new SessionActivity(db);
            // the servers the bot works for, as far as the database knows them (every table a planner or the outbox
            // sends from, read in one statement): on connecting, those Discord no longer lists removed the bot while
            // it was down (their messages then wait, and nothing is planned)
            MemberHomes homes = new MemberHomes(db, List.of(ServerSettings.SERVERS, PartnerDirectory.SERVERS,
                    DigestFeature.SERVERS, SessionFeature.SERVERS, Outbox.SERVERS));
            Partners partners = Partners.create(db, clock, outbox, messenger, walks, content,
                    Cultivate.status(db, outbox, settings, clock), settings, sessionActivity, homes);
            PersonalReminders personal = new PersonalReminders(outbox, settings, partners.directory(), clock);
            // who the platform last said left a server: check-ins and the value question send them nothing meanwhile
            org.partnercoach.chat.Departures departures = new org.partnercoach.chat.Departures(messenger);
            Cultivate cultivate = Cultivate.create(db, clock, outbox, settings, partners.directory(),
                    partners.picker(), partners.actions(), content, departures);
            WalkActivity walkActivity = new WalkActivity(db, walks, partners.subjectNames());
            // when a member last moved in a walk: a line typed under a reminder or question after that is the walk's
            java.util.function.Function<org.partnercoach.chat.Caller, java.time.Instant> lastWalk = who ->
                    walks.ofMember(who).stream().map(w -> w.walk().updatedAt())
                            .max(java.util.Comparator.naturalOrder()).orElse(null);
            // partnership health: the pulse after touchpoints, the network map, the quarterly report for funders
            Network.Parts network = Network.create(db, clock, outbox, settings, partners.history(),
                    partners.directory(), walkActivity, sessionActivity, messenger, departures, lastWalk);
            partners.attach(network.feature());
            // the coordinators' weekly digest and exports: read-only views of partners, walks, group sessions and
            // reminders; its active members are who took part as the quarterly report counts them
            // every kind of message the outbox sends: filled below, once each feature has made its own
            List<SendKind> kinds = new ArrayList<>();
            // how a message given up reads for coordinators, in the digest and /coach status: each kind names itself
            FailedSends failedSends = new FailedSends(kinds);
            DigestFeature.Parts digest = DigestFeature.create(db, clock, outbox, settings, partners.history(),
                    partners.directory(), walkActivity, sessionActivity, personal, cultivate.outlook(), messenger,
                    network.tookPart(), failedSends);
            Backups backups = new Backups(db);
            // the run-time check of coordinators' commands, which names the server's owner to those refused
            org.partnercoach.chat.Coordinators coordinators = new org.partnercoach.chat.Coordinators(messenger);
            ExportFeature export = new ExportFeature(partners.history(), walkActivity, settings, clock, coordinators);
            // group reflection sessions in threads
            SessionFeature sessions = SessionFeature.create(db, clock, outbox, messenger, curricula, content, walks,
                    List.of(partners.walkFollowUp()), partners.afterSession(), config.sessions().typedAnswers(),
                    settings);
            // what each package keeps about a member, for /privacy export and forget: one line each
            List<PersonalData> personalData = List.of(
                    new CoachingData(db, curricula, partners.subjectNames()),
                    partners.personalData(),
                    // before the outbox's: a forget edits the notes in session threads that named the member, which
                    // it finds through the outbox's rows of them
                    sessions.personalData(),
                    OutboxData.of(db, kinds, settings, clock),
                    MemberSettingsData.of(db),
                    DigestData.of(db),
                    NetworkData.of(db, partners.directory()),
                    cultivate.personalData(),
                    homes);
            Uptime uptime = new Uptime(clock);
            // every feature's commands, known once the router has them: a command mistyped in a DM gets the closest
            java.util.concurrent.atomic.AtomicReference<org.partnercoach.chat.CommandCatalogue> commands =
                    new java.util.concurrent.atomic.AtomicReference<>();
            List<Feature> features = List.of(
                    // a "sure, happy to" or "we met!" under an introduction request or its follow-up is about it
                    partners.introReplies(lastWalk),
                    // a "done" or "not now" under a check-in reminder answers the reminder, before the walks take it
                    cultivate.checkInReplies(lastWalk, messenger),
                    // so does one under a personal reminder ("snooze 1 hour", "remind me tomorrow")
                    personal.typedReplies(lastWalk),
                    // numbers typed under a value question are meant as ratings, which only its buttons give
                    network.typedRatings(),
                    new CoachingFeature(walks, partners.subjectNames(), List.of(partners.walkFollowUp()),
                            sessions.groupAnswers(), prompts, commands::get),
                    partners.commands(),
                    partners.coalition(),
                    new SettingsFeature(settings, prompts, clock, messenger,
                            config.discord() == null ? "" : config.discord().coordinatorRoleName(),
                            digest.feature()::afterZoneChange),
                    new ReminderFeature(personal, settings, partners.picker(), prompts),
                    cultivate.feature(),
                    digest.feature(),
                    export,
                    sessions,
                    network.feature(),
                    new PrivacyFeature(personalData, sessions::runningLedBy, digest.feature()::subscribed,
                            partners.history()::sectorName, settings, clock),
                    new StatusFeature(backups, db, outbox, clock, uptime, SendKind.worthSendingAgain(kinds),
                            failedSends, coordinators));
            features = ZoneOffer.around(HelpFeature.with(features), settings, prompts);
            // every kind of message the outbox sends, and what queues due work before each run: one line each
            kinds.addAll(List.of(
                    personal,
                    cultivate.reminders(),
                    partners.handovers(),
                    partners.plansGone(),
                    partners.ownerNews(),
                    partners.introRequests(),
                    partners.introAnswers(),
                    partners.introFollowUps(),
                    partners.introSomeoneKnows(),
                    partners.introGone(),
                    sessions.posts()));
            kinds.addAll(digest.kinds());
            kinds.addAll(network.kinds());
            List<DuePlanner> planners = List.of(cultivate.planner(), digest.planner(), sessions.planner(),
                    network.planner());
            Heartbeat heartbeat = new Heartbeat(Health.heartbeatFile(config));
            List<ScheduledJob> jobs = List.of(
                    new OutboxJob(outbox, new Courier(messenger, settings), settings, kinds, planners, clock),
                    sessions.counts(),
                    heartbeat,
                    // housekeeping: on a thread of its own while polling
                    new OutboxHousekeeping(outbox),
                    backups);
            java.util.concurrent.locks.ReadWriteLock inFlight = new java.util.concurrent.locks.ReentrantReadWriteLock();
            // every event from a server tells the memory of who left that its member is there (per process)
            Router router = new Router(features, homes, transactionsOf(db, inFlight),
                    CoachingFeature.greeting(), departures, clock);
            commands.set(router.catalogue());
            return new PartnerCoach(db, router, new Scheduler(jobs, clock),
                    guildId -> settings.of(guildId).coordinatorRoleIn(guildId), outbox, walks, partners.directory(),
                    settings, heartbeat, inFlight, digest.feature(), sessions, uptime,
                    List.copyOf(kinds));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * A change of a member's zone, or of a server's zone or quiet hours, makes the outbox look again at the sends
     * held for the night of the people it concerns, in the change's transaction.
     */
    private static org.partnercoach.settings.TimesListener heldSendsOf(Outbox outbox) {
        return new org.partnercoach.settings.TimesListener() {
            @Override
            public void memberZoneChanged(java.sql.Connection c, long guildId, long userId, java.time.Instant now)
                    throws java.sql.SQLException {
                outbox.reconsiderHeld(c, guildId, userId, now);
            }

            @Override
            public void serverTimesChanged(java.sql.Connection c, long guildId, java.util.Collection<Long> unaffected,
                                           java.time.Instant now) throws java.sql.SQLException {
                outbox.reconsiderHeldExcept(c, guildId, unaffected, now);
            }
        };
    }

    /**
     * Each member action runs in one database transaction, joined by every read and write inside it. Actions hold
     * the shared side of {@link #IN_FLIGHT}; {@link #close()} takes the exclusive side, so a stop waits for the
     * actions in progress to commit before the database closes.
     */
    private static Transactions transactionsOf(Database db, java.util.concurrent.locks.ReadWriteLock inFlight) {
        return new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                inFlight.readLock().lock();
                try {
                    return db.transaction(work);
                } finally {
                    inFlight.readLock().unlock();
                }
            }

            @Override
            public <T> T readOnly(java.util.function.Supplier<T> work) {
                inFlight.readLock().lock();
                try {
                    return db.readOnlyTransaction(work);
                } finally {
                    inFlight.readLock().unlock();
                }
            }
        };
    }

    /** How long a stop waits for member actions in progress. */
    private static final java.time.Duration IN_FLIGHT_WAIT = java.time.Duration.ofSeconds(10);

    public Router router() {
        return router;
    }

    /** The coordinator role each server chose, for adapters deciding who is a coordinator. */
    public CoordinatorRoles coordinatorRoles() {
        return coordinatorRoles;
    }

    /** The database, for an adapter that keeps a table of its own (the console's member names). */
    public Database database() {
        return database;
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

    /** The coordinators' weekly digest, for building one outside its schedule (the benchmark). */
    public DigestFeature digest() {
        return digest;
    }

    /** Group reflection sessions, for the console's note on a line typed in a session's thread. */
    public SessionFeature sessions() {
        return sessions;
    }

    /** How long the bot has been up, for {@code /coach status}; the console starts it again once its clock is set. */
    public Uptime uptime() {
        return uptime;
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

    /** Every kind of message the outbox sends, for checks over all of them. */
    public List<SendKind> sendKinds() {
        return sendKinds;
    }

    /** Connections and commits so far, to check that each member action takes one of each at most. */
    public Database.Usage databaseUsage() {
        return database.usage();
    }

    /**
     * Stops the bot: the scheduler's run in progress ends (or leaves its outbox rows claimed, released at the next
     * start), member actions in progress commit (waiting up to 10 seconds), then the database closes. Safe to call
     * twice (a stop signal and the normal end).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        scheduler.close();
        boolean idle = false;
        try {
            idle = inFlight.writeLock().tryLock(IN_FLIGHT_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (idle) {
                database.closeAtStop(); // may rewrite the file: only with no action in flight
            } else {
                database.close();
            }
        } finally {
            if (idle) {
                inFlight.writeLock().unlock();
            }
        }
    }
}
