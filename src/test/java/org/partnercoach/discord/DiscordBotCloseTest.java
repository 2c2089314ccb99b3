package org.partnercoach.discord;

import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.partnercoach.PartnerCoach;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Scheduler;

@DisplayName("Stopping the bot on Discord")
class DiscordBotCloseTest {

    @Test
    @DisplayName("stops its own sends before it disconnects, and closes the database last")
    void sendsStopBeforeDiscord() {
        // a send started while JDA stops has its request refused, logged as an error (seen in a full run); stopped
        // first, a send in flight finishes while JDA still runs, and the rest waits in the outbox for the next start
        PartnerCoach app = mock(PartnerCoach.class);
        Scheduler scheduler = mock(Scheduler.class);
        when(app.scheduler()).thenReturn(scheduler);
        ShardManager shards = mock(ShardManager.class);
        when(shards.getShards()).thenReturn(List.of());

        new DiscordBot(app, shards, mock(Messenger.class), new CountDownLatch(1), new MemberLanes()).close();

        InOrder order = inOrder(scheduler, shards, app);
        order.verify(scheduler).close();
        order.verify(shards).shutdown();
        order.verify(app).close();
    }
}
