package org.partnercoach.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.SendTrouble;

/**
 * A messenger that keeps what the bot sent on its own, and can pretend a member's DMs are closed. Asked whether
 * someone is a coordinator now, it cannot tell unless the test said ({@link #reportsCoordinator}).
 */
public final class RecordingMessenger implements Messenger {

    /** One message the bot sent: to a member's DMs (channelId 0) or to a channel, with its nonce (or null). */
    public record Sent(long userId, long guildId, long channelId, Reply reply, String nonce) {
        public boolean direct() {
            return channelId == 0;
        }
    }

    private final List<Sent> sent = new ArrayList<>();
    private final Set<Long> closedDms = new HashSet<>();
    /** Roles of the server deleted on the platform. */
    private final Set<Long> deletedRoles = new HashSet<>();
    /** Channels the bot cannot post in, and why. */
    private final java.util.Map<Long, org.partnercoach.chat.ChannelTrouble> troubles = new java.util.HashMap<>();
    /** Messages the bot edited (a group question's count), oldest first. */
    private final List<Edited> edits = new ArrayList<>();
    /** Threads the bot opened: id → name. */
    private final java.util.Map<Long, String> threads = new java.util.LinkedHashMap<>();
    private final java.util.Map<Long, Sent> byMessageId = new java.util.HashMap<>();
    /** Where each thread is: server, channel, and 1 for a private one. */
    private final java.util.Map<Long, List<Long>> threadPlaces = new java.util.HashMap<>();
    private boolean crashAfterThread;
    private String threadFailure;
    private int threadTimeouts;
    private boolean threadTimeoutMakes;
    private int failuresLeft;
    private int editFailuresLeft;
    private Delivery editFailure;
    private int editTries;
    /** How the next {@link #failuresLeft} sends fail. */
    private Delivery failure = Delivery.failed(SendTrouble.NETWORK, "simulated outage");
    private long nextId = 9000;
    /** Runs on each message sent (a test's slow platform: it moves the clock on). */
    private Runnable onEachSend = () -> { };

    /** What the platform answers when asked whether a member (server, user) is a coordinator now. */
    private final java.util.Map<List<Long>, Boolean> coordinators = new java.util.HashMap<>();
    /** Each such question asked, as (server, user), oldest first. */
    private final List<List<Long>> coordinatorQuestions = new ArrayList<>();

    /**
     * From now on the platform says whether {@code userId} is a coordinator of {@code guildId} (false: they lost the
     * role, or left the server).
     */
    public synchronized void reportsCoordinator(long guildId, long userId, boolean coordinator) {
        coordinators.put(List.of(guildId, userId), coordinator);
    }

    /** From now on the platform cannot tell whether {@code userId} is a coordinator of {@code guildId}. */
    public synchronized void cannotTellCoordinator(long guildId, long userId) {
        coordinators.remove(List.of(guildId, userId));
    }

    @Override
    public synchronized java.util.Optional<Boolean> isCoordinator(long guildId, long userId) {
        coordinatorQuestions.add(List.of(guildId, userId));
        return java.util.Optional.ofNullable(coordinators.get(List.of(guildId, userId)));
    }

    /** The servers' names and owners the platform knows; none unless a test said. */
    private final java.util.Map<Long, String> serverNames = new java.util.HashMap<>();
    private final java.util.Map<Long, Long> owners = new java.util.HashMap<>();

    /** From now on the platform knows the server {@code guildId} as {@code name}. */
    public synchronized void namesServer(long guildId, String name) {
        serverNames.put(guildId, name);
    }

    /** From now on the platform says {@code userId} owns the server {@code guildId}. */
    public synchronized void ownedBy(long guildId, long userId) {
        owners.put(guildId, userId);
    }

    @Override
    public synchronized java.util.Optional<String> serverName(long guildId) {
        return java.util.Optional.ofNullable(serverNames.get(guildId));
    }

    @Override
    public synchronized java.util.Optional<Long> ownerOf(long guildId) {
        return java.util.Optional.ofNullable(owners.get(guildId));
    }

    /** Members the platform says are no longer in a server, as (server, user). */
    private final Set<List<Long>> left = new HashSet<>();
    /** Each server asked about which of its members left, oldest first. */
    private final List<Long> membershipQuestions = new ArrayList<>();

    /** From now on the platform says {@code userId} is no longer a member of {@code guildId}. */
    public synchronized void leaves(long guildId, long userId) {
        left.add(List.of(guildId, userId));
    }

    /** From now on the platform says {@code userId} is a member of {@code guildId} again. */
    public synchronized void comesBack(long guildId, long userId) {
        left.remove(List.of(guildId, userId));
    }

    @Override
    public synchronized Membership membership(long guildId, java.util.Collection<Long> userIds) {
        membershipQuestions.add(guildId);
        membersAskedAbout.add(Set.copyOf(userIds));
        Runnable meanwhile = whileAsked;
        whileAsked = null;
        if (meanwhile != null) {
            meanwhile.run();
        }
        Set<Long> gone = new java.util.TreeSet<>();
        userIds.stream().filter(id -> left.contains(List.of(guildId, id))).forEach(gone::add);
        Set<Long> notNamed = new java.util.TreeSet<>();
        userIds.stream().filter(id -> untold.contains(List.of(guildId, id))).forEach(notNamed::add);
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        userIds.stream().filter(id -> !gone.contains(id) && !notNamed.contains(id))
                .filter(id -> memberNames.containsKey(List.of(guildId, id)))
                .forEach(id -> names.put(id, memberNames.get(List.of(guildId, id))));
        return new Membership(gone, notNamed, names);
    }

    /** The names members go by in a server as the platform gives them, by (server, user); none unless a test said. */
    private final java.util.Map<List<Long>, String> memberNames = new java.util.HashMap<>();

    /** From now on the platform says {@code userId} goes by {@code name} in {@code guildId}. */
    public synchronized void namesMember(long guildId, long userId, String name) {
        memberNames.put(List.of(guildId, userId), name);
    }

    /** The members asked about, one set per question. */
    private final List<Set<Long>> membersAskedAbout = new ArrayList<>();
    /** What happens elsewhere while the platform is next asked who left (once). */
    private Runnable whileAsked;

    /** {@code meanwhile} happens while the platform is next asked which members left, as if it took a while. */
    public synchronized void whileAsked(Runnable meanwhile) {
        whileAsked = meanwhile;
    }

    /** The members asked about (whether they left), one set per question, oldest first. */
    public synchronized List<Set<Long>> membersAskedAbout() {
        return List.copyOf(membersAskedAbout);
    }

    /** Members the platform cannot tell about in time, as (server, user). */
    private final Set<List<Long>> untold = new HashSet<>();

    /** From now on the platform gives no answer in time about {@code userId} in {@code guildId}. */
    public synchronized void noAnswerAbout(long guildId, long userId) {
        untold.add(List.of(guildId, userId));
    }

    /** The servers asked about which of their members left, one entry per question. */
    public synchronized List<Long> membershipQuestions() {
        return List.copyOf(membershipQuestions);
    }

    /** The questions "is this member a coordinator now?" asked so far, as (server, user). */
    public synchronized List<List<Long>> coordinatorQuestions() {
        return List.copyOf(coordinatorQuestions);
    }

    /** Runs {@code action} each time a message is sent, after it is recorded. */
    public synchronized void onEachSend(Runnable action) {
        this.onEachSend = action;
    }

    @Override
    public synchronized Delivery sendDirect(long userId, Reply message, String nonce) {
        if (failuresLeft > 0) {
            failuresLeft--;
            return failure;
        }
        if (closedDms.contains(userId)) {
            return Delivery.dmClosed();
        }
        sent.add(new Sent(userId, 0, 0, message, nonce));
        onEachSend.run();
        return Delivery.sent(nextId++);
    }

    /**
     * As JDA: a thread the platform said is archived ({@link #threadReaches}) is not held, so a plain post there fails;
     * {@link #postInThread} finds it through its channel, and the message reopens it, unless it is out of reach.
     */
    @Override
    public synchronized Delivery post(long guildId, long channelId, Reply message, String nonce) {
        if (reaches.containsKey(channelId) && reaches.get(channelId) != ThreadReach.REACHABLE) {
            return Delivery.failed(org.partnercoach.chat.ChannelTrouble.gone(), channelId);
        }
        return posted(guildId, channelId, message, nonce);
    }

    @Override
    public synchronized Delivery postInThread(long guildId, long parentId, long threadId, Reply message,
                                              String nonce) {
        if (reaches.get(threadId) == ThreadReach.UNREACHABLE) {
            return Delivery.failed(SendTrouble.THREAD_LOCKED, "the thread is archived and locked");
        }
        reaches.remove(threadId);
        return posted(guildId, threadId, message, nonce);
    }

    private Delivery posted(long guildId, long channelId, Reply message, String nonce) {
        if (failuresLeft > 0) {
            failuresLeft--;
            return failure;
        }
        if (troubles.containsKey(channelId)) {
            return Delivery.failed(troubles.get(channelId), channelId);
        }
        Sent post = new Sent(0, guildId, channelId, message, nonce);
        sent.add(post);
        byMessageId.put(nextId, post);
        onEachSend.run();
        return Delivery.sent(nextId++);
    }

    /** One edit of an earlier message. */
    public record Edited(long guildId, long channelId, long messageId, Reply reply) {
    }

    @Override
    public synchronized Delivery openThread(long guildId, long channelId, String name) {
        return openThread(guildId, channelId, name, false);
    }

    @Override
    public synchronized Delivery openThread(long guildId, long channelId, String name, boolean privateThread) {
        if (threadFailure != null) {
            return Delivery.failed(SendTrouble.REFUSED, threadFailure);
        }
        if (threadTimeouts > 0) {
            threadTimeouts--;
            if (!threadTimeoutMakes) {
                return Delivery.failed(SendTrouble.TIMEOUT, "Discord did not answer within 10 seconds");
            }
            threads.put(nextId, name);
            threadPlaces.put(nextId, List.of(guildId, channelId, privateThread ? 1L : 0L));
            nextId++;
            return Delivery.failed(SendTrouble.TIMEOUT, "Discord did not answer within 10 seconds");
        }
        threads.put(nextId, name);
        threadPlaces.put(nextId, List.of(guildId, channelId, privateThread ? 1L : 0L));
        long id = nextId++;
        if (crashAfterThread) {
            crashAfterThread = false;
            throw new SimulatedCrash("the bot stopped after the platform made thread " + id);
        }
        return Delivery.sent(id);
    }

    /** The bot's process ending at that very point, as a kill would (no handler in the bot catches an Error). */
    public static final class SimulatedCrash extends Error {
        SimulatedCrash(String message) {
            super(message);
        }
    }

    /** The next thread is made on the platform, and then the bot stops before it hears back. */
    public synchronized void crashAfterNextThread() {
        crashAfterThread = true;
    }

    /** The threads of that name under a channel, oldest first (the double keeps no time: {@code since} is not read). */
    @Override
    public synchronized List<Long> threadsOpenedSince(long guildId, long channelId, String name,
                                                      boolean privateThread, java.time.Instant since) {
        return threads.entrySet().stream().filter(e -> e.getValue().equals(name)
                && threadPlaces.get(e.getKey()).equals(List.of(guildId, channelId, privateThread ? 1L : 0L)))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }

    /**
     * As JDA: a thread the platform said is archived ({@link #threadReaches}) is not held, so a plain edit there fails;
     * {@link #editInThread} finds it through its channel and reopens it, unless it is out of reach.
     */
    @Override
    public synchronized Delivery edit(long guildId, long channelId, long messageId, Reply message) {
        if (reaches.containsKey(channelId) && reaches.get(channelId) != ThreadReach.REACHABLE) {
            return Delivery.failed(org.partnercoach.chat.ChannelTrouble.gone(), channelId);
        }
        return edited(guildId, channelId, messageId, message);
    }

    @Override
    public synchronized Delivery editInThread(long guildId, long parentId, long threadId, long messageId,
                                             Reply message) {
        if (reaches.get(threadId) == ThreadReach.UNREACHABLE) {
            return Delivery.failed(SendTrouble.THREAD_LOCKED, "the thread is archived and locked");
        }
        return edited(guildId, threadId, messageId, message);
    }

    /** How many edits each {@link #editAllInThread} made together, oldest first (one reopening of an archived thread). */
    private final List<Integer> threadEditsTogether = new ArrayList<>();

    @Override
    public synchronized List<Delivery> editAllInThread(long guildId, long parentId, long threadId,
                                                       List<ThreadEdit> edits) {
        threadEditsTogether.add(edits.size());
        return Messenger.super.editAllInThread(guildId, parentId, threadId, edits);
    }

    /** How many edits each call for several edits of one thread held, oldest first. */
    public synchronized List<Integer> threadEditsTogether() {
        return List.copyOf(threadEditsTogether);
    }

    private Delivery edited(long guildId, long channelId, long messageId, Reply message) {
        editTries++;
        if (editFailuresLeft > 0) {
            editFailuresLeft--;
            return editFailure;
        }
        if (!byMessageId.containsKey(messageId)) {
            return Delivery.failed(SendTrouble.REFUSED, "unknown message " + messageId);
        }
        edits.add(new Edited(guildId, channelId, messageId, message));
        return Delivery.sent(messageId);
    }

    public synchronized List<Edited> edits() {
        return List.copyOf(edits);
    }

    /** How many edits the bot tried so far, made or not. */
    public synchronized int editTries() {
        return editTries;
    }

    /** The next {@code count} edits (a question's count, a summary) fail as {@code how} says. */
    public synchronized void failNextEdits(int count, Delivery how) {
        editFailuresLeft = count;
        editFailure = how;
    }

    /** The messages of a channel or thread as a member reads them now: each post as last edited, oldest first. */
    public synchronized List<Reply> shownIn(long channelId) {
        java.util.Map<Long, Reply> shown = new java.util.TreeMap<>();
        byMessageId.forEach((id, post) -> {
            if (post.channelId() == channelId) {
                shown.put(id, post.reply());
            }
        });
        for (Edited e : edits) {
            if (shown.containsKey(e.messageId())) {
                shown.put(e.messageId(), e.reply());
            }
        }
        return List.copyOf(shown.values());
    }

    /** The threads opened so far, id → name. */
    public synchronized java.util.Map<Long, String> threads() {
        return java.util.Map.copyOf(threads);
    }

    /** Posts in one channel or thread, oldest first. */
    public synchronized List<Sent> postsIn(long channelId) {
        return sent.stream().filter(s -> !s.direct() && s.channelId() == channelId).toList();
    }

    /**
     * The next {@code count} thread openings get no answer in time (a timeout); with {@code made} the platform makes
     * each thread all the same, as Discord may.
     */
    public synchronized void timeOutThreads(int count, boolean made) {
        threadTimeouts = count;
        threadTimeoutMakes = made;
    }

    /** Opening a thread fails from now on, with this reason (null: it works again). */
    public synchronized void failThreads(String reason) {
        threadFailure = reason;
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Sent> directTo(long userId) {
        return sent.stream().filter(s -> s.direct() && s.userId() == userId).toList();
    }

    public synchronized void closeDmsOf(long userId) {
        closedDms.add(userId);
    }

    /** The member allows DMs again (she changed her privacy settings for the server). */
    public synchronized void openDmsOf(long userId) {
        closedDms.remove(userId);
    }

    /**
     * From now on the bot cannot post in this channel, for this reason (null: it can again): the platform says so when
     * asked, and posts there fail with the reason's words.
     */
    public synchronized void cannotPostIn(long channelId, org.partnercoach.chat.ChannelTrouble trouble) {
        if (trouble == null) {
            troubles.remove(channelId);
        } else {
            troubles.put(channelId, trouble);
        }
    }

    @Override
    public synchronized java.util.Optional<org.partnercoach.chat.ChannelTrouble> cannotPost(long guildId,
                                                                                           long channelId,
                                                                                           boolean withFiles) {
        return java.util.Optional.ofNullable(troubles.get(channelId));
    }

    private final java.util.Map<Long, ThreadReach> reaches = new java.util.HashMap<>();

    /** From now on the platform says this of the bot's reach in a thread (null: as {@link #cannotPost} says). */
    public synchronized void threadReaches(long threadId, ThreadReach reach) {
        if (reach == null) {
            reaches.remove(threadId);
        } else {
            reaches.put(threadId, reach);
        }
    }

    @Override
    public synchronized ThreadReach threadReach(long guildId, long threadId) {
        ThreadReach said = reaches.get(threadId);
        return said != null ? said : Messenger.super.threadReach(guildId, threadId);
    }

    /** From now on the platform says this role of the server was deleted. */
    public synchronized void deleteRole(long roleId) {
        deletedRoles.add(roleId);
    }

    @Override
    public synchronized boolean roleGone(long guildId, long roleId) {
        return deletedRoles.contains(roleId);
    }

    /** The next {@code count} sends fail as if Discord were unreachable. */
    public synchronized void failNext(int count) {
        failNext(count, Delivery.failed(SendTrouble.NETWORK, "simulated outage"));
    }

    /** The next {@code count} sends fail as {@code how} says (a timeout, Discord's own error...). */
    public synchronized void failNext(int count, Delivery how) {
        failuresLeft = count;
        failure = how;
    }

    public synchronized void clear() {
        sent.clear();
    }
}
