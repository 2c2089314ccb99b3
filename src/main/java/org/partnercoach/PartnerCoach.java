package org.partnercoach;

import org.partnercoach.outbox.OutboxJob;
import org.partnercoach.outbox.Courier;
import org.partnercoach.outbox.Outbox;
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
import org.partnercoach.coaching.CoachingFeature;
import org.partnercoach.coaching.Walks;
import org.partnercoach.config.AppConfig;
import org.partnercoach.help.HelpFeature;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.partners.Partners;
import org.partnercoach.reminders.Cultivate;
import org.partnercoach.reminders.PersonalReminders;
import org.partnercoach.reminders.ReminderFeature;
import org.partnercoach.settings.Prompts;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.settings.SettingsFeature;
import org.partnercoach.settings.ZoneOffer;
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

    private PartnerCoach(Database database, Router router, Scheduler scheduler, CoordinatorRoles coordinatorRoles,
                         Outbox outbox) {
        this.database = database;
        this.outbox = outbox;
        this.router = router;
        this.scheduler = scheduler;
        this.coordinatorRoles = coordinatorRoles;
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
            Partners partners = Partners.create(db, clock, messenger, walks, content,
                    Cultivate.status(db, settings, clock));
            Outbox outbox = new Outbox(db, OUTBOX_INSTANCE);
            outbox.releaseOwnClaims(clock.instant());
            Prompts prompts = new Prompts(db, clock);
            PersonalReminders personal = new PersonalReminders(outbox, settings, clock);
            Cultivate cultivate = Cultivate.create(db, clock, outbox, settings, partners.directory(),
                    partners.picker(), partners.actions(), content);
            List<Feature> features = List.of(
                    new CoachingFeature(walks, partners.subjectNames(), List.of(partners.walkFollowUp())),
                    partners.commands(),
                    partners.coalition(),
                    new SettingsFeature(settings, clock),
                    new ReminderFeature(personal, settings, partners.picker(), prompts),
                    cultivate.feature());
            features = ZoneOffer.around(HelpFeature.with(features), settings, prompts);
            List<ScheduledJob> jobs = List.of(
                    new OutboxJob(outbox, new Courier(messenger, settings), settings,
                            List.of(personal, cultivate.reminders()), List.of(cultivate.planner())));
            Router router = new Router(features, new MemberHomes(db));
            return new PartnerCoach(db, router, new Scheduler(jobs, clock),
                    guildId -> settings.of(guildId).coordinatorRoleId(), outbox);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
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

    public Scheduler scheduler() {
        return scheduler;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        scheduler.close();
        database.close();
    }
}
