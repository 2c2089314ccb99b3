package org.partnercoach.partners;

import org.partnercoach.chat.Shown;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.SendTrouble;
import org.partnercoach.chat.UserError;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.outbox.SendKind;
import org.partnercoach.storage.Database;

/**
 * Tip 2, "get connected": a member asks the members who know someone at a partner for an introduction. Each is
 * asked by DM with two buttons; their answer is stored, shown on the partner's page, and passed on to the member
 * who asked. Every DM goes through the outbox: the request (or the answer) and its DM are written in one
 * transaction and sent by the outbox's next run, so a restart loses none and a slow Discord never holds up the
 * reply. A request that cannot be delivered is marked unreachable, and the member who asked is told.
 */
final class IntroFlow {

    /** The DM asking a helper for an introduction; the row's target is the request. */
    static final String ASK_KIND = "intro-ask";
    /** The DM telling the member who asked what came of it; the row's target is the request, its payload the news. */
    static final String ANSWER_KIND = "intro-answer";
    /** The DM asking the member who asked whether an agreed introduction happened; the row's target is the request. */
    static final String FOLLOW_UP_KIND = "intro-follow-up";
    /** How long after "I'll introduce you" the member who asked is asked whether they have met. */
    static final Duration FOLLOW_UP_AFTER = Duration.ofDays(7);
    /**
     * The DM telling a member who found nobody to ask that someone now knows someone at the partner; the row's target
     * is the wait, its payload the id of the member who said so.
     */
    static final String SOMEONE_KNOWS_KIND = "intro-someone-knows";
    /** The lead's {@code about} when it is told at the partner's restore, of someone who said so while it had moved on. */
    private static final String SAID_WHILE_MOVED_ON = "while-moved-on";
    /**
     * The action of a DM's **Ask for an introduction** ({@link #askButton}): it names its server and the partner, and
     * asks the platform first who of those who know someone there have left, as {@code /partner intro} does.
     */
    static final String ASK_FROM_DM = "introask";
    /** How long a helper has to answer before the member who asked may have them asked again. */
    static final Duration ASK_UNANSWERED_AGAIN_AFTER = Duration.ofDays(7);

    private final Database db;
    private final Clock clock;
    private final Outbox outbox;
    private final IntroStore intros;
    private final PartnerStore partners;
    private final PartnerDirectory directory;
    private final SendKind asks = new Asks();
    private final SendKind answers = new Answers();
    private final SendKind followUps = new FollowUps();
    private final SendKind someoneKnows = new SomeoneKnows();
    private final IntroGoneNotice gone;
    /** Asked, as a follow-up goes out (never inside a transaction), whether its helper is still in the server. */
    private final org.partnercoach.chat.Messenger messenger;

    IntroFlow(Database db, Clock clock, Outbox outbox, IntroStore intros, PartnerStore partners,
              PartnerDirectory directory, org.partnercoach.chat.Messenger messenger) {
        this.directory = directory;
        this.messenger = messenger;
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.intros = intros;
        this.partners = partners;
        this.gone = new IntroGoneNotice(db, outbox, intros, partners);
    }

    /** The requests to helpers, for the outbox. */
    SendKind asks() {
        return asks;
    }

    /** The answers back to the member who asked, for the outbox. */
    SendKind answers() {
        return answers;
    }

    /** A week after an agreement to introduce, whether it happened, for the outbox. */
    SendKind followUps() {
        return followUps;
    }

    /** The news, to members waiting for an introduction, that it will not come (the partner or the helper gone). */
    IntroGoneNotice gone() {
        return gone;
    }

    /** The news, to members who found nobody to ask, that someone now knows someone there, for the outbox. */
    SendKind someoneKnows() {
        return someoneKnows;
    }

    /**
     * A helper who agreed to introduce the requester is asked again only after this long, and only when nothing has
     * been logged with the partner since they agreed: the introduction may have been forgotten.
     */
    static final Duration ASK_AGAIN_AFTER = Duration.ofDays(30);

    /**
     * Of {@code helpers}, those whose last introduction request (in the server) Discord refused because they had left
     * it, with nothing asked of them since, and when: what the outbox stored, one read, in the caller's transaction
     * (no request to the platform). One who left and was never asked since is not known here: {@code /partner show}
     * asks the platform ({@link WhoLeft}).
     */
    Map<Long, Instant> leftWhenAsked(Connection c, long guildId, java.util.Collection<Long> helpers)
            throws SQLException {
        Map<Long, Instant> left = new HashMap<>();
        outbox.history().lastSends(c, guildId, ASK_KIND, helpers, clock.instant()).forEach((helper, last) -> {
            if (last.leftServer() != null) {
                left.put(helper, last.leftServer());
            }
        });
        return left;
    }

    /** {@link #request(Caller, Partner, Set)} with nobody known to have left the server (a button's request). */
    Reply request(Caller who, Partner p) {
        return request(who, p, Set.of());
    }

    /**
     * Asks everyone who knows someone at {@code p} (except the asker) for an introduction. A helper is not asked
     * again while the asker's request to them is open, nor once they answered it: "I don't know them well" stands,
     * and "I'll introduce you" stands unless it is older than {@link #ASK_AGAIN_AFTER} with nothing logged with the
     * partner since; once the asker logged an introduction, their requests are settled. A helper whose DM could not
     * be delivered is asked again (their DMs may be open by now), and so is one who has not answered within
     * {@link #ASK_UNANSWERED_AGAIN_AFTER} (the same request, its DM sent again). When nobody could be asked, the
     * asker waits: the next member to say they know someone there is named to them by DM; not one who has logged an
     * introduction there since asking a helper, who has had it (a new member who knows someone there is asked all
     * the same at their next request). Asking someone ends the wait. Those in {@code left}, who know someone there
     * and left the server, are not asked.
     */
    Reply request(Caller who, Partner p, Set<Long> left) {
        if (!p.active()) {
            return Reply.text("“" + Shown.text(p.name()) + "” has moved on, so I didn't ask anyone for an introduction. "
                    + "If the coalition is reaching out to them again, `/partner restore` brings it back; then ask "
                    + "with `/partner intro`.");
        }
        if (!p.stage().stillReaching()) {
            return inTouch(who, p, left);
        }
        Instant now = clock.instant();
        Outcome outcome = db.write(c -> {
            List<Long> contacts = intros.contacts(c, p.guildId(), p.id());
            List<Long> helpers = contacts.stream().filter(id -> id != who.userId()).toList();
            Map<Long, Intro> latest = new HashMap<>();
            for (Intro earlier : intros.ofRequester(c, p.guildId(), p.id(), who.userId())) {
                latest.putIfAbsent(earlier.helperId(), earlier);
            }
            Outcome o = new Outcome(helpers.isEmpty(), contacts.contains(who.userId()));
            for (long helper : helpers) {
                if (left.contains(helper)) {
                    o.left.add(helper);
                    continue;
                }
                Intro last = latest.get(helper);
                Intro.Status status = last == null ? null : last.status();
                if (status == Intro.Status.ASKED && mayAskUnansweredAgain(last, now)) {
                    intros.askAgain(c, p.guildId(), last.id(), now);
                    outbox.enqueue(c, new ScheduledSend.Draft(p.guildId(), ASK_KIND, helper, last.id(), ASKED_AGAIN,
                            "", now), now);
                    o.askedAgain.add(helper);
                } else if (status == Intro.Status.ASKED) {
                    o.waiting.add(helper);
                } else if (status == Intro.Status.NOT_WELL) {
                    o.notWell.add(helper);
                } else if (status == Intro.Status.INTRODUCED) {
                    o.introduced.add(helper);
                } else if (status == Intro.Status.WILL_INTRODUCE && !mayAskAgain(last, p, now)) {
                    o.willIntroduce.add(helper);
                } else {
                    Intro intro = intros.ask(c, p.guildId(), p.id(), who.userId(), helper, now);
                    outbox.enqueue(c, new ScheduledSend.Draft(p.guildId(), ASK_KIND, helper, intro.id(), "", "",
                            now), now);
                    o.asked.add(helper);
                }
            }
            // one who logged an introduction there has had it: no wait is kept for them, as the reply says
            if (o.asked.isEmpty() && o.askedAgain.isEmpty() && o.introduced.isEmpty()) {
                intros.waitForSomeone(c, p.guildId(), p.id(), who.userId(), now);
            } else {
                intros.endWait(c, p.guildId(), p.id(), who.userId());
            }
            return o;
        });
        if (outcome.nobodyKnows && outcome.askerKnows) {
            return Reply.text("You're the only member who has said they know someone at “" + Shown.text(p.name())
                    + "”, so there's nobody else to ask for an introduction yet. Your own contact there may be the "
                    + "best way in; when someone else says they know someone there with `/partner know`, I'll let "
                    + "you know by DM.");
        }
        if (outcome.nobodyKnows) {
            return Reply.text("Nobody in the coalition has said they know someone at “" + Shown.text(p.name()) + "” yet. "
                    + "Ask around in the channel; anyone who does can say so with `/partner know`, and I'll let you "
                    + "know by DM when someone does. Meanwhile, look for a mutual partner who could introduce you.");
        }
        return Reply.text(requestSummary(p, outcome));
    }

    /** Who was asked, and why the others were not; filled in the request's transaction. */
    private static final class Outcome {
        final boolean nobodyKnows;
        /** The member asking said they know someone there themselves. */
        final boolean askerKnows;
        final List<Long> asked = new ArrayList<>();
        final List<Long> askedAgain = new ArrayList<>();
        final List<Long> waiting = new ArrayList<>();
        final List<Long> willIntroduce = new ArrayList<>();
        final List<Long> notWell = new ArrayList<>();
        final List<Long> introduced = new ArrayList<>();
        /** Those who know someone there and have left the server: not asked. */
        final List<Long> left = new ArrayList<>();

        Outcome(boolean nobodyKnows, boolean askerKnows) {
            this.nobodyKnows = nobodyKnows;
            this.askerKnows = askerKnows;
        }
    }

    /** An agreement to introduce may be followed up once it is old and nothing was logged with the partner since. */
    private static boolean mayAskAgain(Intro agreed, Partner p, Instant now) {
        Instant since = agreed.answeredAt() == null ? agreed.askedAt() : agreed.answeredAt();
        boolean old = !since.plus(ASK_AGAIN_AFTER).isAfter(now);
        boolean loggedSince = p.lastTouchAt() != null && !p.lastTouchAt().isBefore(since);
        return old && !loggedSince;
    }

    /** A request nobody answered may be sent again once the helper has had a week to answer it. */
    private static boolean mayAskUnansweredAgain(Intro asked, Instant now) {
        return !asked.askedAt().plus(ASK_UNANSWERED_AGAIN_AFTER).isAfter(now);
    }

    private static String requestSummary(Partner p, Outcome o) {
        String name = Shown.text(p.name());
        List<String> lines = new ArrayList<>();
        if (!o.asked.isEmpty()) {
            lines.add("I'm asking " + mentions(o.asked) + " by DM for an introduction to someone at “"
                    + name + "”; my message is on its way. I'll let you know what they say.");
        }
        if (!o.askedAgain.isEmpty()) {
            lines.add(mentions(o.askedAgain) + (o.askedAgain.size() == 1 ? " hasn't" : " haven't")
                    + " answered for a week, so I'm asking them again by DM. "
                    + "A friendly word to them directly can help too.");
        }
        if (!o.waiting.isEmpty()) {
            lines.add("You've already asked " + mentions(o.waiting) + (o.waiting.size() == 1 ? "; their answer hasn't"
                    : "; their answers haven't") + " come in yet. A friendly "
                    + "word to them directly can help; if there's still no answer a week after I asked, "
                    + "`/partner intro` asks them again.");
        }
        if (!o.willIntroduce.isEmpty()) {
            lines.add(mentions(o.willIntroduce) + " already said they'll introduce you: look out for their message, "
                    + "or reach out to them directly.");
        }
        if (!o.notWell.isEmpty()) {
            lines.add(mentions(o.notWell) + " said they don't know anyone at “" + name + "” well enough.");
        }
        if (!o.left.isEmpty()) {
            lines.add(mentions(o.left) + (o.left.size() == 1 ? " has" : " have") + " left the server, so I didn't ask "
                    + (o.left.size() == 1 ? "them" : "any of them") + ", though they said they know someone at “" + name
                    + "”.");
        }
        if (!o.introduced.isEmpty()) {
            lines.add("You've logged an introduction to “" + name + "” since you asked " + mentions(o.introduced)
                    + ", so I didn't ask them again.");
        }
        if (o.asked.isEmpty() && o.askedAgain.isEmpty() && !o.introduced.isEmpty()) {
            lines.add("There's nobody new to ask, so I sent no request: you've had your introduction there. Log each "
                    + "contact with `/partner log`; should another member say they know someone there with "
                    + "`/partner know`, `/partner intro` asks them.");
        } else if (o.asked.isEmpty() && o.askedAgain.isEmpty()) {
            lines.add("There's nobody new to ask, so I sent no request. When someone else says they know someone "
                    + "there with `/partner know`, I'll let you know by DM; meanwhile, a mutual partner could "
                    + "introduce you.");
        }
        return String.join("\n", lines);
    }

    /** The payload of a request's DM sent again to a helper who had not answered it. */
    private static final String ASKED_AGAIN = "again";

    private static Reply askMessage(Intro intro, Partner p, boolean again) {
        Card card = Card.of("Can you make an introduction?", (again ? "I asked you this a week ago and haven't "
                + "heard back, so here it is once more; an answer either way helps. " : "")
                + Mentions.user(intro.requesterId())
                + " is reaching out to **" + Shown.text(p.name())
                + "** for the coalition and would love an introduction. "
                + "You said you know someone there. A short message to both of them is plenty.");
        return Reply.card(card,
                Button.success(CustomId.of(PartnerView.FEATURE, ANSWER_YES, intro.guildId(), intro.id(), p.id()),
                        "I'll introduce you"),
                Button.secondary(CustomId.of(PartnerView.FEATURE, ANSWER_NO, intro.guildId(), intro.id(), p.id()),
                        "I don't know them well"));
    }

    /**
     * The helper's answer, from a button in their DM. The button names the server of the request, since a DM
     * carries none; the request must be addressed to the member who pressed it. The member who asked hears of it
     * by DM (once per change of answer).
     */
    Reply answer(Caller who, CustomId id, boolean willIntroduce) {
        return answer(who, id, willIntroduce, false);
    }

    /**
     * {@link #answer(Caller, CustomId, boolean)}; {@code requesterLeft}: the platform said, as the answer was pressed ({@link #beforeAnswer}), that the member who asked has left the server. The offer is then kept (the
     * partner's page shows it, and should they come back and ask again, they hear of it), but no DM is promised or
     * queued to them, nor a follow-up a week later: Discord would refuse both.
     */
    Reply answer(Caller who, CustomId id, boolean willIntroduce, boolean requesterLeft) {
        long guildId = id.longArg(0);
        record Answered(Intro intro, Partner partner, Intro.Status status) {
        }
        Answered done = db.write(c -> {
            Optional<Intro> found = intros.byId(c, guildId, id.longArg(1));
            if (found.isEmpty()) {
                throw requestGone(c, guildId, id, false);
            }
            Intro intro = found.get();
            if (intro.helperId() == 0) {
                throw new UserError("I no longer keep that request, so there's nothing to do here. Thank you!");
            }
            if (intro.helperId() != who.userId()) {
                throw new UserError("That request was meant for someone else, so I left it as it was.");
            }
            if (intro.status() == Intro.Status.WITHDRAWN) {
                throw new UserError("You've since said you don't know anyone there, and I let "
                        + Mentions.user(intro.requesterId()) + " know, so there's nothing to do here. If you do know "
                        + "someone there after all, `/partner know` says so.");
            }
            Partner partner = partners.byId(c, guildId, intro.partnerId()).orElseThrow(() -> new UserError(
                    "That partner is no longer on the coalition's list. Nothing to do here, thank you!"));
            Intro.Status status = answerOf(willIntroduce, intro, partner);
            if (intro.status() != status && intro.status() != Intro.Status.INTRODUCED) {
                Instant now = clock.instant();
                intros.answer(c, guildId, intro.id(), status, now);
                if (!partner.active() || requesterLeft) {
                    // the coalition has stepped back from it, or the member who asked has left the server: the
                    // answer is kept, and nobody is nudged about it
                    return new Answered(intro, partner, status);
                }
                tellRequester(c, intro, status.name(), now);
                if (status == Intro.Status.WILL_INTRODUCE) {
                    outbox.enqueue(c, new ScheduledSend.Draft(guildId, FOLLOW_UP_KIND, intro.requesterId(),
                            intro.id(), "", "", now.plus(FOLLOW_UP_AFTER)), now);
                }
            }
            return new Answered(intro, partner, status);
        });
        String name = Shown.text(done.partner().name());
        String requester = Mentions.user(done.intro().requesterId());
        if (done.intro().status() == Intro.Status.INTRODUCED) {
            return Reply.text(requester + " has since logged an introduction to “" + name + "”, so nothing more is "
                    + "needed from you. Thank you all the same!").replacingMessage();
        }
        if (!done.partner().active()) {
            return Reply.text("Thank you for answering! “" + name + "” has moved on from the coalition's outreach list "
                    + "since " + requester + " asked, so no introduction is needed for now. I've noted your answer."
                    + (done.status() == Intro.Status.AGREED_MOVED_ON ? " If the coalition takes it up again, "
                    + requester + " can ask you again." : "")).replacingMessage();
        }
        if (requesterLeft && willIntroduce) {
            return Reply.text("Thank you! " + requester + " has left the server since asking for an introduction to "
                    + "someone at “" + name + "”, so I can't pass your answer on by DM, and there's nothing for you to "
                    + "do now. I've noted your offer on the partner's page: should they come back and ask again, "
                    + "they'll see you offered.").replacingMessage();
        }
        if (requesterLeft) {
            return Reply.text("Thanks for saying so. " + requester + " has left the server since asking for an "
                    + "introduction to someone at “" + name + "”, so there's no one to pass your answer on to and "
                    + "nothing for you to do now. " + stillListed(done.partner())).replacingMessage();
        }
        return Reply.text(willIntroduce
                ? "Thank you! I'll let " + requester + " know by DM that you'll introduce them to someone at "
                + Quoted.endingSentence(done.partner().name())
                : "Thanks for saying so. I'll let " + requester + " know by DM, so they can look for another way in. "
                + stillListed(done.partner()))
                .replacingMessage();
    }

    /**
     * After "I don't know them well": the answer is to this request, so knowing someone there stands, and with it the
     * next request, unless she takes it back.
     */
    private static String stillListed(Partner partner) {
        return "You're still listed as knowing someone at “" + Shown.text(partner.name()) + "”; if you no longer do, "
                + Shown.code("/partner unknow " + PartnerRef.option(partner.name())) + " in the server takes it back, "
                + "so you aren't asked again.";
    }

    /**
     * What pressing a request's button records: "I'll introduce you" is an agreement while the partner is on the list
     * (or already was one), else {@link Intro.Status#AGREED_MOVED_ON}, which promises nothing once it is back.
     */
    private static Intro.Status answerOf(boolean willIntroduce, Intro intro, Partner partner) {
        if (!willIntroduce) {
            return Intro.Status.NOT_WELL;
        }
        return partner.active() || intro.status() == Intro.Status.WILL_INTRODUCE ? Intro.Status.WILL_INTRODUCE
                : Intro.Status.AGREED_MOVED_ON;
    }

    /**
     * The actions of a request's "I'll introduce you" and "I don't know them well", which ask the platform first
     * whether the asker is here: both would promise a DM.
     */
    static final String ANSWER_YES = "introyes";
    static final String ANSWER_NO = "introno";

    /** Whether {@code id} is a request's answer, which asks the platform first ({@link #beforeAnswer}). */
    static boolean isAnswer(CustomId id) {
        return id.action().equals(ANSWER_YES) || id.action().equals(ANSWER_NO);
    }

    /**
     * Prepared for an "I'll introduce you" press ({@link #beforeAnswer}): the platform said the member who asked for
     * the request {@code introId} has left the server.
     */
    record RequesterLeft(long introId) {
    }

    /** Whether {@code press} carries the platform's word that the member who asked for its request has left. */
    static boolean requesterLeft(Inbound.ButtonPress press) {
        return press.prepared(RequesterLeft.class).filter(r -> r.introId() == press.customId().longArg(1))
                .isPresent();
    }

    /**
     * Before the transaction of "I'll introduce you" or "I don't know them well": whether the member who asked is still in the server, so that
     * the answer promises no DM Discord would refuse. The request is read in a read of its own, closed before the
     * platform is asked; nothing is asked for a press that promises no DM anyway (a request gone, someone else's,
     * taken back or settled, or a partner that has moved on). A platform that cannot tell says nobody left.
     */
    Inbound beforeAnswer(Inbound.ButtonPress press) {
        CustomId id = press.customId();
        long guildId = id.longArg(0);
        Optional<Intro> open = db.read(c -> {
            Optional<Intro> intro = intros.byId(c, guildId, id.longArg(1))
                    .filter(i -> i.helperId() != 0 && i.helperId() == press.caller().userId())
                    .filter(i -> i.status() != Intro.Status.WITHDRAWN && i.status() != Intro.Status.INTRODUCED);
            if (intro.isEmpty() || partners.byId(c, guildId, intro.get().partnerId()).filter(Partner::active)
                    .isEmpty()) {
                return Optional.<Intro>empty();
            }
            return intro;
        });
        if (open.isEmpty()) {
            return press;
        }
        long requester = open.get().requesterId();
        return messenger.membership(guildId, List.of(requester)).left().contains(requester)
                ? press.withPrepared(new RequesterLeft(open.get().id())) : press;
    }

    /**
     * A request's button pressed once the request is no longer kept: its partner was deleted since (said as any
     * button about a deleted partner says it, {@link PartnerDeletions.Deletion#told(String)}: when, by whom, and how
     * to add it again, or that one called so is on the list again, with the command that asks there), or, the partner
     * still on the list, the member who asked deleted their data. {@code asker}: pressed by the member who asked
     * ("We've met"), else by the helper. A button from before its id named the partner gets the general answer.
     */
    private UserError requestGone(Connection c, long guildId, CustomId id, boolean asker) throws SQLException {
        long partnerId = id.longArg(2);
        if (partnerId > 0) {
            if (partners.byId(c, guildId, partnerId).isPresent()) {
                return new UserError(asker ? "I no longer keep that request: it went when your data here was "
                        + "deleted, so I logged nothing. `/partner log` records a contact with any partner on the list."
                        : "The member who asked for that introduction has since left the coalition's records (they "
                        + "deleted their data here), so there's nothing to do here. Thank you!");
            }
            Optional<PartnerDeletions.Deletion> deleted = partners.deletionOf(c, guildId, partnerId);
            if (deleted.isPresent()) {
                return new UserError(deleted.get().told(PartnerFeature.Paths.INTRO).getMessage() + (asker
                        ? " Your request for an introduction went with the deleted entry, so I logged nothing."
                        : " The request for an introduction went with the deleted entry, and whoever was still "
                        + "waiting for one there was told by DM, so there's nothing to do here. Thank you!"));
            }
        }
        return new UserError(asker ? "I can't find that introduction request any more, so I logged nothing. "
                + "`/partner log` records a contact with any partner on the list."
                : "I can't find that introduction request any more. Nothing to do here, thank you!");
    }

    /**
     * Queues the DM telling the member who asked what came of {@code intro}: {@code news}, a status's name or one of
     * the payloads {@link Answers} reads besides.
     */
    private void tellRequester(Connection c, Intro intro, String news, Instant now) throws SQLException {
        outbox.enqueue(c, new ScheduledSend.Draft(intro.guildId(), ANSWER_KIND, intro.requesterId(), intro.id(), news,
                "", now), now);
    }

    /** The request DM to a helper, built when it goes out; nothing when the request was answered or is gone. */
    private final class Asks implements SendKind {

        @Override
        public String name() {
            return ASK_KIND;
        }

        @Override
        public String described() {
            return "An introduction request";
        }

        /** The partner asked about, by its name now, and who asked. */
        @Override
        public Optional<String> aboutInWords(ScheduledSend send) {
            return requested(send).map(r -> "an introduction at “" + r.partner() + "”, for "
                    + Mentions.user(r.intro().requesterId()));
        }

        @Override
        public Optional<Reply> compose(ScheduledSend send) {
            return db.read(c -> {
                Optional<Intro> intro = intros.byId(c, send.guildId(), send.targetId())
                        .filter(i -> i.status() == Intro.Status.ASKED);
                if (intro.isEmpty()) {
                    return Optional.<Reply>empty();
                }
                return partners.byId(c, send.guildId(), intro.get().partnerId())
                        .map(p -> askMessage(intro.get(), p, ASKED_AGAIN.equals(send.payload())));
            });
        }

        /** The helper could not be reached: the request says so, and the member who asked is told. */
        @Override
        public void failed(Connection c, ScheduledSend send, String reason, SendTrouble trouble, Instant at)
                throws SQLException {
            Optional<Intro> intro = intros.byId(c, send.guildId(), send.targetId());
            if (intro.isPresent() && intro.get().status() == Intro.Status.ASKED) {
                intros.answer(c, send.guildId(), intro.get().id(), Intro.Status.UNREACHABLE, at);
                // one who left the server is no one to ask in the channel either: the member who asked hears so
                tellRequester(c, intro.get(), trouble == SendTrouble.LEFT_SERVER ? HELPER_LEFT
                        : Intro.Status.UNREACHABLE.name(), at);
            }
        }

        @Override
        public boolean waitsForQuietHours() {
            return false;
        }
    }

    /** What came of a request, to the member who asked. */
    private final class Answers implements SendKind {

        @Override
        public String name() {
            return ANSWER_KIND;
        }

        @Override
        public String described() {
            return "An answer on an introduction";
        }

        /** Her request it answers, by its partner's name now. */
        @Override
        public Optional<String> aboutInWords(ScheduledSend send) {
            return requested(send).map(r -> "your request for an introduction at “" + r.partner() + "”");
        }

        @Override
        public Optional<Reply> compose(ScheduledSend send) {
            return db.read(c -> {
                Optional<Intro> intro = intros.byId(c, send.guildId(), send.targetId());
                if (intro.isEmpty()) {
                    return Optional.<Reply>empty();
                }
                return partners.byId(c, send.guildId(), intro.get().partnerId())
                        .map(p -> AGREEMENT_WITHDRAWN.equals(send.payload()) ? agreementWithdrawnMessage(intro.get(), p)
                                : HELPER_LEFT.equals(send.payload()) ? helperLeftMessage(intro.get(), p)
                                : answerMessage(intro.get(), p, Intro.Status.valueOf(send.payload())));
            });
        }

        @Override
        public boolean waitsForQuietHours() {
            return false;
        }
    }

    /**
     * A week after "I'll introduce you": has the member who asked met them? Nothing when the introduction was logged,
     * the answer changed (a later "I'll introduce you" has a follow-up of its own), the helper's data was deleted, or
     * the partner has moved on or is gone.
     */
    private final class FollowUps implements SendKind {

        @Override
        public String name() {
            return FOLLOW_UP_KIND;
        }

        @Override
        public String described() {
            return "A follow-up on an introduction";
        }

        /** Whether she has met someone at the partner, by its name now. */
        @Override
        public Optional<String> aboutInWords(ScheduledSend send) {
            return requested(send).map(r -> "whether you've met someone at “" + r.partner() + "”");
        }

        @Override
        public Optional<Reply> compose(ScheduledSend send) {
            Optional<Map.Entry<Intro, Partner>> agreed = db.read(c -> {
                Optional<Intro> intro = intros.byId(c, send.guildId(), send.targetId())
                        .filter(i -> i.status() == Intro.Status.WILL_INTRODUCE && i.helperId() != 0)
                        .filter(i -> !i.answeredAt().plus(FOLLOW_UP_AFTER).isAfter(send.requestedAt()));
                if (intro.isEmpty()) {
                    return Optional.<Map.Entry<Intro, Partner>>empty();
                }
                return partners.byId(c, send.guildId(), intro.get().partnerId()).filter(Partner::active)
                        .map(p -> Map.entry(intro.get(), p));
            });
            // a helper who left since agreeing is no one to send a friendly note to: asked after the read, as it goes
            return agreed.map(a -> followUpMessage(a.getKey(), a.getValue(), send.requestedAt(),
                    messenger.membership(send.guildId(), List.of(a.getKey().helperId())).left()
                            .contains(a.getKey().helperId())));
        }
    }

    /**
     * A partner brought back to the list: an agreement to introduce made before it moved on, whose follow-up fell due
     * while it had (and so never went), is followed up a week from now, saying that it still stands. One whose
     * follow-up is still to come goes as it is.
     *
     * @param movedOnAt when the partner last moved on; null when its history does not say
     */
    void followUpsAfterRestore(Connection c, Partner p, Instant movedOnAt, Instant now) throws SQLException {
        if (movedOnAt == null) {
            return;
        }
        for (Intro agreed : intros.agreed(c, p.guildId(), p.id())) {
            Instant followUp = agreed.answeredAt().plus(FOLLOW_UP_AFTER);
            if (agreed.answeredAt().isBefore(movedOnAt) && !followUp.isBefore(movedOnAt) && !followUp.isAfter(now)) {
                outbox.enqueue(c, new ScheduledSend.Draft(p.guildId(), FOLLOW_UP_KIND, agreed.requesterId(),
                        agreed.id(), "", "", now.plus(FOLLOW_UP_AFTER)), now);
            }
        }
    }

    /**
     * A partner brought back to the list: the members who found nobody to ask for an introduction there still wait
     * (an archive keeps their wait), and each not told of someone yet is told by DM, once, of the first member who
     * said they know someone there while it had moved on (no DM went then, {@link #know}), as {@link #know} tells
     * them; not when it comes back in a stage where nobody is asked for introductions. Returns those told.
     *
     * @param movedOnAt when the partner last moved on; null when its history does not say
     */
    List<Long> waitsAfterRestore(Connection c, Partner p, Instant movedOnAt, Instant now) throws SQLException {
        if (movedOnAt == null || !p.stage().stillReaching()) {
            return List.of();
        }
        Map<Long, Instant> since = intros.contactsSince(c, p.guildId(), p.id(), movedOnAt);
        List<Long> told = new ArrayList<>();
        if (since.isEmpty()) {
            return told;
        }
        for (Intro.Wait wait : intros.waits(c, p.guildId(), p.id())) {
            // one who knew someone there before she began to wait was no news to her then, nor is now
            Optional<Long> helper = since.entrySet().stream().filter(e -> e.getKey() != wait.requesterId()
                    && !e.getValue().isBefore(wait.createdAt())).map(Map.Entry::getKey).findFirst();
            if (wait.toldAt() == null && helper.isPresent() && intros.told(c, p.guildId(), wait.id(), now)) {
                outbox.enqueue(c, new ScheduledSend.Draft(p.guildId(), SOMEONE_KNOWS_KIND, wait.requesterId(),
                        wait.id(), Long.toString(helper.get()), SAID_WHILE_MOVED_ON, now), now);
                told.add(wait.requesterId());
            }
        }
        return told;
    }

    /**
     * The follow-up asked for at {@code due}: a week after the agreement, or later, after the partner's restore. Once
     * the coalition is in touch with the partner (cultivating or further), {@code /partner intro} asks nobody there
     * ({@link #inTouch}): the follow-up says so, and where to find who looks after it, instead of promising a request.
     */
    private static Reply followUpMessage(Intro intro, Partner p, Instant due, boolean helperLeft) {
        String helper = Mentions.user(intro.helperId());
        // one queued at a restore comes later than a week: said as what it is
        boolean fromBefore = due.isAfter(intro.answeredAt().plus(FOLLOW_UP_AFTER));
        boolean askElse = helperLeft && p.stage().stillReaching();
        String notYet = helperLeft ? " Not yet? " + helper + " has left the server since, so that introduction may "
                + "not happen" + (askElse ? ": press **Ask for an introduction** to ask anyone else who knows someone "
                + "there, or look for a mutual partner who could introduce you." : "; "
                + Shown.code("/partner show " + PartnerRef.option(p.name())) + " says who looks after it now.")
                : p.stage().stillReaching() ? " Not yet? A friendly note to " + helper + " helps; if nothing "
                + "comes of it within a month, `/partner intro` asks them again."
                : " Not yet? A friendly note to " + helper + " helps. “" + Shown.text(p.name()) + "” "
                + stageNow(p) + ", so the coalition is in touch with them and `/partner intro` asks nobody there; "
                + Shown.code("/partner show " + PartnerRef.option(p.name())) + " says who looks after it.";
        return Reply.text((fromBefore ? "Before the coalition stepped back from “" + Shown.text(p.name()) + "”, "
                + helper + " said they'd introduce you to someone there, and it's back on the list now."
                : "A week ago, " + helper + " said they'd introduce you to someone at "
                + Quoted.endingSentence(p.name())) + " Have you met? Press **We've met** to log it, or log it with "
                + Shown.code("/partner log " + PartnerRef.option(p.name()) + " kind:intro what:")
                + " and a line about it." + notYet)
                .withButtons(askElse ? new Button[] {metButton(intro), askButton(p)} : new Button[] {metButton(intro)});
    }

    /** Where a partner the coalition is in touch with stands, as "is partnered now" or "is in the asking stage now". */
    private static String stageNow(Partner p) {
        return p.stage() == Stage.PARTNERED ? "is partnered now"
                : "is in the " + p.stage().label().toLowerCase(java.util.Locale.ROOT) + " stage now";
    }

    /**
     * "We've met", from the follow-up DM: the member who asked logs the introduction (today) as a touchpoint with the
     * partner, which settles their requests as {@code /partner log kind:intro} does.
     */
    Reply met(Caller who, CustomId id) {
        long guildId = id.longArg(0);
        record Met(Partner partner, boolean logged) {
        }
        Met done = db.write(c -> {
            Optional<Intro> found = intros.byId(c, guildId, id.longArg(1));
            if (found.isEmpty()) {
                throw requestGone(c, guildId, id, true);
            }
            Intro intro = found.get();
            if (intro.requesterId() != who.userId()) {
                throw new UserError("That request was someone else's, so I logged nothing.");
            }
            Partner partner = partners.byId(c, guildId, intro.partnerId()).orElseThrow(() -> new UserError(
                    "That partner is no longer on the coalition's list, so I logged nothing."));
            if (intro.status() == Intro.Status.INTRODUCED) {
                return new Met(partner, false);
            }
            directory.log(c, partner, who.userId(), Touchpoint.Kind.INTRO, MET_NOTE, clock.instant());
            if (intro.status() == Intro.Status.WITHDRAWN) {
                // the helper took it back after the introduction was made: it happened, as the page then says
                intros.answer(c, guildId, intro.id(), Intro.Status.INTRODUCED, clock.instant());
            }
            return new Met(partner, true);
        });
        String name = Shown.text(done.partner().name());
        if (!done.logged()) {
            return Reply.text("Your introduction to “" + name + "” is already logged. Nice work!").replacingMessage();
        }
        return Reply.text("Logged your introduction to “" + name + "” for today. Nice work! To add a line about it, or "
                + "another day, use " + Shown.code("/partner log " + PartnerRef.option(done.partner().name())
                + " kind:intro what:") + ".").replacingMessage();
    }

    /** The touchpoint's note when the introduction is logged with the follow-up's button. */
    static final String MET_NOTE = "Met them through a coalition member's introduction";

    private static Reply answerMessage(Intro intro, Partner p, Intro.Status status) {
        String helper = Mentions.user(intro.helperId());
        String name = Shown.text(p.name());
        if (status == Intro.Status.WITHDRAWN) {
            return Reply.text(helper + " has taken back that they know someone at “" + name + "”, so they won't be "
                    + "answering your request for an introduction. Press **Ask for an introduction** to ask anyone "
                    + "else who knows someone there (I'll tell you if nobody does yet), or look for a mutual partner "
                    + "who could introduce you.")
                    .withButtons(askButton(p));
        }
        return Reply.text(switch (status) {
            case WILL_INTRODUCE -> helper + " will introduce you to someone at " + Quoted.endingSentence(p.name())
                    + " Once you've met, "
                    + "log it with " + Shown.code("/partner log " + PartnerRef.option(p.name()) + " kind:intro what:")
                    + " and a line about it.";
            case NOT_WELL -> helper + " doesn't know anyone at “" + name + "” well enough for an introduction. "
                    + "Other routes: a mutual partner, their website's contact page, or one of their public events.";
            case INTRODUCED -> "Your introduction to someone at “" + name + "” is logged. Nice work!";
            case UNREACHABLE, ASKED, HELPER_FORGOTTEN, WITHDRAWN, AGREED_MOVED_ON -> "I couldn't reach " + helper
                    + " by DM to ask about “" + name + "” (their "
                    + "DMs may be closed). Try asking them in the channel.";
        });
    }

    private static Reply helperLeftMessage(Intro intro, Partner p) {
        return Reply.text(Mentions.user(intro.helperId()) + " has left the server, so I couldn't ask them for an "
                + "introduction to someone at “" + Shown.text(p.name()) + "”. Press **Ask for an introduction** to ask "
                + "anyone else who knows someone there (I'll tell you if nobody does yet), or look for a mutual "
                + "partner who could introduce you.")
                .withButtons(askButton(p));
    }

    private static Reply agreementWithdrawnMessage(Intro intro, Partner p) {
        return Reply.text(Mentions.user(intro.helperId()) + " had said they'd introduce you to someone at “"
                + Shown.text(p.name()) + "”, but has since taken back that they know someone there, so that "
                + "introduction may not happen. Met them already? Press **We've met** to log it. If not, press **Ask "
                + "for an introduction** to ask anyone else who knows someone there (I'll tell you if nobody does "
                + "yet), or look for a mutual partner who could introduce you.")
                .withButtons(metButton(intro), askButton(p));
    }

    /**
     * A button, in a DM, that asks for an introduction to {@code p} as {@code /partner intro} does; it names the
     * server, since a DM carries none.
     */
    static Button askButton(Partner p) {
        return Button.success(CustomId.of(PartnerView.FEATURE, ASK_FROM_DM, p.guildId(), p.id()),
                "Ask for an introduction");
    }

    /** A button, in a DM, that logs the introduction {@code intro} asked for as made today ({@link #met}). */
    static Button metButton(Intro intro) {
        return Button.success(CustomId.of(PartnerView.FEATURE, "intromet", intro.guildId(), intro.id(),
                intro.partnerId()), "We've met");
    }

    /** {@link #askButton}, pressed: the request is made in the button's server. */
    Reply askFromDm(Inbound.ButtonPress press, PartnerService service) {
        Caller there = askerThere(press.caller(), press.customId());
        Partner p = partnerAsked(there, press.customId(), service);
        return request(there, p, WhoLeft.Gone.of(press, p));
    }

    /** The member who pressed {@link #ASK_FROM_DM}, in the server the button names. */
    static Caller askerThere(Caller who, CustomId id) {
        return who.inGuild(id.longArg(0));
    }

    /** The partner {@link #ASK_FROM_DM} names (refused as a deleted partner is). */
    static Partner partnerAsked(Caller there, CustomId id, PartnerService service) {
        return service.find(there, PartnerRef.id(id.longArg(1), PartnerFeature.Paths.INTRO));
    }

    /**
     * A partner the coalition already works with (cultivating or further): nobody is asked, and no wait is kept for
     * someone who knows someone there. The member is told who looks after it and who knows someone there (to ask
     * them directly), and how to ask again if the coalition has lost touch; of those in {@code left} (the platform
     * said they have left the server), nobody is pointed to, and an owner who left is to be replaced.
     */
    private Reply inTouch(Caller who, Partner p, Set<Long> left) {
        List<Long> knowing = db.read(c -> intros.contacts(c, p.guildId(), p.id())).stream()
                .filter(id -> id != who.userId() && id != p.ownerId() && !left.contains(id)).toList();
        String where = p.stage() == Stage.PARTNERED ? "is already partnered"
                : "is in the " + p.stage().label().toLowerCase(java.util.Locale.ROOT) + " stage";
        String keeper = !p.hasOwner() ? " Nobody looks after it now: " + PartnerActions.TAKE_IT_ON + "."
                : p.ownerId() == who.userId() ? " You look after it: you're the way in."
                : left.contains(p.ownerId()) ? " " + Mentions.user(p.ownerId()) + " looks after it but has left the "
                + "server: a coordinator hands it to someone with `/partner owner`."
                : " " + Mentions.user(p.ownerId()) + " looks after it: ask them who to talk to there.";
        String known = knowing.isEmpty() ? "" : " " + Mentions.users(knowing) + (knowing.size() == 1 ? " knows"
                : " know") + " someone there too.";
        return Reply.text("“" + Shown.text(p.name()) + "” " + where + ", so there's no introduction to ask for: the "
                + "coalition is in touch with them." + keeper + known + " Log each contact with `/partner log`. If the "
                + "coalition has lost touch with them, move it back with " + Shown.code("/partner stage "
                + PartnerRef.option(p.name()) + " stage:" + Stage.CONNECTING.key()) + ", then ask again.");
    }

    /** What {@link #know} did: whether it is news, and the members told by DM that this member knows someone. */
    record Known(boolean fresh, List<Long> told) {
    }

    /**
     * The member says they know someone at {@code p}. Members who found nobody to ask for an introduction to it (and
     * have not been told of someone since) are told by DM, once, that this member does, in the same transaction.
     */
    Known know(Caller who, Partner p) {
        return db.write(c -> {
            if (intros.knows(c, who.guildId(), p.id(), who.userId())) {
                return new Known(false, List.of());
            }
            List<Long> told = new ArrayList<>();
            Instant now = clock.instant();
            intros.addContact(c, who.guildId(), p.id(), who.userId(), now);
            // once the coalition is in touch with them, nobody is asked for an introduction there (see inTouch)
            if (p.stage().stillReaching()) {
                for (Intro.Wait wait : intros.waits(c, who.guildId(), p.id())) {
                    if (wait.toldAt() == null && wait.requesterId() != who.userId()
                            && intros.told(c, who.guildId(), wait.id(), now)) {
                        outbox.enqueue(c, new ScheduledSend.Draft(who.guildId(), SOMEONE_KNOWS_KIND,
                                wait.requesterId(), wait.id(), Long.toString(who.userId()), "", now), now);
                        told.add(wait.requesterId());
                    }
                }
            }
            return new Known(true, told);
        });
    }

    /**
     * What {@link #unknow} did: whether the member had said they know someone there, who was waiting for their answer,
     * and who had their agreement to introduce them (each told by DM).
     */
    record Unknown(boolean knew, List<Long> askers, List<Long> agreed) {
    }

    /**
     * Takes back {@link #know}. What the member still stood for there is closed ({@code WITHDRAWN}): the requests they
     * had not answered yet, and their agreements to introduce with no introduction logged since, so no follow-up asks
     * about an introduction that may not happen. Each member who asked is told by DM once, after their latest request
     * (an agreement: that it may not happen, with a button to log it if they have met), with a button to ask someone
     * else; not for a partner that has moved on: nobody is nudged about it.
     */
    Unknown unknow(Caller who, Partner p) {
        return db.write(c -> {
            if (!intros.knows(c, who.guildId(), p.id(), who.userId())) {
                return new Unknown(false, List.of(), List.of());
            }
            Instant now = clock.instant();
            intros.removeContact(c, who.guildId(), p.id(), who.userId());
            Map<Long, Intro> latest = new java.util.LinkedHashMap<>();
            for (Intro standing : intros.standingBy(c, who.guildId(), p.id(), who.userId())) {
                intros.answer(c, who.guildId(), standing.id(), Intro.Status.WITHDRAWN, now);
                latest.put(standing.requesterId(), standing);
            }
            List<Long> askers = new ArrayList<>();
            List<Long> agreed = new ArrayList<>();
            if (p.active()) {
                for (Intro last : latest.values()) {
                    boolean promised = last.status() == Intro.Status.WILL_INTRODUCE;
                    tellRequester(c, last, promised ? AGREEMENT_WITHDRAWN : Intro.Status.WITHDRAWN.name(), now);
                    (promised ? agreed : askers).add(last.requesterId());
                }
            }
            return new Unknown(true, askers, agreed);
        });
    }

    /** The payload of the DM telling a member that the helper who agreed to introduce them took it back. */
    private static final String AGREEMENT_WITHDRAWN = "WITHDRAWN_AGREEMENT";
    /** The payload of the DM telling a member that the helper they asked has left the server. */
    private static final String HELPER_LEFT = "HELPER_LEFT";

    /**
     * Someone now knows someone at a partner a member found nobody to ask about. Nothing when the member has since
     * asked (or logged an introduction, or the partner moved on: the wait is gone), when the partner is gone or has
     * moved on, or when the one who knows took it back before the DM went out.
     */
    private final class SomeoneKnows implements SendKind.NamesMembers {

        @Override
        public String name() {
            return SOMEONE_KNOWS_KIND;
        }

        @Override
        public String described() {
            return "An introduction lead";
        }

        /** The partner she waited at, by its name now, and who knows someone there. */
        @Override
        public Optional<String> aboutInWords(ScheduledSend send) {
            return db.read(c -> {
                Optional<Intro.Wait> wait = intros.waitById(c, send.guildId(), send.targetId());
                return wait.isEmpty() ? Optional.<String>empty() : partners.byId(c, send.guildId(),
                        wait.get().partnerId()).map(p -> "“" + p.name() + "”, where "
                        + Mentions.user(Long.parseLong(send.payload().strip())) + " knows someone");
            });
        }

        /** The member who knows someone there, as 0 when it is her (the DM then has nothing left to say). */
        @Override
        public Optional<Words> withoutMember(Connection c, ScheduledSend send, long userId) {
            return SendKind.payloadWithout(send, userId);
        }

        @Override
        public Optional<Reply> compose(ScheduledSend send) {
            long helper = Long.parseLong(send.payload());
            return db.read(c -> {
                Optional<Intro.Wait> wait = intros.waitById(c, send.guildId(), send.targetId());
                if (wait.isEmpty() || !intros.knows(c, send.guildId(), wait.get().partnerId(), helper)) {
                    return Optional.<Reply>empty();
                }
                return partners.byId(c, send.guildId(), wait.get().partnerId()).filter(Partner::active)
                        .map(p -> someoneKnowsMessage(p, helper, SAID_WHILE_MOVED_ON.equals(send.about())));
            });
        }

        @Override
        public boolean waitsForQuietHours() {
            return false;
        }
    }

    /**
     * The lead's DM: {@code whileMovedOn}, told at the partner's restore of someone who said so while it had moved on
     * (not "just"). A helper who asked to be forgotten since is 0: the DM is not composed then.
     */
    private static Reply someoneKnowsMessage(Partner p, long helper, boolean whileMovedOn) {
        String name = "“" + Shown.text(p.name()) + "”";
        return Reply.text("Good news: " + (whileMovedOn ? name + " is back on the coalition's outreach list, and "
                + Mentions.user(helper) + " said while it was set aside that they know someone there"
                : Mentions.user(helper) + " just said they know someone at " + name)
                + ", where you were looking for an introduction. Press **Ask for an "
                + "introduction** and I'll ask them by DM for you (or use "
                + Shown.code("/partner intro " + PartnerRef.option(p.name())) + ").")
                .withButtons(askButton(p));
    }

    private static String mentions(List<Long> ids) {
        return Mentions.users(ids);
    }

    /** A request and its partner's name now, for a member's export of the messages about it. */
    private record Requested(Intro intro, String partner) {
    }

    /** The request a message is about (its target), with its partner's name now; empty once either is gone. */
    private Optional<Requested> requested(ScheduledSend send) {
        return db.read(c -> {
            Optional<Intro> intro = intros.byId(c, send.guildId(), send.targetId());
            return intro.isEmpty() ? Optional.<Requested>empty() : partners.byId(c, send.guildId(),
                    intro.get().partnerId()).map(p -> new Requested(intro.get(), p.name()));
        });
    }

    /** What a line typed in the DM under a request or its follow-up is answered with ({@link IntroReplies}). */
    org.partnercoach.chat.Feature typedReplies(
            java.util.function.Function<org.partnercoach.chat.Caller, Instant> walked) {
        return new IntroReplies(db, clock, outbox, intros, partners, walked);
    }
}
