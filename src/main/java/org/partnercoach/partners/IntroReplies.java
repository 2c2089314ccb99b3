package org.partnercoach.partners;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.PuzzledLine;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.storage.Database;

/**
 * A reply typed in the DM under an introduction request ("sure, happy to introduce you!") or its follow-up a week
 * later ("yes we met!"), while that message is the newest the bot sent her and no walk moved since: it is about the
 * introduction, not an answer to the walk below which it came, and only the message's buttons say which answer it is
 * (the member who asked is told from them). The reply says which button does what she means; nothing is kept. Any
 * other line, or one typed once the request is settled, goes on to the coaching walks as before.
 */
final class IntroReplies implements Feature {

    /** A yes, a no, a "we met" or a "not yet", with an "ok", a name or a thank-you around it: a reply, not an answer. */
    private static final Pattern REPLY = Pattern.compile("(?:(?:oh|ok(?:ay)?|hi|hey|sure|yes|yeah|yep|no|nope|sorry"
            + "|thanks|thank you),?\\s+)*(?:yes|yeah|yep|yup|sure|of course|absolutely|definitely|happy to(?:\\s+help)?"
            + "|glad to(?:\\s+help)?|will do|i can|i will|i'?ll do it|no problem|sounds good|ok(?:ay)?|no|nope"
            + "|sorry|not really|i can'?t|i don'?t know (?:them|her|him|anyone there)(?: (?:very |that )?well)?"
            + "|not well|we met|we have met|we'?ve met|met (?:them|her|him)|not yet|haven'?t met(?: (?:them|yet))?"
            + "|i'?ll introduce (?:you|them|u)|i can introduce (?:you|them|u)|happy to introduce (?:you|them|u)"
            + "|i'?d be happy to(?: introduce (?:you|them|u))?)"
            + "(?:[\\s,.!]+(?:happy to introduce (?:you|them|u)|i'?ll introduce (?:you|them|u)|we met|thanks|thank you"
            + "|will do|i can|not yet))*[\\s.!,🙂👍😊✅]*");
    /** A line longer than this is a text of its own, not a reply to the request. */
    private static final int AT_MOST = 200;
    /** How far back a request or a follow-up is still what a reply is about. */
    private static final Duration RECENT = Duration.ofDays(30);

    private final Database db;
    private final Clock clock;
    private final Outbox outbox;
    private final IntroStore intros;
    private final PartnerStore partners;
    /** When the member last did something in a coaching walk (null: never): a walk moved since is what the DM shows. */
    private final Function<Caller, Instant> lastWalkActivity;

    IntroReplies(Database db, Clock clock, Outbox outbox, IntroStore intros, PartnerStore partners,
                 Function<Caller, Instant> lastWalkActivity) {
        this.db = db;
        this.clock = clock;
        this.outbox = outbox;
        this.intros = intros;
        this.partners = partners;
        this.lastWalkActivity = lastWalkActivity;
    }

    @Override
    public Optional<Reply> onTypedMessage(Inbound.TypedMessage message) {
        Caller who = message.caller();
        String text = message.text();
        if (!who.inDm() || text == null || text.length() > AT_MOST) {
            return Optional.empty();
        }
        String said = text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean puzzled = PuzzledLine.asks(text);
        if (!puzzled && !REPLY.matcher(said).matches()) {
            return Optional.empty();
        }
        Instant since = clock.instant().minus(RECENT);
        Instant walked = lastWalkActivity.apply(who);
        Optional<ScheduledSend> newest = outbox.history().newestDm(who.userId(),
                walked != null && walked.isAfter(since) ? walked : since)
                .filter(s -> s.kind().equals(IntroFlow.ASK_KIND) || s.kind().equals(IntroFlow.FOLLOW_UP_KIND));
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        ScheduledSend send = newest.get();
        boolean ask = send.kind().equals(IntroFlow.ASK_KIND);
        record Open(Intro intro, Partner partner) {
        }
        // the request it is about, while its buttons still have something to do
        Optional<Open> open = db.read(c -> {
            Optional<Intro> intro = intros.byId(c, send.guildId(), send.targetId())
                    .filter(i -> ask ? i.helperId() == who.userId() && i.status() == Intro.Status.ASKED
                            : i.requesterId() == who.userId() && i.status() == Intro.Status.WILL_INTRODUCE);
            if (intro.isEmpty()) {
                return Optional.<Open>empty();
            }
            return partners.byId(c, send.guildId(), intro.get().partnerId()).filter(Partner::active)
                    .map(p -> new Open(intro.get(), p));
        });
        return open.map(o -> Reply.text(ask ? askedOf(o.intro(), o.partner(), puzzled)
                : followedUp(o.intro(), o.partner(), puzzled)));
    }

    /** Under a request to her: the buttons that answer it, as only they tell the member who asked. */
    private static String askedOf(Intro intro, Partner p, boolean puzzled) {
        String asker = Mentions.user(intro.requesterId());
        String name = "“" + Shown.text(p.name()) + "”";
        return (puzzled ? asker + " is reaching out to " + name + " for the coalition, and you said you know someone "
                + "there, so I asked whether you could introduce them. " : "Thank you! ")
                + "To answer, press **I'll introduce you** or **I don't know them well** on my message above: that "
                + "is how I pass your answer on to " + asker + ". I didn't keep your line as an answer to anything.";
    }

    /** Under the follow-up to her: the button that logs the introduction. */
    private static String followedUp(Intro intro, Partner p, boolean puzzled) {
        String helper = intro.helperId() == 0 ? "A member" : Mentions.user(intro.helperId());
        String name = "“" + Shown.text(p.name()) + "”";
        return (puzzled ? helper + " said a week ago they'd introduce you to someone at " + name + ", so I asked "
                + "whether you've met. " : "")
                + "Once you've met, press **We've met** on my message above: it logs the introduction on " + name
                + "'s history. Not yet? Nothing to press: you can log it later with `/partner log`. I didn't keep "
                + "your line as an answer to anything.";
    }
}
