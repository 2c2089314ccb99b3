package org.partnercoach.partners;

import java.util.List;
import java.util.Set;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Confirmation;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Router;
import org.partnercoach.chat.Shown;

/**
 * {@code /partner ...}: the coalition's outreach list. This class declares the commands and sends each command,
 * button and menu to the part that handles it; the rules live in {@link PartnerService}.
 */
public final class PartnerFeature implements Feature {

    /** Each command path, written once: the spec, the dispatch and tests share these. */
    public static final class Paths {
        public static final String ADD = "partner add";
        public static final String LIST = "partner list";
        public static final String SHOW = "partner show";
        public static final String STAGE = "partner stage";
        public static final String EDIT = "partner edit";
        public static final String OWNER = "partner owner";
        public static final String LOG = "partner log";
        public static final String ARCHIVE = "partner archive";
        public static final String RESTORE = "partner restore";
        public static final String DELETE = "partner delete";
        public static final String KNOW = "partner know";
        public static final String UNKNOW = "partner unknow";
        public static final String INTRO = "partner intro";
        public static final String COACH = "partner coach";

        private Paths() {
        }
    }

    public static final String PARTNER = "partner";
    public static final String NAME = "name";
    public static final String SECTOR = "sector";
    public static final String CONTACT = "contact";
    public static final String NOTES = "notes";
    public static final String STAGE = "stage";
    public static final String MINE = "mine";
    public static final String MEMBER = "member";
    public static final String WHAT = "what";
    public static final String KIND = "kind";
    public static final String WHEN = "when";
    public static final String REASON = "reason";
    public static final String CADENCE = "cadence";

    private final PartnerService service;
    private final PartnerLookup lookup;
    private final PartnerBrowser browser;
    private final PartnerCoaching coaching;
    private final IntroFlow intros;
    private final WhoLeft whoLeft;
    private final WalkToList walkToList;
    private final PartnerView view;
    private final Sectors sectors;
    private final HandoverNotice handovers;
    private final OwnerNotice ownerNews;

    private final PartnerAddOns addOns;
    /** What a coordinator reads when the owner of a partner she archived or restored has left the server. */
    private static final String HAND_IT_ON = "`/partner owner` hands it to someone who is here.";
    /** The confirm's Delete for good button. */
    private static final String DELETE_BUTTON = "delete";
    /** When a Delete for good button was shown, and whether it is still in time. */
    private final java.time.Clock clock;

    PartnerFeature(PartnerService service, PartnerLookup lookup, PartnerBrowser browser, PartnerCoaching coaching,
                   IntroFlow intros, WhoLeft whoLeft, WalkToList walkToList, PartnerView view, Sectors sectors,
                   HandoverNotice handovers, OwnerNotice ownerNews, PartnerAddOns addOns, java.time.Clock clock) {
        this.ownerNews = ownerNews;
        this.addOns = addOns;
        this.clock = clock;
        this.service = service;
        this.lookup = lookup;
        this.browser = browser;
        this.coaching = coaching;
        this.intros = intros;
        this.whoLeft = whoLeft;
        this.walkToList = walkToList;
        this.view = view;
        this.sectors = sectors;
        this.handovers = handovers;
    }

    @Override
    public List<CommandSpec> commands() {
        OptionSpec partner = OptionSpec.text(PARTNER, "The partner organization").mandatory().withAutocomplete();
        OptionSpec sector = OptionSpec.text(SECTOR, "The part of the community it belongs to")
                .withChoices(sectors.choices());
        return List.of(CommandSpec.group(PARTNER, "The coalition's outreach list",
                CommandSpec.leaf(Paths.ADD, "Add an organization to the outreach list",
                        OptionSpec.text(NAME, "The organization's name").mandatory()
                                .withLength(1, PartnerInput.MAX_NAME),
                        sector.mandatory(),
                        OptionSpec.text(CONTACT, "Who to talk to there, and how"),
                        OptionSpec.text(NOTES, "Anything worth knowing")),
                CommandSpec.leaf(Paths.LIST, "The outreach list, newest activity first",
                        OptionSpec.text(STAGE, "Only this stage").withChoices(Stage.choices(List.of(Stage.values()))),
                        sector,
                        OptionSpec.of(MINE, OptionSpec.Type.BOOLEAN, "Only the partners you look after")),
                CommandSpec.leaf(Paths.SHOW, "Everything we know about one partner", partner)
                        // Discord is asked first whether its owner and those who know someone there are members
                        .deferred(),
                CommandSpec.leaf(Paths.STAGE, "Move a partner to another stage", partner,
                        OptionSpec.text(STAGE, "The new stage").mandatory()
                                .withChoices(Stage.choices(Stage.movable()))),
                CommandSpec.leaf(Paths.EDIT, "Change a partner's name, sector, contact, notes or cadence", partner,
                        OptionSpec.text(NAME, "A new name"),
                        sector,
                        OptionSpec.text(CONTACT, "Who to talk to there (- clears it)"),
                        OptionSpec.text(NOTES, "Notes (- clears them)"),
                        OptionSpec.integer(CADENCE, "Days between touchpoints (0: the server's default)", 0,
                                PartnerInput.MAX_CADENCE_DAYS)),
                CommandSpec.leaf(Paths.OWNER, "Hand a partner to another member to look after", partner,
                        OptionSpec.of(MEMBER, OptionSpec.Type.USER, "Who will look after it").mandatory())
                        // a member asking to be handed someone else's partner: Discord is asked whether its owner left
                        .deferred(),
                CommandSpec.leaf(Paths.LOG, "Record a contact with a partner", partner,
                        OptionSpec.text(WHAT, "What happened").mandatory(),
                        OptionSpec.text(KIND, "Meeting, call, email, intro, event or note")
                                .withChoices(Touchpoint.Kind.choices()),
                        OptionSpec.text(WHEN, "today, yesterday, 3 days ago, a week ago, friday, Nov 20, or 2026-03-01")),
                // as /partner owner: a member refused may be told that its owner left, which Discord is asked first
                CommandSpec.leaf(Paths.ARCHIVE, "We've moved on from this partner (reversible)", partner,
                        OptionSpec.text(REASON, "Why, in a few words")).deferred(),
                CommandSpec.leaf(Paths.RESTORE, "Bring a moved-on partner back to the list", partner).deferred(),
                CommandSpec.leaf(Paths.DELETE, "Delete a partner added by mistake (its owner or a coordinator)",
                        partner).deferred(),
                CommandSpec.leaf(Paths.KNOW, "Say that you know someone at a partner", partner),
                CommandSpec.leaf(Paths.UNKNOW, "Take back that you know someone at a partner", partner),
                CommandSpec.leaf(Paths.INTRO, "Ask the members who know someone there for an introduction", partner)
                        .deferred(),
                CommandSpec.leaf(Paths.COACH, "Plan your approach to one partner with the 5 tips", partner)));
    }

    @Override
    public Set<String> componentPrefixes() {
        return Set.of(PartnerView.FEATURE);
    }

    /**
     * {@code /partner intro} asks the platform first which of those who know someone there left the server (and,
     * once the coalition is in touch with the partner, its owner: the reply points to them), {@code /partner
     * show} which of them and its owner did, so that its page says so, and {@code /partner owner}, {@code archive},
     * {@code restore} and {@code delete}, run by a member who neither looks after the partner nor is a coordinator,
     * whether its owner left, so that her refusal points to a coordinator only ({@link WhoMay}); {@code /partner
     * owner}, {@code archive} and {@code restore} run by a coordinator on a partner someone else looks after, whether
     * that owner left, so that the reply promises her no DM and none is queued ({@link OwnerNotice}).
     */
    @Override
    public Inbound.Command beforeTransaction(Inbound.Command command) {
        java.util.function.Function<Caller, Partner> partner = at -> service.find(at,
                PartnerRef.typed(option(command, PARTNER)));
        return switch (command.path()) {
            case Paths.INTRO -> whoLeft.forIntro(command.caller(), partner).map(command::withPrepared).orElse(command);
            case Paths.SHOW -> whoLeft.forPage(command.caller(), partner).map(command::withPrepared).orElse(command);
            case Paths.OWNER -> whoLeft.forOwnerOnly(command.caller(), partner, p -> true, true)
                    .map(command::withPrepared).orElse(command);
            // the confirm changes nothing and tells nobody: a coordinator asks at Delete for good
            case Paths.DELETE -> whoLeft.forOwnerOnly(command.caller(), partner, p -> true, false)
                    .map(command::withPrepared).orElse(command);
            case Paths.ARCHIVE -> whoLeft.forOwnerOnly(command.caller(), partner, Partner::active, true)
                    .map(command::withPrepared).orElse(command);
            case Paths.RESTORE -> whoLeft.forOwnerOnly(command.caller(), partner, p -> !p.active(), true)
                    .map(command::withPrepared).orElse(command);
            default -> command;
        };
    }

    /**
     * The page's **Ask for an introduction** button, the same button in a DM (once someone knows someone there), and
     * a page opened from the list's menu, ask as the commands do.
     */
    @Override
    public Inbound beforeComponent(Inbound component) {
        if (component instanceof Inbound.ButtonPress press
                && press.customId().action().equals(PartnerView.INTRO_BUTTON)) {
            return whoLeft.forIntro(press.caller(), at -> byId(at, press.customId(), Paths.INTRO))
                    .map(press::withPrepared).orElse(press);
        }
        // a request's answer: whether the member who asked is still here, so that no DM is promised to one gone
        if (component instanceof Inbound.ButtonPress press && IntroFlow.isAnswer(press.customId())) {
            return intros.beforeAnswer(press);
        }
        if (component instanceof Inbound.ButtonPress press && press.customId().action().equals(IntroFlow.ASK_FROM_DM)) {
            Caller there = IntroFlow.askerThere(press.caller(), press.customId());
            return whoLeft.forIntro(there, at -> IntroFlow.partnerAsked(at, press.customId(), service))
                    .map(press::withPrepared).orElse(press);
        }
        // Delete for good, pressed by a member no longer its owner nor a coordinator: as /partner delete, whether its
        // owner left, so that the refusal never asks her to ask someone gone; by a coordinator, on a partner someone
        // else looks after, whether she left, so that her news is neither promised nor queued
        if (component instanceof Inbound.ButtonPress press && press.customId().action().equals(DELETE_BUTTON)) {
            return whoLeft.forOwnerOnly(press.caller(), at -> byId(at, press.customId(), Paths.SHOW), p -> true, true)
                    .map(press::withPrepared).orElse(press);
        }
        if (component instanceof Inbound.Selection menu && menu.customId().action().equals(PartnerView.OPEN_MENU)) {
            return whoLeft.forPage(menu.caller(), at -> opened(at, menu)).map(menu::withPrepared).orElse(menu);
        }
        return component;
    }

    @Override
    public boolean asksFirst(CustomId id) {
        return id.action().equals(PartnerView.INTRO_BUTTON) || id.action().equals(IntroFlow.ASK_FROM_DM)
                || id.action().equals(PartnerView.OPEN_MENU) || IntroFlow.isAnswer(id);
    }

    /**
     * Delete for good asks the platform (whether its owner left) only for a member who is not the one who looked after
     * it when the confirm was shown (its id says who): one who is not a coordinator (demoted, or who handed it on,
     * since), for her refusal; a coordinator when someone else looked after it, for the DM that tells her. Everyone
     * else is answered at once, the answer taking the confirm's place.
     */
    @Override
    public boolean asksFirst(Inbound component, CustomId id) {
        if (id.action().equals(DELETE_BUTTON)) {
            long shownOwner = id.longArg(2);
            return shownOwner != component.caller().userId() && (!component.caller().coordinator() || shownOwner != 0);
        }
        return asksFirst(id);
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        Caller who = command.caller();
        PartnerRef partner = PartnerRef.typed(option(command, PARTNER));
        return switch (command.path()) {
            case Paths.ADD -> added(who, service.add(who, option(command, NAME), option(command, SECTOR),
                    option(command, CONTACT), option(command, NOTES)));
            case Paths.LIST -> browser.list(who, option(command, STAGE), option(command, SECTOR),
                    option(command, MINE));
            case Paths.SHOW -> {
                Partner p = service.find(who, partner);
                yield shown(who, p, WhoLeft.Gone.of(command, p));
            }
            case Paths.STAGE -> moved(service.stage(who, partner, option(command, STAGE)));
            case Paths.EDIT -> view.edited(service.edit(who, partner, new PartnerService.Changes(
                    givenBlank(command, NAME), option(command, SECTOR), option(command, CONTACT),
                    option(command, NOTES), option(command, CADENCE))), option(command, CADENCE) != null,
                    who);
            case Paths.OWNER -> {
                command.requirePerson(MEMBER, "look after a partner: it can't meet them or log a touchpoint",
                        "a member of the coalition", "/partner owner partner:\"Food Bank\" member:@ana");
                PartnerService.Handed handed = service.owner(who, partner, option(command, MEMBER), handovers,
                        ownerNews, p -> WhoLeft.Gone.of(command, p));
                yield owner(who, handed, WhoLeft.Gone.of(command, handed.partner()));
            }
            case Paths.LOG -> loggedWithAddOns(who, service.log(who, partner, option(command, WHAT),
                    option(command, KIND), option(command, WHEN)));
            case Paths.ARCHIVE -> {
                PartnerService.Archived archived = service.archive(who, partner, option(command, REASON),
                        q -> WhoLeft.Gone.of(command, q));
                yield archived(who, archived, WhoLeft.Gone.of(command, archived.partner()));
            }
            case Paths.RESTORE -> {
                PartnerService.Restored restored = service.restore(who, partner, intros,
                        q -> WhoLeft.Gone.of(command, q));
                yield restored(who, restored, WhoLeft.Gone.of(command, restored.partner()));
            }
            case Paths.KNOW -> know(who, service.find(who, partner));
            case Paths.UNKNOW -> unknow(who, service.find(who, partner));
            case Paths.DELETE -> confirmDelete(service.deletable(who, partner, p -> WhoLeft.Gone.of(command, p)));
            case Paths.INTRO -> {
                Partner p = service.find(who, partner);
                yield intros.request(who, p, WhoLeft.Gone.of(command, p));
            }
            case Paths.COACH -> coaching.coach(who, service.find(who, partner));
            default -> throw new IllegalArgumentException(command.path());
        };
    }

    /** The buttons of an introduction request and its follow-up (sent by DM) name their server first. */
    @Override
    public long serverOf(CustomId id) {
        return switch (id.action()) {
            case IntroFlow.ANSWER_YES, IntroFlow.ANSWER_NO, "intromet", IntroFlow.ASK_FROM_DM -> id.longArg(0);
            default -> 0;
        };
    }

    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        Caller who = press.caller();
        CustomId id = press.customId();
        return switch (id.action()) {
            case "coach" -> coaching.coach(who, byId(who, id, Paths.COACH));
            case "tip" -> coaching.tip(who, byId(who, id, Paths.COACH), (int) id.longArg(1));
            case "know" -> know(who, byId(who, id, Paths.KNOW));
            case "unknow" -> unknow(who, byId(who, id, Paths.UNKNOW)).replacingMessage();
            // a partner called so since is another: its page, not a command that would delete it
            case DELETE_BUTTON -> Confirmation.inTime(id, 1, clock) ? deleted(who, id.longArg(0), press)
                    : Reply.text("That confirmation is from a while ago, and “" + Shown.text(byId(who, id,
                    Paths.SHOW).name()) + "” may have changed since, so nothing was deleted. Run `/partner delete` "
                    + "again to confirm.").replacingMessage();
            case "keep" -> Reply.text("Kept “" + Shown.text(byId(who, id, Paths.SHOW).name()) + "” on the list. "
                    + "Nothing was deleted.").replacingMessage();
            case PartnerView.INTRO_BUTTON -> {
                Partner p = byId(who, id, Paths.INTRO);
                yield intros.request(who, p, WhoLeft.Gone.of(press, p));
            }
            case "list" -> browser.page(who, id);
            case IntroFlow.ANSWER_YES -> intros.answer(who, id, true, IntroFlow.requesterLeft(press));
            case IntroFlow.ANSWER_NO -> intros.answer(who, id, false, IntroFlow.requesterLeft(press));
            case "intromet" -> intros.met(who, id);
            case IntroFlow.ASK_FROM_DM -> intros.askFromDm(press, service);
            case "walknames" -> walkToList.form(who, id);
            case "grpnames" -> walkToList.groupForm(who, id);
            case "walkdrop" -> walkToList.drop(who, id);
            case "logday" -> loggedOn(who, id);
            default -> Router.stale();
        };
    }

    @Override
    public Reply onSelect(Inbound.Selection selection) {
        Caller who = selection.caller();
        CustomId id = selection.customId();
        return switch (id.action()) {
            case PartnerView.OPEN_MENU -> {
                Partner p = opened(selection.caller(), selection);
                yield shown(who, p, WhoLeft.Gone.of(selection, p));
            }
            case "walksect" -> walkToList.pickSector(who, id, selection.values());
            default -> Router.stale();
        };
    }

    @Override
    public Reply onModal(Inbound.ModalSubmit submit) {
        return switch (submit.customId().action()) {
            case "walknamesok" -> walkToList.checked(submit.caller(), submit.customId(),
                    submit.field(WalkToList.NAMES_FIELD));
            case "grpnamesok" -> walkToList.groupChecked(submit.caller(), submit.customId(),
                    submit.field(WalkToList.NAMES_FIELD));
            default -> Router.stale();
        };
    }

    @Override
    public List<OptionSpec.Choice> onAutocomplete(Inbound.Autocomplete request) {
        long guildId = request.caller().guildId();
        if (!PARTNER.equals(request.option()) || guildId == 0) {
            return List.of();
        }
        PartnerLookup.Which which = switch (request.path()) {
            case Paths.SHOW, Paths.DELETE -> PartnerLookup.Which.ALL;
            case Paths.RESTORE -> PartnerLookup.Which.MOVED_ON;
            default -> PartnerLookup.Which.ACTIVE;
        };
        return lookup.suggest(guildId, request.typed(), which, sectors);
    }

    /** The partner picked in the list's menu. */
    private Partner opened(Caller who, Inbound.Selection menu) {
        return service.find(who, PartnerRef.id(menu.values().isEmpty() ? "" : menu.values().get(0), Paths.SHOW));
    }

    /** The partner a button names, for what the command {@code meant} does ({@link PartnerRef#meant}). */
    private Partner byId(Caller who, CustomId id, String meant) {
        return service.find(who, PartnerRef.id(id.arg(0), meant));
    }

    private Reply added(Caller who, PartnerService.Added added) {
        Partner p = added.partner();
        return Reply.text("Added “" + Shown.text(p.name()) + "” (" + sectors.nameOf(p.sector()) + ") to the outreach list, in "
                + "the researching stage. You look after it for now. Next: plan your approach with the 5 tips, "
                + "and record each contact with `/partner log`." + view.headsUp(added, who))
                .withButtons(Button.primary(CustomId.of(PartnerView.FEATURE, "coach", p.id()),
                                "Coach me on this partner"),
                        Button.secondary(CustomId.of(PartnerView.FEATURE, "know", p.id()), "I know someone there"));
    }

    private Reply moved(PartnerService.Moved moved) {
        return view.moved(moved, coaching.stepTitle(moved.partner().stage().planStep()));
    }

    /** {@code left}: who the platform said, before the command, have left the server (its former owner, if asked). */
    private Reply owner(Caller who, PartnerService.Handed handed, Set<Long> left) {
        Partner p = handed.partner();
        // a member who takes it on herself reads it as "You already look after" reads: in the second person
        return Reply.text((p.ownerId() != who.userId()
                ? Mentions.user(p.ownerId()) + " now looks after " + Quoted.endingSentence(p.name())
                + " I'll let them know by DM."
                : "You now look after " + Quoted.endingSentence(p.name()))
                // handed over while moved on: nobody is reminded of it, which its new owner would wonder at
                + (p.active() ? "" : " It has moved on, so no check-in reminders come for it until "
                + HandoverNotice.restore(p) + " brings it back.")
                + ownerNews.told(p.guildId(), handed.before(), "looked after it", left, "looked after it", ""));
    }

    /** The page, marking those of {@code gone} (its owner, those who know someone there) as gone from the server. */
    private Reply shown(Caller who, Partner p, Set<Long> gone) {
        return addOns.afterShow(who, p, browser.show(who, p, gone));
    }

    /** The reply speaks of the partner as it stands after the touchpoint (not as it was read before). */
    private Reply loggedWithAddOns(Caller who, PartnerService.LoggedOn loggedOn) {
        PartnerDirectory.Logged logged = loggedOn.logged();
        Partner p = logged.partner();
        if (logged.repeated()) {
            return view.loggedAlready(logged.touchpoint(), p);
        }
        return addOns.afterLog(who, p, view.logged(logged.touchpoint(), p, loggedOn.day()));
    }

    /**
     * A day picked under a touchpoint whose typed day could be two: it moves there, and the message it was picked on
     * says so, with no day left to pick (and the pulse's questions it came with, still unanswered).
     */
    private Reply loggedOn(Caller who, CustomId id) {
        long touchpointId = id.longArg(0);
        long day = id.longArg(1);
        if (touchpointId <= 0 || day <= 0) {
            return Router.stale();
        }
        PartnerDirectory.Logged moved = service.moveTouchpoint(who, touchpointId, java.time.Instant.ofEpochSecond(day));
        return addOns.afterDayPicked(who, moved.partner(), view.picked(moved.touchpoint(), moved.partner()))
                .replacingMessage();
    }

    /**
     * " @bea is waiting …": the members named, with the verb for one or several ({@code one}, {@code many}) and the
     * rest of the sentence; empty for none.
     */
    private static String membersWho(List<Long> members, String one, String many, String rest) {
        return members.isEmpty() ? "" : " " + Mentions.users(members) + (members.size() == 1 ? one : many) + rest;
    }

    /**
     * Moved on: the plans for it still open are paused, and the other members who had one are told by DM, as is its
     * owner when someone else archived it, unless the platform said she has {@code left} the server (the reply then
     * says so, and how to hand it to someone who is here). Members waiting to hear of someone who knows someone there
     * keep their wait, and the reply says so.
     */
    private Reply archived(Caller who, PartnerService.Archived archived, Set<Long> left) {
        Partner p = archived.partner();
        String waits = membersWho(archived.waitingForSomeone(), " is", " are", " waiting to hear of someone who knows "
                + "someone there, for an introduction: if it's brought back, I'll still let them know by DM when "
                + "someone says so.");
        java.util.Set<Long> plans = coaching.movedOn(who, p, left);
        long owner = OwnerNotice.toTell(p, who.userId());
        java.util.Set<Long> others = PartnerCoaching.toldByDm(p, who.userId(), plans);
        String mine = plans.contains(who.userId()) ? " Your plan for it is paused, answers kept." : "";
        String tell = others.isEmpty() ? "" : " I'll let " + Mentions.users(others) + " know by DM, since " + (others.size() == 1 ? "their plan" : "their plans")
                + " for it " + (others.size() == 1 ? "is" : "are") + " paused" + (mine.isEmpty() ? "" : " too") + ".";
        return Reply.text("“" + Shown.text(p.name()) + "” has moved on. That's fine: commitment changes over time, and some "
                + "partners step back." + mine + tell + ownerNews.told(p.guildId(), owner, "look after it"
                + (plans.contains(owner) ? " (their plan for it is paused too)" : ""), left, "looks after it",
                HAND_IT_ON)
                + waits + " Bring it back any time with `/partner restore`.");
    }

    /**
     * Back on the list: plans paused when it moved on stay paused until their members pick them up. The reply tells
     * {@code who} how to pick up her own plan, and names the other members whose plans wait (each told by DM, its
     * owner in her own news, when someone else restored it; or told nothing, when their DM that it moved on had not
     * gone out yet), without a command: run by {@code who}, it would only begin a new plan of her own. An owner the
     * platform said has {@code left} the server is told nothing, and the reply says so. Members waiting for an
     * introduction there who are told of someone who said meanwhile they know someone there are named. Another partner
     * spelled alike gets the heads-up a rename to its name gets.
     */
    private Reply restored(Caller who, PartnerService.Restored restored, Set<Long> left) {
        Partner p = restored.partner();
        String told = membersWho(restored.toldOfSomeone(), " was", " were", " looking for an introduction there, and "
                + "someone has said since that they know someone there: I'll let them know by DM, so they may ask.");
        PartnerCoaching.Back back = coaching.restored(who, p, left);
        java.util.Set<Long> plans = back.plans();
        long owner = OwnerNotice.toTell(p, who.userId());
        java.util.Set<Long> others = PartnerCoaching.toldByDm(p, who.userId(), plans);
        java.util.Set<Long> unaware = new java.util.LinkedHashSet<>(others);
        unaware.retainAll(back.unaware());
        others.removeAll(unaware);
        String mine = plans.contains(who.userId()) ? " Your plan for it waits where you left it: "
                + Shown.code("/partner coach " + PartnerRef.option(p.name())) + " picks it up again." : "";
        String theirs = others.isEmpty() ? "" : " " + Mentions.users(others) + (others.size() == 1
                ? " has a plan for it that waits where they left it" : " have plans for it that wait where they left "
                + "them") + "; I'll let them know by DM.";
        // their DM that it moved on was still waiting (for their quiet hours): they hear nothing of either
        String neither = "so they'll get neither that DM nor one saying it's back.";
        String notTold = unaware.isEmpty() ? "" : " " + Mentions.users(unaware) + (unaware.size() == 1
                ? " has a plan for it that waits where they left it; my DM saying it was paused hadn't gone out yet, "
                : " have plans for it that wait where they left them; my DMs saying they were paused hadn't gone out "
                + "yet, ") + neither;
        String ownerTold = owner != 0 && back.unaware().contains(owner) ? " My DM telling " + Mentions.user(owner)
                + ", who looks after it, that it was archived hadn't gone out yet, " + neither
                : ownerNews.told(p.guildId(), owner, "look after it"
                + (plans.contains(owner) ? " (their plan for it waits where they left it)" : ""), left,
                "looks after it", HAND_IT_ON);
        return Reply.text("“" + Shown.text(p.name()) + "” is back on the list, in the " + p.stage().label().toLowerCase()
                + " stage. " + view.remindersFromRestore(p, who.userId()) + " Log each contact with `/partner log`."
                + mine + theirs + notTold + ownerTold + told
                + restored.spelledAlike().map(other -> view.alikeNow(other, who)).orElse(""));
    }

    private Reply know(Caller who, Partner p) {
        IntroFlow.Known done = intros.know(who, p);
        String told = done.told().isEmpty() ? "" : " " + String.join(", ", done.told().stream()
                .map(Mentions::user).toList()) + (done.told().size() == 1 ? " was" : " were") + " looking for an "
                + "introduction there: I'll let them know by DM, so they may ask you.";
        return Reply.text(done.fresh()
                ? "Noted: you know someone at " + Quoted.endingSentence(p.name()) + (p.stage().stillReaching()
                ? " When a member asks for an introduction, I'll ask you by DM." : p.active() ? " The coalition is "
                + "already in touch with them, so nobody is asked for introductions there; a member who asks is told "
                + "that you know someone there." : " The coalition has moved on from it for now, so "
                + "no one can ask for an introduction there; once " + HandoverNotice.restore(p) + " brings it back, "
                + "I'll ask you by DM when someone does.") + told
                : "You've already said you know someone at " + Quoted.endingSentence(p.name()) + " Thanks!")
                .withButtons(Button.secondary(CustomId.of(PartnerView.FEATURE, "unknow", p.id()), "Take that back"));
    }

    private Reply unknow(Caller who, Partner p) {
        IntroFlow.Unknown done = intros.unknow(who, p);
        String told = (done.askers().isEmpty() ? "" : " I'll let " + String.join(", ",
                done.askers().stream().map(Mentions::user).toList()) + " know by DM, since they were waiting for "
                + "your answer, so they can ask someone else.")
                + (done.agreed().isEmpty() ? "" : " You'd said you'll introduce " + String.join(", ",
                done.agreed().stream().map(Mentions::user).toList()) + ": I'll let them know by DM that it may not "
                + "happen, so they can ask someone else (if you've already introduced them, they can log it).");
        return Reply.text(done.knew()
                ? "Taken back: you're no longer listed as knowing someone at “" + Shown.text(p.name())
                + "”, so I won't ask you "
                + "for introductions to them." + told + " `/partner know` puts you back."
                : "You hadn't said you know someone at “" + Shown.text(p.name()) + "”, so there's nothing to take back. "
                + "`/partner know` says that you do.");
    }

    private Reply confirmDelete(Partner p) {
        return Reply.text("Delete “" + Shown.text(p.name()) + "” for good? Its touchpoints, stage history, introductions and "
                + "every member's plan for it go too, and this can't be undone. If the coalition has only moved on "
                + "from it, `/partner archive` keeps its history instead.")
                .withButtons(Button.danger(CustomId.of(PartnerView.FEATURE, DELETE_BUTTON, p.id(),
                                Confirmation.shownAt(clock), p.hasOwner() ? p.ownerId() : 0), "Delete for good"),
                        Button.secondary(CustomId.of(PartnerView.FEATURE, "keep", p.id()), "Keep it"));
    }

    private Reply deleted(Caller who, long partnerId, Inbound.ButtonPress press) {
        PartnerService.Deleted deleted = service.delete(who, partnerId, q -> WhoLeft.Gone.of(press, q));
        Partner p = deleted.partner();
        Set<Long> left = WhoLeft.Gone.of(press, p);
        java.util.Set<Long> planned = coaching.forget(who, p, deleted.waitingForIntro(), left);
        long owner = OwnerNotice.toTell(p, who.userId());
        List<Long> told = planned.stream().filter(m -> m != owner).toList();
        String tell = told.isEmpty() ? "" : " I'll let " + Mentions.users(told) + " know by DM, since " + (told.size() == 1 ? "their plan" : "their plans") + " for it went too.";
        // one DM each: a member who had a plan there (or looked after it) learns of her request for an introduction in
        // that notice
        List<Long> waiting = deleted.waitingForIntro().stream().filter(m -> !planned.contains(m) && m != owner)
                .toList();
        intros.gone().queueDeleted(p, waiting, clock.instant());
        if (!waiting.isEmpty()) {
            tell += " I'll let " + Mentions.users(waiting) + " know by DM, since they were waiting for an "
                    + "introduction there.";
        }
        return Reply.text("Deleted “" + Shown.text(p.name()) + "” from the outreach list, with its history and plans."
                + tell + ownerNews.told(p.guildId(), owner, "looked after it"
                + (planned.contains(owner) ? " (their plan for it went too)" : ""), left, "looked after it", "")
                + " Add it again any time with `/partner add`.").replacingMessage();
    }

    private static String option(Inbound.Command command, String name) {
        return command.option(name).orElse(null);
    }

    /** An option as {@link #option}, but "" when given blank ({@code name:"   "}), to be refused as such. */
    private static String givenBlank(Inbound.Command command, String name) {
        String raw = command.options().get(name);
        return raw != null && raw.isBlank() ? "" : option(command, name);
    }
}
