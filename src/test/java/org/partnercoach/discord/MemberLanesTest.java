package org.partnercoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The lanes Discord's events are handled on")
class MemberLanesTest {

    private static final long ANA = 111_111_111_111_111_111L;

    @Test
    @DisplayName("a member's events run one after the other in the order they came, even when the first is slow, "
            + "while another member is answered meanwhile")
    void oneMembersEventsKeepTheirOrder() throws Exception {
        MemberLanes lanes = new MemberLanes();
        long bea = ANA + 1;
        List<String> done = new CopyOnWriteArrayList<>();
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        CompletableFuture<Boolean> beaWhileAnaWaits = new CompletableFuture<>();
        try {
            // Ana's first line is slow (it waits until Bea has been answered), her second is quick
            lanes.execute(ANA, () -> {
                await(firstMayFinish);
                done.add("ana 1");
            });
            lanes.execute(ANA, () -> done.add("ana 2"));
            // Bea, in another lane, is answered while Ana's first line is still being handled
            lanes.execute(bea, () -> beaWhileAnaWaits.complete(done.isEmpty()));
            assertThat(beaWhileAnaWaits.get(10, TimeUnit.SECONDS)).as("Ana's lines still waiting").isTrue();
            firstMayFinish.countDown();
            CompletableFuture<Void> after = new CompletableFuture<>();
            lanes.execute(ANA, () -> after.complete(null));
            after.get(10, TimeUnit.SECONDS);
            // on a shared pool the quick second line ran on a free thread first
            assertThat(done).containsExactly("ana 1", "ana 2");
        } finally {
            firstMayFinish.countDown();
            lanes.shutdownNow();
        }
    }

    @Test
    @DisplayName("members whose events wait behind their own earlier ones hold up no one else: while three members' "
            + "slow commands run, a fourth member is answered")
    void slowMembersHoldUpNoOneElse() throws Exception {
        MemberLanes lanes = new MemberLanes();
        CountDownLatch slowMayFinish = new CountDownLatch(1);
        try {
            // three members each run something slow, and each has a second event waiting behind it
            for (long member = 1; member <= 3; member++) {
                lanes.execute(member, () -> await(slowMayFinish));
                lanes.execute(member, () -> { });
            }
            // a fourth member is answered at once
            CompletableFuture<Boolean> fourth = new CompletableFuture<>();
            lanes.execute(4, () -> fourth.complete(slowMayFinish.getCount() == 1));
            assertThat(fourth.get(10, TimeUnit.SECONDS)).as("answered while the slow ones still run").isTrue();
        } finally {
            slowMayFinish.countDown();
            lanes.shutdownNow();
        }
    }

    @Test
    @DisplayName("runs handlers on its own daemon threads, and drops an event handed to it once shut down")
    void dropsEventsOnceShutDown() throws Exception {
        MemberLanes lanes = new MemberLanes();
        CompletableFuture<Thread> ran = new CompletableFuture<>();
        lanes.execute(ANA, () -> ran.complete(Thread.currentThread()));
        Thread handler = ran.get(10, TimeUnit.SECONDS);
        assertThat(handler.getName()).startsWith("partner-coach-events-");
        assertThat(handler.isDaemon()).isTrue();

        lanes.shutdownNow();
        // a refusal here made JDA run the event on its own thread and print a warning, which a failed start
        // showed on the screen beside its one line
        AtomicBoolean late = new AtomicBoolean();
        assertThatCode(() -> lanes.execute(ANA, () -> late.set(true))).doesNotThrowAnyException();
        assertThat(lanes.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(late).isFalse();
    }

    @Test
    @DisplayName("a press and a typed line are the lane of the member who made them; other events lane 0")
    void eventsGoToTheirMembersLane() {
        User ana = mock(User.class);
        when(ana.getIdLong()).thenReturn(ANA);
        ButtonInteractionEvent press = mock(ButtonInteractionEvent.class);
        when(press.getUser()).thenReturn(ana);
        MessageReceivedEvent line = mock(MessageReceivedEvent.class);
        when(line.getAuthor()).thenReturn(ana);

        assertThat(InMemberOrder.memberOf(press)).isEqualTo(ANA);
        assertThat(InMemberOrder.memberOf(line)).isEqualTo(ANA);
        assertThat(InMemberOrder.memberOf(mock(ReadyEvent.class))).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
