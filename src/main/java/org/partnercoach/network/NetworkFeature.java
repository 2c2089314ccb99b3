package org.partnercoach.network;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Router;
import org.partnercoach.chat.UserError;
import org.partnercoach.chat.Coordinators;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerAddOns;
import org.partnercoach.settings.ServerSettings;
import org.partnercoach.storage.Database;

/**
 * Partnership health for coordinators: {@code /report quarter [which]} and {@code /report pulse [days]}, the
 * {@code /coalition map} it adds to the coalition's commands, and the pulse's buttons. As {@link PartnerAddOns} it
 * asks the trust pulse after {@code /partner log} and shows trust and value on {@code /partner show}.
 */
public final class NetworkFeature implements Feature, PartnerAddOns {

    public static final String QUARTER = "report quarter";
    public static final String PULSE = "report pulse";
    public static final String MAP = "coalition map";
    static final String OPTION_WHICH = "which";
    static final String OPTION_DAYS = "days";
    /** How every refusal of {@code /report quarter} and {@code /coalition map} ends. */
    static final String NOTHING_MADE = "Nothing was made.";

    private final Database db;
    private final RatingStore store;
    private final Pulse pulse;
    private final Figures figures;
    private final QuarterReport report;
    private final ServerSettings settings;
    private final Messenger messenger;
    private final Coordinators coordinators;
    private final Clock clock;

    NetworkFeature(Database db, RatingStore store, Pulse pulse, Figures figures, QuarterReport report,
                   ServerSettings settings, Messenger messenger, Clock clock) {
        this.db = db;
        this.store = store;
        this.pulse = pulse;
        this.figures = figures;
        this.report = report;
        this.settings = settings;
        this.messenger = messenger;
        this.coordinators = new Coordinators(messenger);
        this.clock = clock;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.group("report", "Partnership health reports for coordinators",
                CommandSpec.leaf(QUARTER, "The quarterly partnership report for funders: PDF, pictures and CSV",
                        OptionSpec.text(OPTION_WHICH, "last (the default), this, or a quarter like 2026-Q1")
                                .withLength(1, 20)).deferred(),
                CommandSpec.leaf(PULSE, "How often the trust pulse may ask about one partner",
                        OptionSpec.integer(OPTION_DAYS, "At most once per partner every this many days (7 to 365)",
                                Pulse.MIN_DAYS, Pulse.MAX_DAYS))).forCoordinators());
    }

    @Override
    public List<CommandSpec> coalitionCommands() {
        return List.of(CommandSpec.leaf(MAP, "Coordinators: a map of who is tied to which partner, with figures")
                .deferred().forCoordinators());
    }

    @Override
    public Set<String> componentPrefixes() {
        return Set.of(Pulse.FEATURE);
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        Caller who = command.caller();
        return switch (command.path()) {
            case QUARTER -> quarter(command);
            case PULSE -> pulseSetting(who, command.option(OPTION_DAYS).orElse(null));
            default -> throw new UnsupportedOperationException(command.path());
        };
    }

    /**
     * What the map shows, read at {@code now}: the network today and at the end of last quarter, both without the
     * members who have left the server (and their ties), {@code gone} and {@code goneBefore} of them; today's members
     * the platform could not tell about in time are shown as {@link #UNNAMED} rather than by their id; and the names
     * the platform gave today's members, by user id, for the picture (which cannot show a mention).
     */
    record MapFigures(Instant now, ZoneId zone, Figures.Snapshot today, Figures.Snapshot before, int gone,
                      int goneBefore, java.util.Map<Long, String> names) {

        /** Everyone on either snapshot: whom the platform is asked about. */
        Set<Long> members() {
            Set<Long> all = new java.util.TreeSet<>();
            java.util.stream.Stream.of(today, before).forEach(s -> s.model().members()
                    .forEach(n -> all.add(n.id())));
            return all;
        }

        /** The same figures, as the platform says who left and whom it could not tell about. */
        MapFigures as(Messenger.Membership said) {
            Figures.Snapshot now = today.without(said.left()).unnamed(said.untold(), UNNAMED);
            Figures.Snapshot then = before.without(said.left());
            java.util.Map<Long, String> named = new java.util.HashMap<>();
            now.model().members().stream().filter(m -> !said.untold().contains(m.id()))
                    .forEach(m -> java.util.Optional.ofNullable(said.names().get(m.id()))
                            .ifPresent(name -> named.put(m.id(), name)));
            return new MapFigures(this.now, zone, now, then,
                    today.model().members().size() - now.model().members().size(),
                    before.model().members().size() - then.model().members().size(), named);
        }
    }

    /** How the map names a member the platform could not name in time: never by a bare id. */
    static final String UNNAMED = "a member";

    /**
     * Before the map's transaction: the map's figures, read in a transaction of their own and closed before the
     * platform is asked which of their members have left the server; the map's transaction reads none of it again
     * (a coordinator's map only; nothing is read nor asked for a refused one).
     */
    @Override
    public Inbound.Command beforeCoalition(Inbound.Command command) {
        Caller who = command.caller();
        if (!command.path().equals(MAP) || !who.coordinator() || who.inDm() || who.guildId() == 0) {
            return command;
        }
        MapFigures read = db.readOnlyTransaction(() -> read(who.guildId()));
        return command.withPrepared(read.as(membershipOf(who.guildId(), read.members())));
    }

    /** What the platform says of {@code members} of the server (the map's, the report's); nobody is asked about none. */
    private Messenger.Membership membershipOf(long guildId, Set<Long> members) {
        return members.isEmpty() ? Messenger.Membership.EVERYONE_HERE : messenger.membership(guildId, members);
    }

    /** The map's figures as stored, a second on from now (what was recorded this very second counts). */
    private MapFigures read(long guildId) {
        ZoneId zone = settings.of(guildId).zone();
        Instant now = clock.instant().plusSeconds(1);
        return new MapFigures(now, zone, figures.at(guildId, now),
                figures.at(guildId, Quarter.containing(now, zone).start(zone)), 0, 0, java.util.Map.of());
    }

    @Override
    public Reply onCoalition(Inbound.Command command) {
        if (!command.path().equals(MAP)) {
            throw new UnsupportedOperationException(command.path());
        }
        Caller who = command.caller();
        coordinators.requireToMake(who, "see the coalition's network map");
        return map(command.prepared(MapFigures.class).orElseGet(() -> read(who.guildId())));
    }

    /** The buttons of a value question (sent by DM) name its server first. */
    @Override
    public long serverOf(CustomId id) {
        return id.action().equals("rate") || id.action().equals("skip") ? id.longArg(0) : 0;
    }

    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        CustomId id = press.customId();
        return switch (id.action()) {
            case "rate" -> pulse.rate(press.caller(), id.longArg(0), id.longArg(1), id.longArg(2),
                    id.longArg(3));
            case "skip" -> pulse.skip(press.caller(), id.longArg(0), id.longArg(1));
            default -> Router.stale();
        };
    }

    @Override
    public Reply afterLog(Caller who, Partner partner, Reply reply) {
        return pulse.afterLog(who, partner, reply);
    }

    @Override
    public Reply afterDayPicked(Caller who, Partner partner, Reply reply) {
        return pulse.afterDayPicked(who, partner, reply);
    }

    @Override
    public Reply afterShow(Caller who, Partner partner, Reply reply) {
        return pulse.afterShow(who, partner, reply);
    }

    private Reply map(MapFigures read) {
        ZoneId zone = read.zone();
        Instant now = read.now();
        Figures.Snapshot today = read.today();
        Figures.Snapshot before = read.before();
        String title = "Coalition network · " + MapView.day(now, zone);
        NetworkMap.Drawn drawn = NetworkMap.render(title, today.model(), figures.sectorNames(), read.names());
        int partners = today.model().partners().size();
        return Reply.text("Here is the coalition's network today, only for you. " + (partners == 0
                        ? "No partner is on the outreach list right now, so the map has no one to tie together: add "
                        + "the organizations the coalition reaches out to with `/partner add` (or bring back one it "
                        + "moved on from with `/partner restore`), then run this again."
                        : (before.model().partners().isEmpty() ? "No partner was on the list at the end of last "
                        + "quarter, so there are no changes to show yet. " : "Changes are against the end of last "
                        + "quarter. ") + MapView.nextStep(today)))
                .withCard(withLeft(MapView.card(title, today, before), read.gone(), read.goneBefore())
                        .withFooter(footer(drawn, partners, today.model().members().size())))
                .withFile(new org.partnercoach.chat.Attachment("coalition-map-" + now.atZone(zone).toLocalDate()
                        + ".png", drawn.png()));
    }

    /**
     * The map's card, saying how many people who left the server it leaves out, today ({@code gone}) and from last
     * quarter's figures it compares with ({@code goneBefore}), so a change is not read as one when they left; none:
     * as it is.
     */
    static Card withLeft(Card card, int gone, int goneBefore) {
        if (gone == 0 && goneBefore == 0) {
            return card;
        }
        String today = gone == 0 ? "" : " Not on the map: " + people(gone) + " who " + (gone == 1 ? "has" : "have")
                + " left the server, and their ties.";
        String before = goneBefore == 0 ? "" : gone > 0
                ? " Last quarter's figures leave out those who have left too, so the changes compare like with like."
                : " Last quarter's figures leave out " + people(goneBefore) + " who " + (goneBefore == 1 ? "has"
                : "have") + " left the server since, so the changes compare like with like.";
        return MapView.withNote(card, (today + before).strip());
    }

    /** "1 person", "3 people" */
    static String people(int n) {
        return n == 1 ? "1 person" : Count.number(n) + " people";
    }

    /**
     * Which partners and members the map names; a name with no room left on the map is not claimed to be there, and
     * the members with no name on it are counted.
     */
    static String footer(NetworkMap.Drawn drawn, int partners, int members) {
        int named = drawn.labelled().size();
        int membersNamed = drawn.membersLabelled().size();
        String ofMembers = members == 0 || membersNamed == members ? ""
                : " Members named on the map: " + Count.number(membersNamed) + ", those with the most ties it had "
                + "room for; " + Count.number(members - membersNamed) + " more "
                + (members - membersNamed == 1 ? "has" : "have") + " no name on it.";
        if (partners == 0) {
            return "No partner on the list, so no partner is named on the map." + (members > 0
                    && ofMembers.isEmpty() ? " Every member is named on it." : ofMembers);
        }
        if (named == partners) {
            return members > 0 && ofMembers.isEmpty() ? "Every partner and member is named on the map."
                    : "Every partner is named on the map." + ofMembers;
        }
        return (named == drawn.chosen() ? "Names on the map: the " + named + " partners with the most touchpoints. "
                : "Names on the map: " + named + " of the partners; the others' names had no room. ")
                + "The CSV of /report quarter lists every partner." + (members > 0 && ofMembers.isEmpty()
                ? " Every member is named on the map." : ofMembers);
    }

    /** The quarter a coordinator asked to report, the one under way, and the server's time zone. */
    private record Asked(Quarter quarter, Quarter current, ZoneId zone) {
    }

    /** The quarter {@code which} names, or the refusal that says why there is no report of it. */
    private Asked asked(Caller who, String which) {
        coordinators.requireToMake(who, "make the quarterly partnership report");
        ZoneId zone = settings.of(who.guildId()).zone();
        Quarter current = Quarter.containing(clock.instant(), zone);
        Quarter q = Quarter.parse(which, current).orElseThrow(() -> new UserError("I couldn't read that quarter. "
                + "Write `last`, `this`, or a quarter like `2026-Q1`. " + NOTHING_MADE));
        if (q.compareTo(current) > 0) {
            throw new UserError(q.label() + " hasn't started yet, so there is nothing to report. Try `last` or `this`. "
                    + NOTHING_MADE);
        }
        if (q.year() < 2000) {
            throw new UserError("That's before the bot's time. Try `last`, `this`, or a quarter like `2026-Q1`. "
                    + NOTHING_MADE);
        }
        return new Asked(q, current, zone);
    }

    /** The report as stored, a second on from now, as the map: what was recorded this very second counts. */
    private QuarterReport.Content build(long guildId, Asked asked) {
        return report.build(guildId, asked.quarter(), asked.zone(), clock.instant().plusSeconds(1));
    }

    /**
     * Before the report's transaction, as before the map's: the report read in a transaction of its own and closed
     * before the platform is asked which of the members its network counts have left the server (nothing is read nor
     * asked for a report that will be refused). The report counts who took part in the quarter, left since or not;
     * see {@link QuarterReport.Content#as}.
     */
    @Override
    public Inbound.Command beforeTransaction(Inbound.Command command) {
        Caller who = command.caller();
        String which = command.option(OPTION_WHICH).orElse("");
        // a refusal that needs nothing stored (not a coordinator, a quarter that can't be read) reads nothing either
        if (!command.path().equals(QUARTER) || !who.coordinator() || who.inDm() || who.guildId() == 0
                || Quarter.parse(which, new Quarter(2000, 1)).isEmpty()) {
            return command;
        }
        QuarterReport.Content read = db.readOnlyTransaction(() -> {
            try {
                return build(who.guildId(), asked(who, which));
            } catch (UserError refused) {
                // refused in the report's own transaction, in its own words
                return null;
            }
        });
        if (read == null) {
            return command;
        }
        return command.withPrepared(read.as(membershipOf(who.guildId(), read.members())));
    }

    private Reply quarter(Inbound.Command command) {
        Caller who = command.caller();
        Asked asked = asked(who, command.option(OPTION_WHICH).orElse(""));
        Quarter q = asked.quarter();
        Quarter current = asked.current();
        ZoneId zone = asked.zone();
        QuarterReport.Content content = command.prepared(QuarterReport.Content.class)
                .filter(c -> c.quarter().equals(q)).orElseGet(() -> build(who.guildId(), asked));
        if (content.empty()) {
            // an empty PDF is nothing to send a funder: say where the coalition's partnerships are instead
            return Reply.text(!q.equals(current) && report.anyPartnerAt(who.guildId(), current.end(zone))
                    ? "The outreach list had no partners yet in " + q.label() + ", so there is nothing to report for "
                    + "it and nothing was made. `/report quarter which:this` reports this quarter so far."
                    : "The outreach list has no partners yet, so there is nothing to report for " + q.label()
                    + " and nothing was made. Once members add partners with `/partner add` and log their "
                    + "contacts with `/partner log`, the report shows how the coalition's partnerships grow.");
        }
        Reply reply = report.reply(content);
        return q.equals(current) ? reply.withText(reply.text() + " This quarter isn't over yet, so its figures are "
                + "as of today and will still change.") : reply;
    }

    private Reply pulseSetting(Caller who, String days) {
        coordinators.requireToChange(who, "change how often the pulse asks");
        if (days == null) {
            return Reply.text("The trust pulse asks about each partner at most once every "
                    + pulse.pulseDays(who.guildId()) + " days. Change it with `/report pulse days:45`.");
        }
        int n;
        try {
            n = Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < Pulse.MIN_DAYS || n > Pulse.MAX_DAYS) {
            throw new UserError("Pick a number of days from " + Pulse.MIN_DAYS + " to " + Pulse.MAX_DAYS
                    + ". Nothing was changed.");
        }
        int chosen = n;
        db.write(c -> {
            store.setPulseDays(c, who.guildId(), chosen, who.userId(), clock.instant());
            return null;
        });
        return Reply.text("Saved. After a touchpoint, the member who looks after a partner is asked the quick "
                + "pulse at most once every " + chosen + " days per partner.");
    }
}
