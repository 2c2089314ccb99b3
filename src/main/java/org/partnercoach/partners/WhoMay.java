package org.partnercoach.partners;

import java.util.Set;
import java.util.function.Supplier;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.UserError;

/**
 * What only a partner's owner or a coordinator may do (hand it on, archive, restore or delete it; snooze, pause, keep
 * or resume its check-ins), and the one way a refusal of it reads, naming whom to ask as things stand:
 * <ul>
 *   <li>its owner is in the server: she or a coordinator;</li>
 *   <li>its owner has left the server ({@code left}: the platform said so before the event's transaction,
 *       {@link WhoLeft}, or her check-ins were given up because she had): a coordinator, who can also hand it to a
 *       member with {@code /partner owner};</li>
 *   <li>nobody looks after it (its owner used {@code /privacy forget}): a coordinator too, except for what the
 *       coalition's members share ({@link Unowned#ANYONE}: the check-ins, which go to the reminder channel for
 *       whoever answers them there). A member may also take such a partner on herself ({@link PartnerService#owner}),
 *       and then looks after it, while it is on the list: one the coalition has moved on from only a coordinator can
 *       bring back or hand on ({@link #movedOnUnowned}).</li>
 * </ul>
 */
final class WhoMay {

    /** Of a partner nobody looks after: whether only a coordinator may, or any member of the server. */
    enum Unowned { COORDINATOR, ANYONE }

    /** What a refused member reads after who may: what she can do instead. */
    enum Next {
        /** Ask them; she can still log touchpoints. */
        LOG,
        /** She named another member for it: as {@link #LOG}, and a partner nobody looks after she may take on. */
        HAND_ON,
        /** She named herself for someone else's partner: ask them to hand it to her. */
        TAKE_ON,
        /** Ask them, if it was added by mistake; archiving keeps its history. */
        DELETE
    }

    private static final String MEANWHILE = "meanwhile you can still log touchpoints with `/partner log`.";

    private WhoMay() {
    }

    /**
     * Whether {@code who} is refused what only {@code p}'s owner or a coordinator may do: neither of them, and for a
     * partner nobody looks after, not something {@code unowned} leaves to any member.
     */
    static boolean refused(Caller who, Partner p, Unowned unowned) {
        if (who.coordinator() || p.hasOwner() && p.ownerId() == who.userId()) {
            return false;
        }
        return p.hasOwner() || unowned == Unowned.COORDINATOR;
    }

    /**
     * Refuses, in {@link #refusal}'s words, unless {@code who} may; {@code left} (who of the partner's people left the
     * server) is asked only then.
     */
    static void require(Caller who, Partner p, String doing, Unowned unowned, Next next, Supplier<Set<Long>> left) {
        if (refused(who, p, unowned)) {
            throw new UserError(refusal(p, doing, left.get(), next));
        }
    }

    /**
     * A member who named herself for a partner nobody looks after that the coalition has moved on from: taking it on
     * would let her restore it, which only a coordinator may.
     */
    static String movedOnUnowned(Partner p) {
        return "Nobody looks after “" + Shown.text(p.name()) + "” and the coalition has moved on from it: only "
                + PartnerActions.COORDINATOR_BRINGS_IT_BACK + ". Ask one.";
    }

    /**
     * How {@code p}, which the coalition has moved on from, comes back, to {@code who}, with the command that brings
     * it back: hers to run when she may ({@link #refused}); else who may, her owner or a coordinator, or a coordinator
     * only when nobody looks after it (the platform is not asked whether its owner is still a member: a coordinator may
     * in any case). {@code it}: how the sentence names the partner ("it", "that one").
     */
    static String wayBack(Caller who, Partner p, String it) {
        String restore = Shown.code("/partner restore " + PartnerRef.option(p.name()));
        if (!refused(who, p, Unowned.COORDINATOR)) {
            return restore + " brings " + it + " back.";
        }
        if (!p.hasOwner()) {
            return "Nobody looks after it: " + PartnerActions.coordinatorBringsItBack(restore) + ". Ask one.";
        }
        return restore + " brings " + it + " back: " + Mentions.user(p.ownerId()) + ", who looks after it, or a "
                + "coordinator can run it. Ask one of them.";
    }

    /**
     * "Only @bea, who looks after “Food Bank”, or a coordinator can archive it. Ask one of them; ..."; when its owner
     * is in {@code left}, or nobody looks after it, a coordinator only, and that she is to ask one.
     *
     * @param doing what she tried, after "can": "archive it", "snooze its reminders"
     */
    static String refusal(Partner p, String doing, Set<Long> left, Next next) {
        String name = "“" + Shown.text(p.name()) + "”";
        if (p.hasOwner() && !left.contains(p.ownerId())) {
            String owner = Mentions.user(p.ownerId());
            if (next == Next.TAKE_ON) {
                return owner + " looks after " + name + ", so only they or a coordinator can hand it to you. Ask one "
                        + "of them to run `/partner owner` with you as `member:`; " + MEANWHILE;
            }
            return "Only " + owner + ", who looks after " + name + ", or a coordinator can " + doing + ". "
                    + (next == Next.DELETE ? "If it was added by mistake, ask one of them; if the coalition has moved "
                    + "on from it, `/partner archive` keeps its history." : "Ask one of them; " + MEANWHILE);
        }
        String why = p.hasOwner() ? Mentions.user(p.ownerId()) + ", who looks after " + name + ", has left the server"
                : "Nobody looks after " + name + " now";
        return why + ", so only a coordinator can " + doing + ". " + switch (next) {
            case TAKE_ON -> "Ask one to run `/partner owner` with you as `member:`; " + MEANWHILE;
            case HAND_ON -> p.hasOwner() ? "Ask one to run `/partner owner`; " + MEANWHILE
                    : p.active() ? "Ask one, or look after it yourself: `/partner owner` with you as `member:`."
                    : "The coalition has moved on from it: " + PartnerActions.COORDINATOR_BRINGS_IT_BACK + ". Ask "
                    + "one.";
            case DELETE -> "If it was added by mistake, ask one; they can also hand it to a member with `/partner "
                    + "owner`, or archive it with `/partner archive` (which keeps its history) if the coalition has "
                    + "moved on from it.";
            case LOG -> "Ask one: they can also hand it to a member with `/partner owner`. Meanwhile you can still log "
                    + "touchpoints with `/partner log`.";
        };
    }
}
