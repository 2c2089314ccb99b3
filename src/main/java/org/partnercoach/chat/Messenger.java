package org.partnercoach.chat;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Messages the bot sends on its own, not as an answer: reminders, digests, introduction requests, thread posts.
 * Each platform adapter provides one.
 */
public interface Messenger {

    /**
     * Sends a direct message to a member.
     *
     * @param nonce at most 25 characters, the same for every try of one message: the platform answers a second send
     *              with the same nonce with the first message instead of showing a copy (Discord's nonce with
     *              {@code enforce_nonce}); null for none
     */
    Delivery sendDirect(long userId, Reply message, String nonce);

    /** Posts in a channel or thread of a server; {@code nonce} as for {@link #sendDirect}. */
    Delivery post(long guildId, long channelId, Reply message, String nonce);

    /**
     * {@link #post} in a thread under the channel {@code parentId}. A thread that was archived (Discord archives a quiet
     * one by itself) is found through its channel; the message reopens it, as any message sent in it would, unless a
     * moderator locked it, and the post then fails saying so.
     */
    default Delivery postInThread(long guildId, long parentId, long threadId, Reply message, String nonce) {
        return post(guildId, threadId, message, nonce);
    }

    /** Opens a thread under a channel and returns its id (for group sessions). */
    Delivery openThread(long guildId, long channelId, String name);

    /**
     * Opens a thread that only invited members and moderators see when {@code privateThread} is set (the bot needs
     * Create Private Threads); a platform without private threads opens a plain one.
     */
    default Delivery openThread(long guildId, long channelId, String name, boolean privateThread) {
        return openThread(guildId, channelId, name);
    }

    /**
     * The threads under a channel that the bot itself opened with this name (and this privacy) at {@code since} or
     * later, still open, oldest first, as the platform knows them without asking over the network: after a crash
     * between the platform making a thread and the bot recording it, the retry takes that thread instead of opening
     * a second one. Empty when there are none, or when the platform cannot tell.
     */
    default List<Long> threadsOpenedSince(long guildId, long channelId, String name, boolean privateThread,
                                          Instant since) {
        return List.of();
    }

    /**
     * Replaces a message the bot posted earlier with {@code message}, whole: its text, cards, buttons and files (a
     * file the message had and {@code message} has not is removed). For a group question's live answer count, and a
     * session summary brought up to date. The returned id is the message's own.
     */
    default Delivery edit(long guildId, long channelId, long messageId, Reply message) {
        return Delivery.failed(SendTrouble.BOT_FAULT, "this platform cannot edit messages");
    }

    /**
     * {@link #edit} of a message in a thread under the channel {@code parentId}. A thread that was archived (Discord
     * archives a quiet thread by itself) is found through its channel, reopened for the edit when the bot may, and
     * archived again; one a moderator locked stays out of reach, and the edit fails saying so.
     */
    default Delivery editInThread(long guildId, long parentId, long threadId, long messageId, Reply message) {
        return edit(guildId, threadId, messageId, message);
    }

    /** One edit of {@link #editAllInThread}: a message the bot posted in the thread, and what it shows from now on. */
    record ThreadEdit(long messageId, Reply message) {
    }

    /**
     * Several {@link #editInThread} edits of messages in one thread, together: a thread that was archived is found and
     * reopened once, every edit is made, and it is archived again, instead of once for each. Once an edit meets a
     * passing trouble ({@link SendTrouble#passes}) the rest are not tried and fail the same way (they would each wait
     * for it). One delivery for each edit, in their order. By default one after the other.
     */
    default List<Delivery> editAllInThread(long guildId, long parentId, long threadId, List<ThreadEdit> edits) {
        return editEach(edits, e -> editInThread(guildId, parentId, threadId, e.messageId(), e.message()));
    }

    /**
     * Makes each edit in turn with {@code editing}; after one that met a passing trouble, the rest fail the same way
     * untried ({@link #editAllInThread}).
     */
    static List<Delivery> editEach(List<ThreadEdit> edits, java.util.function.Function<ThreadEdit, Delivery> editing) {
        List<Delivery> done = new java.util.ArrayList<>();
        Delivery passing = null;
        for (ThreadEdit e : edits) {
            Delivery d = passing != null ? passing : editing.apply(e);
            if (!d.ok() && d.trouble() != null && d.trouble().passes()) {
                passing = d;
            }
            done.add(d);
        }
        return done;
    }

    /** How far the bot reaches its messages in a thread, as the platform knows it without asking over the network. */
    enum ThreadReach {
        /** It can edit them, or nothing says otherwise. */
        REACHABLE,
        /**
         * The platform does not hold the thread now: it was archived (the bot reopens it for an edit, unless a
         * moderator locked it) or deleted.
         */
        ARCHIVED_OR_GONE,
        /** It cannot: the thread is closed to the bot, or archived and locked where the bot may not reopen it. */
        UNREACHABLE
    }

    /** {@link ThreadReach} of a thread of a server now; never asks over the network. */
    default ThreadReach threadReach(long guildId, long threadId) {
        return cannotPost(guildId, threadId, false).isPresent() ? ThreadReach.UNREACHABLE : ThreadReach.REACHABLE;
    }

    /**
     * What keeps the bot from posting in a channel of a server now (it was deleted, it is a category, the bot lacks a
     * permission there), as the platform knows it without asking over the network: empty when nothing does, or when
     * the platform cannot tell (a server run by another process, a platform without permissions).
     *
     * @param withFiles whether the posts carry files (a digest's chart), which need a permission of their own
     */
    default Optional<ChannelTrouble> cannotPost(long guildId, long channelId, boolean withFiles) {
        return Optional.empty();
    }

    /**
     * Whether a role of a server is known to be gone (deleted), as the platform knows it without asking over the
     * network: false when it is there, or when the platform cannot tell (a server run by another process, a platform
     * without roles).
     */
    default boolean roleGone(long guildId, long roleId) {
        return false;
    }

    /**
     * The server's name, as the platform knows it without asking over the network: for a DM, which carries no server,
     * to say which one it is about. Empty when it cannot tell (a server run by another process, a platform without
     * names).
     */
    default Optional<String> serverName(long guildId) {
        return Optional.empty();
    }

    /**
     * The server's owner, who may always set the bot up there, as the platform knows it without asking over the
     * network. Empty when it cannot tell (a server run by another process).
     */
    default Optional<Long> ownerOf(long guildId) {
        return Optional.empty();
    }

    /**
     * Whether this process sends for the server. On Discord a bot in very many servers is split into shards, and a
     * process may run only some of them: the servers of the others are left to the processes that run them (a job
     * skips them instead of failing). True on a platform without shards.
     */
    default boolean handles(long guildId) {
        return true;
    }

    /**
     * Whether a member is a coordinator of a server now, asked of the platform at the time of the call (a send
     * planned long after the member last acted): true or false, or empty when the platform cannot tell (it did not
     * answer in time, or the server is run by another process). False too when the member left the server. Never
     * call it inside a database transaction: on Discord it is a request over the network.
     */
    default Optional<Boolean> isCoordinator(long guildId, long userId) {
        return Optional.empty();
    }

    /**
     * {@link #isCoordinator} for several members of one server at once, in the order given: every id has its answer
     * (empty when the platform cannot tell). A platform over the network asks about all of them together and waits
     * for the answers once, so members it does not answer about cost one wait, not one each. Never call it inside a
     * database transaction.
     */
    default Map<Long, Optional<Boolean>> areCoordinators(long guildId, Collection<Long> userIds) {
        Map<Long, Optional<Boolean>> answers = new LinkedHashMap<>();
        for (long userId : userIds) {
            answers.put(userId, isCoordinator(guildId, userId));
        }
        return answers;
    }

    /**
     * What the platform says of {@code userIds} at the time of the call, for views that show members, such as the
     * coalition map: those no longer members of the server (they left, or their account is gone), and those it could
     * not tell about (no answer in time, a refusal of another kind, a server run by another process), whom a view
     * should not name; and, from the same answers, the names in the server of those it told about, for a view that
     * shows plain text or a picture (a mention shows nothing there). By default it knows everyone and names nobody.
     * Never call it inside a database transaction: on Discord it is a request over the network.
     */
    default Membership membership(long guildId, Collection<Long> userIds) {
        return Membership.EVERYONE_HERE;
    }

    /**
     * What the platform said about some members: {@code left} the server, or {@code untold} (not known in time: still
     * members, as far as anyone knows, but without a name the platform vouched for); and the {@code names} of those
     * it told about as the server shows them (their nickname there, or else their name), none for the others.
     */
    record Membership(java.util.Set<Long> left, java.util.Set<Long> untold, Map<Long, String> names) {
        public static final Membership EVERYONE_HERE = new Membership(java.util.Set.of(), java.util.Set.of());

        public Membership {
            left = java.util.Set.copyOf(left);
            untold = java.util.Set.copyOf(untold);
            names = Map.copyOf(names);
        }

        /** Who left and whom the platform could not tell about, with nobody's name. */
        public Membership(java.util.Set<Long> left, java.util.Set<Long> untold) {
            this(left, untold, Map.of());
        }
    }

    /**
     * The names of these members of a server as it shows them (their nickname there, or else their name), asked of
     * the platform at the time of the call: for a place that shows plain text, where a mention would show as its raw
     * markup (a thread's name). One who is not a member (they left), or whom the platform cannot tell about, is not
     * among them. Never call it inside a database transaction: on Discord it is a request over the network.
     */
    default Map<Long, String> memberNames(long guildId, Collection<Long> userIds) {
        // the names come with the platform's answer about who left: one question for both
        return membership(guildId, userIds).names();
    }

    /**
     * The outcome of one send. A send that did not go out says what kind of trouble it met and, in {@code detail},
     * why in plain words a coordinator may read (which channel, which permissions): never an exception's text, which
     * belongs in the log.
     */
    record Delivery(Status status, long id, String detail, SendTrouble trouble) {
        public enum Status { SENT, DM_CLOSED, FAILED }

        public static Delivery sent(long id) {
            return new Delivery(Status.SENT, id, "", null);
        }

        public static Delivery dmClosed() {
            return new Delivery(Status.DM_CLOSED, 0, "the member does not accept direct messages",
                    SendTrouble.DMS_CLOSED);
        }

        /** Failed for {@code trouble}, said in plain words by {@code why}. */
        public static Delivery failed(SendTrouble trouble, String why) {
            return new Delivery(Status.FAILED, 0, why, trouble);
        }

        /** Failed for {@code trouble}, said in its own words. */
        public static Delivery failed(SendTrouble trouble) {
            return failed(trouble, trouble.reason());
        }

        /** Failed because the bot cannot post in {@code channelId}. */
        public static Delivery failed(ChannelTrouble trouble, long channelId) {
            return failed(trouble.kind(), trouble.describe(channelId));
        }

        public boolean ok() {
            return status == Status.SENT;
        }
    }
}
