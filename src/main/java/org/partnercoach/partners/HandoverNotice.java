package org.partnercoach.partners;

import org.partnercoach.chat.Shown;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Reply;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.storage.Database;

/**
 * The DM to a member a partner was just handed to ({@code /partner owner}): queued in the handover's own
 * transaction, sent by the outbox right after. Sent only while they still look after it.
 */
final class HandoverNotice implements SendKind.NamesMembers {

    static final String KIND = "handover";

    private final Database db;
    private final Outbox outbox;
    private final PartnerStore partners;

    HandoverNotice(Database db, Outbox outbox, PartnerStore partners) {
        this.db = db;
        this.outbox = outbox;
        this.partners = partners;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public String described() {
        return "A handover note";
    }

    /** The member who handed it over, as 0 when it is her. */
    @Override
    public Optional<Words> withoutMember(Connection c, ScheduledSend send, long userId) {
        return SendKind.payloadWithout(send, userId);
    }

    /** The partner as it is called now, and who handed it over (a former member once they asked to be forgotten). */
    @Override
    public Optional<String> aboutInWords(ScheduledSend send) {
        String partner = db.read(c -> partners.byId(c, send.guildId(), send.targetId()))
                .map(p -> "“" + p.name() + "”, ").orElse("");
        return Optional.of(partner + "from " + Mentions.user(Long.parseLong(send.payload().strip())));
    }

    /** Queues the notice to {@code p}'s new owner, from the member who handed it over. */
    void queue(Connection c, Partner p, long fromUserId, Instant now) throws SQLException {
        outbox.enqueue(c, new ScheduledSend.Draft(p.guildId(), KIND, p.ownerId(), p.id(),
                String.valueOf(fromUserId), "", now), now);
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        Optional<Partner> partner = db.read(c -> partners.byId(c, send.guildId(), send.targetId()));
        // handed on again (or gone) before the notice went out: nothing true left to say
        return partner.filter(p -> p.ownerId() == send.recipientId())
                .map(p -> Reply.text(from(Long.parseLong(send.payload().strip())) + " asked you to look after “"
                        + Shown.text(p.name()) + "” on the coalition's outreach list. `/partner show` has everything we know "
                        + "about them so far." + (p.active() ? "" : " The coalition has moved on from it for now, so no "
                        + "check-in reminders come for it: " + restore(p) + " brings it back when you reach out again.")));
    }

    /** The member who handed it over, at the start of the DM. */
    private static String from(long userId) {
        return userId == 0 ? "A former member" : Mentions.user(userId);
    }

    /** The command that brings a moved-on partner back, as a member can copy it. */
    static String restore(Partner p) {
        return restore(p.name());
    }

    /** The same, for the partner called {@code name}. */
    static String restore(String name) {
        return Shown.code("/partner restore " + PartnerRef.option(name));
    }

    @Override
    public boolean waitsForQuietHours() {
        return false;
    }
}
