package org.partnercoach.digest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.partnercoach.chat.ChannelTrouble;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.storage.Database;

/**
 * What the server's owner hears by DM when the weekly check ({@link WeeklyDigests}) unsubscribed the digest's last
 * subscribers (no longer coordinators) and no coordinators' channel takes it either (none is set, or the bot cannot
 * post in it: deleted, or a permission missing): it reaches nobody now, what is wrong with the channel, and the ways
 * out. The row names those unsubscribed ({@code payload}: their ids); it is dropped when, by the time it goes,
 * the digest reaches someone again.
 */
final class NobodyNotice implements SendKind.NamesMembers {

    static final String KIND = "digest-nobody";

    private final Database db;
    private final DigestStore store;
    private final Messenger messenger;

    NobodyNotice(Database db, DigestStore store, Messenger messenger) {
        this.db = db;
        this.store = store;
        this.messenger = messenger;
    }

    /** The row for the owner {@code ownerId}, queued with the week's digest whose check unsubscribed {@code dropped}. */
    static ScheduledSend.Draft draft(long guildId, long ownerId, long weekId, List<Long> dropped,
                                     java.time.Instant due) {
        return new ScheduledSend.Draft(guildId, KIND, ownerId, weekId,
                String.join(",", dropped.stream().map(String::valueOf).toList()), "", due);
    }

    /** Those whose subscription ended, as the row names them, mentioned. */
    private static List<String> dropped(ScheduledSend send) {
        return droppedIds(send).stream().map(Mentions::user).toList();
    }

    /** Those whose subscription ended, as the row names them. */
    static List<Long> droppedIds(ScheduledSend send) {
        return Arrays.stream(send.payload().split(",")).filter(id -> !id.isBlank())
                .map(id -> Long.parseLong(id.strip())).toList();
    }

    /** What {@code /digest status} says of a notice given up ({@code failed}): the owner was not told, and why. */
    static String notTold(ScheduledSend failed) {
        List<String> who = dropped(failed);
        return "⚠️ " + Mentions.user(failed.recipientId()) + ", the server's owner, could not be told by DM that "
                + "the digest lost its last subscriber" + (who.size() == 1 ? "" : "s") + " (" + Shown.and(who)
                + ", no longer a coordinator" + (who.size() == 1 ? "" : "s") + ") and reaches nobody now: "
                + FailedSends.reason(failed) + ".";
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public String described() {
        return "The “digest reaches nobody” note";
    }

    /** Those unsubscribed, the member among them as 0. */
    @Override
    public Optional<Words> withoutMember(java.sql.Connection c, ScheduledSend send, long userId) {
        String dropped = String.join(",", Arrays.stream(send.payload().split(","))
                .map(id -> SendKind.unnamed(id, userId)).toList());
        return dropped.equals(send.payload()) ? Optional.empty() : Optional.of(new Words(dropped, send.about()));
    }

    /** The note only told what {@code /digest status} tells too: what matters is that the digest reaches someone. */
    @Override
    public Optional<String> adviceWhenGivenUp(ScheduledSend send) {
        return Optional.of("No need to send it again: so that the digest reaches someone, run "
                + DigestFeature.WAYS_OUT);
    }

    /** About coordinators' business: to the owner's DMs, never in the reminder channel. */
    @Override
    public boolean onlyByDm() {
        return true;
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        long guildId = send.guildId();
        Optional<DigestSchedule> schedule = db.read(c -> store.subscribers(c, guildId).isEmpty()
                ? store.schedule(c, guildId) : Optional.<DigestSchedule>empty());
        if (schedule.isEmpty()) {
            return Optional.empty();
        }
        long channel = schedule.get().channelId();
        Optional<ChannelTrouble> trouble = channel == 0 ? Optional.empty()
                : messenger.cannotPost(guildId, channel, true);
        if (channel != 0 && trouble.isEmpty()) {
            // the coordinators' channel takes it (again): it reaches someone
            return Optional.empty();
        }
        List<String> who = dropped(send);
        boolean one = who.size() == 1;
        String server = DigestComposer.serverShown(messenger.serverName(guildId)).map(n -> " of " + n).orElse("");
        return Optional.of(Reply.text("The weekly digest" + server + " lost its last subscriber" + (one ? "" : "s")
                + ": " + Shown.and(who) + (one ? " is no longer a coordinator there, so their subscription ended. "
                : " are no longer coordinators there, so their subscriptions ended. ")
                + DigestFeature.nobodyGetsIt(channel, trouble)));
    }
}
