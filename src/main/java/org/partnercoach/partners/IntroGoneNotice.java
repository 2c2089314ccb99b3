package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.storage.Database;

/**
 * The DM to a member waiting for an introduction that will not come: the partner was deleted for good (its name
 * travels in the row, since the partner is gone when it is sent; {@code about} {@link #DELETED}), or the member she
 * asked deleted their data with {@code /privacy forget} (the row's target is her request, which stays). Queued in
 * that change's own transaction, so she does not go on waiting.
 */
final class IntroGoneNotice implements SendKind {

    static final String KIND = "intro-gone";
    /** {@code about} of the notice of a partner deleted for good; the target is the partner, the payload its name. */
    static final String DELETED = "deleted";

    private final Database db;
    private final Outbox outbox;
    private final IntroStore intros;
    private final PartnerStore partners;

    IntroGoneNotice(Database db, Outbox outbox, IntroStore intros, PartnerStore partners) {
        this.db = db;
        this.outbox = outbox;
        this.intros = intros;
        this.partners = partners;
    }

    @Override
    public String name() {
        return KIND;
    }

    /** The partner deleted, by its name then; a request left with no one to answer names nothing in its row. */
    @Override
    public Optional<String> aboutInWords(ScheduledSend send) {
        return DELETED.equals(send.about()) ? Optional.ofNullable(send.payload()) : Optional.empty();
    }

    @Override
    public String described() {
        return "A note on a cancelled introduction";
    }

    /**
     * Queues the notice to each of {@code members}, who were waiting for an introduction at {@code p}, deleted (those
     * whose plan for it went too are told both in the plan's notice, {@link PlanGoneNotice#queue}, and its owner,
     * when someone else deleted it, in {@link OwnerNotice}, instead).
     */
    void queueDeleted(Partner p, Collection<Long> members, Instant now) {
        db.write(c -> {
            for (long member : members) {
                outbox.enqueue(c, new ScheduledSend.Draft(p.guildId(), KIND, member, p.id(), p.name(), DELETED, now),
                        now);
            }
            return null;
        });
    }

    /**
     * What became of an agreement to introduce ("I'll introduce you") whose helper then deleted their data, as the DM
     * to the member who asked and the partner's page say it.
     */
    static final String FORGOTTEN_PROMISE = "has deleted their data here, so that introduction may not happen";

    /** Queues the notice to the member who made {@code request}, whose helper deleted their data. */
    void queueHelperForgotten(Connection c, Intro request, Instant now) throws SQLException {
        outbox.enqueue(c, new ScheduledSend.Draft(request.guildId(), KIND, request.requesterId(), request.id(), "",
                "", now), now);
    }

    @Override
    public Optional<Reply> compose(ScheduledSend send) {
        if (DELETED.equals(send.about())) {
            return Optional.of(Reply.text("Just so you know: “" + Shown.text(send.payload()) + "” was deleted from "
                    + "the coalition's outreach list, so your request for an introduction there went with it. If that "
                    + "was a mistake, add it again with `/partner add`, then ask with `/partner intro`."));
        }
        return db.read(c -> {
            // settled since (an introduction logged), or the partner gone or moved on: nothing left to say
            Optional<Intro> request = intros.byId(c, send.guildId(), send.targetId()).filter(i -> i.helperId() == 0)
                    .filter(i -> i.status() == Intro.Status.HELPER_FORGOTTEN
                            || i.status() == Intro.Status.WILL_INTRODUCE);
            if (request.isEmpty()) {
                return Optional.<Reply>empty();
            }
            return partners.byId(c, send.guildId(), request.get().partnerId()).filter(Partner::active)
                    .map(p -> helperForgotten(request.get(), p));
        });
    }

    private static Reply helperForgotten(Intro request, Partner p) {
        String name = Shown.text(p.name());
        Button ask = IntroFlow.askButton(p);
        if (request.status() == Intro.Status.WILL_INTRODUCE) {
            return Reply.text("A member who said they'd introduce you to someone at “" + name + "” "
                    + FORGOTTEN_PROMISE + ". Met them already? Press **We've met** "
                    + "to log it. If not, press **Ask for an introduction** to ask anyone else who knows someone "
                    + "there.").withButtons(IntroFlow.metButton(request), ask);
        }
        return Reply.text("A member you asked for an introduction at “" + name + "” has deleted their data here, so "
                + "no answer will come from them. Press **Ask for an introduction** to ask anyone else who knows "
                + "someone there, or look for a mutual partner who could introduce you.").withButtons(ask);
    }
}
