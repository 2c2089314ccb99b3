package org.partnercoach.partners;

import java.util.List;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;

/**
 * What another feature adds to the outreach list's own replies, without the list depending on it: the composition
 * root attaches one with {@link Partners#attach}. The partnership pulse uses it to ask its ratings after a
 * touchpoint, to show the latest trust and value on {@code /partner show}, and to offer {@code /coalition map}.
 * Each method runs inside the member's action (same transaction), but {@link #beforeCoalition}, which runs before it;
 * the defaults add nothing.
 */
public interface PartnerAddOns {

    PartnerAddOns NONE = new PartnerAddOns() {
    };

    /** The reply to {@code /partner log}, with anything to add (the pulse's quick ratings). */
    default Reply afterLog(Caller who, Partner partner, Reply reply) {
        return reply;
    }

    /**
     * The reply to a day picked under a {@code /partner log} reply, which it replaces: with what {@link #afterLog}
     * added there that still waits for the member (the pulse's questions not answered yet).
     */
    default Reply afterDayPicked(Caller who, Partner partner, Reply reply) {
        return reply;
    }

    /** The reply to {@code /partner show}, with anything to add for this caller. */
    default Reply afterShow(Caller who, Partner partner, Reply reply) {
        return reply;
    }

    /** More {@code /coalition} subcommands (leaves); their paths are answered by {@link #onCoalition}. */
    default List<CommandSpec> coalitionCommands() {
        return List.of();
    }

    /** What {@link #onCoalition} asks the platform before the command's transaction (as a feature's beforeTransaction). */
    default Inbound.Command beforeCoalition(Inbound.Command command) {
        return command;
    }

    default Reply onCoalition(Inbound.Command command) {
        throw new UnsupportedOperationException(command.path());
    }

    /** Holds the attached add-ons; the features read it when they run, so attaching late is fine. */
    final class Slot implements PartnerAddOns {
        private volatile PartnerAddOns attached = NONE;

        void attach(PartnerAddOns addOns) {
            attached = addOns == null ? NONE : addOns;
        }

        @Override
        public Reply afterLog(Caller who, Partner partner, Reply reply) {
            return attached.afterLog(who, partner, reply);
        }

        @Override
        public Reply afterDayPicked(Caller who, Partner partner, Reply reply) {
            return attached.afterDayPicked(who, partner, reply);
        }

        @Override
        public Reply afterShow(Caller who, Partner partner, Reply reply) {
            return attached.afterShow(who, partner, reply);
        }

        @Override
        public List<CommandSpec> coalitionCommands() {
            return attached.coalitionCommands();
        }

        @Override
        public Inbound.Command beforeCoalition(Inbound.Command command) {
            return attached.beforeCoalition(command);
        }

        @Override
        public Reply onCoalition(Inbound.Command command) {
            return attached.onCoalition(command);
        }
    }
}
