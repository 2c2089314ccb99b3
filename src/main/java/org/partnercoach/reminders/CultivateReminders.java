package org.partnercoach.reminders;

import org.partnercoach.outbox.SendKind;
import org.partnercoach.outbox.ScheduledSend;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.SendTrouble;

/**
 * The cultivate reminder as a kind of scheduled send: one message per owner listing their partners that fell due
 * (the payload holds the partner ids). When it is sent it lists only those still due then and still looked after by
 * its recipient (nothing left: it is not sent), and records one more reminder for each of them in the same
 * transaction as the SENT mark.
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
    public String described() {
        return "A cultivate reminder";
    }

    /** The partners it named, by their names now (one deleted since is left out). */
    @Override
    public Optional<String> aboutInWords(ScheduledSend send) {
        List<Long> ids = partnerIds(send);
        Map<Long, String> names = cycles.namesOf(send.guildId(), ids);
        List<String> named = ids.stream().filter(names::containsKey).map(id -> "“" + names.get(id) + "”").toList();
        return named.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", named));
    }

    /**
     * The bot sends her no more check-ins while she is away: the list does not fill with the same failure. A check-in
     * for partners nobody looks after (to the reminder channel, which the server lacks) is mended by an owner too.
     */
    @Override
    public Optional<String> adviceWhenGivenUp(ScheduledSend send) {
        if (send.trouble() == SendTrouble.NO_REMINDER_CHANNEL && send.recipientId() == 0) {
            // the reason says to set a channel: the other way out is an owner
            return Optional.of("Or, since nobody looks after its partners, hand each to a member with `/partner "
                    + "owner`: their check-ins then go to them.");
        }
        return send.trouble() != SendTrouble.LEFT_SERVER ? Optional.empty()
                : Optional.of("Hand their partners to someone else with `/partner owner`: the new owner gets "
                + "the check-ins. The bot sends them none while they are away, and starts again once they come back: "
                + "within a day, or right after they use the bot in the server.");
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        return composeAll(List.of(send)).get(0);
    }

    /** The reminders of a slice of sends: per server, one read of the states and one of the partners for all. */
    @Override
    public List<Optional<Reply>> composeAll(List<ScheduledSend> sends) {
        Instant now = clock.instant();
        Map<ScheduledSend, Optional<Reply>> messages = new java.util.HashMap<>();
        byServer(sends).forEach((guildId, ofServer) -> {
            List<List<PartnerCycles.Item>> due = cycles.dueEach(guildId, ofServer.stream()
                    .map(s -> new PartnerCycles.Listed(s.recipientId(), partnerIds(s))).toList(), now);
            for (int i = 0; i < ofServer.size(); i++) {
                messages.put(ofServer.get(i), due.get(i).isEmpty() ? Optional.empty()
                        : Optional.of(view.reminder(ofServer.get(i), due.get(i), "")));
            }
        });
        return sends.stream().map(messages::get).toList();
    }

    @Override
    public void sent(Connection c, ScheduledSend send, Instant at) throws SQLException {
        sentAll(c, List.of(new Sent(send, at)));
    }

    /** Composing reads the partners and their states, and the bookkeeping writes the states: nothing else. */
    @Override
    public boolean rehearsable() {
        return true;
    }

    /** One more reminder for each partner still due, per server in one pass over the states. */
    @Override
    public void sentAll(Connection c, List<Sent> sent) throws SQLException {
        Map<Long, List<PartnerCycles.Sent>> byServer = new java.util.LinkedHashMap<>();
        for (Sent s : sent) {
            byServer.computeIfAbsent(s.send().guildId(), g -> new java.util.ArrayList<>())
                    .add(new PartnerCycles.Sent(s.send().recipientId(), partnerIds(s.send()), s.at()));
        }
        for (Map.Entry<Long, List<PartnerCycles.Sent>> e : byServer.entrySet()) {
            cycles.reminded(c, e.getKey(), e.getValue());
        }
    }

    private static Map<Long, List<ScheduledSend>> byServer(List<ScheduledSend> sends) {
        return sends.stream().collect(java.util.stream.Collectors.groupingBy(ScheduledSend::guildId,
                java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
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
