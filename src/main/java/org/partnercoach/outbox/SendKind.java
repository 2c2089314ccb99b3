package org.partnercoach.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.SendTrouble;

/**
 * One kind of message the outbox sends (personal reminders, cultivate reminders, introduction requests...). The
 * {@link OutboxJob} claims a due row, asks its kind for the message, and delivers it the same way for every kind:
 * DM or channel post by the server's setting, the DM-closed fallback, quiet hours, retries. Kinds are registered
 * in one list in the composition root; see docs/outbox.md for adding one.
 */
public interface SendKind {

    /** The {@link ScheduledSend#kind()} this kind answers for. */
    String name();

    /**
     * How the list of messages given up ({@code /coach status}, the weekly digest) names one of this kind, as the
     * start of a line: "A reminder", "A handover note". Each kind has its own, so coordinators know what failed.
     */
    String described();

    /**
     * What a coordinator can do about a message of this kind given up with a known trouble ({@code
     * send.trouble()} is set): empty for the advice every kind shares (the reminder channel, the bot's permissions).
     */
    default Optional<String> adviceWhenGivenUp(ScheduledSend send) {
        return Optional.empty();
    }

    /**
     * What a member's own {@code /privacy export} says one of her messages of this kind was about, in words (a
     * reminder's words, the partner a question asks about). Empty by default: the row then holds only the bot's own
     * codes and ids, which the export leaves out, and the kind's {@link #described()} says enough.
     */
    default Optional<String> aboutInWords(ScheduledSend send) {
        return Optional.empty();
    }

    /** What a row of a kind keeps in words of its own ({@link ScheduledSend#payload}, {@link ScheduledSend#about}). */
    record Words(String payload, String about) {
    }

    /**
     * A kind whose rows may name a member other than the one they go to (who did what, who sent it): a forget of that
     * member rewrites them ({@link #withoutMember}). Only these kinds' rows are read at a forget, by kind, so that a
     * server's many reminders are not.
     */
    interface NamesMembers extends SendKind {
        /**
         * This row's words once the member {@code userId} asked to be forgotten, when they name her (her id, stored
         * as 0 from then on and read as "a former member", or her name, taken out); empty when they name her
         * nowhere. Her forget asks it of every row of this kind in her server that another member gets, whatever its
         * status, on its connection {@code c}, and stores what it gives, so that neither a message still to go nor
         * another member's {@code /privacy export} names her.
         */
        Optional<Words> withoutMember(Connection c, ScheduledSend send, long userId) throws SQLException;
    }

    /**
     * {@code id} as a kind stores a member in its words, or {@code "0"} when it is {@code userId}'s: for
     * {@link NamesMembers#withoutMember}.
     */
    static String unnamed(String id, long userId) {
        return String.valueOf(userId).equals(id == null ? null : id.strip()) ? "0" : id;
    }

    /**
     * {@link NamesMembers#withoutMember} for a kind whose payload is one member's id (who handed a partner over, who
     * knows someone there): the row with it as 0 when it is {@code userId}'s; empty otherwise.
     */
    static Optional<Words> payloadWithout(ScheduledSend send, long userId) {
        String member = unnamed(send.payload(), userId);
        return member.equals(send.payload()) ? Optional.empty() : Optional.of(new Words(member, send.about()));
    }

    /**
     * The message for a claimed row, built from what is stored now (so a partner touched since it was queued can
     * drop out). Empty when nothing is left to say: the row is then closed without a send.
     */
    Optional<Reply> compose(ScheduledSend send);

    /**
     * The messages for several claimed rows of this kind, in their order: a kind whose messages read the same
     * tables reads them once for all (a batch of reminders). By default each is composed on its own.
     */
    default List<Optional<Reply>> composeAll(List<ScheduledSend> sends) {
        return sends.stream().map(this::compose).toList();
    }

    /**
     * Bookkeeping that commits with the row's SENT mark, on the same connection (a cultivate reminder counts the
     * reminders each partner has had). Should it throw, the row is marked SENT without it, since the member has the
     * message. Nothing by default.
     */
    default void sent(Connection c, ScheduledSend send, Instant at) throws SQLException {
    }

    /**
     * A row the platform accepted at {@code at}, for the kind's bookkeeping.
     *
     * @param messageId the platform's id of the message it became (or edited)
     */
    record Sent(ScheduledSend send, Instant at, long messageId) {
        /** A send whose message the bookkeeping does not need. */
        public Sent(ScheduledSend send, Instant at) {
            this(send, at, 0);
        }
    }

    /**
     * {@link #sent} for several rows whose SENT marks commit together, in the order they were sent; by default one
     * after the other.
     */
    default void sentAll(Connection c, List<Sent> sent) throws SQLException {
        for (Sent s : sent) {
            sent(c, s.send(), s.at());
        }
    }

    /**
     * How long after it was due a message given up after a passing outage ({@link SendTrouble#passes}) is still
     * worth sending again, when a coordinator asks for it ({@code /coach status}); none for any kind that keeps no
     * such promise (one whose next message comes anyway, or whose message is out of date by then). The outbox looks
     * back no further than {@link Outbox#SEND_AGAIN_WITHIN}.
     */
    default java.time.Duration worthSendingAgainFor() {
        return java.time.Duration.ZERO;
    }

    /** The kind among {@code kinds} that answers for rows stored as {@code name}; empty for a kind since retired. */
    static Optional<SendKind> named(List<SendKind> kinds, String name) {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /**
     * The rule of {@link #worthSendingAgainFor} over all {@code kinds}: a message given up is worth sending again at
     * a moment before its kind's time for it has passed since it was due.
     */
    static java.util.function.BiPredicate<ScheduledSend, Instant> worthSendingAgain(List<SendKind> kinds) {
        return (failed, now) -> named(kinds, failed.kind())
                .map(k -> failed.dueAt().plus(k.worthSendingAgainFor()).isAfter(now)).orElse(false);
    }

    /**
     * Bookkeeping that commits with the row's FAILED mark (given up after its retries, or impossible to deliver),
     * on the same connection: an introduction request records that its helper could not be reached. Should it throw,
     * the row is marked FAILED without it, so that it holds up no other message. Nothing by default; the weekly
     * digest reports every FAILED row. {@code trouble}: the kind of trouble it met (null when not known), which says
     * more than {@code reason}'s words (a member who left the server, not closed DMs).
     */
    default void failed(Connection c, ScheduledSend send, String reason, SendTrouble trouble, Instant at)
            throws SQLException {
    }

    /**
     * The message a send replaces: its row is then delivered as an edit of that earlier message (a group session's
     * summary brought up to date once an answer in it changed), not as a new one. 0, a new message, by default.
     */
    default long replaces(ScheduledSend send) {
        return 0;
    }

    /**
     * The channel the thread of a send (a new post, or an {@linkplain #replaces edit}) is under, through which the
     * platform finds the thread once it was archived; 0 (by default) when the send is not in a thread. Read outside
     * any transaction.
     */
    default long threadParent(ScheduledSend send) {
        return 0;
    }

    /**
     * Whether the recipient's quiet hours hold this send back until their morning. True for what the bot sends on
     * its own (reminders); a message a member's own action causes (an introduction request, a handover) goes out
     * at once, as a message from that member would.
     */
    default boolean waitsForQuietHours() {
        return true;
    }

    /**
     * Whether a message for a member is for her eyes only (the coordinators' digest, with answers shared only with
     * coordinators): it goes by DM or not at all, never posted in the reminder channel instead (her DMs closed, or the
     * server's reminders delivered in the channel). False by default: a reminder may be posted there, mentioning her.
     */
    default boolean onlyByDm() {
        return false;
    }

    /**
     * Whether the sends of this kind to one member that one run finds due go out as one message
     * ({@link #composeTogether}): several reminders that waited for the bot to come back (an outage, a server that
     * removed it and added it back) reach the member as one message, not one ping each. False by default.
     */
    default boolean oneMessagePerRecipient() {
        return false;
    }

    /**
     * The most sends to one recipient that one message holds ({@link #composeTogether}); more in the same run go out
     * as further messages. Ten by default.
     */
    default int mostInOneMessage() {
        return 10;
    }

    /**
     * Whether a rehearsal of the run ({@link OutboxJob#rehearse}) may compose this kind's sends and record them as sent,
     * in a transaction it rolls back: true when composing and the bookkeeping of {@link #sentAll} only read and write
     * the database (no request to the platform, nothing kept in memory). False by default: such sends are claimed in
     * the rehearsal, and left there.
     */
    default boolean rehearsable() {
        return false;
    }

    /**
     * The one message for several sends of this kind to one recipient, oldest first (at least two; only when
     * {@link #oneMessagePerRecipient}); empty when nothing is left to say. It goes out under a nonce of them all
     * ({@link ScheduledSend#nonceOf}), and every one of them takes its outcome.
     */
    default Optional<Reply> composeTogether(List<ScheduledSend> sends) {
        throw new UnsupportedOperationException(name() + " sends one message per row");
    }
}
