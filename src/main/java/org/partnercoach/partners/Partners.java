package org.partnercoach.partners;

import java.time.Clock;
import org.partnercoach.chat.HomeServer;
import org.partnercoach.chat.Messenger;
import org.partnercoach.coaching.AnswerFollowUp;
import org.partnercoach.coaching.SubjectNames;
import org.partnercoach.coaching.Walks;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.sessions.AfterSession;
import org.partnercoach.sessions.SessionActivity;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/**
 * Builds the outreach list's parts once, for the composition root: its two features, the names of walk subjects,
 * the follow-up that turns a walk answer into partners, and the directory other features read.
 */
public final class Partners {

    /** The curriculum that {@code /partner coach} walks: the 5 tips applied to one partner. */
    public static final String PLAN_CURRICULUM = "partner-plan";

    /**
     * A partner's name as long as a message can show one: as many characters as a name takes, every other one a mark
     * that shows escaped ({@code _}), for checking at start-up that the plan's cards fit with any partner's name.
     */
    public static final String LONGEST_NAME = "A_".repeat(PartnerInput.MAX_NAME / 2);

    private final PartnerDirectory directory;
    private final PartnerPicker picker;
    private final PartnerFeature commands;
    private final CoalitionFeature coalition;
    private final WalkToList walkToList;
    private final PartnerActions actions;
    private final HandoverNotice handovers;
    private final PlanGoneNotice plansGone;
    private final OwnerNotice ownerNews;
    private final IntroFlow intros;
    private final PartnerHistory history;
    private final PartnerAddOns.Slot addOns;
    private final PartnersData personalData;

    private Partners(PartnerDirectory directory, PartnerPicker picker, PartnerFeature commands,
                     CoalitionFeature coalition, WalkToList walkToList, PartnerActions actions,
                     HandoverNotice handovers, PlanGoneNotice plansGone, OwnerNotice ownerNews, IntroFlow intros,
                     PartnerHistory history, PartnerAddOns.Slot addOns, PartnersData personalData) {
        this.personalData = personalData;
        this.history = history;
        this.addOns = addOns;
        this.directory = directory;
        this.picker = picker;
        this.commands = commands;
        this.coalition = coalition;
        this.walkToList = walkToList;
        this.actions = actions;
        this.handovers = handovers;
        this.plansGone = plansGone;
        this.ownerNews = ownerNews;
        this.intros = intros;
    }

    /**
     * @param outbox    where the DMs a command causes (introduction requests, handovers) are queued
     * @param messenger asked, before {@code /partner intro}, which of those who know someone there left the server
     * @param reminders how each partner's reminders stand, shown on its page and after a touchpoint
     * @param settings  each member's time zone: the days they type and read touchpoints in
     * @param homes     the server a member's DMs belong to, whose members a page or button in a DM asks about
     */
    public static Partners create(Database db, Clock clock, Outbox outbox, Messenger messenger, Walks walks,
                                  CurriculumLoader content, ReminderStatus reminders, ServerSettings settings,
                                  SessionActivity sessions, HomeServer homes) {
        Sectors sectors = Sectors.load(content);
        PartnerStore store = new PartnerStore();
        // names stored under an older rule get today's key, so duplicates are caught the same way for all
        db.write(store::rekey);
        TouchpointStore touchpoints = new TouchpointStore();
        IntroStore intros = new IntroStore();
        PartnerDirectory directory = new PartnerDirectory(db, clock, store, touchpoints, intros);
        PartnerLookup lookup = new PartnerLookup(db, store);
        PartnerService service = new PartnerService(db, clock, store, lookup, directory, intros, sectors,
                reminders, settings);
        PartnerView view = new PartnerView(sectors, clock, reminders, settings);
        WalkToList walkToList = new WalkToList(db, clock, walks, store, service, sectors, view, sessions);
        HandoverNotice handovers = new HandoverNotice(db, outbox, store);
        OwnerNotice ownerNews = new OwnerNotice(db, clock, outbox, store, settings);
        PlanGoneNotice plansGone = new PlanGoneNotice(db, clock, outbox, ownerNews, store, walks);
        IntroFlow introFlow = new IntroFlow(db, clock, outbox, intros, store, directory, messenger);
        PartnerAddOns.Slot addOns = new PartnerAddOns.Slot();
        PartnerCoaching coaching = new PartnerCoaching(walks, plansGone);
        PartnerFeature commands = new PartnerFeature(service, lookup,
                new PartnerBrowser(db, store, new PartnerPageStore(), walks, sectors, view, introFlow), coaching,
                introFlow, new WhoLeft(db, intros, messenger, homes), walkToList, view, sectors, handovers, ownerNews,
                addOns, clock);
        return new Partners(directory, new PartnerPicker(lookup, sectors), commands,
                new CoalitionFeature(directory, new GapsReport(sectors), addOns), walkToList,
                new PartnerActions(service, coaching), handovers, plansGone, ownerNews, introFlow,
                new PartnerHistory(db, store, sectors, new GapsReport(sectors)), addOns,
                new PartnersData(db, clock, reminders, intros, introFlow.gone()));
    }

    /** What another feature adds to the list's replies and to {@code /coalition} (attach once, before routing). */
    public void attach(PartnerAddOns more) {
        addOns.attach(more);
    }

    /** What the list holds about a member, for {@code /privacy export} and {@code /privacy forget}. */
    public PartnersData personalData() {
        return personalData;
    }

    /** The list's history and whole-list rows, for the coordinators' digest and exports. */
    public PartnerHistory history() {
        return history;
    }

    /** The DM to a member a partner was handed to, for the outbox. */
    public SendKind handovers() {
        return handovers;
    }

    /**
     * The DM to members whose plan for a partner went when the partner was deleted, or was paused when it moved on,
     * and that it waits once the partner is back, for the outbox.
     */
    public SendKind plansGone() {
        return plansGone;
    }

    /**
     * The DM to the member who looks after a partner someone else archived, restored or deleted, for the outbox.
     */
    public SendKind ownerNews() {
        return ownerNews;
    }

    /** The DMs telling members waiting for an introduction that it will not come, for the outbox. */
    public SendKind introGone() {
        return intros.gone();
    }

    /** The DMs asking helpers for an introduction, for the outbox. */
    public SendKind introRequests() {
        return intros.asks();
    }

    /** The DMs telling a member what came of their introduction request, for the outbox. */
    public SendKind introAnswers() {
        return intros.answers();
    }

    /** The DMs asking a member, a week after a helper agreed, whether the introduction happened, for the outbox. */
    public SendKind introFollowUps() {
        return intros.followUps();
    }

    /** The DMs telling a member who found nobody to ask that someone now knows someone there, for the outbox. */
    public SendKind introSomeoneKnows() {
        return intros.someoneKnows();
    }

    /**
     * A reply typed in the DM under an introduction request or its follow-up, before the walks take it as an answer.
     *
     * @param lastWalkActivity when the member last did something in a walk (null: never)
     */
    public org.partnercoach.chat.Feature introReplies(
            java.util.function.Function<org.partnercoach.chat.Caller, java.time.Instant> lastWalkActivity) {
        return intros.typedReplies(lastWalkActivity);
    }

    /** {@code /partner ...} */
    public PartnerFeature commands() {
        return commands;
    }

    /** {@code /coalition gaps} */
    public CoalitionFeature coalition() {
        return coalition;
    }

    /** Partner names for walks about a partner. */
    public SubjectNames subjectNames() {
        return new SubjectNames() {
            @Override
            public String nameOf(long guildId, long subjectId) {
                return directory.nameOf(guildId, subjectId);
            }

            @Override
            public java.util.Map<Long, String> namesOf(long guildId, java.util.Set<Long> subjectIds) {
                return subjectIds.isEmpty() ? java.util.Map.of() : directory.namesOf(guildId, subjectIds);
            }

            @Override
            public boolean setAside(long guildId, long subjectId) {
                return subjectId != 0 && !directory.movedOnAmong(guildId, java.util.List.of(subjectId)).isEmpty();
            }

            @Override
            public java.util.Set<Long> setAsideAmong(long guildId, java.util.Set<Long> subjectIds) {
                return subjectIds.isEmpty() ? java.util.Set.of() : directory.movedOnAmong(guildId, subjectIds);
            }

            @Override
            public java.util.Optional<String> deletion(long guildId, long subjectId) {
                return subjectId <= 0 ? java.util.Optional.empty() : directory.deletionOf(guildId, subjectId);
            }
        };
    }

    /** Offers to add the organizations a member names in the 5 tips walk. */
    public AnswerFollowUp walkFollowUp() {
        return walkToList;
    }

    /** Check and add for whoever ends a tip 1 group session, with the organizations the group named. */
    public AfterSession afterSession() {
        return walkToList;
    }

    /** Partner options for other features' commands: suggestions and the partner a name means. */
    public PartnerPicker picker() {
        return picker;
    }

    /** Changes other features make on a member's behalf, under the list's rules (cadence, archive). */
    public PartnerActions actions() {
        return actions;
    }

    /** The read API (and touchpoint logging) for other features such as reminders. */
    public PartnerDirectory directory() {
        return directory;
    }
}
