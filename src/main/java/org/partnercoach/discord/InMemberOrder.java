package org.partnercoach.discord;

import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.InterfacedEventManager;
import net.dv8tion.jda.api.interactions.Interaction;

/**
 * JDA's event manager for one shard, handing each event to the lane of the member it comes from ({@link MemberLanes}),
 * from the gateway's thread, which receives a shard's events in order. Each event is handled once {@code first} has
 * run on its lane (the start's rehearsal finished: {@link org.partnercoach.chat.Scheduler#awaitRehearsal}).
 */
final class InMemberOrder extends InterfacedEventManager {

    private final MemberLanes lanes;
    private final Runnable first;

    InMemberOrder(MemberLanes lanes, Runnable first) {
        this.lanes = lanes;
        this.first = first;
    }

    @Override
    public void handle(GenericEvent event) {
        lanes.execute(memberOf(event), () -> {
            first.run();
            super.handle(event);
        });
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
