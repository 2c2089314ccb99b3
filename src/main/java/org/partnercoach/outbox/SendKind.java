package org.partnercoach.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.partnercoach.chat.Reply;

/**
 * One kind of scheduled message (personal reminders, cultivate reminders). The {@link OutboxJob} claims a
 * due row, asks its kind for the message, and delivers it the same way for every kind: DM or channel post by the
 * server's setting, the DM-closed fallback, quiet hours, retries.
 */
public interface SendKind {

    /** The {@link ScheduledSend#kind()} this kind answers for. */
    String name();

    /**
     * The message for a claimed row, built from what is stored now (so a partner touched since it was queued can
     * drop out). Empty when nothing is left to say: the row is then closed without a send.
     */
    Optional<Reply> compose(ScheduledSend send);

    /**
     * Bookkeeping that must commit with the row's SENT mark, on the same connection (a cultivate reminder counts
     * the reminders each partner has had). Nothing by default.
     */
    default void sent(Connection c, ScheduledSend send, Instant at) throws SQLException {
    }
}
