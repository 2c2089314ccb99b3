package org.partnercoach.digest;

import java.util.Optional;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Reply;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;

/** A coordinator's nudge to a member whose walk stalled: the line from the digest, signed with their name. */
final class Nudges implements SendKind {

    static final String KIND = "digest-nudge";

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        return Optional.of(Reply.card(Card.of("A nudge from your coordinator", send.payload())
                .withFooter("— " + send.about())));
    }
}
