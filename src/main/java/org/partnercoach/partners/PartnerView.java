package org.partnercoach.partners;

import org.partnercoach.chat.CalendarDays;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.TimeMarkup;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.SelectMenu;
import org.partnercoach.coaching.Answer;
import org.partnercoach.coaching.WalkState;
import org.partnercoach.coaching.WalkView;
import org.partnercoach.curriculum.Curriculum;
import org.partnercoach.settings.ServerSettings;

/**
 * How partners look: one partner's page, a page of the list, and the short confirmations. Days are shown in the
 * reader's time zone (their own, else the server's), the one their touchpoints' days were typed in.
 */
final class PartnerView {

    static final String FEATURE = "partner";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    /** The page's **Ask for an introduction** button. */
    static final String INTRO_BUTTON = "intro";
    /** The list's menu that opens a partner's page. */
    static final String OPEN_MENU = "open";
    /** How many introductions a partner's page lists, newest first. */
    static final int INTROS_SHOWN = 6;
    /** The most room the plan's answers take on a partner's page. */
    private static final int PLAN_BUDGET = 2600;

    /**
     * Everything {@code /partner show} needs about one partner; {@code notWell}: the requests whose latest answer is
     * "I don't know them well", first answered first ({@link PartnerPageStore.Rows}); {@code helpersLeft}: the helpers
     * of requests it shows that could not reach them whose last introduction request was refused because they had
     * left the server, and when ({@link IntroFlow#leftWhenAsked}); {@code gone}: its owner and those who know
     * someone there whom the platform said, just before, have left the server ({@link WhoLeft}).
     */
    record Page(Partner partner, List<Touchpoint> recent, List<Long> knowSomeone, List<Intro> intros,
                List<Intro.Wait> waits, List<Intro> notWell, List<WalkState> plans, Map<Long, Instant> helpersLeft,
                java.util.Set<Long> gone) {
    }

    private final Sectors sectors;
    private final Clock clock;
    private final ReminderStatus reminders;
    private final ServerSettings settings;

    PartnerView(Sectors sectors, Clock clock, ReminderStatus reminders, ServerSettings settings) {
        this.sectors = sectors;
        this.clock = clock;
        this.reminders = reminders;
        this.settings = settings;
    }

    /** The time zone a member reads days in. */
    ZoneId zoneOf(long guildId, long userId) {
        return settings.memberZone(guildId, userId);
    }

    /**
     * The time zone a member reads {@code p}'s page in, read with its owner's and the server's settings in one
     * statement: the page's reminder line tells when the owner's next reminder comes, after the owner's quiet hours.
     */
    ZoneId zoneOf(long guildId, long userId, Partner p) {
        return settings.memberZoneWith(guildId, userId, p.ownerId());
    }

    /** One partner's page as member {@code readerId} reads it, its days as {@code zone} (hers) counts them. */
    Reply show(Page page, ZoneId zone, long readerId) {
        Partner p = page.partner();
        ReminderStatus.Line status = reminders.of(p, readerId);
        Card card = new Card(Shown.text(p.name()), null, List.of(), "Added " + day(p.createdAt(), zone) + " by " + Mentions.user(p.createdBy()))
                .withField("Sector", sectors.nameOf(p.sector()))
                .withLongField("Stage", stageLine(p))
                .withField("Owner", !p.hasOwner() ? "nobody at the moment: " + (p.active() ? PartnerActions.TAKE_IT_ON
                        : PartnerActions.COORDINATOR_BRINGS_IT_BACK)
                        : Mentions.user(p.ownerId()) + (page.gone().contains(p.ownerId()) ? " (has left the server, so "
                        + "no reminders reach them: a coordinator hands it to someone with `/partner owner`)" : ""))
                .withField("Contact", p.contact() == null ? "—" : Shown.text(p.contact()))
                .withField("Last touchpoint", p.lastTouch().map(t -> day(t, zone) + " (" + ago(t, zone) + "): "
                        + (p.lastTouchNote() == null ? "" : Shown.text(Limits.clip(p.lastTouchNote(), 300))))
                        .orElse("none yet: log one with `/partner log`"))
                .withField("Reminders", status.text())
                .withLongField("Notes", p.notes() == null ? "—" : Shown.text(p.notes()))
                .withField("Knows someone there", knowSomeoneLine(page, readerId))
                .withField("Introductions", introLines(p, page, zone, readerId))
                .withField("Recent touchpoints", touchpointLines(page.recent(), zone));
        Reply reply = Reply.card(card);
        // both cards share Discord's 6000 characters per message; the plan gets what the page leaves
        int room = Limits.EMBED_TOTAL - card.length() - ("Plan for " + Shown.text(p.name())).length() - 10;
        String plan = room < 200 ? "" : planText(page.plans(), Shown.text(p.name()), Math.min(PLAN_BUDGET, room));
        if (!plan.isEmpty()) {
            reply = reply.withCard(Card.of("Plan for " + Shown.text(p.name()), plan));
        }
        List<Button> buttons = new ArrayList<>(List.of(
                Button.primary(CustomId.of(FEATURE, "coach", p.id()), "Coach me on this partner"),
                Button.secondary(CustomId.of(FEATURE, "know", p.id()), "I know someone there")));
        // an introduction helps only while the coalition is still trying to reach them (not once partnered, nor
        // moved on): no button that leads nowhere
        if (p.stage().stillReaching()) {
            buttons.add(Button.secondary(CustomId.of(FEATURE, INTRO_BUTTON, p.id()), "Ask for an introduction"));
        }
        status.action().ifPresent(buttons::add);
        return reply.withRows(Row.grid(buttons));
    }

    /**
     * After {@code /partner log}: what was logged, and what it means for the partner's reminders now; read by the
     * member who logged it, so its days are theirs.
     */
    Reply logged(Touchpoint t, Partner p) {
        return logged(t, p, "");
    }

    /** {@link #logged}, {@code onDay} said right after the day ("", or ", the day you picked"). */
    private Reply logged(Touchpoint t, Partner p, String onDay) {
        ZoneId zone = zoneOf(p.guildId(), t.userId());
        String done = "Logged " + article(t.kind()) + " with “" + Shown.text(p.name()) + "” on " + day(t.happenedAt(), zone)
                + onDay + ". ";
        if (!p.active()) {
            return Reply.text(done + "“" + Shown.text(p.name()) + "” has moved on, so no reminders come for it. If you're "
                    + "working together again, `/partner restore` brings it back to the list.");
        }
        // a contact logged after a later one (of an earlier day, or earlier the same day) moves no reminder
        Optional<Instant> later = p.lastTouch().filter(latest -> latest.isAfter(t.happenedAt()));
        if (later.isPresent()) {
            String when = day(later.get(), zone);
            return Reply.text(done + "A later contact is already on record (" + (when.equals(day(t.happenedAt(), zone))
                    ? "later that day" : when) + "), so its reminders still count from that one.");
        }
        ReminderStatus.Line status = reminders.of(p, t.userId());
        Reply reply = Reply.text(done + "Its reminders now count from this contact: " + status.text()
                + ". Nice work keeping the relationship warm!");
        return status.action().map(reply::withButtons).orElse(reply);
    }

    /** After {@code /partner restore} by {@code readerId}: its reminders count from today, and when the first is due. */
    String remindersFromRestore(Partner p, long readerId) {
        return "Its check-in reminders count from today: " + reminders.of(p, readerId).text() + ".";
    }

    /**
     * {@link #logged}, with the day typed as read. When it could be two days that have both passed ("12/01"): it was
     * logged on one of them, and a button for each day, that one first, moves it to the one they meant (before any
     * button of its own). When the member's usual reading is still to come, that it was logged on the other, which has
     * passed.
     */
    Reply logged(Touchpoint t, Partner p, PartnerInput.Day read) {
        Reply reply = logged(t, p);
        ZoneId zone = zoneOf(p.guildId(), t.userId());
        if (read.readAs() != null) {
            // words for a stretch of days name no day of their own: say which one was taken
            return reply.withText(reply.text() + "\nI took " + read.readAs() + ", " + day(t.happenedAt(), zone)
                    + ". To give the exact day, use a weekday (`when:tuesday`) or a date.");
        }
        if (read.otherToCome() != null) {
            return reply.withText(reply.text() + "\nI took " + day(t.happenedAt(), zone) + ", the day you typed as it "
                    + "reads the other way round: " + DAY.format(read.otherToCome()) + " hasn't come yet, and a contact "
                    + "is logged once it has happened.");
        }
        if (read.otherPassed() == null) {
            return reply;
        }
        Instant otherDay = read.otherPassed();
        List<Button> buttons = new ArrayList<>(List.of(
                Button.success(CustomId.of(FEATURE, "logday", t.id(), t.happenedAt().getEpochSecond()),
                        day(t.happenedAt(), zone)),
                Button.secondary(CustomId.of(FEATURE, "logday", t.id(), otherDay.getEpochSecond()),
                        day(otherDay, zone))));
        buttons.addAll(reply.buttons());
        // one row with the reply's own button, so that what comes after (the pulse's questions) keeps its rows
        return Reply.text(reply.text() + "\nThe day you typed could also be " + day(otherDay, zone)
                + ". Which did you mean? I keep " + day(t.happenedAt(), zone) + " until you pick.")
                .withRows(Row.grid(buttons));
    }

    /**
     * A day picked with {@link #logged(Touchpoint, Partner, PartnerInput.Day)}'s buttons: that reply again, on the
     * day picked, with its own button and no day left to pick.
     */
    Reply picked(Touchpoint t, Partner p) {
        return logged(t, p, ", the day you picked");
    }

    /** After {@code /partner log} of a contact the member had just logged ({@link PartnerDirectory.Logged#repeated}). */
    Reply loggedAlready(Touchpoint t, Partner p) {
        return Reply.text("You've already logged " + article(t.kind()) + " with “" + Shown.text(p.name()) + "” on "
                + day(t.happenedAt(), zoneOf(p.guildId(), t.userId())) + " in those words, so I kept the one entry."
                + " If it was another contact, log it again with a few words that tell the two apart.");
    }

    private static String article(Touchpoint.Kind kind) {
        String label = kind.label().toLowerCase();
        return (label.matches("^[aeiou].*") ? "an " : "a ") + label;
    }

    private String stageLine(Partner p) {
        if (p.active()) {
            return p.stage().label();
        }
        return "Moved on" + (p.archivedReason() == null ? "" : ": " + Shown.text(p.archivedReason()))
                + "\n(`/partner restore` brings it back)";
    }

    /** How many members a helper told "I don't know them well" the page names after her. */
    private static final int NOT_WELL_SHOWN = 3;

    /**
     * Who knows someone there, first said first. One who answered a request "I don't know them well" still counts,
     * as {@link IntroFlow#request} has it: the members she said so to don't ask her again, the others still do, and
     * {@code /partner unknow} takes her name off. So her name comes with what she said and to whom, and, for her
     * own reading, how to take it off. As many as the field holds, then how many more ({@link Limits#joinWithin}).
     */
    private static String knowSomeoneLine(Page page, long readerId) {
        if (page.knowSomeone().isEmpty()) {
            return "nobody has said so yet: `/partner know`";
        }
        List<String> names = new ArrayList<>();
        for (long member : page.knowSomeone()) {
            List<Long> toldNotWell = page.notWell().stream().filter(i -> i.helperId() == member)
                    .map(Intro::requesterId).distinct().toList();
            String name = toldNotWell.isEmpty() ? Mentions.user(member) : Mentions.user(member)
                    + (member == readerId ? " (you said you don't know them well when "
                    : " (said they don't know them well when ") + namesAsked(toldNotWell) + " asked"
                    + (member == readerId ? "; if you know nobody there, `/partner unknow` takes your name off)" : ")");
            names.add(name + leftNote(page, member, readerId));
        }
        return Limits.joinWithin(names, ", ", Limits.EMBED_FIELD_VALUE);
    }

    /**
     * After the name of a helper the platform said just before has left the server ({@link Page#gone}): that she has;
     * else, of one whose last introduction request found her gone from the server ({@link Page#helpersLeft}): that
     * she had left then, and when, so that nobody counts on her; said of the past, as it was stored (she may be back
     * since, and is asked again by the next request). Nothing to the helper herself, who reads it in the server.
     */
    private static String leftNote(Page page, long helper, long readerId) {
        if (page.gone().contains(helper) && helper != readerId) {
            return " (has left the server)";
        }
        Instant left = page.helpersLeft().get(helper);
        return left == null || helper == readerId ? "" : " (had left the server when I last asked them for an "
                + "introduction, " + TimeMarkup.relative(left) + ")";
    }

    /** The members who asked, by name: the first {@link #NOT_WELL_SHOWN}, and how many more. */
    private static String namesAsked(List<Long> members) {
        List<String> shown = new ArrayList<>(members.stream().limit(NOT_WELL_SHOWN).map(Mentions::user).toList());
        if (members.size() > NOT_WELL_SHOWN) {
            shown.add(Count.of(members.size() - NOT_WELL_SHOWN, "other member"));
        }
        return Shown.and(shown);
    }

    /** How many members waiting for someone who knows someone there the page names. */
    private static final int WAITING_SHOWN = 5;

    private String introLines(Partner p, Page page, ZoneId zone, long readerId) {
        List<Intro> intros = page.intros();
        // once told of someone who knows someone there, a member is no longer shown as waiting; nor while the
        // coalition is in touch with the partner (cultivating or further), where nobody is asked for introductions
        List<Long> waiting = !p.stage().stillReaching() ? List.of()
                : page.waits().stream().filter(w -> w.toldAt() == null).map(Intro.Wait::requesterId).toList();
        if (intros.isEmpty() && waiting.isEmpty()) {
            // /partner intro asks nobody once the coalition is in touch with them, or has moved on
            return "none asked yet" + (p.stage().stillReaching() ? ": `/partner intro`" : "");
        }
        List<String> lines = new ArrayList<>();
        // a member who knows someone there herself waits for another who does, as /partner intro told her; and one
        // who doesn't, while the page lists members who do (asked already, or gone), waits for another member too
        List<Long> knowing = page.knowSomeone();
        List<Long> alone = waiting.stream().filter(id -> !knowing.contains(id)).toList();
        List<Long> too = waiting.stream().filter(knowing::contains).toList();
        if (!alone.isEmpty()) {
            lines.add("• Waiting for " + (knowing.isEmpty() ? "someone" : "another member")
                    + " who knows someone there: " + waitingNames(alone));
        }
        if (!too.isEmpty()) {
            lines.add("• Waiting for another member who knows someone there too: " + waitingNames(too));
        }
        if (!lines.isEmpty() && !knowing.contains(readerId)) {
            // a reader who said so already has nothing more to say
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " (`/partner know` if you do)");
        }
        for (Intro i : intros.subList(0, Math.min(INTROS_SHOWN, intros.size()))) {
            String what = switch (i.status()) {
                case ASKED -> "asked " + Mentions.user(i.helperId()) + ", waiting for an answer";
                // a helper who deleted their data since is named by nobody: the page says what her DM said
                case WILL_INTRODUCE -> i.helperId() == 0 ? "a member who said they'd introduce them "
                        + IntroGoneNotice.FORGOTTEN_PROMISE : Mentions.user(i.helperId()) + " will introduce them";
                case AGREED_MOVED_ON -> "asked " + Mentions.user(i.helperId()) + ", who offered an introduction after "
                        + "it had moved on, when none was needed";
                case NOT_WELL -> Mentions.user(i.helperId()) + " doesn't know them well";
                case UNREACHABLE -> "couldn't reach " + Mentions.user(i.helperId()) + (leftBy(page, i)
                        ? ", who had left the server" : " by DM");
                case INTRODUCED -> "asked " + Mentions.user(i.helperId()) + "; introduced, logged "
                        + day(i.answeredAt(), zone);
                case HELPER_FORGOTTEN -> "asked " + Mentions.user(i.helperId()) + ", who can't answer any more";
                case WITHDRAWN -> "asked " + Mentions.user(i.helperId()) + ", who no longer knows someone there";
            };
            lines.add("• For " + Mentions.user(i.requesterId()) + ": " + what + " (" + day(i.askedAt(), zone) + ")");
        }
        return String.join("\n", lines);
    }

    /**
     * Whether {@code i} went unanswered because its helper had left the server: it was given up no earlier than her
     * last request was refused for that ({@link Page#helpersLeft}, nothing tried for her since), so by that refusal.
     */
    private static boolean leftBy(Page page, Intro i) {
        Instant left = page.helpersLeft().get(i.helperId());
        return left != null && i.answeredAt() != null && !i.answeredAt().isBefore(left);
    }

    private static String waitingNames(List<Long> members) {
        // the same ending as the page's other lists of members ({@link Limits#joinWithin})
        return String.join(", ", members.stream().limit(WAITING_SHOWN).map(Mentions::user).toList())
                + Limits.andMore(members.size(), WAITING_SHOWN);
    }

    private String touchpointLines(List<Touchpoint> recent, ZoneId zone) {
        if (recent.isEmpty()) {
            return "—";
        }
        return String.join("\n", recent.stream().map(t -> "• " + day(t.happenedAt(), zone) + " · " + t.kind().label()
                + " by " + Mentions.user(t.userId()) + ": " + Shown.text(Limits.clip(t.note().replace('\n', ' '), 120))).toList());
    }

    /** The plan's answers, question by question, each with who wrote it. */
    static String planText(List<WalkState> plans, String partnerName, int budget) {
        if (plans.isEmpty()) {
            return "";
        }
        Curriculum c = plans.get(0).curriculum();
        record Block(String heading, List<Map.Entry<String, String>> answers) {
        }
        List<Block> blocks = new ArrayList<>();
        for (Curriculum.Position at : c.positions()) {
            List<Map.Entry<String, String>> answers = new ArrayList<>();
            for (WalkState plan : plans) {
                plan.answerFor(at.question().key()).filter(a -> !a.skipped()).map(Answer::text)
                        .ifPresent(text -> answers.add(Map.entry(text.replace('\n', ' '),
                                Mentions.user(plan.walk().userId()))));
            }
            if (!answers.isEmpty()) {
                blocks.add(new Block("**" + WalkView.named(at.question().text(), partnerName) + "**", answers));
            }
        }
        if (blocks.isEmpty()) {
            return "";
        }
        int each = Math.max(120, budget / blocks.size());
        List<String> shown = new ArrayList<>();
        for (Block b : blocks) {
            // each member's answer gets its share of the question's room, so a long one never hides the others
            int per = Math.max(40, (each - b.heading().length()) / b.answers().size() - 30);
            shown.add(b.heading() + "\n" + String.join("\n", b.answers().stream()
                    .map(a -> "• " + Shown.text(Limits.clip(a.getKey(), per)) + " — " + a.getValue()).toList()));
        }
        return Limits.clip(String.join("\n", shown), budget);
    }

    /**
     * What a list filtered to nothing says, in words a member would use, with what to do next: "No partners in
     * cultivating in Food and nutrition yet. ...", "No partner has been moved on from. ...". When the coalition has moved
     * on from partners the filter would show but for their stage, it says so, how many, and the same filter with
     * {@code stage:moved-on}, as the whole list's footer points to them. Every list it suggests has partners in it
     * ({@code around}).
     */
    String noneMatch(Stage stage, String sector, boolean mine, PartnerStore.Around around) {
        String in = sector == null ? "" : " in " + sectors.nameOf(sector);
        if (stage == Stage.MOVED_ON) {
            return (mine ? "None of the partners you look after" + in + " has" : "No partner" + in + " has")
                    + " been moved on from. When the coalition moves on from one, `/partner archive` keeps it here "
                    + "with its history. " + seeListed(sector, around, "See the current list with `/partner list`.");
        }
        int movedOn = around.movedOnMatching();
        if (stage == null && movedOn > 0) {
            // all the filter would show has moved on
            String all = movedOn == 1 ? "the one" : "all " + Count.number(movedOn);
            return (mine ? "None of the partners you look after" + in + " is on the list right now: the coalition has "
                    + "moved on from " + all + " you look after" + (sector == null ? "" : " there")
                    : "No partners" + in + " on the list right now: the coalition has moved on from " + all
                    + " it had there") + ". See " + (movedOn == 1 ? "it" : "them") + " with "
                    + movedOnList(sector, mine) + " (" + restoreBrings(movedOn) + ")"
                    + (mine ? "." : ", or add a new organization with `/partner add`.");
        }
        String movedOnToo = movedOn == 0 ? "" : "The coalition has moved on from " + (movedOn == 1 ? "one partner"
                : Count.number(movedOn) + " partners") + (mine ? " you look after" : "") + in + ": see "
                + (movedOn == 1 ? "it" : "them") + " with " + movedOnList(sector, mine) + " (" + restoreBrings(movedOn)
                + ").";
        if (stage != null) {
            String head = (mine ? "None of the partners you look after is in " : "No partners in ")
                    + stage.label().toLowerCase(Locale.ROOT) + in;
            if (around.activeMatching() > 0) {
                return head + " yet. When one gets that far, move it there with `/partner stage`. "
                        + seeListed(sector, around, "See the whole list with `/partner list`.")
                        + (movedOnToo.isEmpty() ? "" : " " + movedOnToo);
            }
            if (movedOn > 0) {
                return head + " right now. " + movedOnToo;
            }
            if (!mine && sector == null) {
                return head + " yet. " + elsewhere(around);
            }
            // nothing but for the stage either: said as the filter without it says it
        }
        if (mine) {
            return sector == null
                    ? "You don't look after any partner yet. " + (around.active() > 0 ? "See the whole list with "
                    + "`/partner list`; when one is handed to you with `/partner owner`, it shows here."
                    : elsewhere(around))
                    : "None of the partners you look after is in " + sectors.nameOf(sector) + ". "
                    + seeListed(sector, around, "See the whole list with `/partner list`.");
        }
        return "No partners in " + sectors.nameOf(sector) + " yet. Add the first with `/partner add`, picking "
                + sectors.nameOf(sector) + " as its sector" + (around.active() > 0 ? ", or see the whole list with "
                + "`/partner list`." : around.movedOn() > 0 ? ", or see the partners the coalition has moved on from "
                + "with `/partner list stage:moved-on`." : ".");
    }

    /** {@code /partner list stage:moved-on} with the filter's sector and mine. */
    private static String movedOnList(String sector, boolean mine) {
        return "`/partner list stage:moved-on" + (sector == null ? "" : " sector:" + sector) + (mine ? " mine:true" : "")
                + "`";
    }

    private static String restoreBrings(int movedOn) {
        return "`/partner restore` brings " + (movedOn == 1 ? "it" : "one") + " back";
    }

    /**
     * Where partners on the list are to see: the sector's list when it has some ({@code whole} names the whole list,
     * without a sector), the whole list when it has some, else {@link #elsewhere}.
     */
    private String seeListed(String sector, PartnerStore.Around around, String whole) {
        if (sector != null && around.activeInSector() > 0) {
            return "See all of " + sectors.nameOf(sector) + " with `/partner list sector:" + sector + "`.";
        }
        if (around.active() > 0) {
            return sector == null ? whole : "Nothing in " + sectors.nameOf(sector) + " is on the list yet: see the "
                    + "whole list with `/partner list`.";
        }
        return elsewhere(around);
    }

    /** With no partner on the list: where the moved-on ones are, or how to add the first. */
    private static String elsewhere(PartnerStore.Around around) {
        int movedOn = around.movedOn();
        if (movedOn > 0) {
            return "The coalition has moved on from " + (movedOn == 1 ? "the one partner it had: see it" : "all "
                    + Count.number(movedOn) + " partners it had: see them") + " with `/partner list stage:moved-on` ("
                    + restoreBrings(movedOn) + "), or add a new organization with `/partner add`.";
        }
        return "The outreach list is empty so far: add the first organization with `/partner add`.";
    }

    /**
     * One page of the list with a menu to open a partner and buttons to page. "Last touch" is a Discord timestamp
     * ("3 days ago"), which each reader's own app shows, so a page needs no read of the reader's time zone.
     * {@code activeOnly}: no stage was asked for, so the partners the coalition moved on from are left out, and the
     * footer says where they are (on Discord a card's footer shows no markdown).
     */
    Reply list(List<Partner> partners, int page, int pages, int total, int movedOn, boolean activeOnly, String filters,
               String noneMatch, java.util.function.IntFunction<CustomId> pageId) {
        if (partners.isEmpty() && movedOn > 0) {
            return Reply.text("No partners on the outreach list right now: the coalition has moved on from "
                    + (movedOn == 1 ? "the one it had" : "all " + Count.number(movedOn) + " it had") + ". See "
                    + (movedOn == 1 ? "it" : "them") + " with `/partner list stage:moved-on` (`/partner restore` brings"
                    + " one back), or add a new organization with `/partner add`.");
        }
        if (partners.isEmpty()) {
            return Reply.text(total == 0 && filters.isEmpty()
                    ? "The outreach list is empty so far. Add the first organization with "
                    + "`/partner add name:\"Eastside Food Bank\" sector:food`."
                    : noneMatch);
        }
        StringBuilder body = new StringBuilder();
        List<SelectMenu.Option> options = new ArrayList<>();
        for (Partner p : partners) {
            body.append("**").append(Shown.text(p.name())).append("** · ").append(sectors.nameOf(p.sector())).append(" · ")
                    .append(p.stage().label()).append(p.hasOwner() ? " · " + Mentions.user(p.ownerId()) : "")
                    .append(" · ").append(p.lastTouch().map(t -> "last touch " + TimeMarkup.relative(t)).orElse("no touchpoint yet"))
                    .append('\n');
            options.add(new SelectMenu.Option(String.valueOf(p.id()), p.name(), sectors.nameOf(p.sector()) + " · "
                    + p.stage().label()));
        }
        String title = "Outreach list" + (filters.isEmpty() ? "" : " · " + filters);
        Card card = new Card(title, body.toString(), List.of(), "Page " + (page + 1) + " of " + pages + " · "
                + Count.of(total, "partner") + " · newest activity first"
                + (activeOnly ? " · moved-on ones: /partner list stage:moved-on" : ""));
        Reply reply = Reply.card(card).withRow(new Row.Select(SelectMenu.single(CustomId.of(FEATURE, OPEN_MENU),
                "Open a partner", options)));
        return Row.pager(page, pages, pageId).map(reply::withRow).orElse(reply);
    }

    /**
     * A page of the partners member {@code memberId} looks after, with the note of her last check-in that could not
     * reach her (once, whatever the number of partners), when there is one.
     */
    Reply withMissedCheckIn(Reply page, long guildId, long memberId) {
        String missed = reminders.missedCheckIn(guildId, memberId);
        return missed.isEmpty() ? page : page.withText(page.text().isEmpty() ? missed : page.text() + "\n" + missed);
    }

    /** After a stage move: a warm word and the button that opens the plan's matching tip for this partner. */
    Reply moved(PartnerService.Moved moved, String tipTitle) {
        Partner p = moved.partner();
        String tip = " Tip " + p.stage().planStep() + ", *" + tipTitle + "*, helps with this stage";
        Button open = Button.primary(CustomId.of(FEATURE, "tip", p.id(), p.stage().planStep()),
                "Open tip " + p.stage().planStep() + " for this partner");
        if (moved.from() == p.stage()) {
            // the member may have meant to record news: say where that goes, and offer the stage's tip all the same
            return Reply.text("“" + Shown.text(p.name()) + "” is already in the " + p.stage().label().toLowerCase()
                    + " stage, so nothing changed." + tip + ", and `/partner log` records each contact.")
                    .withButtons(open);
        }
        String cheer = p.stage() == Stage.PARTNERED ? " They're at the table. 🎉" : "";
        return Reply.text("Moved “" + Shown.text(p.name()) + "” from " + moved.from().label().toLowerCase() + " to "
                + p.stage().label().toLowerCase() + "." + cheer + tip + ".").withButtons(open);
    }

    /**
     * What {@code /partner edit} saved (a rename says the old name still finds it); with a new cadence, what it means for the partner's reminders, as
     * {@code /partner cadence} says it (and the button that resumes paused reminders).
     */
    Reply edited(PartnerService.Edited edited, boolean cadenceChanged, Caller who) {
        long readerId = who.userId();
        Partner p = edited.partner();
        Button coach = Button.secondary(CustomId.of(FEATURE, "coach", p.id()), "Coach me on this partner");
        if (edited.unchanged()) {
            return Reply.text(PartnerActions.nothingChanged(p) + " `/partner show` has its details; give `/partner edit` "
                    + "the new value of what you want to change.")
                    .withButtons(coach);
        }
        String saved = "Saved the changes to " + Quoted.endingSentence(p.name()) + whatChanged(edited.before(), p)
                + (edited.formerName() == null ? "" : " Anyone who types its old name, “"
                + Shown.text(edited.formerName()) + "”, still finds it.")
                + edited.onceCalledThat().map(other -> "\n\nHeads-up: “" + Shown.text(other.name()) + "” on the list"
                + " was called “" + Shown.text(p.name()) + "” before it was renamed; typing that name now finds this"
                + " one. If they are the same organization, look at both with `/partner show` and delete the one you"
                + " don't need.").orElse("")
                + edited.spelledAlike().map(other -> alikeNow(other, who)).orElse("");
        if (!cadenceChanged) {
            return Reply.text(saved).withButtons(coach);
        }
        ReminderStatus.Line set = reminders.afterCadence(p, readerId);
        Reply reply = Reply.text(saved + " It " + set.text());
        return set.action().map(resume -> reply.withButtons(resume, coach)).orElseGet(() -> reply.withButtons(coach));
    }

    /**
     * What an edit changed besides the name and the cadence (each said in words of its own): " Sector: Youth (was Food
     * and nutrition) · contact cleared.", so the member sees what was saved without opening the partner; empty when
     * only those two changed.
     */
    private String whatChanged(Partner before, Partner after) {
        List<String> parts = new ArrayList<>();
        if (!before.sector().equals(after.sector())) {
            parts.add("sector: " + sectors.nameOf(after.sector()) + " (was " + sectors.nameOf(before.sector()) + ")");
        }
        if (!java.util.Objects.equals(before.contact(), after.contact())) {
            parts.add(after.contact() == null ? "contact cleared"
                    : "contact: " + Shown.text(Limits.clip(after.contact(), 60)));
        }
        if (!java.util.Objects.equals(before.notes(), after.notes())) {
            // notes run to 1,000 characters: the reply says where to read them rather than repeating them
            parts.add(after.notes() == null ? "notes cleared" : "notes: updated (`/partner show` has them)");
        }
        if (parts.isEmpty()) {
            return "";
        }
        String said = String.join(" · ", parts);
        return " " + Character.toUpperCase(said.charAt(0)) + said.substring(1) + (said.endsWith(".") ? "" : ".");
    }

    /**
     * The heads-up under a partner just added by {@code who}, however it was added ({@code /partner add}, Check and
     * add): another on the list that was called so before a rename, or whose name is spelled a little differently, and
     * how to delete this one if it is the same organization; for one the coalition has moved on from, how that one comes
     * back ({@link WhoMay#wayBack}); empty when there is none.
     */
    String headsUp(PartnerService.Added added, Caller who) {
        Partner p = added.partner();
        String delete = " If it is the same organization, delete this one with "
                + Shown.code("/partner delete " + PartnerRef.option(p.name()));
        return added.onceCalledThat().map(other -> "\n\nHeads-up: “" + Shown.text(other.name()) + "”"
                + (other.active() ? " on the list" : ", which the coalition has moved on from,")
                + " was called that before it was renamed." + delete + carryOn(other, who)).orElse("")
                + added.spelledAlike().map(other -> spelledAlike(other) + delete + carryOn(other, who)).orElse("");
    }

    /** After "delete this one": carry on with {@code other}, or, moved on, bring it back. */
    private static String carryOn(Partner other, Caller who) {
        return other.active() ? " and carry on with " + Quoted.endingSentence(other.name())
                : ". " + WhoMay.wayBack(who, other, "that one");
    }

    /**
     * The heads-up under a rename or a restore that leaves the partner's name spelled like {@code other}'s, on the
     * list: look at both and delete the one not needed (one moved on from, with how it comes back).
     */
    String alikeNow(Partner other, Caller who) {
        return spelledAlike(other) + " If they are the same organization, look at both with `/partner show` and "
                + "delete the one you don't need." + (other.active() ? "" : " " + WhoMay.wayBack(who, other,
                "that one"));
    }

    /** The start of the heads-up under an add or a rename whose name is spelled like {@code other}'s. */
    String spelledAlike(Partner other) {
        if (!other.active()) {
            return "\n\nHeads-up: the coalition has moved on from “" + Shown.text(other.name()) + "” ("
                    + sectors.nameOf(other.sector()) + "), spelled a little differently.";
        }
        return "\n\nHeads-up: “" + Shown.text(other.name()) + "” (" + sectors.nameOf(other.sector()) + ", "
                + other.stage().label().toLowerCase() + ") is already on the list, spelled a little differently.";
    }

    static String day(Instant t, ZoneId zone) {
        return DAY.format(t.atZone(zone));
    }

    /** "today", "yesterday" or "N days ago": calendar days in {@code zone}, as the member typed them. */
    String ago(Instant t, ZoneId zone) {
        return CalendarDays.ago(t, clock.instant(), zone);
    }

}
