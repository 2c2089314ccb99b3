package org.partnercoach.partners;

import org.partnercoach.chat.Caller;

/**
 * Changes other features make to the outreach list on a member's behalf, under the list's own rules: set a
 * partner's cadence, and archive one ("we've moved on": its owner or a coordinator only). Cultivate reminders use
 * it for {@code /partner cadence} and their buttons.
 */
public final class PartnerActions {

    private final PartnerService service;
    private final PartnerCoaching coaching;

    PartnerActions(PartnerService service, PartnerCoaching coaching) {
        this.service = service;
        this.coaching = coaching;
    }

    /**
     * Sets the days between touchpoints of the partner a member named (typed, or picked from suggestions): "1" to
     * "365", or "0" for the server's default.
     */
    public Partner setCadence(Caller who, String partner, String days) {
        return service.edit(who, PartnerRef.typed(partner), new PartnerService.Changes(null, null, null, null, days))
                .partner();
    }

    /**
     * Refuses, with a message naming who may, unless the member looks after the partner or is a coordinator.
     *
     * @param doing what they tried, as in "can snooze its reminders"
     */
    public void requireOwnerOrCoordinator(Caller who, Partner p, String doing) {
        PartnerService.requireOwnerOrCoordinator(who, p, doing);
    }

    /**
     * Archives a partner (we've moved on); refused unless the member looks after it or is a coordinator. Every plan
     * for it still open is paused, and each other member who had one is told by DM.
     */
    public Partner archive(Caller who, long partnerId, String reason) {
        Partner p = service.archive(who, PartnerRef.id(partnerId), reason);
        coaching.movedOn(who, p);
        return p;
    }
}
