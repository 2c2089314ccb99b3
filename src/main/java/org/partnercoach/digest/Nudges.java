package org.partnercoach.digest;

import java.util.Optional;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Reply;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;

/**
 * A coordinator's nudge to a member whose walk stalled: the line from the digest, signed with their name. The row
 * names the walk ({@code targetId}); a nudge held for the member's quiet hours (or a retry) is dropped when, by the
 * time it goes, they picked that walk up again, finished it, or it went: the line would tell them it waits.
 */
final class Nudges implements SendKind {

    static final String KIND = "digest-nudge";

    private final WalkActivity walks;

    Nudges(WalkActivity walks) {
        this.walks = walks;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        // a row queued before nudges named their walk (0) goes as it was asked for
        if (send.targetId() != 0 && walks.walkNow(send.guildId(), send.recipientId(), send.targetId(),
                send.createdAt(), DigestComposer.STALLED_AFTER).since() != WalkActivity.Since.STILL_STALLED) {
            return Optional.empty();
        }
        return Optional.of(Reply.card(Card.of("A nudge from your coordinator", send.payload())
                .withFooter("— " + send.about())));
    }
}
