package org.partnercoach.partners;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.storage.Database;

/**
 * The DM to each member whose plan for a partner went with the partner ({@code /partner delete}): queued in the
 * deletion's own transaction, so that a member in the middle of that plan learns why it is gone instead of finding
 * their next answer refused. The partner's name travels in the row: the partner is gone when it is sent.
 */
final class PlanGoneNotice implements SendKind {

    static final String KIND = "plan-gone";

    private final Database db;
    private final Clock clock;
    private final Outbox outbox;

    PlanGoneNotice(Database db, Clock clock, Outbox outbox) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Override
    public String name() {
        return KIND;
    }

    /** Queues the notice to each of {@code members}, who had a plan for {@code p}. */
    void queue(Partner p, Set<Long> members) {
        if (members.isEmpty()) {
            return;
        }
        db.write(c -> {
            for (long member : members) {
                outbox.enqueue(c, new ScheduledSend.Draft(p.guildId(), KIND, member, p.id(), p.name(), "",
                        clock.instant()), clock.instant());
            }
            return null;
        });
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        return Optional.of(Reply.text("Just so you know: “" + Shown.text(send.payload()) + "” was deleted from the "
                + "coalition's outreach list, and your plan for it went with it, answers included. If it was deleted "
                + "by mistake, add it again with `/partner add`, then `/partner coach` starts a new plan. Anything "
                + "else you began is as you left it: `/coach progress` shows where you are."));
    }
}
