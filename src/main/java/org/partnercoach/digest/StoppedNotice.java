package org.partnercoach.digest;

import java.util.Optional;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Coordinators;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.storage.Database;

/**
 * What a subscriber hears by DM when the weekly check ({@link WeeklyDigests}) ended their subscription because they
 * are no longer a coordinator: their digest stopped, why, and whom to ask to have it back. Queued once, in the
 * check's transaction that unsubscribed them, for each one still in the server (one who left cannot be reached, and
 * the reason would be wrong); dropped when, by the time it goes, they are subscribed again. A subscriber who runs a
 * digest command without the role hears it in the command's answer instead ({@link DigestFeature}).
 */
final class StoppedNotice implements SendKind {

    static final String KIND = "digest-dropped";

    private final Database db;
    private final DigestStore store;
    private final Messenger messenger;

    StoppedNotice(Database db, DigestStore store, Messenger messenger) {
        this.db = db;
        this.store = store;
        this.messenger = messenger;
    }

    /** The row for {@code userId}, queued with the week's digest whose check unsubscribed them. */
    static ScheduledSend.Draft draft(long guildId, long userId, long weekId, java.time.Instant due) {
        return new ScheduledSend.Draft(guildId, KIND, userId, weekId, "", "", due);
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public String described() {
        return "A “your digest stopped” note";
    }

    @Override
    public Optional<String> adviceWhenGivenUp(ScheduledSend send) {
        return Optional.of("No need to send it again: their digest stopped because they no longer have the "
                + "coordinator role. If they should still have it, give it back, and they can run `/digest subscribe`.");
    }

    /** About the member's own subscription: to her DMs, never in the reminder channel. */
    @Override
    public boolean onlyByDm() {
        return true;
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        if (db.read(c -> store.subscribed(c, send.guildId(), send.recipientId()))) {
            return Optional.empty();
        }
        Optional<String> server = DigestComposer.serverShown(messenger.serverName(send.guildId()));
        Optional<Long> owner = new Coordinators(messenger).ownerOf(send.guildId(), send.recipientId());
        return Optional.of(Reply.text("Your weekly digest" + server.map(n -> " from " + n).orElse("")
                + " has stopped: you no longer have the coordinator role " + (server.isPresent() ? "there"
                : "in its server") + ", so your subscription ended."
                + DigestFeature.comeBack(owner, " in the server")));
    }
}
