package org.partnercoach.discord;

import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.InterfacedEventManager;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * JDA's event manager for one shard, handing each event to the lane of the member it comes from ({@link MemberLanes}),
 * from the gateway's thread, which receives a shard's events in order.
 */
final class InMemberOrder extends InterfacedEventManager {

    private final MemberLanes lanes;

    InMemberOrder(MemberLanes lanes) {
        this.lanes = lanes;
    }

    @Override
    public void handle(GenericEvent event) {
        lanes.execute(memberOf(event), () -> super.handle(event));
    }

    /** Who an event comes from: the member of an interaction or a typed message; 0 for the others. */
    static long memberOf(GenericEvent event) {
        if (event instanceof Interaction interaction) {
            return interaction.getUser().getIdLong();
        }
        if (event instanceof MessageReceivedEvent message) {
            return message.getAuthor().getIdLong();
        }
        return 0;
    }
}
