package org.partnercoach.digest;

import org.partnercoach.chat.Count;
import org.partnercoach.chat.Shown;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Attachment;
import org.partnercoach.chat.CalendarDays;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.export.Csv;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.partners.Stage;
import org.partnercoach.reminders.CultivateOutlook;
import org.partnercoach.reminders.PersonalReminders;
import org.partnercoach.sessions.SessionActivity;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.settings.Settings;
import org.partnercoach.storage.Database;

/**
 * Builds one week's digest from stored history (so a past week reads the same when built again; its numbers, and
 * those of the weeks before it, as their digests showed them once they went out) and lays it out
 * within Discord's limits: the numbers with their change from the week before, what is going cold, asks coming up,
 * members who stalled (each with a nudge line and a Send nudge button where one may go, else when they were nudged
 * and when the next may go), the sectors with no partner at all or only
 * researched (as {@code /coalition gaps} says them), sends
 * that failed, and answers members shared. Long lists show their top entries and "and N more"; the full lists ride
 * along as a CSV, with the chart as a PNG.
 */
final class DigestComposer {

    static final Duration STALLED_AFTER = Duration.ofDays(7);
    static final int TOP = 8;
    static final int NUDGE_BUTTONS = 5;
    /**
     * The most members whose walk stood still the platform is asked about (whether they left the server) for one
     * digest: the card shows 8 of them at most, so that many leave room for 17 who left, at one wait for the answers.
     */
    static final int ASK_ABOUT_AT_MOST = 25;
    /** The longest line of a list, so that one line cannot take a field alone. */
    private static final int LINE_MAX = 300;
    /**
     * The longest line of the sends that failed: the bot's own words of what failed and what to do, shown whole (a
     * test holds every kind's advice for every trouble within it), where a cut left half a sentence.
     */
    static final int FAILED_LINE_MAX = 600;
    static final String FEATURE = "digest";
    private static final int CHART_WEEKS = 8;
    /** The card's text at most: Discord's 6000 characters of embeds, less a margin. */
    private static final int CARD_BUDGET = Limits.EMBED_TOTAL - 200;
    private static final String STALLED_FIELD = "Members who stalled";
    static final String SESSION_ANSWERS = "Answers in group sessions";
    /** After the numbers' title when nothing was recorded before the week: there is no week before to compare. */
    private static final String FIRST_WEEK = " · your first week, so nothing to compare with yet";
    private static final String GAPS_FIELD = "Sectors with " + PartnerHistory.Gap.NO_PARTNER_AT_ALL + " or "
            + PartnerHistory.Gap.ONLY_RESEARCHED;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** One week's numbers; {@code sessionAnswers}: answers written in group sessions. */
    record Numbers(int activeMembers, int walksStarted, int walksFinished, int partnersAdded, int stageMoves,
                   int touchpoints, int sessionAnswers) {
        boolean quiet() {
            return activeMembers + walksStarted + walksFinished + partnersAdded + stageMoves + touchpoints
                    + sessionAnswers == 0;
        }
    }

    /**
     * A partner past its cadence since its last contact (or its restore, when later: {@code days} still count from the
     * contact), and where its owner's reminders stand: the same partner
     * may be going cold and not due a reminder yet (its owner was reminded since, and the next one waits a cadence
     * after that reminder, or a snooze), or have its reminders paused; the line says which.
     */
    record Cold(PartnerDirectory.Listed partner, long days, int cadence, int serverCadence,
                CultivateOutlook.Outlook reminders, Long daysBack) {
        /** No contact was ever logged: {@link #days} count from when the partner was added. */
        boolean neverContacted() {
            return partner.lastTouchAt() == null;
        }

        /**
         * Brought back (restored) since its last contact: its check-ins count from then ({@link #daysBack} days),
         * so its line says so beside {@link #days}, or a partner of as many days as another could seem left out.
         */
        boolean back() {
            return daysBack != null;
        }

        /** Its cadence is not the server's: its line says it, where the list's title says the server's. */
        boolean ownCadence() {
            return cadence != serverCadence;
        }
    }

    /**
     * A stalled walk; its nudge line as a message shows it, and as the CSV keeps it (the name as typed), and the
     * command that resumes it, as a message shows it; the member's last nudge as of the digest (null: none), and
     * when another may go ({@link Nudges.Last#heldUntil}; null: then, and the Send nudge button would send it).
     */
    record Stalled(WalkActivity.Stalled walk, long days, String nudge, String nudgePlain, String resume,
                   Nudges.Last lastNudge, Instant nextNudge) {

        boolean mayNudge() {
            return nextNudge == null;
        }
    }

    /**
     * Everything one digest says, before it is laid out. {@code began}: when the first thing was recorded here (a
     * partner added, a contact logged, a walk started; null: nothing yet), as far back as the coalition, or the bot in
     * this server, goes. {@code leftServer}: how many members whose walk stood still were left out of {@code stalled}
     * because the platform said they have left the server ({@link #without}). {@code shown}: the numbers kept with the
     * weeks whose digest was queued, of the chart's weeks (the week before's among them, and this one's once queued).
     */
    record Digest(long guildId, DigestSchedule.Week week, boolean late, ZoneId zone, Numbers numbers,
                  Numbers before, Instant began, List<Cold> cold, List<PartnerDirectory.Listed> asking,
                  List<PersonalReminders.Upcoming> reminders,
                  List<Stalled> stalled, List<PartnerHistory.Gap> gaps, List<ScheduledSend> failed,
                  List<WalkActivity.SharedAnswer> shared, List<PartnerDirectory.Listed> unowned, Stalled yours,
                  int leftServer, List<DigestStore.Shown> shown) {
        /**
         * Nothing was recorded before the week (the coalition was not there yet), so its numbers are not compared
         * with a week before; a quiet week before a coalition that had begun is.
         */
        boolean firstWeek() {
            return began == null || !began.isBefore(week.start());
        }

        boolean quiet() {
            return numbers.quiet() && cold.isEmpty() && unowned.isEmpty() && asking.isEmpty() && reminders.isEmpty()
                    && stalled.isEmpty() && yours == null && failed.isEmpty() && shared.isEmpty();
        }

        /**
         * The copy a coordinator reads herself (a DM, or her preview): the stalled list tells her whom to nudge, so her
         * own walk is left out of it, card and CSV alike (kept as {@code yours}, so that her card does not say no walk
         * stood still); the other coordinators' copies and the channel's list her.
         */
        Digest readBy(long coordinatorId) {
            return new Digest(guildId, week, late, zone, numbers, before, began, cold, asking, reminders,
                    stalled.stream().filter(s -> s.walk().userId() != coordinatorId).toList(), gaps, failed, shared,
                    unowned, stalled.stream().filter(s -> s.walk().userId() == coordinatorId).findFirst()
                    .orElse(null), leftServer, shown);
        }

        /**
         * The members whose walk stood still, the first {@link #ASK_ABOUT_AT_MOST} in the list's order: those the
         * platform is asked about as the digest goes out ({@link #without}).
         */
        Set<Long> stalledMembers() {
            Set<Long> members = new java.util.LinkedHashSet<>();
            for (Stalled s : stalled) {
                if (members.size() == ASK_ABOUT_AT_MOST) {
                    break;
                }
                members.add(s.walk().userId());
            }
            return members;
        }

        /**
         * The digest without the stalled walks of the members who have left the server ({@code left}, as the platform
         * said as the digest went out): no nudge reaches them, so none is offered; card and CSV alike.
         */
        Digest without(Set<Long> left) {
            if (left.isEmpty()) {
                return this;
            }
            List<Stalled> staying = stalled.stream().filter(s -> !left.contains(s.walk().userId())).toList();
            return new Digest(guildId, week, late, zone, numbers, before, began, cold, asking, reminders, staying,
                    gaps, failed, shared, unowned, yours, leftServer + stalled.size() - staying.size(), shown);
        }
    }

    private final PartnerHistory history;
    private final PartnerDirectory directory;
    private final WalkActivity walks;
    /** Answers written in group sessions, and by whom: read through the sessions package, which owns them. */
    private final SessionActivity sessions;
    private final PersonalReminders reminders;
    private final CultivateOutlook cultivate;
    private final Outbox outbox;
    private final ServerSettings settings;
    /** Who took part in a week, as the quarterly report counts them (network's reading). */
    private final TookPart tookPart;
    /** How a send given up reads: the kinds of message name themselves. */
    private final FailedSends failedSends;
    /** The members' last nudges, and the rule by which another may go. */
    private final Nudges nudges;
    /** The numbers each week's digest showed, kept with the week ({@link DigestStore#shown}). */
    private final Database db;
    private final DigestStore store;

    DigestComposer(PartnerHistory history, PartnerDirectory directory, WalkActivity walks, SessionActivity sessions,
                   PersonalReminders reminders, CultivateOutlook cultivate, Outbox outbox, ServerSettings settings,
                   TookPart tookPart, Nudges nudges, FailedSends failedSends, Database db, DigestStore store) {
        this.db = db;
        this.store = store;
        this.failedSends = failedSends;
        this.tookPart = tookPart;
        this.nudges = nudges;
        this.history = history;
        this.directory = directory;
        this.walks = walks;
        this.sessions = sessions;
        this.reminders = reminders;
        this.cultivate = cultivate;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** The digest of {@code week} as it reads at the week's end (a preview, or a past week built again). */
    Digest build(long guildId, DigestSchedule.Week week, boolean late) {
        return build(guildId, week, late, week.end());
    }

    /**
     * The digest of {@code week} as it reads when it goes out at {@code sentAt}. Reminders due by then went out
     * before it or go out with it, so "Asks coming up" lists those due after it, up to the moment the next week's
     * digest goes out: each reminder is announced by the last digest before it, once.
     */
    Digest build(long guildId, DigestSchedule.Week week, boolean late, Instant sentAt) {
        Settings s = settings.of(guildId);
        Instant end = week.end();
        Instant start = week.start();
        Instant weekBefore = week.weeksBefore(2, s.zone());
        // one read of the active partners, only the columns listed (the CSV lists every one going cold and asking):
        // filtering them in SQL was slower on H2 (the cadence arithmetic on every row); the card writes only the
        // lines it shows
        List<PartnerDirectory.Listed> pastCadence = new ArrayList<>();
        List<PartnerDirectory.Listed> asking = new ArrayList<>();
        List<PartnerDirectory.Listed> unowned = new ArrayList<>();
        for (PartnerDirectory.Listed p : directory.activeListed(guildId)) {
            if (!p.hasOwner()) {
                unowned.add(p);
            }
            if (!p.cycleFrom().plus(Duration.ofDays(cadence(p, s))).isAfter(end)) {
                pastCadence.add(p);
            }
            if (p.stage() == Stage.ASKING) {
                asking.add(p);
            }
        }
        // where their reminders stand, by the rule that sends them, in one read
        Map<Long, CultivateOutlook.Outlook> outlooks = cultivate.of(guildId, pastCadence, end);
        List<Cold> cold = new ArrayList<>(pastCadence.size());
        for (PartnerDirectory.Listed p : pastCadence) {
            boolean back = p.countsFromRestore();
            cold.add(new Cold(p, CalendarDays.between(p.lastContact(), end, s.zone()), cadence(p, s),
                    s.defaultCadenceDays(), outlooks.get(p.id()),
                    back ? CalendarDays.between(p.restoredAt(), end, s.zone()) : null));
        }
        cold.sort((a, b) -> Long.compare(b.days(), a.days()));
        List<WalkActivity.Stalled> idle = walks.stalled(guildId, end, STALLED_AFTER);
        // the partners the stalled walks are about, in one read
        Map<Long, String> subjects = directory.namesOf(guildId, idle.stream().map(WalkActivity.Stalled::subjectId)
                .filter(id -> id != 0).collect(java.util.stream.Collectors.toSet()));
        // their last nudges as the digest goes out, when its Send nudge buttons are there to press
        Nudges.Known nudged = idle.isEmpty() ? null : nudges.known(guildId, sentAt, s.zone());
        List<Stalled> stalled = idle.stream().map(w -> {
            String subject = subjects.getOrDefault(w.subjectId(), "");
            Nudges.Last last = nudged.last().get(w.userId());
            return new Stalled(w, CalendarDays.between(w.touchedAt(), end, s.zone()), nudgeLine(w, subject, true),
                    nudgeLine(w, subject, false), Shown.code(resumeCommand(w.command(), subject)), last,
                    last == null ? null : last.heldUntil(sentAt, nudged.weeks()).orElse(null));
        }).toList();
        List<WalkActivity.SharedAnswer> shared = walks.shared(guildId, start, end);
        // the numbers a week's digest showed stay its own: the week before's, when its digest went out, are those
        // this one compares with, and the chart's older weeks are drawn with theirs (one read for all of them)
        List<DigestStore.Shown> shown = db.read(c -> store.shown(c, guildId, week.weeksBefore(CHART_WEEKS, s.zone()),
                end));
        Numbers before = shown(shown, weekBefore, start).orElseGet(() -> counted(guildId, weekBefore, start));
        Numbers numbers = shown(shown, start, end).orElseGet(() -> counted(guildId, start, end));
        return new Digest(guildId, week, late, s.zone(), numbers, before, began(guildId),
                cold, asking, reminders.upcoming(guildId, sentAt.isAfter(end) ? sentAt : end,
                        week.weeksBefore(-1, s.zone())), stalled, history.gaps(guildId),
                outbox.history().failedSince(guildId, start).stream().filter(f -> f.claimedAt() == null
                        || f.claimedAt().isBefore(end)).toList(), shared, unowned, null, 0, shown);
    }

    /**
     * When the coalition began here: the first partner added, contact logged, walk started or answer written in a
     * group session (null: nothing yet). The numbers compare with a week before only after it, and the chart draws no week
     * before it.
     */
    private Instant began(long guildId) {
        return java.util.stream.Stream.of(history.firstRecorded(guildId), walks.firstStarted(guildId),
                sessions.firstAnswered(guildId)).flatMap(Optional::stream).min(Instant::compareTo).orElse(null);
    }

    private static int cadence(PartnerDirectory.Listed p, Settings s) {
        return p.cadenceDays() != null ? p.cadenceDays() : s.defaultCadenceDays();
    }

    /** The numbers kept with the digest of the week [from, to), if one was queued for exactly that week. */
    private static Optional<Numbers> shown(List<DigestStore.Shown> shown, Instant from, Instant to) {
        return shown.stream().filter(w -> w.start().equals(from) && w.end().equals(to))
                .map(DigestStore.Shown::numbers).findFirst();
    }

    /**
     * The numbers of [from, to), counted from stored history. Touchpoints count by when they were logged, whatever day
     * they are dated: one logged on Tuesday for the Friday before counts in Tuesday's week, whose digest had not gone
     * out yet, so that every touchpoint is reported once. Once a week's digest is queued these are kept with it
     * ({@link DigestStore#insertNumbers}) and read from there: counted again, they would change when a partner is
     * deleted (its touchpoints and moves go with it) or a member deletes her data (she no longer counts as active).
     */
    Numbers counted(long guildId, Instant from, Instant to) {
        PartnerHistory.Week p = history.loggedWeek(guildId, from, to);
        WalkActivity.Week w = walks.week(guildId, from, to);
        SessionActivity.Week g = sessions.week(guildId, from, to);
        // who took part, as the quarterly report counts them: knowing someone at a partner, an introduction or a
        // rating too, besides the list's, the walks' and the group sessions' own moves read above
        Set<Long> active = new HashSet<>(p.activeMembers());
        active.addAll(w.activeMembers());
        active.addAll(g.activeMembers());
        active.addAll(tookPart.besidesMoves(guildId, from, to));
        active.remove(0L);
        return new Numbers(active.size(), w.started(), w.finished(), p.partnersAdded(), p.stageMoves(),
                p.touchpoints(), g.answers());
    }

    /** The line a coordinator can send a member whose walk stalled. */
    static String nudgeLine(long guildId, WalkActivity.Stalled w, PartnerDirectory directory) {
        return nudgeLine(w, directory.nameOf(guildId, w.subjectId()), true);
    }

    /**
     * {@code shown}: for a message (the partner's name literal there, the command as code to copy); else for the CSV,
     * in plain text: the name as typed, the command without Discord's backticks.
     */
    private static String nudgeLine(WalkActivity.Stalled w, String subject, boolean shown) {
        String command = resumeCommand(w.command(), subject);
        return "Hi! Your “" + w.walkTitle() + "”" + (subject.isBlank() ? "" : " for "
                + (shown ? Shown.text(subject) : subject))
                + " is waiting at step " + w.step() + " of " + w.steps() + " (" + w.stepTitle() + "). Ten minutes "
                + "this week would move it on: " + (shown ? Shown.code(command) : command) + PICKS_UP;
    }

    private static final String PICKS_UP = " picks up right where you left off.";

    /** What the stalled list says when it has no one to nudge: no walk stood still, or only the reader's own did. */
    private static String noOneStalled(Digest d) {
        String nobody = d.leftServer() > 0 ? "No one in the server has a walk that stood still for 7 days or more."
                : "No walk has stood still for 7 days or more.";
        return d.yours() == null ? nobody
                : "No one else's walk has stood still for 7 days or more. Yours has: " + yours(d.yours());
    }

    /** The line under the stalled list, in the copy of a coordinator whose own walk stood still too; else null. */
    private static String yoursToo(Digest d) {
        return d.yours() == null ? null : "Yours has stood still too: " + yours(d.yours());
    }

    /** The reader's own stalled walk: which, where, how long, and the command that picks it up. */
    private static String yours(Stalled s) {
        return "“" + s.walk().walkTitle() + "”, step " + s.walk().step() + " of " + s.walk().steps() + ", untouched "
                + Count.of(s.days(), "day") + ". " + s.resume() + PICKS_UP;
    }

    /**
     * The walk's own command for its partner; without the partner's name, the command without that option. A quote in
     * the name is written {@code \"}, as the option is quoted (The "Y" Center is {@code partner:"The \"Y\" Center"}),
     * so that the command runs as given.
     */
    static String resumeCommand(String command, String subject) {
        return subject.isBlank() ? command.replaceAll("\\s*\\S*\\{partner}\\S*", "")
                : command.replace("{partner}", subject.replace("\"", "\\\""));
    }

    /** The week a digest sent at {@code end} covers, as its title names it: "2 Mar – 9 Mar". */
    static String days(Instant end, ZoneId zone) {
        return end.atZone(zone).minusDays(7).format(SHORT) + " – " + end.atZone(zone).format(SHORT);
    }

    /** The digest as a message: a card (or a short one for a quiet week), buttons, the chart and the CSV. */
    Reply render(Digest d) {
        return render(d, SENT, Optional.empty());
    }

    /**
     * {@link #render(Digest)} for a DM, which carries no server: its title names the server ({@code server}, as the
     * platform knows it; left out when it cannot tell), so that a coordinator of two tells their digests apart.
     */
    Reply renderByDm(Digest d, Optional<String> server) {
        return render(d, SENT, server);
    }

    /**
     * The digest as {@code /digest preview} shows it to the coordinator who asked: the same, but its footer says it is
     * a preview for them alone, not the one sent to coordinators.
     */
    Reply preview(Digest d) {
        return render(d, PREVIEW, Optional.empty());
    }

    /** The footer of the digest that goes out, and of a preview. */
    static final String SENT = "Partner Coach · sent to coordinators";
    static final String PREVIEW = "Partner Coach · a preview, only for you";

    /** The most of a server's name a DM's title shows (Discord allows 100): the week's days still fit after it. */
    private static final int SERVER_NAME_IN_TITLE = 60;

    /**
     * The server's name as a DM about its digest shows it (a DM carries no server), as the platform knows it: empty
     * when it cannot tell.
     */
    static Optional<String> serverShown(Optional<String> server) {
        return server.filter(name -> !name.isBlank()).map(name -> Shown.text(name.strip(), SERVER_NAME_IN_TITLE));
    }

    private Reply render(Digest d, String footer, Optional<String> server) {
        String title = "Weekly digest · " + serverShown(server).map(name -> name + " · ").orElse("")
                + days(d.week().end(), d.zone());
        Reply reply = d.quiet() ? Reply.card(quietCard(d, title)) : full(d, title, footer);
        return reply.withFile(new Attachment("digest-" + d.week().key() + ".png", chart(d)))
                .withFile(csv(d).file("digest-" + d.week().key() + ".csv"));
    }

    private Card quietCard(Digest d, String title) {
        String next = d.gaps().isEmpty()
                ? "ask each member to log one contact this week with `/partner log`."
                : "who could you invite from **" + d.gaps().get(0).sectorName() + "**? Add one with `/partner add`, "
                + "or ask a member to start the 5 tips with `/coach start`.";
        return new Card(title, (d.late() ? lateNote(d) : "") + "A quiet week: nothing new was logged, and nothing "
                + "is waiting on you. One next step: " + next, List.of(), "Chart and CSV attached.");
    }

    private Reply full(Digest d, String title, String footer) {
        Numbers n = d.numbers();
        Numbers b = d.before();
        boolean compare = !d.firstWeek();
        List<String> lines = new ArrayList<>(List.of(
                line("Active members", n.activeMembers(), b.activeMembers(), compare),
                line("Walks started", n.walksStarted(), b.walksStarted(), compare),
                line("Walks finished", n.walksFinished(), b.walksFinished(), compare)));
        // only in a week with group sessions' answers, or the one after (a coalition without sessions reads no 0)
        if (n.sessionAnswers() > 0 || compare && b.sessionAnswers() > 0) {
            lines.add(line(SESSION_ANSWERS, n.sessionAnswers(), b.sessionAnswers(), compare));
        }
        lines.addAll(List.of(line("Partners added", n.partnersAdded(), b.partnersAdded(), compare),
                line("Stage moves", n.stageMoves(), b.stageMoves(), compare),
                line("Touchpoints logged", n.touchpoints(), b.touchpoints(), compare)));
        String numbers = String.join("\n", lines);
        // each list's lines are written as the card takes them: only the few it shows, however long the list
        // the field's name says what the days count, so that eight lines fit with their reminders
        List<String> cold = lines(d.cold().size(), i -> {
            Cold c = d.cold().get(i);
            return "• **" + name(c.partner().name()) + "** (" + (c.partner().hasOwner()
                    ? Mentions.user(c.partner().ownerId()) : "nobody looks after it") + "): "
                    + since(c) + "; " + remindersLine(c);
        });
        // a partner nobody ever contacted counts its days from when it was added, and its line says so
        boolean neverContacted = d.cold().stream().anyMatch(Cold::neverContacted);
        // the server's cadence is said once, in the title; a line says its own only where it has another, so that a
        // line never contacted can say both and eight lines still fit with Discord-sized member ids
        int serverCadence = d.cold().stream().filter(c -> !c.ownCadence()).mapToInt(Cold::cadence).findFirst()
                .orElse(0);
        int asking = d.asking().size();
        List<String> asks = lines(asking + d.reminders().size(), i -> {
            if (i < asking) {
                PartnerDirectory.Listed p = d.asking().get(i);
                return "• **" + name(p.name()) + "** is in the asking stage (" + owner(p) + ")";
            }
            // when it reaches its member: a time asked for in their quiet hours waits for their morning
            PersonalReminders.Upcoming u = d.reminders().get(i - asking);
            ScheduledSend r = u.reminder();
            return "• " + TimeMarkup.full(u.sendsAt()) + " " + Mentions.user(r.recipientId()) + ": "
                    + typed(r.payload(), 80) + whyLater(u);
        });
        // the line to send, and a button, for the first few members a nudge may go to now; one nudged lately says
        // when, and when the next may go, in its place
        Set<Integer> toNudge = toNudge(d);
        List<String> stalled = lines(d.stalled().size(), i -> {
            Stalled s = d.stalled().get(i);
            return (i + 1) + ". " + Mentions.user(s.walk().userId()) + ": " + s.walk().walkTitle() + ", step "
                    + s.walk().step() + " of " + s.walk().steps() + ", untouched " + Count.of(s.days(), "day")
                    + nudged(s) + (toNudge.contains(i) ? "\n> " + s.nudge()
                    : s.mayNudge() ? "" : "\n> " + nextNudge(s));
        });
        List<String> gaps = lines(d.gaps().size(), i -> {
            PartnerHistory.Gap g = d.gaps().get(i);
            return "• **" + g.sectorName() + "**" + (g.researchedOnly() ? " (" + g.standing() + ")"
                    : ": " + String.join("; ", g.examples().subList(0, Math.min(2, g.examples().size()))));
        });
        List<String> failed = lines(d.failed().size(), i -> {
            ScheduledSend f = d.failed().get(i);
            return "• " + failedSends.line(f);
        });
        List<String> shared = lines(d.shared().size(), i -> {
            WalkActivity.SharedAnswer a = d.shared().get(i);
            return "• " + Mentions.user(a.userId()) + (a.partner().isEmpty() ? "" : ", for **" + name(a.partner())
                    + "**,") + " on *" + Limits.clip(a.questionShown(), 60) + "*: "
                    + typed(a.text(), 120);
        });
        List<String> unowned = lines(d.unowned().size(), i -> "• **" + name(d.unowned().get(i).name()) + "** ("
                + d.unowned().get(i).stage().label() + "): `/partner owner` gives it to a member");
        Card card = new Card(title, (d.late() ? lateNote(d) : "") + "What moved, what is going cold and whom to "
                + "nudge. Full lists are in the CSV.", List.of(), footer)
                .withField("The week in numbers" + (compare ? "" : FIRST_WEEK), numbers);
        card = fit(card, List.of(
                new Section("Going cold", " · days since the last contact"
                        + (neverContacted ? ", or since added if never contacted" : "")
                        + (serverCadence == 0 ? "" : "; cadence " + Count.of(serverCadence, "day")
                        + " unless a line gives its own"), cold,
                        "Nobody is past their cadence. Nice work."),
                new Section("Partners with no one looking after them", "", unowned, null),
                new Section("Asks coming up", "", asks, "No asks or reminders in the next 7 days."),
                // a stalled member's line holds the nudge to copy, with the partner's whole name in its command: it
                // is shown whole or not at all (the field's budget then leaves it to the CSV)
                new Section(STALLED_FIELD, "", stalled, noOneStalled(d),
                        Limits.EMBED_FIELD_VALUE, yoursToo(d)),
                new Section(GAPS_FIELD, "", gaps, "Every sector has someone beyond researching."),
                new Section("Sends that failed", "", failed, null, FAILED_LINE_MAX, null),
                new Section("Shared answers this week", "", shared, null)));
        Reply reply = Reply.card(card);
        // a button only for each member the card shows: the field's budget may have cut the list short
        String shown = card.fields().stream().filter(f -> f.name().startsWith(STALLED_FIELD + " ("))
                .map(Card.Field::value).findFirst().orElse("");
        List<Button> nudges = new ArrayList<>();
        for (int i : toNudge) {
            long member = d.stalled().get(i).walk().userId();
            String line = (i + 1) + ". " + Mentions.user(member) + ":";
            if (!shown.startsWith(line) && !shown.contains("\n" + line)) {
                break;
            }
            // the walk shown rides along, so a button pressed later nudges about that walk, not a newer one
            long walk = d.stalled().get(i).walk().walkId();
            nudges.add(Button.secondary(CustomId.of(FEATURE, "nudge", d.guildId(), member, walk),
                    "Send nudge " + (i + 1)));
        }
        return nudges.isEmpty() ? reply : reply.withRows(Row.grid(nudges));
    }

    /**
     * The lines (by index, in order) that get the nudge to send and a Send nudge button: the first {@link
     * #NUDGE_BUTTONS} whose member a nudge may go to as the digest goes out, so that every button sends one.
     */
    private static Set<Integer> toNudge(Digest d) {
        Set<Integer> lines = new java.util.LinkedHashSet<>();
        for (int i = 0; i < d.stalled().size() && lines.size() < NUDGE_BUTTONS; i++) {
            if (d.stalled().get(i).mayNudge()) {
                lines.add(i);
            }
        }
        return lines;
    }

    /** After a stalled member's line: when she was last nudged, and by whom when that is known; else nothing. */
    private static String nudged(Stalled s) {
        Nudges.Last last = s.lastNudge();
        return last == null ? "" : ", nudged " + TimeMarkup.relative(last.at())
                + (last.coordinatorId() == 0 ? "" : " by " + Mentions.user(last.coordinatorId()));
    }

    /**
     * In place of the nudge to send, for a member nudged too lately for another: when the next may go, and where it
     * is offered then (a digest's buttons are read as it goes out, a preview's as it is asked for).
     */
    private static String nextNudge(Stalled s) {
        return "One nudge a week is plenty: the next can go from " + TimeMarkup.full(s.nextNudge())
                + ", and a digest or `/digest preview` from then offers it.";
    }

    private static String lateNote(Digest d) {
        return "*Sent late: the bot was offline when it was due.*\n";
    }

    /** A number of the week, with its change from the week before when there was one to {@code compare} with. */
    private static String line(String label, int now, int before, boolean compare) {
        if (!compare) {
            return "**" + label + ":** " + now;
        }
        int delta = now - before;
        String change = delta == 0 ? "same as the week before" : (delta > 0 ? "+" : "−") + Math.abs(delta)
                + " on the week before";
        return "**" + label + ":** " + now + " (" + change + ")";
    }

    /**
     * One list of the card: its name (then its length and {@code legend}), its lines, what the card says when it
     * is empty (null: no field), and a line kept under the list whatever its length ({@code after}; null: none).
     */
    private record Section(String name, String legend, List<String> lines, String whenEmpty, int lineMax,
                           String after) {

        Section(String name, String legend, List<String> lines, String whenEmpty) {
            this(name, legend, lines, whenEmpty, LINE_MAX, null);
        }

        /** The field of at most {@link #TOP} lines within {@code budget}, ending with "and N more" when cut. */
        Card add(Card card, int budget) {
            if (lines.isEmpty()) {
                return whenEmpty == null ? card : card.withField(name, whenEmpty);
            }
            String tail = after == null ? "" : "\n" + after;
            return card.withField(name + " (" + lines.size() + ")" + legend,
                    top(lines, budget - tail.length(), lineMax) + tail);
        }
    }

    /**
     * Adds the lists to the card, each with as many of its top lines as one of Discord's fields holds (1024). When
     * the card would pass its total, the longest list is laid out again with less room, so it loses whole lines and
     * still says how many more are in the CSV (a field cut in the middle of a line said neither).
     */
    private static Card fit(Card head, List<Section> sections) {
        int[] budgets = new int[sections.size()];
        Arrays.fill(budgets, Limits.EMBED_FIELD_VALUE);
        while (true) {
            Card card = head;
            int[] lengths = new int[sections.size()];
            for (int i = 0; i < sections.size(); i++) {
                int before = card.fields().size();
                card = sections.get(i).add(card, budgets[i]);
                boolean listed = !sections.get(i).lines().isEmpty();
                lengths[i] = listed ? card.fields().get(before).value().length() : 0;
            }
            int over = card.length() - CARD_BUDGET;
            if (over <= 0) {
                return card;
            }
            int longest = 0;
            for (int i = 1; i < lengths.length; i++) {
                longest = lengths[i] > lengths[longest] ? i : longest;
            }
            int less = Math.max(lengths[longest] - over, lengths[longest] * 3 / 4);
            if (less >= budgets[longest]) {
                return clip(card);
            }
            budgets[longest] = less;
        }
    }

    /** A list whose lines are written when read: the card reads the first few of lists of thousands. */
    private static List<String> lines(int size, java.util.function.IntFunction<String> line) {
        return new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return line.apply(java.util.Objects.checkIndex(index, size));
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** At most {@link #TOP} whole lines within {@code budget}, each cut to {@code lineMax}, then "…and N more". */
    static String top(List<String> lines, int budget, int lineMax) {
        int total = lines.size();
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (String l : lines) {
            String more = "\n…and " + (total - shown - 1) + " more (in the CSV)";
            String clipped = Limits.clip(l, Math.min(lineMax, budget));
            if (shown >= TOP || sb.length() + clipped.length() + 1 + more.length() > budget) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : "\n").append(clipped);
            shown++;
        }
        if (shown < total) {
            sb.append(shown == 0 ? "" : "\n").append("…and ").append(total - shown).append(" more (in the CSV)");
        }
        return sb.toString();
    }

    /** Shortens the longest fields until the card is within Discord's 6000 characters (should laying out fail). */
    private static Card clip(Card card) {
        Card c = card;
        while (c.length() > CARD_BUDGET) {
            List<Card.Field> fields = new ArrayList<>(c.fields());
            int longest = 0;
            for (int i = 1; i < fields.size(); i++) {
                if (fields.get(i).value().length() > fields.get(longest).value().length()) {
                    longest = i;
                }
            }
            Card.Field f = fields.get(longest);
            fields.set(longest, new Card.Field(f.name(), Limits.clip(f.value(), f.value().length() * 3 / 4),
                    f.inline()));
            c = new Card(c.title(), c.description(), fields, c.footer());
        }
        return c;
    }

    /**
     * How long a cold partner has waited: since its last contact, or, never contacted, since it was added; with its
     * cadence where it is not the server's (which the list's title says).
     */
    private static String since(Cold c) {
        return Count.of(c.days(), "day") + (c.neverContacted() ? " since added" : "")
                + (c.back() ? ", back on the list " + Count.of(c.daysBack(), "day") : "")
                + (c.ownCadence() ? " (cadence " + c.cadence() + ")" : "");
    }

    /** What the CSV adds to a cold partner's stage: never contacted, and when it was brought back. */
    private static String coldDetail(Cold c, ZoneId zone) {
        List<String> notes = new ArrayList<>();
        if (c.neverContacted()) {
            notes.add("never contacted");
        }
        if (c.back()) {
            notes.add("back on the list " + Csv.time(c.partner().restoredAt(), zone));
        }
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }

    /** Where a cold partner's reminders stand, so the line and its owner's reminders tell one story. */
    private static String remindersLine(Cold c) {
        CultivateOutlook.Outlook o = c.reminders();
        return switch (o.stand()) {
            case DUE -> o.held() ? "reminder goes out " + TimeMarkup.full(o.comes()) + " (" + o.heldBecause() + ")"
                    : "reminder on its way";
            case COMING -> o.lastReminder() == null ? "next reminder " + TimeMarkup.relative(o.comes())
                    : "reminded " + TimeMarkup.relative(o.lastReminder()) + ", next " + TimeMarkup.relative(o.comes());
            case SNOOZED -> "reminders snoozed until " + TimeMarkup.relative(o.next());
            case PAUSED -> "reminders paused";
            case ON_HOLD -> "reminders on hold, waiting for an answer to pause or keep going";
            case NOBODY -> "nobody is reminded (no reminder channel)";
            case OWNER_LEFT -> "no reminders: they left the server (hand it on with `/partner owner`)";
        };
    }

    /** The same, for the CSV: days in the server's zone. */
    private static String remindersCell(Cold c, ZoneId zone) {
        CultivateOutlook.Outlook o = c.reminders();
        java.util.function.Function<Instant, String> day = at -> at.atZone(zone).toLocalDate().toString();
        return switch (o.stand()) {
            case DUE -> o.held() ? "reminder goes out " + Csv.time(o.comes(), zone) + " (" + o.heldBecause() + ")"
                    : "reminder on its way";
            case COMING -> (o.lastReminder() == null ? "" : "reminded " + day.apply(o.lastReminder()) + "; ")
                    + "next reminder " + day.apply(o.comes());
            case SNOOZED -> "snoozed until " + day.apply(o.next());
            case PAUSED -> "paused";
            case ON_HOLD -> "on hold";
            case NOBODY -> "nobody is reminded";
            case OWNER_LEFT -> "none: owner left the server";
        };
    }

    private static String owner(PartnerDirectory.Listed p) {
        return p.hasOwner() ? "looked after by " + Mentions.user(p.ownerId()) : "nobody looks after it";
    }

    /** What a member typed, on one line of a list and literal there (their Markdown makes no link or heading). */
    private static String typed(String text, int max) {
        return Shown.text(Limits.clip(text.replace('\n', ' '), max));
    }

    private static String name(String text) {
        return Shown.text(Limits.clip(text, 60));
    }

    private byte[] chart(Digest d) {
        Map<Stage, Integer> stages = history.stagesAt(d.guildId(), d.week().end());
        List<String> stageLabels = new ArrayList<>();
        List<Integer> stageCounts = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (s.active()) {
                stageLabels.add(s.label());
                stageCounts.add(stages.getOrDefault(s, 0));
            }
        }
        return DigestChart.pair(chartTitle(d), new DigestChart.Bars(DigestChart.STAGES_TITLE, stageLabels,
                stageCounts), touchBars(d));
    }

    /** The picture's title: the day the week ends, as each bar of touchpoints is named by the day its week ends. */
    static String chartTitle(Digest d) {
        return "Coalition digest · week ending " + d.week().end().atZone(d.zone()).format(DAY);
    }

    /**
     * Touchpoints logged in each of the last {@link #CHART_WEEKS} weeks (as the numbers count them: a week whose digest
     * went out as that digest showed it, whatever was deleted since), each named by the
     * day it ends (the last bar by the digest's own day), each week starting where the one before ended, by the same
     * rule as the digests' weeks. A
     * coalition newer than that gets the weeks since it began ({@link Digest#began}) and always the digest's own:
     * bars of 0 for weeks before the bot was there read as a collapse, then a rise.
     */
    DigestChart.Bars touchBars(Digest d) {
        List<Instant> bounds = new ArrayList<>();
        for (int i = CHART_WEEKS; i >= 0; i--) {
            bounds.add(d.week().weeksBefore(i, d.zone()));
        }
        // the weeks that ended before anything was recorded are left out
        while (bounds.size() > 2 && (d.began() == null || !bounds.get(1).isAfter(d.began()))) {
            bounds.remove(0);
        }
        // the week and the week before are in the numbers already; an older week whose digest went out is drawn as
        // that digest counted it, the others are counted from stored history
        Instant start = d.week().start();
        Instant weekBefore = d.week().weeksBefore(2, d.zone());
        List<String> labels = new ArrayList<>();
        List<Integer> touches = new ArrayList<>();
        for (int i = 0; i < bounds.size() - 1; i++) {
            Instant from = bounds.get(i);
            Instant to = bounds.get(i + 1);
            labels.add(to.atZone(d.zone()).format(SHORT));
            if (from.equals(start) && to.equals(d.week().end())) {
                touches.add(d.numbers().touchpoints());
            } else if (from.equals(weekBefore) && to.equals(start)) {
                touches.add(d.before().touchpoints());
            } else {
                touches.add(shown(d.shown(), from, to).map(Numbers::touchpoints)
                        .orElseGet(() -> history.touchpointsLoggedBetween(d.guildId(), List.of(from, to))[0]));
            }
        }
        return new DigestChart.Bars(DigestChart.TOUCHES_TITLE, labels, touches);
    }

    /**
     * Every list in full, one row per entry; members as links to their profile, which a spreadsheet keeps whole. Each
     * row ends with the period the digest covers, at the server's time, so that a row copied into another sheet, or
     * read weeks later, still says which week it is about (and from when its "days" count).
     */
    Csv csv(Digest d) {
        // partner: the partner a row is about, whatever its list (a going-cold one, a shared answer's plan), so that
        // a spreadsheet filters the week by partner
        Csv csv = Csv.withHeader("list", "who", "what", "detail", "days", "reminders", "period from", "period to",
                "partner");
        String from = Csv.time(d.week().start(), d.zone());
        String to = Csv.time(d.week().end(), d.zone());
        d.cold().forEach(c -> rowAbout(csv, from, to, c.partner().name(), "going cold",
                Csv.member(c.partner().ownerId()), c.partner().name(),
                c.partner().stage().label() + coldDetail(c, d.zone()), c.days(), remindersCell(c, d.zone())));
        // the card's "…and N more" of them points here: each with its stage, for a coordinator to hand on
        d.unowned().forEach(p -> rowAbout(csv, from, to, p.name(), "no owner", "", p.name(), p.stage().label()));
        d.asking().forEach(p -> rowAbout(csv, from, to, p.name(), "asking", Csv.member(p.ownerId()), p.name(),
                "asking stage"));
        d.reminders().forEach(u -> row(csv, from, to, "reminder due", Csv.member(u.reminder().recipientId()),
                u.reminder().payload(), Csv.time(u.sendsAt(), d.zone()) + whyLater(u)));
        d.stalled().forEach(s -> row(csv, from, to, "stalled", Csv.member(s.walk().userId()), s.walk().walkTitle(),
                s.nudgePlain(), s.days(), nudgedCell(s, d.zone())));
        d.gaps().forEach(g -> row(csv, from, to, "sector", "", g.sectorName(), g.standing()));
        d.failed().forEach(f -> row(csv, from, to, "failed send", Csv.member(f.recipientId()), f.kind(),
                Csv.plain(FailedSends.reason(f))));
        d.shared().forEach(a -> rowAbout(csv, from, to, a.partner(), "shared answer", Csv.member(a.userId()),
                a.question(), a.text()));
        return csv;
    }

    /**
     * Why a member's reminder comes later than asked, after its time: " (being sent again)" when it waits for another
     * try after a failed send, " (after quiet hours)" when their quiet hours hold it, both when that try falls in
     * them; empty when it comes on time.
     */
    private static String whyLater(PersonalReminders.Upcoming u) {
        List<String> why = new ArrayList<>(2);
        if (u.sentAgain()) {
            why.add("being sent again");
        }
        if (u.afterQuietHours()) {
            why.add("after quiet hours");
        }
        return why.isEmpty() ? "" : " (" + String.join(", ", why) + ")";
    }

    /** A stalled member's last nudge for the CSV, and when the next may go when that is later; empty: none. */
    private static String nudgedCell(Stalled s, ZoneId zone) {
        Nudges.Last last = s.lastNudge();
        if (last == null) {
            return "";
        }
        String by = Csv.member(last.coordinatorId());
        return "nudged " + Csv.time(last.at(), zone) + (by == null ? "" : " by " + by)
                + (s.mayNudge() ? "" : "; next nudge from " + Csv.time(s.nextNudge(), zone));
    }

    /** A row of the digest's CSV: its first six cells (fewer leave the rest empty), then the period's two. */
    private static void row(Csv csv, String from, String to, Object... cells) {
        rowAbout(csv, from, to, null, cells);
    }

    /** {@link #row(Csv, String, String, Object...)}, then the partner a shared answer's plan is about. */
    private static void rowAbout(Csv csv, String from, String to, String partner, Object... cells) {
        Object[] all = Arrays.copyOf(cells, 9);
        all[6] = from;
        all[7] = to;
        all[8] = partner;
        csv.row(all);
    }
}
