package org.partnercoach.partners;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;

/** What the outbox did with the latest notices of one kind about a partner: whether they still wait to go out. */
final class NoticeWaiting {

    private NoticeWaiting() {
    }

    /**
     * Of {@code recipients}, those whose latest send of {@code kind} about {@code p} with an {@code about} that
     * {@code matches} still waits to go out (not claimed yet, for their quiet hours or a retry), in one read of the
     * kind's sends about it; one being sent, sent, given up or closed does not.
     */
    static Set<Long> among(Outbox outbox, Partner p, String kind, Collection<Long> recipients,
                           Predicate<String> matches) {
        if (recipients.isEmpty()) {
            return Set.of();
        }
        Map<Long, ScheduledSend> latest = new HashMap<>();
        for (ScheduledSend s : outbox.history().about(p.guildId(), kind, p.id())) {
            if (recipients.contains(s.recipientId()) && matches.test(s.about())) {
                latest.put(s.recipientId(), s); // oldest first: the latest stays
            }
        }
        return latest.values().stream().filter(s -> s.status() == ScheduledSend.Status.PENDING)
                .map(ScheduledSend::recipientId).collect(Collectors.toSet());
    }
}
