package org.partnercoach.partners;

import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Shown;

/**
 * Changes other features make to the outreach list on a member's behalf, under the list's own rules: set a
 * partner's cadence, and archive one ("we've moved on": its owner or a coordinator only; a coordinator only when
 * nobody looks after it or its owner has left the server). Cultivate reminders use
 * it for {@code /partner cadence} and their buttons.
 */
public final class PartnerActions {

    /**
     * What to do about a partner nobody looks after, to whoever reads it: a member may take it on herself; a
     * coordinator may hand it to anyone ({@link WhoMay}).
     */
    public static final String TAKE_IT_ON = "`/partner owner` with you as `member:` takes it on, or a coordinator "
            + "hands it to someone";

    /**
     * What to do about a partner nobody looks after that the coalition has moved on from: only a coordinator may bring
     * it back and hand it on ({@link WhoMay}); the same words on its page and in each refusal.
     */
    public static final String COORDINATOR_BRINGS_IT_BACK = coordinatorBringsItBack("`/partner restore`");

    /** {@link #COORDINATOR_BRINGS_IT_BACK}, with {@code restore} as the command that brings it back. */
    static String coordinatorBringsItBack(String restore) {
        return "a coordinator can bring it back with " + restore + " and hand it on with `/partner owner`";
    }

    private final PartnerService service;
    private final PartnerCoaching coaching;

    PartnerActions(PartnerService service, PartnerCoaching coaching) {
        this.service = service;
        this.coaching = coaching;
    }

    /**
     * A cadence set: the partner as it now stands, and {@code unchanged} when it already had that cadence (nothing was
     * written, as {@code /partner edit} with the same value).
     */
    public record CadenceSet(Partner partner, boolean unchanged) {
    }

    /**
     * Sets the days between touchpoints of the partner a member named (typed, or picked from suggestions): "1" to
     * "365", or "0" for the server's default.
     */
    public CadenceSet setCadence(Caller who, String partner, String days) {
        PartnerService.Edited edited = service.edit(who, PartnerRef.typed(partner),
                new PartnerService.Changes(null, null, null, null, days));
        return new CadenceSet(edited.partner(), edited.unchanged());
    }

    /** What a member reads when a change leaves {@code p} as it was: the same after {@code /partner edit} and cadence. */
    public static String nothingChanged(Partner p) {
        return "“" + Shown.text(p.name()) + "” already reads that way, so nothing changed.";
    }

    /**
     * Refuses, with a message naming whom to ask ({@link WhoMay}), unless the member looks after the partner or is a
     * coordinator; a coordinator only when nobody looks after it, or its owner is among {@code left} (those the bot
     * knows have left the server, asked for only when she is refused).
     *
     * @param doing what they tried, as in "can say we've moved on from it"
     */
    public void requireOwnerOrCoordinator(Caller who, Partner p, String doing,
                                          java.util.function.Supplier<java.util.Set<Long>> left) {
        PartnerService.requireOwnerOrCoordinator(who, p, doing, left);
    }

    /**
     * {@link #requireOwnerOrCoordinator} for what a partner's check-ins ask (snooze them, pause or keep them, resume
     * them), except that any member may for a partner nobody looks after: its check-ins go to the reminder channel,
     * for whoever answers them there.
     *
     * @param doing what they tried, as in "can snooze its reminders"
     */
    public void requireMayTendCheckIns(Caller who, Partner p, String doing,
                                       java.util.function.Supplier<java.util.Set<Long>> left) {
        WhoMay.require(who, p, doing, WhoMay.Unowned.ANYONE, WhoMay.Next.LOG, left);
    }

    /**
     * Archives a partner (we've moved on); refused unless the member looks after it or is a coordinator. Every plan
     * for it still open is paused, and each other member who had one is told by DM, as is its owner when someone
     * else archived it, unless she is among {@code left}: those the bot knows have left the server (no DM is queued
     * that the platform would refuse). {@code left} is read after the archive's transaction, and only when there is
     * such an owner; the caller has checked that the member may ({@link #requireOwnerOrCoordinator}).
     */
    public Partner archive(Caller who, long partnerId, String reason,
                           java.util.function.Function<Partner, java.util.Set<Long>> left) {
        // deleted since, and another called so now: its page is offered, not a command that archives that one
        Partner p = service.archive(who, PartnerRef.id(partnerId), reason, gone -> java.util.Set.of()).partner();
        coaching.movedOn(who, p, OwnerNotice.toTell(p, who.userId()) == 0 ? java.util.Set.of() : left.apply(p));
        return p;
    }
}
