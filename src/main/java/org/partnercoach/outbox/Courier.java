package org.partnercoach.outbox;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.ChannelTrouble;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.settings.DeliveryMode;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a scheduled message the way the server asked, whatever its kind: by DM (the reminder channel,
 * mentioning only that member, when their DMs are closed), or as a post in the reminder channel (by DM when the
 * platform says the bot can no longer post there). A message for
 * nobody in particular (recipient 0) is posted in the reminder channel; one addressed to a channel or thread
 * ({@link ScheduledSend#channelId()}) is posted there.
 */
public final class Courier {

    /**
     * What became of one delivery: when it did not go out, what kind of trouble it met and why, in plain words a
     * coordinator may read.
     */
    public record Outcome(Result result, String via, long messageId, String reason, SendTrouble trouble) {
        public enum Result { SENT, RETRY, GIVE_UP }

        static Outcome sent(String via, long messageId) {
            return new Outcome(Result.SENT, via, messageId, "", null);
        }

        static Outcome retry(Messenger.Delivery failed) {
            return new Outcome(Result.RETRY, "", 0, failed.detail(), failed.trouble());
        }

        static Outcome giveUp(SendTrouble trouble, String reason) {
            return new Outcome(Result.GIVE_UP, "", 0, reason, trouble);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Courier.class);

    static final String VIA_DM = "DM";
    static final String VIA_CHANNEL = "CHANNEL";

    private final Messenger messenger;
    private final ServerSettings settings;

    public Courier(Messenger messenger, ServerSettings settings) {
        this.messenger = messenger;
        this.settings = settings;
    }

    /**
     * Delivers one claimed send's message, with the send's nonce; {@code replaces} names an earlier message of the
     * bot in the send's channel that the message replaces (an edit needs no nonce: a second try writes the same), 0
     * for a new one.
     */
    public Outcome deliver(ScheduledSend send, Reply message, long replaces) {
        return deliver(send, message, replaces, 0);
    }

    /**
     * {@link #deliver(ScheduledSend, Reply, long)}, for a send in a thread under the channel {@code threadParent} (0
     * when not known): a post or an edit there reaches the thread even once it was archived.
     */
    public Outcome deliver(ScheduledSend send, Reply message, long replaces, long threadParent) {
        return deliver(send, message, replaces, threadParent, send.nonce(), false);
    }

    /**
     * {@link #deliver(ScheduledSend, Reply, long, long)} under another nonce (several sends as one message); a message
     * for a member that goes {@code onlyByDm} ({@link SendKind#onlyByDm}) is never posted in the reminder channel.
     */
    Outcome deliver(ScheduledSend send, Reply message, long replaces, long threadParent, String nonce,
                    boolean onlyByDm) {
        long guildId = send.guildId();
        long recipientId = send.recipientId();
        try {
            if (replaces != 0) {
                if (send.channelId() == 0) {
                    return Outcome.giveUp(SendTrouble.BOT_FAULT, "an edit needs the channel of the message it replaces");
                }
                Messenger.Delivery d = threadParent != 0
                        ? messenger.editInThread(guildId, threadParent, send.channelId(), replaces, message.inPublic())
                        : messenger.edit(guildId, send.channelId(), replaces, message.inPublic());
                return d.ok() ? Outcome.sent(VIA_CHANNEL, d.id()) : Outcome.retry(d);
            }
            if (send.channelId() != 0) {
                Messenger.Delivery d = threadParent != 0
                        ? messenger.postInThread(guildId, threadParent, send.channelId(), message.inPublic(), nonce)
                        : messenger.post(guildId, send.channelId(), message.inPublic(), nonce);
                return d.ok() ? Outcome.sent(VIA_CHANNEL, d.id()) : Outcome.retry(d);
            }
            if (onlyByDm && recipientId != 0) {
                // for her eyes only: a closed DM is given up, never posted where the server reads it; Discord refuses
                // DMs to one who left the server as to closed DMs, and coordinators are told which it was
                Messenger.Delivery dm = messenger.sendDirect(recipientId, message, nonce);
                return switch (dm.status()) {
                    case SENT -> Outcome.sent(VIA_DM, dm.id());
                    case DM_CLOSED -> hasLeft(guildId, recipientId) ? leftServer()
                            : Outcome.giveUp(SendTrouble.DMS_CLOSED, "their DMs are closed");
                    case FAILED -> retryUnlessGone(dm);
                };
            }
            Settings s = settings.of(guildId);
            if (recipientId == 0 || (s.delivery() == DeliveryMode.CHANNEL && s.hasReminderChannel())) {
                Optional<ChannelTrouble> trouble = recipientId == 0 ? Optional.empty()
                        : messenger.cannotPost(guildId, s.reminderChannelId(), !message.files().isEmpty());
                if (trouble.isEmpty()) {
                    return post(guildId, s, recipientId, message, nonce);
                }
                // the reminder channel was deleted or closed to the bot: the member still gets theirs, by DM
                Messenger.Delivery dm = messenger.sendDirect(recipientId, message, nonce);
                return switch (dm.status()) {
                    case SENT -> Outcome.sent(VIA_DM, dm.id());
                    // the channel is what a coordinator can fix: its kind of trouble decides the advice, unless
                    // she left the server, when no channel would reach her either
                    case DM_CLOSED -> hasLeft(guildId, recipientId) ? leftServer()
                            : Outcome.giveUp(trouble.get().kind(),
                            trouble.get().describe(s.reminderChannelId()) + ", and their DMs are closed");
                    case FAILED -> retryUnlessGone(dm);
                };
            }
            Messenger.Delivery dm = messenger.sendDirect(recipientId, message, nonce);
            return switch (dm.status()) {
                case SENT -> Outcome.sent(VIA_DM, dm.id());
                // Discord refuses DMs to one who left the server as to closed DMs: a post mentioning her in the
                // reminder channel would reach nobody, and what helps is a hand-over of her partners, not her settings
                case DM_CLOSED -> hasLeft(guildId, recipientId) ? leftServer()
                        : s.hasReminderChannel() ? post(guildId, s, recipientId, message, nonce)
                        : Outcome.giveUp(SendTrouble.DMS_CLOSED, "their DMs are closed and the server has no "
                        + "reminder channel (set one with /coach setup)");
                case FAILED -> retryUnlessGone(dm);
            };
        } catch (RuntimeException e) {
            log.warn("scheduled {} {} in guild {} could not be sent", send.kind(), send.id(), guildId, e);
            return Outcome.retry(Messenger.Delivery.failed(SendTrouble.BOT_FAULT));
        }
    }

    /**
     * Delivers several claimed edits of messages in one thread (the sends' channel, under the channel
     * {@code threadParent}) together, so that an archived thread is reopened once for them all: one outcome for each
     * send, in their order, each retried or given up on its own as the outbox's rules say. {@code replaces} names the
     * message each send replaces.
     */
    public List<Outcome> deliverEditsInThread(List<ScheduledSend> sends, List<Reply> messages, List<Long> replaces,
                                              long threadParent) {
        ScheduledSend first = sends.get(0);
        try {
            List<Messenger.ThreadEdit> edits = new java.util.ArrayList<>();
            for (int i = 0; i < sends.size(); i++) {
                edits.add(new Messenger.ThreadEdit(replaces.get(i), messages.get(i).inPublic()));
            }
            List<Messenger.Delivery> done = messenger.editAllInThread(first.guildId(), threadParent,
                    first.channelId(), edits);
            return done.stream().map(d -> d.ok() ? Outcome.sent(VIA_CHANNEL, d.id()) : Outcome.retry(d)).toList();
        } catch (RuntimeException e) {
            log.warn("{} scheduled edit(s) in thread {} of guild {} could not be sent", sends.size(),
                    first.channelId(), first.guildId(), e);
            return sends.stream().map(s -> Outcome.retry(Messenger.Delivery.failed(SendTrouble.BOT_FAULT))).toList();
        }
    }

    /**
     * Whether the platform says the member left the server: asked only once a DM to her was refused, outside any
     * transaction (on Discord, a request over the network).
     */
    private boolean hasLeft(long guildId, long userId) {
        return messenger.membership(guildId, List.of(userId)).left().contains(userId);
    }

    private static Outcome leftServer() {
        return Outcome.giveUp(SendTrouble.LEFT_SERVER, SendTrouble.LEFT_SERVER.reason());
    }

    /** A DM that failed is tried again, unless the member's account is gone: no later try can reach it. */
    private static Outcome retryUnlessGone(Messenger.Delivery dm) {
        return dm.trouble() == SendTrouble.ACCOUNT_GONE ? Outcome.giveUp(dm.trouble(), dm.detail())
                : Outcome.retry(dm);
    }

    private Outcome post(long guildId, Settings s, long recipientId, Reply message, String nonce) {
        if (!s.hasReminderChannel()) {
            return Outcome.giveUp(SendTrouble.NO_REMINDER_CHANNEL, "the server has no reminder channel (set one with "
                    + "/coach setup)");
        }
        Reply post = message.inPublic();
        if (recipientId != 0) {
            String mention = Mentions.user(recipientId);
            post = post.withText(post.text().isBlank() ? mention : mention + " " + post.text())
                    .mentioning(Set.of(recipientId));
        }
        Messenger.Delivery d = messenger.post(guildId, s.reminderChannelId(), post, nonce);
        return d.ok() ? Outcome.sent(VIA_CHANNEL, d.id()) : Outcome.retry(d);
    }
}
