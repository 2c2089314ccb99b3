package org.partnercoach.partners;

import java.time.Clock;
import org.partnercoach.chat.Messenger;
import org.partnercoach.coaching.AnswerFollowUp;
import org.partnercoach.coaching.SubjectNames;
import org.partnercoach.coaching.Walks;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.storage.Database;

/**
 * Builds the outreach list's parts once, for the composition root: its two features, the names of walk subjects,
 * the follow-up that turns a walk answer into partners, and the directory other features read.
 */
public final class Partners {

    /** The curriculum that {@code /partner coach} walks: the 5 tips applied to one partner. */
    public static final String PLAN_CURRICULUM = "partner-plan";

    private final PartnerDirectory directory;
    private final PartnerPicker picker;
    private final PartnerCommands commands;
    private final CoalitionCommands coalition;
    private final WalkToList walkToList;
    private final PartnerActions actions;

    private Partners(PartnerDirectory directory, PartnerPicker picker, PartnerCommands commands,
                     CoalitionCommands coalition, WalkToList walkToList, PartnerActions actions) {
        this.directory = directory;
        this.picker = picker;
        this.commands = commands;
        this.coalition = coalition;
        this.walkToList = walkToList;
        this.actions = actions;
    }

    /** @param reminders how each partner's reminders stand, shown on its page and after a touchpoint */
    public static Partners create(Database db, Clock clock, Messenger messenger, Walks walks,
                                  CurriculumLoader content, ReminderStatus reminders) {
        Sectors sectors = Sectors.load(content);
        PartnerStore store = new PartnerStore();
        TouchpointStore touchpoints = new TouchpointStore();
        IntroStore intros = new IntroStore();
        PartnerDirectory directory = new PartnerDirectory(db, clock, store, touchpoints);
        PartnerLookup lookup = new PartnerLookup(db, store);
        PartnerService service = new PartnerService(db, clock, store, lookup, directory, intros, sectors);
        PartnerView view = new PartnerView(sectors, clock, reminders);
        WalkToList walkToList = new WalkToList(db, walks, store, service, sectors);
        PartnerCommands commands = new PartnerCommands(service, lookup,
                new PartnerBrowser(db, store, touchpoints, intros, walks, sectors, view), new PartnerCoaching(walks),
                new IntroFlow(db, clock, messenger, intros, store), walkToList, view, sectors, messenger);
        return new Partners(directory, new PartnerPicker(lookup, sectors), commands,
                new CoalitionCommands(directory, new GapsReport(sectors)), walkToList,
                new PartnerActions(service));
    }

    /** {@code /partner ...} */
    public PartnerCommands commands() {
        return commands;
    }

    /** {@code /coalition gaps} */
    public CoalitionCommands coalition() {
        return coalition;
    }

    /** Partner names for walks about a partner. */
    public SubjectNames subjectNames() {
        return directory::nameOf;
    }

    /** Offers to add the organizations a member names in the 5 tips walk. */
    public AnswerFollowUp walkFollowUp() {
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
