package org.partnercoach.partners;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Function;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.HomeServer;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.UserError;
import org.partnercoach.storage.Database;

/**
 * Before the transaction of a partner command, button or menu: which of the members tied to a partner (those who
 * know someone there, and for its page its owner) have left the server, as the platform says now. They are read in a
 * transaction of their own, closed before the platform is asked (on Discord a request over the network, never made
 * inside a transaction). The platform is asked about the partner's server, also for an event from a DM (a page or
 * its button there, the request for an introduction a member is offered once someone knows someone there). Nothing
 * is asked for an event that will be refused for another reason (a partner not found: it is refused in its own
 * transaction, in its own words), nor about the member acting; a platform that cannot tell says nobody left. For what
 * only a partner's owner or a coordinator may do, its owner is asked about when the member will be refused, so that
 * the refusal says whom to ask ({@link WhoMay}), and when a coordinator's change would tell her by DM, so that none is
 * promised to someone who has left ({@link OwnerNotice}).
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
    private final HomeServer homes;

    WhoLeft(Database db, IntroStore intros, Messenger messenger, HomeServer homes) {
        this.db = db;
        this.intros = intros;
        this.messenger = messenger;
        this.homes = homes;
    }

    /**
     * For an introduction (the command, the page's button, a DM's button that names its server: {@code who} is then
     * the member in that server): those who know someone at the partner, and its owner once the coalition is in touch
     * with it (the reply then points to them); nobody for a partner that has moved on, which asks no one.
     */
    Optional<Gone> forIntro(Caller who, Function<Caller, Partner> partner) {
        return ask(who, partner, Partner::active, p -> !p.stage().stillReaching(), true);
    }

    /** For a partner's page: its owner and those who know someone there. */
    Optional<Gone> forPage(Caller who, Function<Caller, Partner> partner) {
        return ask(who, partner, p -> true, p -> true, true);
    }

    /**
     * For what only a partner's owner or a coordinator may do ({@code /partner owner}, {@code archive}, {@code
     * restore}, {@code delete}: {@link WhoMay}): its owner only, when the member does not look after it herself and
     * the event {@code reaches} the partner (an archive of one that has moved on already is refused for that, and
     * asks nothing). A member who is not a coordinator is asked about so that her refusal points to a coordinator
     * when its owner has left the server; a coordinator only when the event {@code tellsOwner} (its reply promises the
     * owner a DM, {@link OwnerNotice}: not {@code /partner delete}'s confirm, which changes nothing), so that no DM is
     * promised or queued to someone who has gone. The owner, or nobody looking after it, asks nothing: only the read
     * of the partner for the owner.
     */
    Optional<Gone> forOwnerOnly(Caller who, Function<Caller, Partner> partner, Predicate<Partner> reaches,
                                boolean tellsOwner) {
        // a coordinator may do it to any partner herself: asked about only for the DM her change would bring
        if (who.coordinator() && !tellsOwner) {
            return Optional.empty();
        }
        return ask(who, partner, p -> reaches.test(p) && p.hasOwner() && p.ownerId() != who.userId(), p -> true,
                false);
    }

    /**
     * Those who know someone at the partner (when {@code knowing}; and its owner, when {@code owner} says so) that
     * the platform says have left the partner's server, for the event {@code who} made; none when nobody was asked
     * about, or nobody left.
     *
     * @param partner the partner the event names, found as the member in the server it is filed under (refused as
     *                its handler would refuse it)
     * @param asked   whether the event asks about this partner's people at all
     * @param owner   whether it asks about the partner's owner too
     * @param knowing whether it asks about those who know someone there
     */
    private Optional<Gone> ask(Caller who, Function<Caller, Partner> partner, Predicate<Partner> asked,
                               Predicate<Partner> owner, boolean knowing) {
        record People(long guildId, long partnerId, Set<Long> ids) {
        }
        People people = db.readOnlyTransaction(() -> {
            try {
                // a DM carries no server: its member's home, as the router files the event under it
                Caller at = who.guildId() == 0 ? who.inGuild(homes.homeOf(who.userId())) : who;
                if (at.guildId() == 0) {
                    return null;
                }
                Partner p = partner.apply(at);
                if (!asked.test(p)) {
                    return null;
                }
                Set<Long> ids = new LinkedHashSet<>();
                if (owner.test(p) && p.hasOwner()) {
                    ids.add(p.ownerId());
                }
                if (knowing) {
                    ids.addAll(db.read(c -> intros.contacts(c, p.guildId(), p.id())));
                }
                ids.remove(who.userId());
                return new People(p.guildId(), p.id(), ids);
            } catch (UserError refused) {
                return null;
            }
        });
        if (people == null || people.ids().isEmpty()) {
            return Optional.empty();
        }
        Set<Long> left = messenger.membership(people.guildId(), people.ids()).left();
        return left.isEmpty() ? Optional.empty() : Optional.of(new Gone(people.partnerId(), left));
    }
}
