package org.partnercoach.digest;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.ClockTime;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Router;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.chat.UserError;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.chat.Coordinators;
import org.partnercoach.outbox.Outbox;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.partners.PartnerDirectory;
import org.partnercoach.sessions.SessionActivity;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/**
 * {@code /digest setup | subscribe | unsubscribe | status | preview} for coordinators, and the digest's
 * Send nudge button. Every command but unsubscribe checks at run time that the caller is a coordinator; a button
 * pressed in a DM (which carries no permissions) is honoured for the server's digest subscribers whom the platform,
 * asked as it is pressed, still counts as coordinators there (when it cannot tell, for its subscribers). A subscriber
 * who uses a digest command or button without the coordinator role any more is unsubscribed; one who never does is
 * unsubscribed when the next week's digest is planned ({@link WeeklyDigests}).
 */
public final class DigestFeature implements Feature {

    /**
     * The servers with a weekly digest set up, as one read of {@code guild_id}: read with the other packages' lists in
     * one statement when the bot connects (storage's {@code MemberHomes}).
     */
    public static final String SERVERS = "SELECT guild_id FROM digest_schedules";

    static final String OPTION_DAY = "day";
    static final String OPTION_TIME = "time";
    static final String OPTION_CHANNEL = "channel";
    static final String OPTION_CLEAR = "clear";
    /** The command that picks another coordinators' channel, as replies name it. */
    private static final String PICK_CHANNEL = "/digest setup channel:";
    /** The two ways to have a digest that reaches nobody reach someone, after "run". */
    static final String WAYS_OUT = "`/digest subscribe` to get it by DM, or `" + PICK_CHANNEL + "` to post it in a "
            + "coordinators' channel.";
    /**
     * What setup, status and the last subscriber's unsubscribe say while the digest reaches nobody (no subscriber, no
     * coordinators' channel), before a week of it goes to no one: why, and the two ways to have it reach someone.
     */
    static final String NOBODY_GETS_IT = "⚠️ As it stands, nobody gets it: no one is subscribed and it has no "
            + "coordinators' channel. Run " + WAYS_OUT;

    /**
     * What the owner hears ({@link NobodyNotice}) when no one is subscribed and the digest reaches nobody: with no
     * coordinators' channel, {@link #NOBODY_GETS_IT}; with one the bot cannot post in ({@code trouble}), what is wrong
     * there, how to fix it, and the other way out.
     */
    static String nobodyGetsIt(long channelId, Optional<org.partnercoach.chat.ChannelTrouble> trouble) {
        if (channelId == 0 || trouble.isEmpty()) {
            return NOBODY_GETS_IT;
        }
        return "⚠️ As it stands, nobody gets it: no one is subscribed and its coordinators' channel fails: "
                + trouble.get().describe(channelId) + ". " + trouble.get().remedy(true, PICK_CHANNEL)
                + " Or run `/digest subscribe` to get it by DM.";
    }
    /**
     * What a former coordinator whose subscription ended can do: ask the server's {@code owner} (when the platform
     * says who it is), else whoever set the bot up, for the role back, then subscribe again ({@code where}: "" when
     * said in the server itself).
     */
    static String comeBack(Optional<Long> owner, String where) {
        return " If you should still be a coordinator, ask " + Coordinators.whoGivesTheRole(owner)
                + " to give you the role back, then run `/digest subscribe`" + where + ".";
    }

    private final Database db;
    private final DigestStore store;
    private final DigestComposer composer;
    private final WalkActivity walks;
    private final PartnerDirectory directory;
    private final Outbox outbox;
    private final ServerSettings settings;
    private final Clock clock;
    private final Messenger messenger;
    private final WeeklyDigests weekly;
    private final Coordinators coordinators;
    /** Who took part besides their moves (network's reading, which the composer adds to "Active members"). */
    private final TookPart tookPart;

    private DigestFeature(Database db, DigestStore store, DigestComposer composer, WalkActivity walks,
                          PartnerDirectory directory, Outbox outbox, ServerSettings settings, Clock clock,
                          Messenger messenger, WeeklyDigests weekly, TookPart tookPart) {
        this.weekly = weekly;
        this.tookPart = tookPart;
        this.coordinators = new Coordinators(messenger);
        this.db = db;
        this.store = store;
        this.composer = composer;
        this.walks = walks;
        this.directory = directory;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.messenger = messenger;
    }

    /** The feature, and the digest's message kinds and planner for the outbox. */
    public record Parts(DigestFeature feature, List<org.partnercoach.outbox.SendKind> kinds,
                        org.partnercoach.outbox.DuePlanner planner) {
    }

    public static Parts create(Database db, Clock clock, Outbox outbox, ServerSettings settings,
                               org.partnercoach.partners.PartnerHistory history, PartnerDirectory directory,
                               WalkActivity walks, SessionActivity sessions,
                               org.partnercoach.reminders.PersonalReminders reminders,
                               org.partnercoach.reminders.CultivateOutlook cultivate,
                               Messenger messenger, TookPart tookPart, FailedSends failedSends) {
        DigestStore store = new DigestStore();
        Nudges nudges = new Nudges(walks, db, store);
        DigestComposer composer = new DigestComposer(history, directory, walks, sessions, reminders, cultivate,
                outbox, settings, tookPart, nudges, failedSends, db, store);
        WeeklyDigests weekly = new WeeklyDigests(db, store, composer, outbox, settings, messenger);
        return new Parts(new DigestFeature(db, store, composer, walks, directory, outbox, settings, clock,
                messenger, weekly, tookPart),
                List.of(weekly, nudges, new NobodyNotice(db, store, messenger),
                        new StoppedNotice(db, store, messenger)), weekly);
    }

    /**
     * The digest of any period {@code [start, end)} as it would be sent (card, chart and CSV), built from stored
     * history; for the benchmark and for checks that a past week reads the same when built again.
     */
    public Reply digestOf(long guildId, Instant start, Instant end) {
        return composer.render(composer.build(guildId, new DigestSchedule.Week("period", start, end), false));
    }

    /**
     * Who took part in {@code [from, to)} besides their moves on the list and in walks, as the digest's "Active
     * members" reads them; for the benchmark, which times that reading on its own.
     */
    public java.util.Set<Long> tookPartBesidesMoves(long guildId, Instant from, Instant to) {
        return tookPart.besidesMoves(guildId, from, to);
    }

    /** Whether the member gets the server's digest by DM: what {@code /privacy forget} tells her stops. */
    public boolean subscribed(long guildId, long userId) {
        return db.read(c -> store.subscribed(c, guildId, userId));
    }

    /** The touchpoints chart of the digest of the week {@code week}, and its picture's title, as drawn. */
    Map.Entry<String, DigestChart.Bars> touchChartOf(long guildId, DigestSchedule.Week week) {
        DigestComposer.Digest d = composer.build(guildId, week, false);
        return Map.entry(DigestComposer.chartTitle(d), composer.touchBars(d));
    }

    @Override
    public List<CommandSpec> commands() {
        List<OptionSpec.Choice> days = Arrays.stream(DayOfWeek.values())
                .map(d -> new OptionSpec.Choice(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                        d.name().toLowerCase(Locale.ROOT))).toList();
        return List.of(CommandSpec.group("digest", "The weekly nudge digest for coordinators",
                CommandSpec.leaf("setup", "When the weekly digest goes out, and where it is posted too",
                        OptionSpec.text(OPTION_DAY, "The weekday it goes out (kept when left out)")
                                .withChoices(days),
                        // room for a day or a moment typed here ("noon tomorrow"), which the answer sends to day:
                        OptionSpec.text(OPTION_TIME, "The time, in the server's time zone, e.g. 09:00 or noon (kept "
                                + "when left out)").withLength(1, 40),
                        OptionSpec.of(OPTION_CHANNEL, OptionSpec.Type.CHANNEL,
                                "A coordinators' channel to post it in too (optional; kept when left out)"),
                        OptionSpec.text(OPTION_CLEAR, "Stop posting it in the coordinators' channel").withChoices(
                                List.of(new OptionSpec.Choice("The coordinators' channel", OPTION_CHANNEL)))),
                CommandSpec.leaf("subscribe", "Get the weekly digest by DM"),
                CommandSpec.leaf("unsubscribe", "Stop getting the weekly digest by DM"),
                CommandSpec.leaf("status", "The schedule, who gets it, and when the last one went out"),
                CommandSpec.leaf("preview", "The digest of the week so far, only to you").deferred())
                .forCoordinators());
    }

    /**
     * What a preview asked the platform before its transaction: which of the members on its list of stalled walks
     * have left the server ({@code guildId}'s), whom it leaves out as the digest that goes out does.
     */
    record PreviewAsked(long guildId, Set<Long> left) {
    }

    /**
     * What a Send nudge press asked the platform before its transaction: whether the coordinator who pressed it in a
     * DM is a coordinator of the server now ({@code coordinatorNow}; empty when the platform could not tell, or when
     * it was pressed in the server, where the press itself says), and whether the member to nudge has left it.
     */
    record NudgeAsked(long guildId, long memberId, Optional<Boolean> coordinatorNow, boolean memberLeft) {
    }

    /**
     * {@code /digest preview} asks the platform first which of the members whose walk stood still have left the
     * server (read in a transaction of its own, closed before the platform is asked), so that it leaves them out as
     * the digest does; nothing is read nor asked for a caller it refuses.
     */
    @Override
    public Inbound.Command beforeTransaction(Inbound.Command command) {
        Caller who = command.caller();
        if (!command.path().equals("digest preview") || !who.coordinator() || who.inDm() || who.guildId() == 0) {
            return command;
        }
        Set<Long> stalled = db.readOnlyTransaction(() -> {
            Set<Long> members = new java.util.LinkedHashSet<>();
            for (WalkActivity.Stalled w : walks.stalled(who.guildId(), previewWeek(who).end(),
                    DigestComposer.STALLED_AFTER)) {
                if (members.size() == DigestComposer.ASK_ABOUT_AT_MOST) {
                    break;
                }
                members.add(w.userId());
            }
            return members;
        });
        return command.withPrepared(new PreviewAsked(who.guildId(), weekly.leftOf(who.guildId(), stalled)));
    }

    /**
     * A Send nudge press asks the platform first, when it would send a nudge (read in a transaction of its own, closed
     * before the platform is asked): whether the member to nudge has left the server; and, pressed in a DM by one of
     * the server's subscribers, whether she is still a coordinator there (a DM shows no roles), whatever the press
     * would do. Nothing is read nor asked for a press refused by the role it was pressed with, nor asked for one
     * refused in a DM (no subscriber), nor asked about the member for one that sends nothing.
     */
    @Override
    public Inbound beforeComponent(Inbound component) {
        if (!(component instanceof Inbound.ButtonPress press) || !press.customId().action().equals("nudge")) {
            return component;
        }
        long guildId;
        long memberId;
        long walkId;
        try {
            guildId = press.customId().longArg(0);
            memberId = press.customId().longArg(1);
            walkId = press.customId().args().size() > 2 ? press.customId().longArg(2) : 0;
        } catch (RuntimeException garbled) {
            return press;
        }
        Caller who = press.caller();
        if (guildId <= 0 || !who.inDm() && (who.guildId() != guildId || !who.coordinator())) {
            return press;
        }
        // whether it would send a nudge (a walk still stalled, someone else's), and whether a DM's presser subscribes
        record Read(boolean wouldSend, boolean subscribed) {
        }
        Instant now = clock.instant();
        Read read = db.readOnlyTransaction(() -> new Read(memberId != who.userId()
                && stillStalled(guildId, memberId, walkId, now),
                who.inDm() && db.read(c -> store.subscribed(c, guildId, who.userId()))));
        if (who.inDm() && !read.subscribed()) {
            return press;
        }
        // a DM shows no roles: whether its subscriber is a coordinator there now, asked whatever the press would do
        Optional<Boolean> coordinatorNow = who.inDm() ? messenger.isCoordinator(guildId, who.userId())
                : Optional.empty();
        if (!read.wouldSend() || coordinatorNow.equals(Optional.of(false))) {
            return who.inDm() ? press.withPrepared(new NudgeAsked(guildId, memberId, coordinatorNow, false)) : press;
        }
        boolean left = weekly.leftOf(guildId, List.of(memberId)).contains(memberId);
        return press.withPrepared(new NudgeAsked(guildId, memberId, coordinatorNow, left));
    }

    /** Send nudge asks the platform first ({@link #beforeComponent}): the adapter acknowledges it at once. */
    @Override
    public boolean asksFirst(CustomId id) {
        return id.action().equals("nudge");
    }

    /** Whether the walk a Send nudge button names (none: the member's stalled now) still stands still. */
    private boolean stillStalled(long guildId, long memberId, long walkId, Instant now) {
        return walkId != 0
                ? walks.walkNow(guildId, memberId, walkId, now, DigestComposer.STALLED_AFTER).since()
                == WalkActivity.Since.STILL_STALLED
                : walks.stalledWalkOf(guildId, memberId, now, DigestComposer.STALLED_AFTER).isPresent();
    }

    @Override
    public Set<String> componentPrefixes() {
        return Set.of(DigestComposer.FEATURE);
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        Caller who = command.caller();
        if (command.path().equals("digest unsubscribe") && who.guildId() != 0) {
            // anyone may stop their own digest, coordinator or not any more
            return unsubscribe(who);
        }
        if (who.guildId() != 0 && !who.coordinator() && !who.inDm()) {
            return refuseNonCoordinator(who, command.path());
        }
        coordinators.require(who, "use the weekly digest");
        return switch (command.path()) {
            case "digest setup" -> setup(who, command);
            case "digest subscribe" -> subscribe(who);
            case "digest unsubscribe" -> unsubscribe(who);
            case "digest status" -> status(who);
            case "digest preview" -> preview(command);
            default -> throw new UnsupportedOperationException(command.path());
        };
    }

    private Reply setup(Caller who, Inbound.Command command) {
        // a day or a time left out stays as it was (a coordinator adding a channel need not type them again)
        Optional<DayOfWeek> day = command.option(OPTION_DAY).map(typed -> day(typed).orElseThrow(() -> new UserError(
                "Pick the weekday from the list, for example `/digest setup day:Monday time:09:00`. "
                        + "Nothing was changed.")));
        Optional<LocalTime> time = command.option(OPTION_TIME).map(typed -> time(typed).orElseThrow(() ->
                new UserError(noTime(typed) + " Nothing was changed.")));
        String clear = command.option(OPTION_CLEAR).orElse("");
        if (!clear.isEmpty() && !clear.equals(OPTION_CHANNEL)) {
            throw new UserError("`clear` takes `channel` (the coordinators' channel). Nothing was changed.");
        }
        if (!clear.isEmpty() && command.option(OPTION_CHANNEL).isPresent()) {
            throw new UserError("Give a new channel or clear it, not both at once. Nothing was changed.");
        }
        Optional<Long> picked = command.option(OPTION_CHANNEL).map(DigestFeature::channelId);
        picked.ifPresent(channel -> messenger.cannotPost(who.guildId(), channel, true).ifPresent(trouble -> {
            throw new UserError("The digest can't be posted in " + Mentions.channel(channel) + ": "
                    + trouble.describe(channel) + ". " + trouble.remedy(true, PICK_CHANNEL) + " Nothing was changed.");
        }));
        // unchanged: the schedule was already so (the same command run again), and stays as it was
        record Saved(DigestSchedule schedule, boolean subscribed, Instant first, boolean anySent, boolean nobody,
                     boolean unchanged) {
        }
        ZoneId zone = zone(who);
        // "24:00" ends the day given (or kept): the digest goes out as the next one begins
        boolean endOfDay = command.option(OPTION_TIME).filter(DigestFeature::endOfDay).isPresent();
        boolean nothingGiven = day.isEmpty() && time.isEmpty() && picked.isEmpty() && clear.isEmpty();
        Saved saved = db.write(c -> {
            Optional<DigestSchedule> before = store.schedule(c, who.guildId());
            if (before.isEmpty() && (day.isEmpty() || time.isEmpty())) {
                throw new UserError("The first time, give the day and the time it goes out, for example "
                        + "`/digest setup day:Monday time:09:00` (a channel too if you like). Nothing was changed.");
            }
            if (nothingGiven) {
                throw new UserError("Give what to change: `day:`, `time:`, `channel:` or `clear:channel`. It goes out "
                        + "every " + describe(before.get(), zone) + ". Nothing was changed.");
            }
            if (!clear.isEmpty() && day.isEmpty() && time.isEmpty() && before.get().channelId() == 0) {
                throw new UserError("There is no coordinators' channel to stop: the digest goes out every "
                        + describe(before.get(), zone) + ". `/digest setup channel:` adds one. Nothing was changed.");
            }
            // a channel left out stays as it was; clear:channel stops the posts
            long channel = !clear.isEmpty() ? 0L : picked.isPresent() ? picked.get()
                    : before.map(DigestSchedule::channelId).orElse(0L);
            // "24:00" with the day kept ends the day before the one saved when that is at 00:00 already (it was set
            // so, as the end of the day before): the same moment, not a day later each time the command is run
            boolean keptEnd = endOfDay && day.isEmpty() && before.get().time().equals(LocalTime.MIDNIGHT);
            DayOfWeek named = day.orElseGet(() -> keptEnd ? before.get().day().minus(1) : before.get().day());
            DigestSchedule asked = new DigestSchedule(who.guildId(), endOfDay ? named.plus(1) : named,
                    time.orElseGet(() -> before.get().time()), channel, clock.instant());
            // the same schedule again keeps its row as it was (when it was saved counts for the weeks it sends)
            boolean unchanged = before.filter(b -> b.day() == asked.day() && b.time().equals(asked.time())
                    && b.channelId() == asked.channelId()).isPresent();
            DigestSchedule schedule = unchanged ? before.get() : asked;
            if (!unchanged) {
                store.saveSchedule(c, schedule, who.userId());
            }
            // the first by the rule that sends it: one whose time passed earlier today waits a week, and so does a
            // later hour of the day this week's digest went out on
            Instant first = weekly.next(c, who.guildId(), asked.since()).map(WeeklyDigests.Next::at)
                    .orElseGet(() -> schedule.next(asked.since(), zone));
            boolean nobody = reachesNobody(c, who.guildId());
            if (!nobody) {
                reachesSomeoneAgain(c, who.guildId());
            }
            return new Saved(schedule, store.subscribed(c, who.guildId(), who.userId()), first,
                    store.lastWeek(c, who.guildId()).isPresent(), nobody, unchanged);
        });
        Instant first = saved.first();
        return Reply.text((saved.unchanged() ? "Nothing to change: the digest already goes out every "
                : "Saved. The digest goes out every ") + describe(saved.schedule(), zone) + "."
                + command.option(OPTION_TIME).flatMap(ClockTime::morningOrEvening).map(DigestFeature::howRead).orElse("")
                + (endOfDay ? " I read `24:00` as the end of " + dayName(saved.schedule().day().minus(1)) + ": "
                + dayName(saved.schedule().day()) + " at 00:00." : "")
                // "the first" only while none has gone out: after that, the next, as /digest status says
                + (saved.anySent() ? " The next one comes " : " The first one comes ") + TimeMarkup.both(first) + "."
                + heldForQuietHours(who, first, saved.schedule().channelId()).map(t -> " " + t).orElse("")
                + channelTrouble(saved.schedule()).map(t -> " " + t).orElse("")
                + (saved.nobody() ? " " + NOBODY_GETS_IT
                : saved.subscribed() ? "" : " Run `/digest subscribe` to get it by DM yourself.")
                + " `/digest preview` shows this week's now.");
    }

    /**
     * When the digest's time {@code at} falls in the coordinator's quiet hours: that a DM copy waits until they end, and
     * when that is; a post in the coordinators' channel goes out on time. Empty when it does not.
     */
    private Optional<String> heldForQuietHours(Caller who, Instant at, long channelId) {
        Instant held = org.partnercoach.outbox.OutboxJob.afterQuietHours(settings, who.guildId(), who.userId(), at);
        if (!held.isAfter(at)) {
            return Optional.empty();
        }
        return Optional.of("That time falls in your quiet hours (" + settings.of(who.guildId()).quietHours()
                .describe() + "), so a copy by DM waits until they end: " + TimeMarkup.full(held)
                + (channelId != 0 ? "; the post in " + Mentions.channel(channelId) + " goes out on time" : "")
                + ". To have it on the minute, pick a time outside them with `/digest setup time:`.");
    }

    /** True when the server's digest is set up and would reach nobody: no subscriber, no coordinators' channel. */
    private boolean reachesNobody(java.sql.Connection c, long guildId) throws java.sql.SQLException {
        return reachesNobody(store.schedule(c, guildId), store.subscribers(c, guildId));
    }

    /** The rule of {@link #reachesNobody(java.sql.Connection, long)}, on what was read already. */
    static boolean reachesNobody(Optional<DigestSchedule> schedule, List<Long> subscribers) {
        return schedule.filter(s -> s.channelId() == 0).isPresent() && subscribers.isEmpty();
    }

    /**
     * The digest reaches someone (again): a note to the owner that it reached nobody which could not be delivered is
     * moot, and is closed, so that {@code /digest status} never tells it when the digest reaches nobody later for
     * another reason.
     */
    private void reachesSomeoneAgain(java.sql.Connection c, long guildId) throws java.sql.SQLException {
        outbox.closeFailed(c, guildId, NobodyNotice.KIND);
    }

    /** A warning when the bot can no longer post the digest in its coordinators' channel, with what to do. */
    private Optional<String> channelTrouble(DigestSchedule s) {
        if (s.channelId() == 0) {
            return Optional.empty();
        }
        return messenger.cannotPost(s.guildId(), s.channelId(), true).map(trouble -> "⚠️ The digest fails in "
                + Mentions.channel(s.channelId()) + " now: " + trouble.describe(s.channelId()) + ". "
                + trouble.remedy(true, PICK_CHANNEL));
    }

    private Reply subscribe(Caller who) {
        boolean added = db.write(c -> {
            boolean now = store.subscribe(c, who.guildId(), who.userId(), clock.instant());
            if (now) {
                reachesSomeoneAgain(c, who.guildId());
            }
            return now;
        });
        Optional<DigestSchedule> schedule = db.read(c -> store.schedule(c, who.guildId()));
        String when = schedule.map(s -> " It comes every " + describe(s, zone(who)) + ".")
                .orElse(" No day is set yet: choose one with `/digest setup`.");
        return Reply.text((added ? "You're subscribed: the weekly digest will come to your DMs."
                : "You're already subscribed.") + when);
    }

    private Reply unsubscribe(Caller who) {
        // onlyChannel: the schedule, when the digest now goes to its coordinators' channel alone
        record Left(boolean removed, boolean nobody, Optional<DigestSchedule> onlyChannel) {
        }
        Left left = db.write(c -> {
            boolean removed = store.unsubscribe(c, who.guildId(), who.userId());
            boolean none = removed && store.subscribers(c, who.guildId()).isEmpty();
            return new Left(removed, removed && reachesNobody(c, who.guildId()), none
                    ? store.schedule(c, who.guildId()).filter(s -> s.channelId() != 0) : Optional.empty());
        });
        boolean removed = left.removed();
        // anyone subscribed may stop; only a coordinator (or one in a DM, where no roles show) is offered to come back,
        // and told when the digest now reaches nobody, or only a channel it fails in
        boolean mayComeBack = who.coordinator() || who.inDm();
        Optional<String> failsThere = mayComeBack ? left.onlyChannel().flatMap(this::channelTrouble) : Optional.empty();
        return Reply.text(removed ? "Done: no more digest DMs for you." + (mayComeBack ? left.nobody()
                ? " " + NOBODY_GETS_IT : failsThere.map(t -> " " + t + " `/digest subscribe` brings your DMs back.")
                .orElse(" `/digest subscribe` brings them back.") : "")
                : "You weren't subscribed, so nothing changed." + (mayComeBack ? " `/digest subscribe` to get it by DM."
                : " The digest is for coordinators. " + coordinators.askToBeOne(who)));
    }

    private Reply status(Caller who) {
        Optional<DigestSchedule> schedule = db.read(c -> store.schedule(c, who.guildId()));
        List<Long> subscribers = db.read(c -> store.subscribers(c, who.guildId()));
        Optional<DigestStore.SentWeek> last = db.read(c -> store.lastWeek(c, who.guildId()));
        // read once: when it comes, and whether that falls in the reader's quiet hours
        Optional<WeeklyDigests.Next> next = schedule.isEmpty() ? Optional.empty()
                : Optional.of(db.read(c -> weekly.next(c, schedule.get(), who.guildId(), clock.instant())));
        Card card = Card.of("Weekly digest", schedule.map(s -> "Goes out every " + describe(s, zone(who)) + ". "
                        + nextDigest(next).orElse("")
                        + next.filter(n -> !n.now()).flatMap(n -> heldForQuietHours(who, n.at(), s.channelId()))
                        .map(t -> " " + t).orElse(""))
                        .orElse("Not scheduled yet. Choose a day and time with `/digest setup`.")
                        + schedule.flatMap(this::channelTrouble).map(t -> "\n" + t).orElse("")
                        + (reachesNobody(schedule, subscribers) ? "\n" + NOBODY_GETS_IT
                        + ownerNotTold(who.guildId()).map(t -> "\n" + t).orElse("") : ""))
                // "now", once a digest has gone out: subscriptions may have ended since, as "Last one" says
                .withField("Subscribers (" + subscribers.size() + ")", subscribers.isEmpty()
                        ? (last.isPresent() ? "Nobody now." : "Nobody yet.")
                        + " Coordinators run `/digest subscribe` to get it by DM."
                        : Limits.joinWithin(subscribers.stream().map(Mentions::user).toList(), ", ",
                        Limits.EMBED_FIELD_VALUE))
                .withField("Last one", last.map(w -> lastOne(w, zone(who), subscribers.isEmpty()))
                        .orElse("None has gone out yet."));
        return Reply.card(card);
    }

    /**
     * While the digest reaches nobody, the latest note to the server's owner that it does ({@link NobodyNotice}) that
     * could not be delivered (their DMs closed), kept as long as the outbox keeps sends given up: the coordinator who
     * looks next learns that the owner was not told. Only this time's: one from an earlier time the digest reached
     * nobody was closed when it reached someone again ({@link #reachesSomeoneAgain}).
     */
    private Optional<String> ownerNotTold(long guildId) {
        List<ScheduledSend> failed = outbox.history().failedSince(guildId, clock.instant().minus(Outbox.KEEP_FAILED))
                .stream().filter(f -> f.kind().equals(NobodyNotice.KIND)).toList();
        return failed.isEmpty() ? Optional.empty() : Optional.of(NobodyNotice.notTold(failed.get(failed.size() - 1)));
    }

    /**
     * What became of the last week's digest: it went out, it waits (held for a subscriber's quiet hours, or a retry),
     * it could not be delivered (why, and what to do), or nobody got it (no one subscribed, no channel then); how to
     * get the next one while nobody is subscribed ({@code nobodyNow}).
     */
    private String lastOne(DigestStore.SentWeek w, ZoneId zone, boolean nobodyNow) {
        String which = "The digest of " + DigestComposer.days(w.end(), zone) + (w.late() ? " (late)" : "");
        if (w.sentAt() != null) {
            return which + ", went out " + TimeMarkup.full(w.sentAt());
        }
        // its rows are due as it is queued; a hold or a retry moves them later, never by weeks
        boolean waiting = outbox.openBetween(w.guildId(), WeeklyDigests.KIND, w.queuedAt().minusSeconds(2),
                w.queuedAt().plus(java.time.Duration.ofDays(30))).stream().anyMatch(r -> r.targetId() == w.id());
        if (waiting) {
            return which + ", queued " + TimeMarkup.full(w.queuedAt()) + ", not delivered yet";
        }
        return outbox.history().failedSince(w.guildId(), w.queuedAt()).stream()
                .filter(f -> f.kind().equals(WeeklyDigests.KIND) && f.targetId() == w.id()).findFirst()
                .map(f -> which + " could not be delivered: " + FailedSends.reason(f) + ". "
                        + FailedSends.advice(f, Optional.of(weekly)))
                .orElse(which + " was due " + TimeMarkup.full(w.end()) + ", but nobody got it: "
                        + whyNobodyGotIt(w) + " and it had no coordinators' channel."
                        + (nobodyNow ? " Run `/digest subscribe` to get the next one by DM." : ""));
    }

    /**
     * Why a week's digest reached no subscriber: no one was subscribed, or its own check ended the subscriptions of
     * those who were (no longer coordinators), as the notes it queued about that week tell ({@link StoppedNotice},
     * {@link NobodyNotice}).
     */
    private String whyNobodyGotIt(DigestStore.SentWeek w) {
        java.util.Set<Long> ended = new java.util.HashSet<>();
        outbox.history().about(w.guildId(), StoppedNotice.KIND, w.id()).forEach(s -> ended.add(s.recipientId()));
        outbox.history().about(w.guildId(), NobodyNotice.KIND, w.id())
                .forEach(s -> ended.addAll(NobodyNotice.droppedIds(s)));
        if (ended.isEmpty()) {
            return "no one was subscribed";
        }
        return ended.size() == 1 ? "its last subscriber was no longer a coordinator, so that subscription ended,"
                : "its last " + ended.size() + " subscribers were no longer coordinators, so those subscriptions "
                + "ended,";
    }

    /**
     * When the server's next digest goes out, in a sentence, by the rule that sends it: "now" when its time this week
     * has passed in the server's zone and it has not gone yet (as after a change of the zone). Empty when no digest
     * is set up.
     */
    private Optional<String> nextDigest(long guildId) {
        return nextDigest(db.read(c -> weekly.next(c, guildId, clock.instant())));
    }

    /** {@link #nextDigest(long)} of the next digest read already. */
    private static Optional<String> nextDigest(Optional<WeeklyDigests.Next> next) {
        return next.map(n -> n.now()
                ? "The next digest goes out now: its time this week has passed in the server's time zone, and this "
                + "week's has not gone out yet."
                : "The next digest comes " + TimeMarkup.both(n.at()) + ".");
    }

    /**
     * What a change of the server's time zone means for the digest, for the reply of the coordinator who made it:
     * the same day and time now read in the new zone, and when the next digest goes out ({@link #nextDigest}).
     * Empty when no digest is set up.
     */
    public Optional<String> afterZoneChange(long guildId) {
        ZoneId zone = settings.of(guildId).zone();
        return db.read(c -> {
            Optional<DigestSchedule> schedule = store.schedule(c, guildId);
            if (schedule.isEmpty()) {
                return Optional.empty();
            }
            // when the next goes out, from the schedule read here
            WeeklyDigests.Next next = weekly.next(c, schedule.get(), guildId, clock.instant());
            return nextDigest(Optional.of(next)).map(when -> "The weekly digest keeps its day and time, now in the "
                    + "new time zone: every " + describe(schedule.get(), zone) + ". " + when);
        });
    }

    /** The week a preview shows: up to and including this second, so what was just logged counts. */
    private DigestSchedule.Week previewWeek(Caller who) {
        return DigestSchedule.weekEndingAt(clock.instant().plusSeconds(1).atZone(zone(who)));
    }

    private Reply preview(Inbound.Command command) {
        Caller who = command.caller();
        DigestSchedule.Week week = previewWeek(who);
        // the members the platform said have left the server, asked before this transaction
        Set<Long> left = command.prepared(PreviewAsked.class).filter(a -> a.guildId() == who.guildId())
                .map(PreviewAsked::left).orElse(Set.of());
        return composer.preview(composer.build(who.guildId(), week, false).without(left).readBy(who.userId()))
                .withText("Here is a preview of the digest of the last 7 days, only for you. " + nextDigest(who.guildId())
                        .orElse("No digest goes out yet: `/digest setup` chooses its day and time."));
    }

    /** A nudge button of a digest (sent by DM) names its server first. */
    @Override
    public long serverOf(CustomId id) {
        return id.action().equals("nudge") ? id.longArg(0) : 0;
    }

    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        CustomId id = press.customId();
        if (!id.action().equals("nudge")) {
            return Router.stale();
        }
        // a digest sent before its buttons named the walk carries only the member: their stalled walk now
        long guildId = id.longArg(0);
        long memberId = id.longArg(1);
        return nudge(press.caller(), guildId, memberId, id.args().size() > 2 ? id.longArg(2) : 0,
                press.prepared(NudgeAsked.class).filter(a -> a.guildId() == guildId && a.memberId() == memberId));
    }

    /**
     * Queues the nudge line to a member whose walk stalled: coordinators only (in a DM, the server's subscribers the
     * platform, asked first, still counts as coordinators), one a week per member ({@link Nudges.Last#heldUntil}),
     * never to a member who has left the server ({@code asked}: what the platform said before this transaction).
     */
    private Reply nudge(Caller who, long guildId, long memberId, long walkId, Optional<NudgeAsked> asked) {
        String only = "Only coordinators (Manage Server, or the coordinator role) can send nudges from the digest. "
                + "Nothing was sent.";
        String refused = only + " " + Coordinators.askToBeOne(coordinators.ownerOf(guildId, who.userId()));
        if (guildId > 0 && who.guildId() == guildId && !who.inDm() && !who.coordinator()) {
            return refuseNonCoordinator(who, only + " " + ENDED, refused);
        }
        if (guildId > 0 && who.inDm() && asked.flatMap(NudgeAsked::coordinatorNow).equals(Optional.of(false))) {
            // a subscriber the platform no longer counts as a coordinator there: refused as on the channel's post
            boolean removed = db.write(c -> store.unsubscribe(c, guildId, who.userId()));
            String server = DigestComposer.serverShown(messenger.serverName(guildId)).orElse("that server");
            return Reply.text(removed ? only + " You're no longer a coordinator in " + server + ", so your "
                    + "subscription has ended: you'll no longer get its weekly digest by DM."
                    + comeBack(coordinators.ownerOf(guildId, who.userId()), " in the server") : refused);
        }
        boolean allowed = who.guildId() == guildId && who.coordinator()
                || who.inDm() && db.read(c -> store.subscribed(c, guildId, who.userId()));
        if (guildId <= 0 || !allowed) {
            throw new UserError(refused);
        }
        Instant now = clock.instant();
        Optional<WalkActivity.Stalled> stalled;
        if (walkId != 0) {
            WalkActivity.WalkNow shown = walks.walkNow(guildId, memberId, walkId, now, DigestComposer.STALLED_AFTER);
            if (shown.since() != WalkActivity.Since.STILL_STALLED) {
                return Reply.text(sinceTheDigest(guildId, memberId, shown));
            }
            stalled = Optional.of(shown.walk());
        } else {
            stalled = walks.stalledWalkOf(guildId, memberId, now, DigestComposer.STALLED_AFTER);
        }
        if (stalled.isEmpty()) {
            Optional<WalkActivity.Stalled> aside = walks.setAsideWalkOf(guildId, memberId, now,
                    DigestComposer.STALLED_AFTER);
            if (aside.isPresent()) {
                return Reply.text(setAside(memberId, directory.nameOf(guildId, aside.get().subjectId())));
            }
            return Reply.text(Mentions.user(memberId) + " has picked their walk up again (or finished it), so "
                    + "no nudge is needed. Nothing was sent.");
        }
        if (memberId == who.userId()) {
            return Reply.text(yourOwnWalk(guildId, stalled.get()));
        }
        if (asked.map(NudgeAsked::memberLeft).orElse(false)) {
            return Reply.text(Mentions.user(memberId) + " has left the server, so no nudge can reach them. Nothing was "
                    + "sent. If they come back, the next digest lists them again.");
        }
        String line = DigestComposer.nudgeLine(guildId, stalled.get(), directory);
        ZoneId zone = settings.of(guildId).zone();
        String signed = Limits.clip(who.displayName(), 100);
        // the nudge that stands in the way of this one, by the rule the digest reads too; none: this one is queued
        record Held(Nudges.Last last, Instant until) {
        }
        Optional<Held> before = db.write(c -> {
            Nudges.Weeks weeks = Nudges.weeks(c, store, guildId, zone);
            Optional<Nudges.Last> last = store.lastNudge(c, guildId, memberId);
            Optional<Instant> until = last.flatMap(l -> l.heldUntil(now, weeks));
            if (until.isPresent()) {
                return Optional.of(new Held(last.get(), until.get()));
            }
            store.insertNudge(c, guildId, memberId, weeks.keyAt(now), who.userId(), now);
            outbox.enqueue(c, new ScheduledSend.Draft(guildId, Nudges.KIND, memberId, stalled.get().walkId(), line,
                    signed, now), now);
            return Optional.<Held>empty();
        });
        if (before.isPresent()) {
            return Reply.text(alreadyNudged(memberId, before.get().last(), who.userId(), before.get().until()));
        }
        // a nudge waits for the end of the member's quiet hours, as every DM does: said, so that none is sent twice
        Instant reaches = org.partnercoach.outbox.OutboxJob.afterQuietHours(settings, guildId, memberId, now);
        String when = reaches.isAfter(now) ? " (it's quiet hours for them, so it reaches them "
                + TimeMarkup.both(reaches) + ")" : "";
        return Reply.text("Nudge on its way to " + Mentions.user(memberId) + when + ", signed by you:\n> " + line);
    }

    /** Why a press sent nothing: the member's last nudge, when, from whom, and when the next may go. */
    private static String alreadyNudged(long memberId, Nudges.Last last, long caller, Instant next) {
        String from = last.coordinatorId() == 0 ? "" : last.coordinatorId() == caller ? " from you"
                : " from " + Mentions.user(last.coordinatorId());
        return Mentions.user(memberId) + " already got a nudge" + from + " " + TimeMarkup.relative(last.at())
                + "; one a week is plenty, so the next can go from " + TimeMarkup.full(next)
                + ". Nothing was sent.";
    }

    /** A coordinator's own stalled walk in her digest: no nudge to herself, the command that picks it up instead. */
    private String yourOwnWalk(long guildId, WalkActivity.Stalled w) {
        String subject = directory.nameOf(guildId, w.subjectId());
        return "That's you: your own “" + w.walkTitle() + "”" + (subject.isBlank() ? "" : " for “"
                + Shown.text(subject) + "”") + " is waiting at step " + w.step() + " of " + w.steps() + ". Nothing was "
                + "sent; " + Shown.code(DigestComposer.resumeCommand(w.command(), subject))
                + " picks up right where you left off.";
    }

    /** Why a member's plan needs no nudge: the coalition moved on from its partner, and the plan waits paused. */
    private static String setAside(long memberId, String partnerName) {
        return Mentions.user(memberId) + "'s plan for “" + Shown.text(partnerName) + "” is paused, since the coalition "
                + "has moved on from that partner (it was archived), so there is nothing to nudge them about. Nothing "
                + "was sent.";
    }

    /** Why the walk a digest's button was made for needs no nudge now: what became of it since. */
    private String sinceTheDigest(long guildId, long memberId, WalkActivity.WalkNow shown) {
        String who = Mentions.user(memberId);
        if (shown.since() == WalkActivity.Since.GONE) {
            return "The walk that digest showed for " + who + " is no longer there (it was deleted), so there is "
                    + "nothing to nudge them about. Nothing was sent.";
        }
        String subject = directory.nameOf(guildId, shown.walk().subjectId());
        String walk = "“" + shown.walk().walkTitle() + "”" + (subject.isBlank() ? "" : " for “"
                + Shown.text(subject) + "”");
        return switch (shown.since()) {
            case FINISHED -> who + " has finished their " + walk + " since that digest, so no nudge is needed. "
                    + "Nothing was sent.";
            case SET_ASIDE -> setAside(memberId, subject);
            default -> who + " has picked their " + walk + " up again since that digest, so no nudge is needed. "
                    + "Nothing was sent; if it stalls again, the next digest shows it.";
        };
    }

    /** What a former coordinator's refusal adds once their subscription ended. */
    private static final String ENDED = "You're no longer a coordinator here, so your subscription has ended: you'll "
            + "no longer get the weekly digest by DM.";

    /**
     * The refusal for someone in the server who is not a coordinator (now). The digest goes by DM with no role to
     * check: a subscriber who is no longer a coordinator is unsubscribed here, in this handler's transaction, and
     * told so ({@code ended}, then how to get it back) instead of {@code refused} (the weekly planner also asks the
     * platform before each week's digest).
     */
    private Reply refuseNonCoordinator(Caller who, String ended, String refused) {
        boolean removed = db.write(c -> store.unsubscribe(c, who.guildId(), who.userId()));
        return Reply.text(removed ? ended + comeBack(coordinators.ownerFor(who), "") : refused);
    }

    /**
     * The refusal of a digest command ({@code path}) for someone who is not a coordinator: what stayed as it was and
     * what ended, never "Nothing was changed" once their subscription did.
     */
    private Reply refuseNonCoordinator(Caller who, String path) {
        String only = "Only coordinators (Manage Server, or the coordinator role) can ";
        boolean changes = path.equals("digest setup") || path.equals("digest subscribe");
        String refused = only + "use the weekly digest." + (changes ? " Nothing was changed." : "")
                + " " + coordinators.askToBeOne(who);
        return refuseNonCoordinator(who, switch (path) {
            case "digest setup" -> only + "use the weekly digest, so its schedule stays as it was. " + ENDED;
            case "digest subscribe" -> only + "get the weekly digest. You're no longer a coordinator here, so "
                    + "instead of keeping you subscribed I've ended your subscription: you'll no longer get the "
                    + "weekly digest by DM.";
            default -> only + "use the weekly digest. " + ENDED;
        }, refused);
    }

    private ZoneId zone(Caller who) {
        return settings.of(who.guildId()).zone();
    }

    private static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Whether a time typed is the end of a day ("24:00", "24"), which {@link ClockTime#read} reads as 00:00. */
    private static boolean endOfDay(String typed) {
        return typed.strip().startsWith("24") && time(typed).filter(LocalTime.MIDNIGHT::equals).isPresent();
    }

    private static String describe(DigestSchedule s, ZoneId zone) {
        return dayName(s.day()) + " at " + s.time() + " (" + (zone.getId().equals("Z") ? "UTC" : zone.getId())
                + ")" + (s.channelId() != 0 ? ", to subscribers and in " + Mentions.channel(s.channelId())
                : ", to subscribers by DM");
    }

    static Optional<DayOfWeek> day(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values()).filter(d -> t.length() >= 3 && d.name().toLowerCase(Locale.ROOT)
                .startsWith(t)).findFirst();
    }

    static Optional<LocalTime> time(String text) {
        return ClockTime.read(text);
    }

    /**
     * What a time typed that is none was, and how to write one: a clock time out of range ("25:00"), or none at all
     * ("🎉", or a day or a moment: "noon tomorrow", "in 3 hours at 5pm"), which hears that the weekday goes in day:.
     */
    private static String noTime(String typed) {
        String shown = Shown.code(Limits.clip(typed.strip(), 40));
        return ClockTime.whyNone(typed).map(why -> "There is no " + shown + " on a clock: " + why
                        + " Write it like `09:00`, `17:30`, `9am` or `noon`.")
                .orElse("I couldn't read " + shown + " as a time of day: `time:` takes just the time, like `09:00`, "
                        + "`17:30`, `9am` or `noon`, and the weekday goes in `day:`, for example "
                        + "`/digest setup day:Tuesday time:noon`.");
    }

    /** How a bare hour was read, and the command for the other reading (a time alone keeps the day and channel). */
    private static String howRead(int hour) {
        return hour == 12 ? " I read `12` as 12:00, noon. If you meant midnight, `/digest setup time:midnight` changes "
                + "just the time."
                : " I read `" + hour + "` as " + LocalTime.of(hour, 0) + " in the morning. If you meant " + hour + " in "
                + "the evening, `/digest setup time:" + (hour + 12) + ":00` changes just the time.";
    }

    private static long channelId(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        try {
            if (!digits.isEmpty() && digits.length() <= 19) {
                return Long.parseLong(digits);
            }
        } catch (NumberFormatException e) {
            // 19 digits beyond a Discord id: answered below
        }
        throw new UserError("Pick the coordinators' channel from the list. Nothing was changed.");
    }
}
