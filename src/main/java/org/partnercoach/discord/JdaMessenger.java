package org.partnercoach.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.partnercoach.chat.Capability;
import org.partnercoach.chat.ChannelTrouble;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.config.Shards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's own sends (reminders, digests, group sessions) over JDA. Called from the scheduler's thread, never
 * from JDA's: each send waits for Discord's answer, at most {@code timeout}, so the caller learns whether it
 * went out and can mark its row sent or try again later. Channels are looked up across every shard this process
 * runs; a server of a shard run by another process is not {@linkplain #handles handled} here. Whether members are
 * coordinators now is asked of Discord over REST (the bot has no members intent, so JDA's cache holds no roles), all
 * of them at once and with one wait for the answers.
 */
final class JdaMessenger implements Messenger {

    private static final Logger log = LoggerFactory.getLogger(JdaMessenger.class);
    /** Discord's limit for a thread name. */
    static final int THREAD_NAME = 100;

    private final Duration timeout;
    private final Shards shards;
    private volatile ShardManager jda;
    private volatile CoordinatorRule coordinators;

    JdaMessenger(Duration timeout, Shards shards) {
        this.timeout = timeout;
        this.shards = shards;
    }

    /**
     * The messenger is built before JDA and before the features (they need it); it is connected once the shards
     * exist, with the coordinator rule that reads the servers' settings.
     */
    void connect(ShardManager connected, CoordinatorRule coordinators) {
        this.coordinators = coordinators;
        this.jda = connected;
    }

    @Override
    public boolean handles(long guildId) {
        return shards.runs(guildId);
    }

    /** A DM goes over REST, which any shard can send: the first one this process runs. */
    @Override
    public Delivery sendDirect(long userId, Reply message, String nonce) {
        return await("a direct message to user " + userId, 0, () -> anyShard().openPrivateChannelById(userId)
                .flatMap(channel -> withNonce(channel.sendMessage(MessageMapper.toCreate(message)), nonce))
                .submit(), Message::getIdLong);
    }

    @Override
    public Delivery post(long guildId, long channelId, Reply message, String nonce) {
        return inChannel(guildId, channelId, GuildMessageChannel.class,
                channel -> postIn(guildId, channelId, channel, message, nonce));
    }

    /**
     * {@code send} in the channel {@code channelId} of the server {@code guildId}, of the type it needs; refused
     * without it when the bot is not connected, or the channel is not the server's (gone, another server's, or the
     * server another process's).
     */
    private <C extends GuildMessageChannel> Delivery inChannel(long guildId, long channelId, Class<C> type,
                                                               Function<C, Delivery> send) {
        ShardManager current = jda;
        if (current == null) {
            return SendFailures.notConnected();
        }
        C channel = current.getChannelById(type, channelId);
        if (channel == null || channel.getGuild().getIdLong() != guildId) {
            return notHere(guildId, channelId);
        }
        return send.apply(channel);
    }

    /** A post in a channel JDA holds (or a thread found among the archived ones), checked as Discord would. */
    private Delivery postIn(long guildId, long channelId, GuildMessageChannel channel, Reply message, String nonce) {
        if (channel.getType().isAudio()) {
            log.warn("did not post in channel {} of guild {}: it is a voice channel", channelId, guildId);
            return Delivery.failed(ChannelTrouble.voice(), channelId);
        }
        // what JDA would refuse up front, said in the words a server's settings use
        Set<Capability> needs = EnumSet.of(Capability.VIEW_CHANNEL, Capability.SEND_MESSAGES);
        if (!message.cards().isEmpty()) {
            needs.add(Capability.EMBED_LINKS);
        }
        if (!message.files().isEmpty()) {
            needs.add(Capability.ATTACH_FILES);
        }
        Optional<ChannelTrouble> trouble = lacking(channel, needs);
        if (trouble.isPresent()) {
            log.warn("could not post in channel {} of guild {}: the bot lacks {} there", channelId, guildId,
                    trouble.get().lacking());
            return Delivery.failed(trouble.get(), channelId);
        }
        return await("a post in channel " + channelId, channelId,
                () -> withNonce(channel.sendMessage(MessageMapper.toCreate(message)), nonce).submit(),
                Message::getIdLong);
    }

    @Override
    public Delivery openThread(long guildId, long channelId, String name) {
        return openThread(guildId, channelId, name, false);
    }

    @Override
    public Delivery openThread(long guildId, long channelId, String name, boolean privateThread) {
        String threadName = threadName(name);
        return inChannel(guildId, channelId, TextChannel.class, channel -> await("a thread under channel " + channelId,
                channelId, () -> channel.createThreadChannel(threadName, privateThread).submit(),
                thread -> thread.getIdLong()));
    }

    /** The name Discord gives a thread the bot opens: never blank, within Discord's limit. */
    private static String threadName(String name) {
        return org.partnercoach.chat.Limits.clip(name.isBlank() ? "Partner Coach" : name, THREAD_NAME);
    }

    /**
     * From JDA's cache: the gateway tells of each thread the bot opens, and a start (after a crash too) brings every
     * thread still open in the server, private ones the bot is in included. A thread's creation time is in its id.
     */
    @Override
    public List<Long> threadsOpenedSince(long guildId, long channelId, String name, boolean privateThread,
                                         java.time.Instant since) {
        ShardManager current = jda;
        TextChannel channel = current == null || !handles(guildId) ? null : current.getTextChannelById(channelId);
        if (channel == null || channel.getGuild().getIdLong() != guildId) {
            return List.of();
        }
        long self = channel.getJDA().getSelfUser().getIdLong();
        String threadName = threadName(name);
        return channel.getThreadChannels().stream()
                .filter(t -> t.getOwnerIdLong() == self && t.getName().equals(threadName) && !t.isArchived()
                        && t.isPublic() != privateThread
                        && !t.getTimeCreated().toInstant().isBefore(since))
                .map(ThreadChannel::getIdLong).sorted().toList();
    }

    @Override
    public Delivery edit(long guildId, long channelId, long messageId, Reply message) {
        return inChannel(guildId, channelId, GuildMessageChannel.class,
                channel -> await("an edit of message " + messageId + " in channel " + channelId, channelId,
                        () -> channel.editMessageById(messageId, MessageMapper.toReplacement(message)).submit(),
                        Message::getIdLong));
    }

    /**
     * An edit in a thread that may be archived. JDA holds only the threads still open: an archived one is looked up
     * among the archived threads of its channel ({@code GET /channels/{parent}/threads/archived/public}, then the
     * private ones the bot is in), reopened ({@code archived: false}, which the bot may do in a thread it made unless
     * a moderator locked it), edited, and archived again, so the thread looks as it did.
     */
    @Override
    public Delivery editInThread(long guildId, long parentId, long threadId, long messageId, Reply message) {
        return editAllInThread(guildId, parentId, threadId, List.of(new ThreadEdit(messageId, message))).get(0);
    }

    /**
     * {@link #editInThread} for several messages of one thread: an archived thread is looked up and reopened once,
     * the messages are edited one after another (JDA waits out Discord's rate limit on edits in a channel), and the
     * thread is archived again. One thread is reopened at a time, for as long as its edits take, so that a forget
     * reaching many archived threads never holds many of them open (Discord limits a server's active threads).
     */
    @Override
    public List<Delivery> editAllInThread(long guildId, long parentId, long threadId, List<ThreadEdit> edits) {
        if (edits.isEmpty()) {
            return List.of();
        }
        ThreadFound found = thread(guildId, parentId, threadId, edits.size() == 1
                ? "edit message " + edits.get(0).messageId() : "edit " + edits.size() + " messages");
        if (found.refused() != null) {
            return edits.stream().map(e -> found.refused()).toList();
        }
        if (!found.archived()) {
            return Messenger.editEach(edits, e -> edit(guildId, threadId, e.messageId(), e.message()));
        }
        ThreadChannel thread = found.thread();
        Delivery reopened = await("reopening thread " + threadId, threadId,
                () -> thread.getManager().setArchived(false).submit(), done -> threadId);
        if (!reopened.ok()) {
            return edits.stream().map(e -> reopened).toList();
        }
        List<Delivery> edited = Messenger.editEach(edits, e -> await("an edit of message " + e.messageId() + " in thread "
                + threadId, threadId, () -> thread.editMessageById(e.messageId(),
                MessageMapper.toReplacement(e.message())).submit(), Message::getIdLong));
        Delivery archived = await("archiving thread " + threadId + " again", threadId,
                () -> thread.getManager().setArchived(true).submit(), done -> threadId);
        if (!archived.ok()) {
            log.warn("thread {} of guild {} was left open after {} edit(s): {}", threadId, guildId, edits.size(),
                    archived.detail());
        }
        return edited;
    }

    /**
     * A new message in a thread that may be archived. An archived thread JDA does not hold is looked up as for
     * {@link #editInThread}; the message itself reopens it (Discord unarchives a thread for a message sent in it), and
     * it stays open, as after any message. One a moderator locked is out of reach unless the bot has Manage Threads.
     */
    @Override
    public Delivery postInThread(long guildId, long parentId, long threadId, Reply message, String nonce) {
        ThreadFound found = thread(guildId, parentId, threadId, "post");
        return found.refused() != null ? found.refused()
                : postIn(guildId, threadId, found.thread(), message, nonce);
    }

    /** A thread to write in ({@code archived}: the bot may reopen it), or why it cannot be ({@code refused}). */
    private record ThreadFound(ThreadChannel thread, boolean archived, Delivery refused) {

        static ThreadFound refused(Delivery why) {
            return new ThreadFound(null, false, why);
        }
    }

    /**
     * The thread {@code threadId} of the channel {@code parentId}: open, from JDA's cache; or archived, found among
     * the channel's archived threads (JDA holds only those archived while the bot ran), if the bot may reopen it.
     * {@code doing} names the write in the log ("post", "edit message 12").
     */
    private ThreadFound thread(long guildId, long parentId, long threadId, String doing) {
        ShardManager current = jda;
        if (current == null) {
            return ThreadFound.refused(SendFailures.notConnected());
        }
        Guild guild = handles(guildId) ? current.getGuildById(guildId) : null;
        if (guild == null) {
            return ThreadFound.refused(notHere(guildId, threadId));
        }
        ThreadChannel cached = guild.getThreadChannelById(threadId);
        if (cached != null && !cached.isArchived()) {
            return new ThreadFound(cached, false, null);
        }
        Optional<ThreadChannel> found;
        try {
            found = cached != null ? Optional.of(cached) : archivedThread(guild, parentId, threadId);
        } catch (ArchivedSearch failed) {
            return ThreadFound.refused(failed.delivery);
        }
        if (found.isEmpty()) {
            log.warn("could not {}: thread {} of guild {} is neither open nor among the archived threads of channel "
                    + "{}", doing, threadId, guildId, parentId);
            return ThreadFound.refused(Delivery.failed(ChannelTrouble.gone(), threadId));
        }
        if (!mayReopen(guild, found.get())) {
            log.warn("could not {}: thread {} of guild {} is archived and locked, and the bot lacks Manage Threads "
                    + "there", doing, threadId, guildId);
            return ThreadFound.refused(Delivery.failed(SendTrouble.THREAD_LOCKED,
                    org.partnercoach.chat.Mentions.channel(threadId) + " is archived and locked, which only someone "
                            + "with Manage Threads can reopen"));
        }
        return new ThreadFound(found.get(), true, null);
    }

    /** The most archived threads of a channel looked through for one (newest archived first). */
    static final int ARCHIVED_SEARCHED = 500;

    /** An archived thread could not be looked up: what to report instead. */
    private static final class ArchivedSearch extends Exception {
        private final transient Delivery delivery;

        ArchivedSearch(Delivery delivery) {
            super(delivery.detail(), null, false, false);
            this.delivery = delivery;
        }
    }

    /** An archived thread of a channel: among its public archived threads, then the private ones the bot is in. */
    private Optional<ThreadChannel> archivedThread(Guild guild, long parentId, long threadId) throws ArchivedSearch {
        net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer parent = guild.getChannelById(
                net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer.class, parentId);
        if (parent == null) {
            return Optional.empty();
        }
        List<Supplier<net.dv8tion.jda.api.requests.restaction.pagination.ThreadChannelPaginationAction>> lists =
                List.of(parent::retrieveArchivedPublicThreadChannels,
                        parent::retrieveArchivedPrivateJoinedThreadChannels);
        for (var list : lists) {
            ThreadChannel[] hit = new ThreadChannel[1];
            int[] seen = new int[1];
            Delivery searched = await("the archived threads of channel " + parentId, parentId,
                    () -> list.get().cache(false).forEachAsync(t -> {
                        if (t.getIdLong() == threadId) {
                            hit[0] = t;
                            return false;
                        }
                        return ++seen[0] < ARCHIVED_SEARCHED;
                    }), done -> 0L);
            if (!searched.ok()) {
                throw new ArchivedSearch(searched);
            }
            if (hit[0] != null) {
                return Optional.of(hit[0]);
            }
        }
        return Optional.empty();
    }

    /** Whether the bot may reopen an archived thread: one it made, unless locked; any, with Manage Threads. */
    private static boolean mayReopen(Guild guild, ThreadChannel thread) {
        boolean manages = guild.getSelfMember().hasPermission(thread.getParentChannel(),
                net.dv8tion.jda.api.Permission.MANAGE_THREADS);
        return manages || (!thread.isLocked() && thread.getOwnerIdLong() == guild.getSelfMember().getIdLong());
    }

    /**
     * From JDA's cache: a thread it holds is open or was archived while the bot ran (locked or not); one it does not
     * hold was archived before (JDA's start brings only the open ones) or deleted.
     */
    @Override
    public ThreadReach threadReach(long guildId, long threadId) {
        ShardManager current = jda;
        Guild guild = current == null || !handles(guildId) ? null : current.getGuildById(guildId);
        if (guild == null) {
            return ThreadReach.REACHABLE;
        }
        ThreadChannel thread = guild.getThreadChannelById(threadId);
        if (thread == null) {
            return ThreadReach.ARCHIVED_OR_GONE;
        }
        if (thread.isArchived() && !mayReopen(guild, thread)) {
            return ThreadReach.UNREACHABLE;
        }
        return lacking(thread, ChannelTrouble.needsToPost(false)).isPresent() ? ThreadReach.UNREACHABLE
                : ThreadReach.REACHABLE;
    }

    /**
     * From JDA's cache of the server (its channels, the bot's roles and the channel's overrides), which the gateway
     * keeps current: a channel deleted, or a permission taken from the bot, shows at once.
     */
    @Override
    public Optional<ChannelTrouble> cannotPost(long guildId, long channelId, boolean withFiles) {
        ShardManager current = jda;
        Guild guild = current == null || !handles(guildId) ? null : current.getGuildById(guildId);
        if (guild == null) {
            return Optional.empty();
        }
        GuildChannel channel = guild.getGuildChannelById(channelId);
        if (channel == null) {
            return Optional.of(ChannelTrouble.gone());
        }
        if (!(channel instanceof GuildMessageChannel)) {
            return Optional.of(ChannelTrouble.notForPosts());
        }
        if (channel.getType().isAudio()) {
            // saved before the options offered text channels only: few open its chat
            return Optional.of(ChannelTrouble.voice());
        }
        return lacking(channel, ChannelTrouble.needsToPost(withFiles));
    }

    /** From JDA's cache of the server, which the gateway keeps current (GUILD_UPDATE). */
    @Override
    public Optional<String> serverName(long guildId) {
        return cachedGuild(guildId).map(Guild::getName);
    }

    /** From JDA's cache of the server, which the gateway keeps current (GUILD_UPDATE). */
    @Override
    public Optional<Long> ownerOf(long guildId) {
        return cachedGuild(guildId).map(Guild::getOwnerIdLong).filter(id -> id != 0);
    }

    private Optional<Guild> cachedGuild(long guildId) {
        ShardManager current = jda;
        return Optional.ofNullable(current == null || !handles(guildId) ? null : current.getGuildById(guildId));
    }

    /** From JDA's cache of the server's roles, which the gateway keeps current (GUILD_ROLE_DELETE). */
    @Override
    public boolean roleGone(long guildId, long roleId) {
        ShardManager current = jda;
        Guild guild = current == null || !handles(guildId) ? null : current.getGuildById(guildId);
        return guild != null && guild.getRoleById(roleId) == null;
    }

    /** The capabilities of {@code needs} the bot lacks in a channel (in a thread, sending is its own permission). */
    private static Optional<ChannelTrouble> lacking(GuildChannel channel, Set<Capability> needs) {
        Member self = channel.getGuild().getSelfMember();
        boolean thread = channel.getType().isThread();
        Set<Capability> lacking = EnumSet.noneOf(Capability.class);
        for (Capability need : needs) {
            Capability asked = thread && need == Capability.SEND_MESSAGES ? Capability.SEND_MESSAGES_IN_THREADS : need;
            if (!self.hasPermission(channel, InboundMapper.PERMISSIONS.get(asked))) {
                lacking.add(asked);
            }
        }
        return lacking.isEmpty() ? Optional.empty() : Optional.of(ChannelTrouble.lacks(lacking));
    }

    /** One member, as {@link #areCoordinators} asks about several. */
    @Override
    public Optional<Boolean> isCoordinator(long guildId, long userId) {
        return areCoordinators(guildId, List.of(userId)).get(userId);
    }

    /**
     * Fetches each member from Discord ({@code GET /guilds/{guild}/members/{user}}, never JDA's cache, whose roles
     * may be stale) and applies the {@link CoordinatorRule}. Every request is submitted first, then the answers are
     * awaited once, at most {@code timeout} for all of them: a Discord that does not answer costs one wait, however
     * many members there are, and the requests still out then are cancelled. Unknown Member (they left, or were
     * never in it) and Unknown User (the account is gone) are a no; a server this process does not run, a refusal of
     * another kind or no answer in time leave it unknown.
     */
    @Override
    public Map<Long, Optional<Boolean>> areCoordinators(long guildId, Collection<Long> userIds) {
        Map<Long, Optional<Boolean>> answers = new LinkedHashMap<>();
        userIds.forEach(userId -> answers.put(userId, Optional.empty()));
        CoordinatorRule rule = coordinators;
        if (rule == null) {
            return answers;
        }
        lookUp(guildId, answers.keySet(), "whether user(s) {} are coordinators of guild {}")
                .forEach((userId, answer) -> answers.put(userId, decide(guildId, userId, answer, rule)));
        return answers;
    }

    /**
     * Fetched as {@link #areCoordinators} fetches them, every request first, then one wait for all: left, those
     * Discord answers Unknown Member or Unknown User about; untold, those it did not answer in time or refused
     * otherwise (on a big server some of the many requests may not come back in time), whom a view must not name by
     * their id; and the names of the others, from the same answers (no second request).
     */
    @Override
    public Membership membership(long guildId, Collection<Long> userIds) {
        Set<Long> asked = new java.util.LinkedHashSet<>(userIds);
        Set<Long> left = new java.util.TreeSet<>();
        Set<Long> untold = new java.util.TreeSet<>(asked);
        Map<Long, String> names = new LinkedHashMap<>();
        lookUp(guildId, asked, "whether user(s) {} are still in guild {}").forEach((userId, answer) -> {
            if (gone(answer)) {
                left.add(userId);
                untold.remove(userId);
            } else if (!answer.isCompletedExceptionally()) {
                untold.remove(userId);
                String name = answer.join().getEffectiveName();
                if (name != null && !name.isBlank()) {
                    names.put(userId, name);
                }
            }
        });
        return new Membership(left, untold, names);
    }

    /**
     * Fetches each member from Discord ({@code GET /guilds/{guild}/members/{user}}, never JDA's cache, which may be
     * stale): every request submitted first, then the answers awaited once, at most {@code timeout} for all of them,
     * and the requests still out then cancelled. Returns the requests answered (with a member or an error), by user;
     * none for a server this process does not run.
     *
     * @param what what is asked, for the log: two {@code {}}, the users and the server
     */
    private Map<Long, CompletableFuture<Member>> lookUp(long guildId, Collection<Long> userIds, String what) {
        ShardManager current = jda;
        Guild guild = current == null || userIds.isEmpty() ? null : current.getGuildById(guildId);
        if (guild == null) {
            log.debug("cannot tell " + what + ": the server is not on this process's shards", userIds, guildId);
            return Map.of();
        }
        Map<Long, CompletableFuture<Member>> asking = new LinkedHashMap<>();
        for (long userId : userIds) {
            try {
                asking.put(userId, guild.retrieveMemberById(userId).useCache(false).submit());
            } catch (RuntimeException e) {
                log.warn("could not ask " + what + ": {}", userId, guildId, e.toString());
            }
        }
        awaitAll(asking.values());
        Map<Long, CompletableFuture<Member>> answered = new LinkedHashMap<>();
        List<Long> unanswered = new ArrayList<>();
        asking.forEach((userId, answer) -> {
            if (answer.isDone()) {
                answered.put(userId, answer);
            } else {
                answer.cancel(false);
                unanswered.add(userId);
            }
        });
        if (!unanswered.isEmpty()) {
            log.warn("could not ask " + what + ": no answer from Discord within {}", unanswered, guildId, timeout);
        }
        return answered;
    }

    /** Whether an answered request says the user is not a member: Unknown Member (they left) or Unknown User. */
    private static boolean gone(CompletableFuture<Member> answer) {
        try {
            answer.join();
            return false;
        } catch (CancellationException e) {
            return false;
        } catch (CompletionException e) {
            return e.getCause() instanceof ErrorResponseException error
                    && (error.getErrorResponse() == ErrorResponse.UNKNOWN_MEMBER
                    || error.getErrorResponse() == ErrorResponse.UNKNOWN_USER);
        }
    }

    /** Waits until every request has its answer, or {@code timeout} has passed: one wait for all of them. */
    private void awaitAll(Collection<CompletableFuture<Member>> asking) {
        try {
            CompletableFuture.allOf(asking.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // every answer (or its absence) is read one by one
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What an answered request says: a coordinator or not, or unknown when Discord refused in another way. */
    private static Optional<Boolean> decide(long guildId, long userId, CompletableFuture<Member> answer,
                                            CoordinatorRule rule) {
        String what = "whether user " + userId + " is a coordinator of guild " + guildId;
        Member member;
        try {
            member = answer.join();
        } catch (CancellationException e) {
            return Optional.empty();
        } catch (CompletionException e) {
            if (gone(answer)) {
                return Optional.of(false);
            }
            log.warn("could not ask {}: {}", what, String.valueOf(e.getCause()));
            return Optional.empty();
        }
        try {
            return Optional.of(rule.isCoordinator(guildId, member));
        } catch (RuntimeException e) {
            log.warn("could not decide {}: {}", what, e.toString());
            return Optional.empty();
        }
    }

    /**
     * JDA sends a nonce set here with {@code enforce_nonce: true}: Discord then answers a second send with the same
     * nonce (a retry after a crash) with the first message instead of creating another.
     */
    private static MessageCreateAction withNonce(MessageCreateAction action, String nonce) {
        return nonce == null ? action : action.setNonce(nonce);
    }

    /** Why a channel cannot be used: not one of the server's, or the server is in another process's shard. */
    private Delivery notHere(long guildId, long channelId) {
        if (!handles(guildId)) {
            log.warn("could not send in channel {}: server {} is in shard {}, which another process runs (this one "
                    + "runs {})", channelId, guildId, Shards.of(guildId, shards.total()), shards);
            return Delivery.failed(SendTrouble.BOT_FAULT, "this server is served by another of the bot's processes");
        }
        return Delivery.failed(ChannelTrouble.gone(), channelId);
    }

    private ShardManager connected() {
        ShardManager current = jda;
        if (current == null) {
            throw new IllegalStateException(SendFailures.NOT_CONNECTED);
        }
        return current;
    }

    private JDA anyShard() {
        return connected().getShardCache().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(SendFailures.NOT_CONNECTED));
    }

    /**
     * Starts a send and waits for Discord's answer. A send JDA refuses up front (a missing permission, text over a
     * limit) fails like one Discord refused. What went wrong is logged as it is; the delivery says it in plain words.
     *
     * @param channelId the channel the send is for, named in the reason when it is the trouble; 0 for a DM
     */
    private <T> Delivery await(String what, long channelId, Supplier<CompletableFuture<T>> send,
                               Function<T, Long> idOf) {
        CompletableFuture<T> sending;
        try {
            sending = send.get();
        } catch (RuntimeException e) {
            log.warn("could not send {}: {}", what, e.toString());
            return SendFailures.of(e, channelId);
        }
        try {
            return Delivery.sent(idOf.apply(sending.get(timeout.toMillis(), TimeUnit.MILLISECONDS)));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ErrorResponseException error
                    && error.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
                return Delivery.dmClosed();
            }
            log.warn("could not send {}: {}", what, cause.toString());
            return SendFailures.of(cause, channelId);
        } catch (TimeoutException e) {
            sending.cancel(false);
            log.warn("could not send {}: no answer from Discord within {}", what, timeout);
            return Delivery.failed(SendTrouble.TIMEOUT, "Discord did not answer within " + SendFailures.seconds(timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("could not send {}: the bot was stopping", what);
            return Delivery.failed(SendTrouble.TIMEOUT, "the bot was stopping before Discord answered");
        }
    }
}
