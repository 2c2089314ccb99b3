package org.partnercoach.reminders;

import org.partnercoach.outbox.SendKind;
import org.partnercoach.outbox.ScheduledSend;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.partnercoach.chat.Reply;

/**
 * The cultivate reminder as a kind of scheduled send: one message per owner listing their partners that fell due
 * (the payload holds the partner ids). When it is sent it lists only those still due then, and records one more
 * reminder for each of them in the same transaction as the SENT mark.
 */
final class CultivateReminders implements SendKind {

    static final String KIND = "cultivate";
    /** The outbox's payload column holds this many characters. */
    private static final int PAYLOAD = 2000;

    private final PartnerCycles cycles;
    private final CultivateView view;
    private final Clock clock;

    CultivateReminders(PartnerCycles cycles, CultivateView view, Clock clock) {
        this.cycles = cycles;
        this.view = view;
        this.clock = clock;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        List<PartnerCycles.Item> due = cycles.due(send.guildId(), partnerIds(send), clock.instant());
        return due.isEmpty() ? Optional.empty() : Optional.of(view.reminder(send, due, ""));
    }

    @Override
    public void sent(Connection c, ScheduledSend send, Instant at) throws SQLException {
        cycles.reminded(c, send.guildId(), partnerIds(send), at);
    }

    /** The ids of the first {@code max} items, as many as fit in the outbox's payload column. */
    static String payload(List<PartnerCycles.Item> items, int max) {
        StringBuilder ids = new StringBuilder();
        for (PartnerCycles.Item i : items.subList(0, Math.min(max, items.size()))) {
            String id = String.valueOf(i.partner().id());
            if (ids.length() + id.length() + 1 > PAYLOAD) {
                break;
            }
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        return ids.toString();
    }

    static List<Long> partnerIds(ScheduledSend send) {
        return Arrays.stream(send.payload().split(",")).map(String::strip).filter(CultivateReminders::isId)
                .map(Long::valueOf).toList();
    }

    /** 1 to 18 ASCII digits (read on every send: no regular expression). */
    private static boolean isId(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
