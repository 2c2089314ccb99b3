package org.partnercoach.partners;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.UserError;
import org.partnercoach.storage.Database;

/**
 * Tip 2, "get connected": a member asks the members who know someone at a partner for an introduction. Each is
 * asked by DM with two buttons; their answer is stored, shown on the partner's page, and passed on to the member
 * who asked. The requests are written before any DM goes out, so a restart loses none.
 */
final class IntroFlow {

    private final Database db;
    private final Clock clock;
    private final Messenger messenger;
    private final IntroStore intros;
    private final PartnerStore partners;

    IntroFlow(Database db, Clock clock, Messenger messenger, IntroStore intros, PartnerStore partners) {
        this.db = db;
        this.clock = clock;
        this.messenger = messenger;
        this.intros = intros;
        this.partners = partners;
    }

    /** Asks everyone who knows someone at {@code p} (except the asker) for an introduction. */
    Reply request(Caller who, Partner p) {
        List<Long> helpers = db.read(c -> intros.contacts(c, p.guildId(), p.id())).stream()
                .filter(id -> id != who.userId()).toList();
        if (helpers.isEmpty()) {
            return Reply.text("Nobody in the coalition has said they know someone at “" + p.name() + "” yet. "
                    + "Ask around in the channel; anyone who does can say so with `/partner know`. Meanwhile, look "
                    + "for a mutual partner who could introduce you.");
        }
        List<Long> waiting = new ArrayList<>();
        List<Intro> asked = db.write(c -> {
            List<Intro> created = new ArrayList<>();
            for (long helper : helpers) {
                if (intros.open(c, p.guildId(), p.id(), who.userId(), helper).isPresent()) {
                    waiting.add(helper);
                } else {
                    created.add(intros.ask(c, p.guildId(), p.id(), who.userId(), helper, clock.instant()));
                }
            }
            return created;
        });
        List<Long> reached = new ArrayList<>();
        List<Long> unreachable = new ArrayList<>();
        for (Intro intro : asked) {
            if (messenger.sendDirect(intro.helperId(), askMessage(intro, p), null).ok()) {
                reached.add(intro.helperId());
            } else {
                unreachable.add(intro.helperId());
                db.write(c -> {
                    intros.answer(c, p.guildId(), intro.id(), Intro.Status.UNREACHABLE, clock.instant());
                    return null;
                });
            }
        }
        return Reply.text(requestSummary(p, reached, waiting, unreachable));
    }

    private static String requestSummary(Partner p, List<Long> reached, List<Long> waiting, List<Long> unreachable) {
        List<String> lines = new ArrayList<>();
        if (!reached.isEmpty()) {
            lines.add("I've asked " + mentions(reached) + " by DM for an introduction to someone at “" + p.name()
                    + "”. I'll let you know what they say.");
        }
        if (!waiting.isEmpty()) {
            lines.add("You've already asked " + mentions(waiting) + "; their answer hasn't come in yet.");
        }
        if (!unreachable.isEmpty()) {
            lines.add("I couldn't reach " + mentions(unreachable) + " by DM (their DMs may be closed). "
                    + "Try asking them in the channel.");
        }
        return String.join("\n", lines);
    }

    private static Reply askMessage(Intro intro, Partner p) {
        Card card = Card.of("Can you make an introduction?", Mentions.user(intro.requesterId())
                + " is reaching out to **" + p.name() + "** for the coalition and would love an introduction. "
                + "You said you know someone there. A short message to both of them is plenty.");
        return Reply.card(card).withButtons(
                Button.success(CustomId.of(PartnerView.FEATURE, "introyes", intro.guildId(), intro.id()),
                        "I'll introduce you"),
                Button.secondary(CustomId.of(PartnerView.FEATURE, "introno", intro.guildId(), intro.id()),
                        "I don't know them well"));
    }

    /**
     * The helper's answer, from a button in their DM. The button names the server of the request, since a DM
     * carries none; the request must be addressed to the member who pressed it.
     */
    Reply answer(Caller who, CustomId id, boolean willIntroduce) {
        long guildId = id.longArg(0);
        Intro.Status status = willIntroduce ? Intro.Status.WILL_INTRODUCE : Intro.Status.NOT_WELL;
        record Answered(Intro intro, Partner partner) {
        }
        Answered done = db.write(c -> {
            Intro intro = intros.byId(c, guildId, id.longArg(1)).orElseThrow(() -> new UserError(
                    "I can't find that introduction request any more. Nothing to do here, thank you!"));
            if (intro.helperId() != who.userId()) {
                throw new UserError("That request was meant for someone else, so I left it as it was.");
            }
            Partner partner = partners.byId(c, guildId, intro.partnerId()).orElseThrow(() -> new UserError(
                    "That partner is no longer on the coalition's list. Nothing to do here, thank you!"));
            intros.answer(c, guildId, intro.id(), status, clock.instant());
            return new Answered(intro, partner);
        });
        String name = done.partner().name();
        String requester = Mentions.user(done.intro().requesterId());
        String helper = Mentions.user(who.userId());
        messenger.sendDirect(done.intro().requesterId(), Reply.text(willIntroduce
                ? helper + " will introduce you to someone at “" + name + "”. Once you've met, log it with "
                + "`/partner log kind:intro`."
                : helper + " doesn't know anyone at “" + name + "” well enough for an introduction. Other routes: "
                + "a mutual partner, their website's contact page, or one of their public events."), null);
        return Reply.text(willIntroduce
                ? "Thank you! I've told " + requester + " you'll introduce them to someone at “" + name + "”."
                : "Thanks for saying so. I've let " + requester + " know, so they can look for another way in.")
                .replacingMessage();
    }

    private static String mentions(List<Long> ids) {
        return String.join(", ", ids.stream().map(Mentions::user).toList());
    }
}
