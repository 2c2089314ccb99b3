package org.partnercoach.reminders;

import org.partnercoach.chat.CalendarDays;
import org.partnercoach.chat.Shown;
import org.partnercoach.outbox.ScheduledSend;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.SelectMenu;
import org.partnercoach.partners.Partner;
import org.partnercoach.settings.ServerSettings;

/**
 * What a cultivate reminder looks like: one card listing the partners (name, days since the last contact, that
 * contact's note, and an idea from the curriculum, or the question "pause or keep going?"). With one partner its
 * buttons sit under the card; with several, a menu picks the partner, whose buttons then replace the menu. Every
 * component names the server, the reminder and the partner, so it keeps working after a restart.
 */
final class CultivateView {

    static final String PREFIX = "cultivate";
    static final String LOG = "Log a touchpoint";
    static final String SNOOZE_DAY = "Snooze 1 day";
    static final String SNOOZE_WEEK = "Snooze 1 week";
    static final String MOVED_ON = "We've moved on";
    static final String PAUSE = "Pause reminders";
    static final String KEEP = "Keep going";
    static final String ALL = "◀ All partners";
    private static final int NOTE = 120;
    /** Ten partners' fields, the title, intro and footer stay within Discord's 6000 characters. */
    private static final int BODY = 400;
    /** Partners shown as fields of the card; the menus list every partner of the reminder. */
    private static final int FIELDS = 10;

    private final CultivateIdeas ideas;
    private final ServerSettings settings;
    private final Clock clock;

    CultivateView(CultivateIdeas ideas, ServerSettings settings, Clock clock) {
        this.ideas = ideas;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The time zone the reminder is read in, which counts its days: its recipient's (their own, else the server's),
     * the server's for a post in the reminder channel.
     */
    private ZoneId zone(ScheduledSend send) {
        return send.recipientId() != 0 ? settings.memberZone(send.guildId(), send.recipientId())
                : settings.of(send.guildId()).zone();
    }

    /** The reminder as it goes out: every partner due, with the buttons (one partner) or the menu (several). */
    Reply reminder(ScheduledSend send, List<PartnerCycles.Item> items, String notice) {
        return reminder(send, items, notice, false);
    }

    /**
     * What is left of a reminder, under {@code notice}: every partner still waiting, with the buttons (one partner) or
     * the menu (several). With none left, the thanks for keeping the relationships warm only when she did ({@code
     * keptInTouch}: a contact with one of its partners was logged since); when they all left it otherwise (snoozed,
     * handed over, archived or deleted, often by others), a plain line that nothing is left.
     */
    Reply reminder(ScheduledSend send, List<PartnerCycles.Item> items, String notice, boolean keptInTouch) {
        if (items.isEmpty()) {
            if (!keptInTouch) {
                return Reply.text((notice.isEmpty() ? "" : notice + "\n") + nothingLeft(send)).inPublic();
            }
            return Reply.text(notice).withCard(Card.of("🌱 All caught up", "That's every partner in this "
                    + "reminder. Thank you for keeping the relationships warm!")).inPublic();
        }
        String title = items.size() == 1 ? "🌱 Time to check in with " + Shown.text(items.get(0).partner().name())
                : "🌱 Time to check in with " + items.size() + " partners";
        Card card = new Card(title, intro(send, items), List.of(), "Log every contact with /partner log · change how often "
                + "with /partner cadence");
        ZoneId zone = zone(send);
        for (PartnerCycles.Item item : items.subList(0, Math.min(FIELDS, items.size()))) {
            card = card.withField(heading(item, zone), Limits.clip(body(send, item), BODY));
        }
        if (items.size() > FIELDS) {
            card = card.withField("…and " + (items.size() - FIELDS) + " more", "Pick any of them from the menus "
                    + "below.");
        }
        Reply reply = Reply.card(card).withText(notice).inPublic();
        if (items.size() == 1) {
            return reply.withRow(actions(send, items.get(0)));
        }
        List<SelectMenu.Option> options = items.stream().map(i -> new SelectMenu.Option(
                String.valueOf(i.partner().id()), i.partner().name(), i.question() ? "Pause reminders or keep going?"
                : since(i.partner(), zone))).toList();
        // one menu per 25 partners (Discord's limit), each with an id of its own
        for (int from = 0, menu = 0; from < options.size() && menu < Limits.ROWS - 1; from += Limits.SELECT_OPTIONS,
                menu++) {
            List<SelectMenu.Option> some = options.subList(from, Math.min(options.size(), from
                    + Limits.SELECT_OPTIONS));
            // the first menu names what picking leads to, in the words of a partner's buttons (MOVED_ON...)
            reply = reply.withRow(new Row.Select(SelectMenu.single(menu == 0 ? id("pick", send)
                    : id("pick", send, menu), menu == 0 ? "Pick a partner to log a touchpoint, snooze it or say "
                    + "you've moved on" : "More partners (" + (from + 1) + "–" + (from + some.size()) + ")", some)));
        }
        return reply;
    }

    /**
     * The line that ends a reminder no partner is left in, without a contact logged from it: nothing more to do here,
     * and, for a member's own, where the partners she looks after stand.
     */
    static String nothingLeft(ScheduledSend send) {
        return "Nothing else is left in this reminder, so there's nothing more to do here."
                + (send.recipientId() == 0 ? "" : " " + LOOKED_AFTER);
    }

    /** Where a member sees the partners she looks after, and where one's reminders stand. */
    static final String LOOKED_AFTER = "`/partner list mine:true` shows the partners you look after, and "
            + "`/partner show` where one's reminders stand.";

    /** One partner of a reminder with several, picked from its menu: its buttons, and the way back to the list. */
    Reply partner(ScheduledSend send, PartnerCycles.Item item) {
        Card card = Card.of("🌱 Time to check in with " + Shown.text(item.partner().name()), null)
                .withField(heading(item, zone(send)), Limits.clip(body(send, item), BODY));
        return Reply.card(card).inPublic().withRow(actions(send, item))
                .withRow(Row.of(Button.secondary(id("list", send, item.partner().id()), ALL)));
    }

    /** Says what is true of these partners: never contacted, or not for a while (or some of each). */
    private static String intro(ScheduledSend send, List<PartnerCycles.Item> items) {
        long touched = items.stream().filter(i -> i.partner().lastTouch().isPresent()).count();
        String one = items.size() == 1 ? "this partner" : "these partners";
        String since = touched == items.size() ? "It has been a while since the last contact with " + one + "."
                : touched == 0 ? "Nobody has logged a contact with " + one + " since " + (items.size() == 1 ? "it was"
                : "they were") + " added to the list."
                : "Some of these partners have had no contact for a while, and some none yet.";
        // true whether nobody was ever given it or the member who looked after it left (or was forgotten)
        return send.recipientId() == 0
                ? "Nobody looks after " + one + " at the moment. " + since + " Tip 3 of the 5 tips: cultivate "
                + "relationships. Could you check in? `/partner owner` with you as `member:` makes "
                + (items.size() == 1 ? "it" : "one") + " yours, and its reminders then come to you; a coordinator can "
                + "hand " + (items.size() == 1 ? "it" : "them") + " to another member."
                : since + " Tip 3 of the 5 tips: cultivate relationships. A short, genuine check-in keeps the "
                + "trust growing.";
    }

    private String heading(PartnerCycles.Item item, ZoneId zone) {
        return Shown.text(item.partner().name()) + " · " + since(item.partner(), zone);
    }

    private String body(ScheduledSend send, PartnerCycles.Item item) {
        Partner p = item.partner();
        String last = p.lastTouchNote() == null ? "" : "Last contact: “" + Shown.text(Limits.clip(p.lastTouchNote()
                .replace('\n', ' '), NOTE)) + "”\n";
        if (item.question()) {
            return last + "❓ I've reminded you " + item.state().reminders() + " times and no touchpoint was "
                    + "logged. Shall I pause reminders for " + Shown.text(p.name()) + ", or keep going?";
        }
        return last + "💡 " + ideas.pick(p.id(), send.id(), Shown.text(p.name()), p.lastTouch().isPresent());
    }

    /** "last contact yesterday": calendar days in {@code zone}, as {@code /partner show} counts them. */
    private String since(Partner p, ZoneId zone) {
        String ago = CalendarDays.ago(p.lastContact(), clock.instant(), zone);
        return p.lastTouch().isPresent() ? "last contact " + ago : "added " + ago + ", no contact logged yet";
    }

    private static Row actions(ScheduledSend send, PartnerCycles.Item item) {
        long p = item.partner().id();
        Button log = Button.primary(id("log", send, p), LOG);
        if (item.question()) {
            return Row.of(log, Button.secondary(id("pause", send, p), PAUSE),
                    Button.success(id("keep", send, p), KEEP));
        }
        return Row.of(log, Button.secondary(id("snooze", send, p, 1), SNOOZE_DAY),
                Button.secondary(id("snooze", send, p, 7), SNOOZE_WEEK),
                Button.danger(id("archive", send, p), MOVED_ON));
    }

    static CustomId id(String action, ScheduledSend send, Object... more) {
        List<Object> args = new ArrayList<>(List.of(send.guildId(), send.id()));
        args.addAll(List.of(more));
        return CustomId.of(PREFIX, action, args.toArray());
    }
}
