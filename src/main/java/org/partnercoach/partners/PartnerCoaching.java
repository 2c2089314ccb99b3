package org.partnercoach.partners;

import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Reply;
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

    /** Begins the member's plan for this partner, or picks it up where they left it. */
    Reply coach(Caller who, Partner p) {
        return WalkView.render(walks.start(who, CURRICULUM, p.id()), who.surface(), p.name());
    }

    /** Opens the step of the plan that helps in a stage (1-based). */
    Reply tip(Caller who, Partner p, int step) {
        return WalkView.render(walks.jumpToStep(who, CURRICULUM, p.id(), step), who.surface(), p.name());
    }

    /**
     * The partner is deleted (by {@code who}): every member's plan for it goes too, and each other member who had
     * one is told by DM; returns those members.
     */
    java.util.Set<Long> forget(Caller who, Partner p) {
        java.util.Set<Long> members = new java.util.LinkedHashSet<>();
        walks.aboutSubject(who.guildId(), CURRICULUM, p.id()).forEach(s -> members.add(s.walk().userId()));
        members.remove(who.userId());
        walks.forgetSubject(who.guildId(), CURRICULUM, p.id());
        gone.queue(p, members);
        return members;
    }

    String stepTitle(int step) {
        Curriculum plan = walks.curriculum(CURRICULUM);
        return step >= 1 && step <= plan.steps().size() ? plan.steps().get(step - 1).title() : "";
    }
}
