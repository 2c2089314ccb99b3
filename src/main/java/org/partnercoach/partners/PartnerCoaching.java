package org.partnercoach.partners;

import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Reply;
import org.partnercoach.coaching.WalkState;
import org.partnercoach.coaching.WalkView;
import org.partnercoach.coaching.Walks;
import org.partnercoach.curriculum.Curriculum;

/**
 * The 5 tips applied to one partner: {@code /partner coach} and the stage tips run the foundation's walk engine on
 * the {@code partner-plan} curriculum with the partner as the walk's subject. The walk's own buttons do the rest.
 */
final class PartnerCoaching {

    static final String CURRICULUM = Partners.PLAN_CURRICULUM;

    private final Walks walks;
    private final PlanGoneNotice gone;

    PartnerCoaching(Walks walks, PlanGoneNotice gone) {
        this.walks = walks;
        this.gone = gone;
    }

    /**
     * Begins the member's plan for this partner, or picks it up where they left it. For a partner the coalition moved
     * on from, the plan is there all the same (its answers are the member's), and the reply says how it comes back.
     */
    Reply coach(Caller who, Partner p) {
        WalkState state = walks.start(who, CURRICULUM, p.id());
        if (!p.active()) {
            String note = WalkView.movedOnNote(p.name());
            state = new WalkState(state.curriculum(), state.walk(), state.position(), state.answers(),
                    state.outcome(), state.notice().isBlank() ? note : note + " " + state.notice());
        }
        return WalkView.render(state, who.surface(), p.name());
    }

    /** Opens the step of the plan that helps in a stage (1-based). */
    Reply tip(Caller who, Partner p, int step) {
        return WalkView.render(walks.jumpToStep(who, CURRICULUM, p.id(), step), who.surface(), p.name());
    }

    /**
     * The partner is deleted (by {@code who}): every member's plan for it goes too, and each other member who had
     * one is told by DM (with their request for an introduction there, if in {@code waitingForIntro}), its owner (if
     * someone else, and not among those the platform said have {@code left} the server) in her own notice, which
     * says all that touched her; returns the other members who had a plan.
     */
    java.util.Set<Long> forget(Caller who, Partner p, java.util.Collection<Long> waitingForIntro,
                               java.util.Set<Long> left) {
        java.util.Set<Long> members = new java.util.LinkedHashSet<>();
        walks.aboutSubject(who.guildId(), CURRICULUM, p.id()).forEach(s -> members.add(s.walk().userId()));
        walks.forgetSubject(who.guildId(), CURRICULUM, p.id());
        java.util.Optional<OwnerNotice.News> owner = OwnerNotice.News.of(p, who.userId(), OwnerNotice.What.DELETED,
                members, waitingForIntro, left);
        members.remove(who.userId());
        gone.queue(p, toldByDm(p, who.userId(), members), waitingForIntro, owner);
        return members;
    }

    /**
     * The coalition moved on from the partner (archived by {@code who}): every member's plan for it still open is
     * paused, so that no DM line answers it and no digest nudges about it, and each other member who had one is told
     * by DM, its owner (if someone else, and not among those {@code left} the server) in her own notice, which says
     * so; returns every member whose plan was open, {@code who} included (the reply tells them). An owner who left
     * hears nothing, of her plan either.
     */
    java.util.Set<Long> movedOn(Caller who, Partner p, java.util.Set<Long> left) {
        java.util.Set<Long> members = unfinished(p);
        walks.pauseSubject(who.guildId(), CURRICULUM, p.id());
        java.util.Optional<OwnerNotice.News> owner = OwnerNotice.News.of(p, who.userId(), OwnerNotice.What.ARCHIVED,
                members, java.util.List.of(), left);
        java.util.Set<Long> told = toldByDm(p, who.userId(), members);
        // archived, restored and archived again before her first DM went (her quiet hours): that one still says it
        told.removeAll(gone.movedOnWaiting(p, told));
        gone.queueMovedOn(p, told, owner);
        return members;
    }

    /**
     * After a restore: every member whose plan for the partner waits ({@code plans}, whoever restored it included),
     * and those of the members and its owner who would be told who are told nothing ({@code unaware}), as they never
     * heard it moved on ({@link PlanGoneNotice#unaware}).
     */
    record Back(java.util.Set<Long> plans, java.util.Set<Long> unaware) {
    }

    /**
     * The partner is back on the list (restored by {@code who}): each other member whose plan for it waits is told by
     * DM, as they were told it was paused, its owner (if someone else) in her own notice, which says her plan waits
     * too (not when the platform said she has {@code left} the server); not those whose DM that it moved on has not
     * gone out yet (it never will now).
     */
    Back restored(Caller who, Partner p, java.util.Set<Long> left) {
        java.util.Set<Long> members = unfinished(p);
        java.util.Optional<OwnerNotice.News> owner = OwnerNotice.News.of(p, who.userId(), OwnerNotice.What.RESTORED,
                members, java.util.List.of(), left);
        java.util.Set<Long> told = toldByDm(p, who.userId(), members);
        java.util.Set<Long> unaware = gone.unaware(p, told, owner);
        told.removeAll(unaware);
        gone.queueBack(p, told, owner.filter(n -> !unaware.contains(n.owner())));
        // her news of the archive undone here would otherwise still go if it moves on again before her morning
        owner.filter(n -> unaware.contains(n.owner())).ifPresent(gone::dropOwnersArchiveNews);
        return new Back(members, unaware);
    }

    /**
     * Of the {@code members} whose plan for {@code p} a change by {@code who} touched, those its plan notice tells:
     * not {@code who} (the reply tells her), nor its owner when she is told of the change ({@link OwnerNotice#toTell}):
     * her news says what became of her plan too, so that she reads one message about one change, not two.
     */
    static java.util.Set<Long> toldByDm(Partner p, long who, java.util.Set<Long> members) {
        long owner = OwnerNotice.toTell(p, who);
        java.util.Set<Long> told = new java.util.LinkedHashSet<>(members);
        told.removeIf(m -> m == who || m == owner);
        return told;
    }

    /** The members whose plan for the partner is not finished (open or paused), in the order they began them. */
    java.util.Set<Long> unfinished(Partner p) {
        java.util.Set<Long> members = new java.util.LinkedHashSet<>();
        walks.aboutSubject(p.guildId(), CURRICULUM, p.id()).stream().filter(s -> !s.done())
                .forEach(s -> members.add(s.walk().userId()));
        return members;
    }

    String stepTitle(int step) {
        Curriculum plan = walks.curriculum(CURRICULUM);
        return step >= 1 && step <= plan.steps().size() ? plan.steps().get(step - 1).title() : "";
    }
}
