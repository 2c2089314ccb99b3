package org.partnercoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Messenger;
import org.partnercoach.config.Shards;

/**
 * Whether digest subscribers are still coordinators, asked of Discord through JDA's public interfaces (mocked): the
 * lookups go out together and are awaited once.
 */
@DisplayName("Asking Discord whether members are coordinators: all at once, one wait")
class JdaMessengerTest {

    static final long GUILD = 1001;
    static final long OTHER_GUILD = 2002;
    /** Subscribers 1 to 20; 1 is the server's admin, 2 a plain member, 3 left the server. */
    static final List<Long> SUBSCRIBERS = LongStream.rangeClosed(1, 20).boxed().toList();

    private final ShardManager shards = mock(ShardManager.class);
    private final Guild guild = mock(Guild.class);
    /** Discord's answer to each lookup, as the requests are submitted; unanswered until completed. */
    private final Map<Long, CompletableFuture<Member>> lookups = new HashMap<>();
    private final List<Long> asked = new ArrayList<>();

    JdaMessengerTest() {
        when(shards.getGuildById(GUILD)).thenReturn(guild);
        when(guild.retrieveMemberById(anyLong())).thenAnswer(call -> {
            long userId = call.getArgument(0);
            @SuppressWarnings("unchecked")
            CacheRestAction<Member> action = mock(CacheRestAction.class);
            when(action.useCache(false)).thenReturn(action);
            when(action.submit()).thenAnswer(submit -> {
                asked.add(userId);
                return lookups.computeIfAbsent(userId, id -> new CompletableFuture<>());
            });
            return action;
        });
    }

    private JdaMessenger messenger(Duration timeout) {
        JdaMessenger messenger = new JdaMessenger(timeout, Shards.ALL);
        messenger.connect(shards, new CoordinatorRule("Coordinator", guildId -> 0));
        return messenger;
    }

    private static Member member(boolean manageServer) {
        Member m = mock(Member.class);
        when(m.hasPermission(Permission.MANAGE_SERVER)).thenReturn(manageServer);
        when(m.getRoles()).thenReturn(List.of());
        return m;
    }

    private static ErrorResponseException refused(ErrorResponse why) {
        ErrorResponseException e = mock(ErrorResponseException.class);
        when(e.getErrorResponse()).thenReturn(why);
        return e;
    }

    /** Discord's answers: the admin, a plain member, one who left, one refused, and the rest admins. */
    private void answerAll() {
        lookups.computeIfAbsent(1L, id -> new CompletableFuture<>()).complete(member(true));
        lookups.computeIfAbsent(2L, id -> new CompletableFuture<>()).complete(member(false));
        lookups.computeIfAbsent(3L, id -> new CompletableFuture<>())
                .completeExceptionally(refused(ErrorResponse.UNKNOWN_MEMBER));
        lookups.computeIfAbsent(4L, id -> new CompletableFuture<>())
                .completeExceptionally(refused(ErrorResponse.MISSING_ACCESS));
        for (long id = 5; id <= 20; id++) {
            lookups.computeIfAbsent(id, k -> new CompletableFuture<>()).complete(member(true));
        }
    }

    @Test
    @DisplayName("every lookup goes out before the bot waits for any answer: Discord answering them together is "
            + "enough, in order, each member with their answer")
    void allLookupsGoOutTogether() {
        // Discord answers only once the last lookup has reached it (as when it answers a burst at once)
        when(guild.retrieveMemberById(20L)).thenAnswer(call -> {
            @SuppressWarnings("unchecked")
            CacheRestAction<Member> action = mock(CacheRestAction.class);
            when(action.useCache(false)).thenReturn(action);
            when(action.submit()).thenAnswer(submit -> {
                asked.add(20L);
                answerAll();
                return lookups.get(20L);
            });
            return action;
        });

        Map<Long, Optional<Boolean>> answers = messenger(Duration.ofSeconds(2)).areCoordinators(GUILD, SUBSCRIBERS);

        assertThat(asked).containsExactlyElementsOf(SUBSCRIBERS);
        assertThat(answers.keySet()).containsExactlyElementsOf(SUBSCRIBERS);
        assertThat(answers.get(1L)).contains(true);
        assertThat(answers.get(2L)).contains(false);
        assertThat(answers.get(3L)).as("left the server: a no").contains(false);
        assertThat(answers.get(4L)).as("refused in another way: unknown").isEmpty();
        assertThat(answers.values().stream().filter(a -> a.equals(Optional.of(true)))).hasSize(17);
    }

    @Test
    @DisplayName("members Discord does not answer about are unknown after one wait for all of them, and their "
            + "lookups are called off; the answered ones count")
    void unansweredAreUnknownAfterOneWait() {
        lookups.put(1L, CompletableFuture.completedFuture(member(true)));
        lookups.put(2L, CompletableFuture.completedFuture(member(false)));
        lookups.put(3L, CompletableFuture.failedFuture(refused(ErrorResponse.UNKNOWN_USER)));
        Duration deadline = Duration.ofMillis(300);

        Map<Long, Optional<Boolean>> answers = messenger(deadline).areCoordinators(GUILD, SUBSCRIBERS);

        assertThat(answers.get(1L)).contains(true);
        assertThat(answers.get(2L)).contains(false);
        assertThat(answers.get(3L)).contains(false);
        for (long held = 4; held <= 20; held++) {
            assertThat(answers.get(held)).as("subscriber %s, not answered", held).isEmpty();
            assertThat(lookups.get(held).isCancelled()).as("lookup of %s called off", held).isTrue();
        }
        // (that this is one wait, not one per member, is allLookupsGoOutTogether's: no lookup waits for another)
    }

    @Test
    @DisplayName("who of the map's members left: those Discord says are unknown members or users; those it did not "
            + "answer in time, or refused otherwise, are untold (the map names them \"a member\", never by id); the "
            + "answered ones neither, and their names in the server come with the same answers")
    void membershipOfTheMapsMembers() {
        Member ana = member(true);
        when(ana.getEffectiveName()).thenReturn("Ana (food bank)");
        Member bea = member(false);
        when(bea.getEffectiveName()).thenReturn("bea");
        lookups.put(1L, CompletableFuture.completedFuture(ana));
        lookups.put(2L, CompletableFuture.completedFuture(bea));
        lookups.put(3L, CompletableFuture.failedFuture(refused(ErrorResponse.UNKNOWN_MEMBER)));
        lookups.put(4L, CompletableFuture.failedFuture(refused(ErrorResponse.MISSING_ACCESS)));
        lookups.put(5L, CompletableFuture.failedFuture(refused(ErrorResponse.UNKNOWN_USER)));

        Messenger.Membership said = messenger(Duration.ofMillis(300)).membership(GUILD, SUBSCRIBERS);

        assertThat(asked).containsExactlyElementsOf(SUBSCRIBERS);
        assertThat(said.left()).containsExactlyInAnyOrder(3L, 5L);
        assertThat(said.untold()).as("refused otherwise, or not answered in time")
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(4, 20).filter(id -> id != 5).boxed()
                        .toList());
        assertThat(lookups.get(20L).isCancelled()).as("lookups still out are called off").isTrue();
        assertThat(said.names()).as("named from the answers, each member asked once")
                .isEqualTo(Map.of(1L, "Ana (food bank)", 2L, "bea"));
        assertThat(asked).doesNotHaveDuplicates();
        // a server this process does not run: nobody said to have left, nobody named
        assertThat(messenger(Duration.ofMillis(300)).membership(OTHER_GUILD, List.of(1L, 2L)))
                .isEqualTo(new Messenger.Membership(java.util.Set.of(), java.util.Set.of(1L, 2L)));
    }

    @Test
    @DisplayName("one member alone is asked the same way")
    void oneMember() {
        lookups.put(2L, CompletableFuture.completedFuture(member(false)));
        lookups.put(1L, CompletableFuture.completedFuture(member(true)));
        JdaMessenger messenger = messenger(Duration.ofSeconds(2));

        assertThat(messenger.isCoordinator(GUILD, 1L)).contains(true);
        assertThat(messenger.isCoordinator(GUILD, 2L)).contains(false);
    }

    @Test
    @DisplayName("a server this process does not run: every member unknown, nothing asked")
    void serverNotHere() {
        Map<Long, Optional<Boolean>> answers = messenger(Duration.ofSeconds(2)).areCoordinators(OTHER_GUILD,
                List.of(1L, 2L));

        assertThat(answers).containsExactly(Map.entry(1L, Optional.empty()), Map.entry(2L, Optional.empty()));
        verify(guild, never()).retrieveMemberById(anyLong());
    }

    @Test
    @DisplayName("a lookup JDA refuses up front leaves that member unknown; the others are still answered")
    void refusedUpFront() {
        when(guild.retrieveMemberById(2L)).thenThrow(new IllegalStateException("the shard is shutting down"));
        lookups.put(1L, CompletableFuture.completedFuture(member(true)));
        lookups.put(3L, CompletableFuture.completedFuture(member(false)));

        Map<Long, Optional<Boolean>> answers = messenger(Duration.ofSeconds(2)).areCoordinators(GUILD,
                List.of(1L, 2L, 3L));

        assertThat(answers).containsExactly(Map.entry(1L, Optional.of(true)), Map.entry(2L, Optional.empty()),
                Map.entry(3L, Optional.of(false)));
    }
}
