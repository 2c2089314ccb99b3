package org.partnercoach.partners;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.UserError;
import org.partnercoach.storage.Database;

/**
 * Before the transaction of a partner command, button or menu: which of the members tied to a partner (those who
 * know someone there, and for its page its owner) have left the server, as the platform says now. They are read in a
 * transaction of their own, closed before the platform is asked (on Discord a request over the network, never made
 * inside a transaction). Nothing is asked for an event that will be refused (it is refused in its own transaction,
 * in its own words), nor about the member acting, nor in a DM but for a DM's button that names its server (the
 * request for an introduction a member is offered once someone knows someone there); a platform that cannot tell
 * says nobody left.
 */
final class WhoLeft {

    /** Those of a partner's people the platform said have left the server, for the event's transaction. */
    record Gone(long partnerId, Set<Long> left) {
        Gone {
            left = Set.copyOf(left);
        }

        /** Who of {@code p}'s people left, as prepared for {@code event}; nobody when it asked about another. */
        static Set<Long> of(Inbound event, Partner p) {
            return event.prepared(Gone.class).filter(g -> g.partnerId() == p.id()).map(Gone::left).orElse(Set.of());
        }
    }

    private final Database db;
    private final IntroStore intros;
    private final Messenger messenger;

    WhoLeft(Database db, IntroStore intros, Messenger messenger) {
        this.db = db;
        this.intros = intros;
        this.messenger = messenger;
    }

    /**
     * For an introduction (the command, the page's button): those who know someone at the partner, and its owner once
     * the coalition is in touch with it (the reply then points to them); nobody for a partner that has moved on, which
     * asks no one.
     */
    Optional<Gone> forIntro(Caller who, Supplier<Partner> partner) {
        return who.inDm() ? Optional.empty() : forIntroThere(who, partner);
    }

    /**
     * {@link #forIntro}, for a DM's button that names its server: {@code there} is the member in that server (a DM has
     * no server of its own, so the others ask nothing there).
     */
    Optional<Gone> forIntroThere(Caller there, Supplier<Partner> partner) {
        return ask(there, partner, Partner::active, p -> !p.stage().stillReaching());
    }

    /** For a partner's page: its owner and those who know someone there. */
    Optional<Gone> forPage(Caller who, Supplier<Partner> partner) {
        return who.inDm() ? Optional.empty() : ask(who, partner, p -> true, p -> true);
    }

    /**
     * Those who know someone at the partner (and its owner, when {@code owner} says so) that the platform says have
     * left, for the event {@code who} made in their server; none when nobody was asked about, or nobody left.
     *
     * @param partner the partner the event names (refused as its handler would refuse it)
     * @param asked   whether the event asks about this partner's people at all
     * @param owner   whether it asks about the partner's owner too
     */
    private Optional<Gone> ask(Caller who, Supplier<Partner> partner, Predicate<Partner> asked,
                               Predicate<Partner> owner) {
        if (who.guildId() == 0) {
            return Optional.empty();
        }
        record People(long partnerId, Set<Long> ids) {
        }
        People people = db.readOnlyTransaction(() -> {
            try {
                Partner p = partner.get();
                if (!asked.test(p)) {
                    return null;
                }
                Set<Long> ids = new LinkedHashSet<>();
                if (owner.test(p) && p.hasOwner()) {
                    ids.add(p.ownerId());
                }
                ids.addAll(db.read(c -> intros.contacts(c, p.guildId(), p.id())));
                ids.remove(who.userId());
                return new People(p.id(), ids);
            } catch (UserError refused) {
                return null;
            }
        });
        if (people == null || people.ids().isEmpty()) {
            return Optional.empty();
        }
        Set<Long> left = messenger.membership(who.guildId(), people.ids()).left();
        return left.isEmpty() ? Optional.empty() : Optional.of(new Gone(people.partnerId(), left));
    }
}
