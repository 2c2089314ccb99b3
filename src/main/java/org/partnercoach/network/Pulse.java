package org.partnercoach.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.chat.UserError;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/**
 * The partnership pulse: three 1-5 ratings in one message, asked of the member who looks after a partner (trust,
 * after a touchpoint, at most once per partner every {@link #DEFAULT_DAYS} days or the server's setting) or once a
 * quarter (value, through the outbox). Skippable; each rating can be changed for {@link #CHANGE_WINDOW}.
 */
final class Pulse {

    static final String FEATURE = "pulse";
    static final int DEFAULT_DAYS = 30;
    static final int MIN_DAYS = 7;
    static final int MAX_DAYS = 365;
    static final Duration CHANGE_WINDOW = Duration.ofDays(7);

    private final Database db;
    private final RatingStore store;
    private final PartnerDirectory directory;
    private final ServerSettings settings;
    private final Clock clock;
    private final ValuePlanning valuePlanning;

    Pulse(Database db, RatingStore store, PartnerDirectory directory, ServerSettings settings, Clock clock,
          ValuePlanning valuePlanning) {
        this.valuePlanning = valuePlanning;
        this.db = db;
        this.store = store;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    int pulseDays(long guildId) {
        return db.read(c -> store.pulseDays(c, guildId)).orElse(DEFAULT_DAYS);
    }

    /** After the owner logs a touchpoint: the trust pulse, when none was asked about this partner lately. */
    Reply afterLog(Caller who, Partner p, Reply reply) {
        if (who.userId() != p.ownerId() || !p.active() || who.guildId() != p.guildId()) {
            return reply;
        }
        Instant now = clock.instant();
        int days = pulseDays(p.guildId());
        // the day it was asked on the member's clock, as her export shows its time
        String day = now.atZone(settings.memberZone(p.guildId(), who.userId())).toLocalDate().toString();
        Long askId = db.write(c -> store.askedSince(c, p.guildId(), p.id(), who.userId(), Aspect.Kind.TRUST,
                now.minus(Duration.ofDays(days))) ? null : store.insertAsk(c, p.guildId(), p.id(), who.userId(),
                Aspect.Kind.TRUST, day, now));
        if (askId == null) {
            return reply;
        }
        return withQuestion(reply, p, askId);
    }

    /**
     * A day picked under the reply the trust pulse came with, which the pick replaces: the question comes along while
     * nothing on it was answered (a tap on it replaces that reply with the question alone).
     */
    Reply afterDayPicked(Caller who, Partner p, Reply reply) {
        if (who.userId() != p.ownerId() || !p.active() || who.guildId() != p.guildId()) {
            return reply;
        }
        Instant since = clock.instant().minus(Duration.ofDays(pulseDays(p.guildId())));
        return db.read(c -> store.untouchedSince(c, p.guildId(), p.id(), who.userId(), Aspect.Kind.TRUST, since))
                .map(askId -> withQuestion(reply, p, askId)).orElse(reply);
    }

    private Reply withQuestion(Reply reply, Partner p, long askId) {
        Reply ask = render(p.guildId(), askId, Aspect.Kind.TRUST, p.name(), Map.of());
        Reply out = reply;
        for (Card card : ask.cards()) {
            out = out.withCard(card);
        }
        return out.withRows(ask.rows());
    }

    /**
     * The question message: one card, a row of 1-5 per aspect (the given answer highlighted), and Skip.
     *
     * @param partnerName the partner's name as typed: shown literally
     */
    Reply render(long guildId, long askId, Aspect.Kind kind, String partnerName, Map<Aspect, Integer> given) {
        String shown = Shown.text(partnerName);
        Card card = Card.of(kind == Aspect.Kind.TRUST ? "Quick pulse: " + shown
                        : "Once a quarter: what " + shown + " brings",
                (kind == Aspect.Kind.TRUST ? "How is the relationship going? "
                        : "How much does this partner add to the coalition? ")
                        + "Tap " + Aspect.MIN_SCORE + " (low) to " + Aspect.MAX_SCORE + " (high) on each line. Only you and the coordinators see your answers, "
                        + "and you can change them for 7 days. " + (kind == Aspect.Kind.TRUST ? "Skip is fine too."
                        : "Skip passes on this partner only, until next quarter."));
        List<Row> rows = new ArrayList<>();
        for (Aspect a : kind.aspects()) {
            Integer chosen = given.get(a);
            card = card.withField(a.label(), a.question() + (chosen == null ? "" : " Your answer: **" + chosen + "**"));
            List<Button> buttons = new ArrayList<>();
            for (int score = Aspect.MIN_SCORE; score <= Aspect.MAX_SCORE; score++) {
                CustomId id = CustomId.of(FEATURE, "rate", guildId, askId, a.ordinal(), score);
                String label = score == Aspect.MIN_SCORE ? a.label() + " " + score : String.valueOf(score);
                buttons.add(chosen != null && chosen == score ? Button.primary(id, label) : Button.secondary(id, label));
            }
            rows.add(new Row.Buttons(buttons));
        }
        rows.add(new Row.Buttons(List.of(Button.secondary(CustomId.of(FEATURE, "skip", guildId, askId), "Skip"))));
        return Reply.card(card).withRows(rows);
    }

    /**
     * A 1-5 button: records or changes one answer, only for the member who was asked. The line and the score are
     * checked as the id carries them, before anything narrows them (a forged 4294967299 is no 3).
     */
    Reply rate(Caller who, long guildId, long askId, long aspectIndex, long score) {
        RatingStore.Ask ask = askFor(who, guildId, askId);
        if (aspectIndex < 0 || aspectIndex >= Aspect.values().length
                || Aspect.values()[(int) aspectIndex].kind() != ask.kind()) {
            throw new UserError("That button doesn't match this question. Nothing was changed.");
        }
        if (score < Aspect.MIN_SCORE || score > Aspect.MAX_SCORE) {
            throw new UserError("A pulse score goes from " + Aspect.MIN_SCORE + " to " + Aspect.MAX_SCORE
                    + ", and that button carries none of them. Nothing was changed: press one of the "
                    + Aspect.MIN_SCORE + "-" + Aspect.MAX_SCORE + " buttons on the question.");
        }
        Aspect aspect = Aspect.values()[(int) aspectIndex];
        int given = (int) score;
        Instant now = clock.instant();
        record Rated(Partner partner, Map<Aspect, Integer> answers) {
        }
        Rated rated = db.write(c -> {
            // the partner as it stands in this transaction: a hand-over committed before it refuses the press
            Partner partner = stillTheirs(guildId, ask, "there is nothing to rate");
            java.util.Optional<String> ended = quarterEnded(ask, Shown.text(partner.name()), now);
            List<RatingStore.Rating> stored = store.ratingsOf(c, guildId, askId);
            Map<Aspect, Integer> before = answers(stored);
            RatingStore.Rating earlier = stored.stream()
                    .filter(r -> r.aspect() == aspect).findFirst().orElse(null);
            if (earlier == null && ended.isPresent()) {
                throw new UserError(ended.get());
            }
            if (earlier != null && now.isAfter(earlier.ratedAt().plus(CHANGE_WINDOW))) {
                // the window counts from the first rating, and a change within it keeps that time: name both apart
                // (the pulse asks about a partner once in its days at most: the next can come from then)
                int days = store.pulseDays(c, guildId).orElse(DEFAULT_DAYS);
                throw new UserError("You first rated " + aspect.label().toLowerCase() + " on "
                        + TimeMarkup.full(earlier.ratedAt()) + " (it reads " + earlier.score() + " now). Ratings can "
                        + "be changed for 7 days after the first, so this one stays as it is. You'll be asked about "
                        + Shown.text(partner.name()) + " again " + (ask.kind() == Aspect.Kind.TRUST
                        ? "after a touchpoint you log from " + TimeMarkup.full(ask.askedAt().plus(Duration.ofDays(days)))
                        + " on." : "next quarter."));
            }
            store.rate(c, ask, aspect, given, earlier != null, now);
            before.put(aspect, given);
            return new Rated(partner, before);
        });
        Partner partner = rated.partner();
        Map<Aspect, Integer> answered = rated.answers();
        int left = ask.kind().aspects().size() - answered.size();
        if (left == 0) {
            closed(ask);
        }
        return render(guildId, askId, ask.kind(), partner.name(), answered)
                .withText("Saved: " + aspect.label() + " " + given + "." + (left == 0 ? " That's all three, thank you!"
                        + " It helps the coalition show how its partnerships grow."
                        : left == 1 ? " One more line to go, or Skip." : " " + left + " more lines to go, or Skip."))
                .replacingMessage();
    }

    /** The partner as it is now (moved on from, say); empty when it was deleted. */
    java.util.Optional<Partner> partner(long guildId, long partnerId) {
        return directory.find(guildId, partnerId);
    }

    /**
     * Skip: no more asking about this partner this time; the next pulse comes after the usual wait. A value question
     * skipped holds back none of the owner's other partners' questions (planning asks the next one), and the reply
     * says so, where "I'll ask again next quarter" read as a stop to every question of the quarter.
     */
    Reply skip(Caller who, long guildId, long askId) {
        RatingStore.Ask ask = askFor(who, guildId, askId);
        record Skipped(String about, int rated) {
        }
        Skipped skipped = db.write(c -> {
            String about = Shown.text(stillTheirs(guildId, ask, "there is nothing to skip").name());
            quarterEnded(ask, about, clock.instant()).ifPresent(refusal -> {
                throw new UserError(refusal);
            });
            store.skip(c, guildId, askId, clock.instant());
            return new Skipped(about, store.ratingsOf(c, guildId, askId).size());
        });
        closed(ask);
        String when = "I'll ask about " + skipped.about() + " again " + (ask.kind() == Aspect.Kind.TRUST
                ? "in " + pulseDays(guildId) + " days at the earliest."
                : "next quarter; questions about your other partners still come as usual.");
        int rated = skipped.rated();
        // a question rated in part is kept for its author but left out of the figures (Scores): say so
        String kept = rated > 0 && rated < ask.kind().aspects().size()
                ? " What you rated is kept, though the coalition's figures count a question only once all three "
                + "lines are rated."
                : " Anything you already rated is kept.";
        return Reply.text("Skipped, no problem. " + when + kept).replacingMessage();
    }

    /**
     * The question's partner, while its member still looks after it on the list; else a refusal that saves nothing
     * and says why: the partner was deleted ({@code nothing}: what that leaves), the coalition moved on from it, or it
     * is looked after by someone else now (handed on with {@code /partner owner}, or left with nobody), worded as a
     * check-in's buttons word it. Ratings count only from whoever looks after a partner when they rate it, so a
     * former owner's presses on a question that came before the hand-over never stand for the new owner's (who is
     * asked in their turn); a question handed back, or a partner restored, takes its member's answers again. Called
     * in the press's transaction, whose reads it joins, so a hand-over committed before the press is seen.
     */
    private Partner stillTheirs(long guildId, RatingStore.Ask ask, String nothing) {
        Partner p = directory.find(guildId, ask.partnerId()).orElseThrow(() -> new UserError("That partner is no "
                + "longer on the outreach list (it was deleted), so " + nothing + ". Nothing was changed."));
        String handed = p.ownerId() == ask.raterId() ? "" : "“" + Shown.text(p.name()) + "” is looked after by "
                + (p.hasOwner() ? Mentions.user(p.ownerId()) + " now, so its questions go to them"
                : "nobody at the moment, so no more questions about it come to you")
                + ": ratings come from whoever looks after a partner.";
        if (!p.active()) {
            String told = directory.movedOn(guildId, p.id())
                    .map(m -> m.told("So nothing was changed: a partner is rated only while it is on the list"))
                    .orElseGet(() -> "“" + Shown.text(p.name()) + "” has moved on. So nothing was changed: a partner "
                            + "is rated only while it is on the list. `/partner restore` brings it back.");
            throw new UserError(handed.isEmpty() ? told : told + " " + handed);
        }
        if (!handed.isEmpty()) {
            throw new UserError(handed + " Nothing was changed.");
        }
        return p;
    }

    /**
     * Why a value question still open when its quarter ended takes no new line and no Skip (a rating given within its 7
     * days may still change): its quarter's figures are closed, and that quarter's "next quarter" is now, when the
     * partner's own question comes in its turn, so an answer here would rate the partner twice within days. Empty
     * for any other question.
     */
    private java.util.Optional<String> quarterEnded(RatingStore.Ask ask, String about, Instant now) {
        if (ask.kind() != Aspect.Kind.VALUE) {
            return java.util.Optional.empty();
        }
        java.time.ZoneId zone = settings.of(ask.guildId()).zone();
        return Quarter.ofKey(ask.periodKey()).filter(q -> !now.isBefore(q.end(zone))).map(q -> "This question was for "
                + q.label() + ", which has ended, so it takes no new answers. Nothing was changed. This quarter's "
                + "question about " + about + " comes by DM in its turn.");
    }

    /** A value question answered on every line, or skipped: the owner's next one is planned on the next run. */
    private void closed(RatingStore.Ask ask) {
        if (ask.kind() == Aspect.Kind.VALUE) {
            valuePlanning.questionClosed();
        }
    }

    /** The trust and value lines for {@code /partner show}: the owner and coordinators only. */
    Reply afterShow(Caller who, Partner p, Reply reply) {
        if (!who.coordinator() && who.userId() != p.ownerId()) {
            return reply;
        }
        Instant now = clock.instant();
        Instant quarterStart = Quarter.containing(now, settings.of(p.guildId()).zone()).start(
                settings.of(p.guildId()).zone());
        Scores scores = new Scores(db.read(c -> store.ratingsOfPartner(c, p.guildId(), p.id())));
        List<String> parts = new ArrayList<>();
        boolean any = false;
        for (Aspect.Kind kind : Aspect.Kind.values()) {
            OptionalDouble latest = scores.partner(p.id(), kind, now.plusSeconds(1));
            OptionalDouble before = scores.partner(p.id(), kind, quarterStart);
            any |= latest.isPresent();
            parts.add(kind.label() + ": " + (latest.isEmpty() ? Scores.NO_RATINGS
                    : Scores.format(latest) + " / " + Aspect.MAX_SCORE + (before.isEmpty() ? " (first rated this quarter)"
                    : " " + Scores.arrow(latest, before) + " (" + Scores.format(before)
                    + " at the end of last quarter)")));
        }
        if (!any) {
            return reply;
        }
        // a line above the cards, not another card: the page's cards are already near Discord's 6,000 characters
        String line = "**Partnership health** (only the owner and coordinators see this): " + String.join(" · ", parts)
                + ".";
        return reply.withText(reply.text().isEmpty() ? line : reply.text() + "\n" + line);
    }

    private RatingStore.Ask askFor(Caller who, long guildId, long askId) {
        RatingStore.Ask ask = db.read(c -> store.ask(c, guildId, askId)).orElseThrow(() -> new UserError(
                "I can't find that question any more: a member's questions go with their answers when they delete "
                + "their data (`/privacy forget`). Nothing was changed; the next one comes in its turn (the quick "
                + "pulse after your next `/partner log` with a partner you look after)."));
        if (ask.raterId() != who.userId()) {
            throw new UserError("This question was for " + Mentions.user(ask.raterId()) + ". " + (ask.kind()
                    == Aspect.Kind.VALUE ? "Yours come by DM once a quarter, one for each partner you look after from "
                    + "the cultivating stage on." : "Yours come to you after you log a touchpoint with a partner you "
                    + "look after.") + " Nothing was changed.");
        }
        return ask;
    }

    static Map<Aspect, Integer> answers(List<RatingStore.Rating> ratings) {
        Map<Aspect, Integer> out = new EnumMap<>(Aspect.class);
        ratings.forEach(r -> out.put(r.aspect(), r.score()));
        return out;
    }
}
