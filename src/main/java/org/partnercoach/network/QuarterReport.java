package org.partnercoach.network;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnercoach.chat.Attachment;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.digest.DigestChart;
import org.partnercoach.export.Csv;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.partners.Stage;

/**
 * The quarterly partnership report for funders: partners by stage and how they moved, touchpoints per month, the
 * network map, trust and value over the last four quarters (from the coalition's first), the gaps at the table, and the answers members chose to
 * share. Built from stored history only (stages replayed from recorded moves, ratings and touchpoints by their
 * time), so a past quarter's figures read the same whenever the report is made; its members' stories are the answers
 * written in the quarter that their authors share at the time the report is made. One content, three forms: a Discord
 * message with its pictures, a PDF, and a CSV appendix with the rows behind every figure.
 */
final class QuarterReport {

    static final int TREND_QUARTERS = 4;
    static final int STORIES_IN_MESSAGE = 4;
    /**
     * The reported quarter when the coalition's outreach had not begun by its end (no partner, contact or question
     * about a partner yet), in the chart, text, PDF and CSV; the quarters before the first are not listed at all.
     */
    static final String NOT_BEGUN = "not begun yet";
    static final String TAKING_PART = Left.TAKING_PART_WORDS;
    /** How the report names a member it counts who has left the server since: Discord can no longer show them. */
    static final String LEFT_SINCE = "a member who has left since";
    static final List<Stage> STAGES = List.of(Stage.RESEARCHING, Stage.CONNECTING, Stage.CULTIVATING, Stage.ASKING,
            Stage.PARTNERED, Stage.MOVED_ON);

    /** A stage move and how many partners made it in the quarter. */
    record Move(Stage from, Stage to, int count) {
        String label() {
            return from.label() + " → " + to.label();
        }
    }

    /** The most made moves first; moves made as often in the pipeline's order: the from-stage, then the to-stage. */
    static final Comparator<Move> BY_COUNT_THEN_PIPELINE = Comparator.comparingInt(Move::count).reversed()
            .thenComparingInt(m -> STAGES.indexOf(m.from()))
            .thenComparingInt(m -> STAGES.indexOf(m.to()));

    /**
     * One quarter's average trust and value (at its end). {@code offList}: the kinds without an average although
     * partners had been rated by then, all of them since deleted or moved on by then (as the map's figures say).
     */
    record Trend(Quarter quarter, OptionalDouble trust, OptionalDouble value, Set<Aspect.Kind> offList,
                 boolean notBegun) {
        Trend {
            offList = Set.copyOf(offList);
        }

        Trend(Quarter quarter, OptionalDouble trust, OptionalDouble value, Set<Aspect.Kind> offList) {
            this(quarter, trust, value, offList, false);
        }

        Trend(Quarter quarter, OptionalDouble trust, OptionalDouble value) {
            this(quarter, trust, value, Set.of());
        }

        /** A quarter that ended before the coalition's list had its first partner: nothing could be rated. */
        static Trend notBegun(Quarter quarter) {
            return new Trend(quarter, OptionalDouble.empty(), OptionalDouble.empty(), Set.of(), true);
        }

        OptionalDouble of(Aspect.Kind kind) {
            return kind == Aspect.Kind.TRUST ? trust : value;
        }

        /** "4.2", {@link Scores#NO_RATINGS}, {@link #NOT_BEGUN}, or {@link Scores#NONE_ON_LIST_SHORT}. */
        String shown(Aspect.Kind kind) {
            return of(kind).isPresent() ? Scores.format(of(kind)) : whyNone(kind);
        }

        /** The CSV's number: the average to one decimal, or null (an empty cell) when there is none. */
        String number(Aspect.Kind kind) {
            return notBegun || of(kind).isEmpty() ? null : Scores.format(of(kind));
        }

        /** The CSV's note beside an empty number: why there is none ({@link #NOT_BEGUN}...); null beside a number. */
        String whyNone(Aspect.Kind kind) {
            if (notBegun) {
                return NOT_BEGUN;
            }
            if (of(kind).isPresent()) {
                return null;
            }
            return offList.contains(kind) ? Scores.NONE_ON_LIST_SHORT : Scores.NO_RATINGS;
        }

        /** What the chart's slot says without a bar: why none is counted, as the text says it. */
        String note(Aspect.Kind kind) {
            if (notBegun) {
                return NOT_BEGUN;
            }
            return offList.contains(kind) ? Scores.NONE_ON_LIST_NOTE : Scores.NO_RATINGS;
        }
    }

    /**
     * People who have left the server, as the platform said when the report was made: {@code notCounted} left out of
     * the network at the end (they took no part in the quarter), {@code notCountedBefore} left out of it at the start
     * for the same reason, {@code counted} still in it (they took part, which the report records).
     */
    record Left(int notCounted, int notCountedBefore, int counted) {
        /** What taking part in a quarter is, said wherever the report counts or leaves out someone who left. */
        static final String TAKING_PART_WORDS = "Taking part is adding, moving or logging contact with a partner, "
                + "saying you know someone there, asking for an introduction or agreeing to make one, rating a partner's "
                + "trust or value, beginning or answering a walk, or answering in a group session.";

        static final Left NONE = new Left(0, 0, 0);

        /** Why the network's figures differ from the map's today, in sentences; empty when they do not. */
        String note() {
            String out = notCounted == 0 ? "" : " Not counted: " + NetworkFeature.people(notCounted) + " who "
                    + (notCounted == 1 ? "has" : "have") + " left the server and took no part in the quarter, and "
                    + "their ties.";
            String before = notCountedBefore == 0 ? "" : notCounted > 0
                    ? " The start of the quarter leaves them out too, so the changes compare like with like."
                    : " The start of the quarter leaves out " + NetworkFeature.people(notCountedBefore) + " who "
                    + (notCountedBefore == 1 ? "has" : "have") + " left the server since and took no part in it, so "
                    + "the changes compare like with like.";
            String in = counted == 0 ? "" : " Counted: " + NetworkFeature.people(counted) + " who "
                    + (counted == 1 ? "has" : "have") + " left the server since, as they took part in the quarter "
                    + "(`/coalition map` leaves them out).";
            String said = (out + before + in).strip();
            return said.isEmpty() ? "" : said + " " + TAKING_PART_WORDS;
        }
    }

    /**
     * How many partners the coalition archived (moved on from) and restored in the quarter, each partner once: a round
     * trip is no stage move, but a funder still reads that it happened.
     */
    record Archives(int archived, int restored) {
        static Archives of(List<PartnerHistory.StageMove> moves) {
            return new Archives(partners(moves, m -> m.to() == Stage.MOVED_ON),
                    partners(moves, m -> m.from() == Stage.MOVED_ON));
        }

        private static int partners(List<PartnerHistory.StageMove> moves,
                                    java.util.function.Predicate<PartnerHistory.StageMove> kind) {
            return (int) moves.stream().filter(kind).mapToLong(PartnerHistory.StageMove::partnerId).distinct().count();
        }

        boolean none() {
            return archived == 0 && restored == 0;
        }

        /** "2 partners archived (moved on from), 1 restored"; none as a person says it: "..., none restored". */
        String line() {
            return (archived == 0 ? "No partner" : MapView.plural(archived, "partner")) + " archived (moved on from), "
                    + (restored == 0 ? "none" : Count.number(restored)) + " restored";
        }
    }

    /**
     * Everything the report says. {@code end} is the quarter's end, or for a quarter not over yet the moment the
     * report was made: its "end" figures are then today's, not a guess at a day still to come.
     */
    record Content(Quarter quarter, ZoneId zone, Map<Stage, Integer> stagesAtStart, Map<Stage, Integer> stagesAtEnd,
                   List<Move> moves, Archives archives, List<String> months, int[] touchpoints, Figures.Snapshot end,
                   Figures.Snapshot before, List<Trend> trends, List<WalkActivity.SharedAnswer> stories,
                   Map<String, String> sectorNames, List<PartnerHistory.AddedLater> addedLater, Set<Long> tookPart,
                   Left left) {

        Content {
            addedLater = List.copyOf(addedLater);
            tookPart = Set.copyOf(tookPart);
        }

        /** Every member the network's figures count, at the end and at the start: whom the platform is asked about. */
        Set<Long> members() {
            Set<Long> all = new java.util.TreeSet<>();
            java.util.stream.Stream.of(end, before).forEach(s -> s.model().members().forEach(n -> all.add(n.id())));
            return all;
        }

        /**
         * The same report as the platform says who left: those who took no part in the quarter are left out of its
         * network, at the end and at the start, as the map leaves them out; those who took part still count, as the
         * work they did in it; those the platform could not name in time are named as the map names them.
         */
        Content as(Messenger.Membership said) {
            Set<Long> out = new java.util.HashSet<>(said.left());
            out.removeAll(tookPart);
            Set<Long> counted = new java.util.HashSet<>(said.left());
            counted.retainAll(tookPart);
            counted.retainAll(members());
            // one who has left is named in words: Discord no longer shows their mention
            Figures.Snapshot atEnd = end.without(out).unnamed(said.untold(), NetworkFeature.UNNAMED)
                    .unnamed(counted, LEFT_SINCE);
            Figures.Snapshot atStart = before.without(out);
            return new Content(quarter, zone, stagesAtStart, stagesAtEnd, moves, archives, months, touchpoints, atEnd,
                    atStart, trends, stories, sectorNames, addedLater, tookPart, new Left(
                    end.model().members().size() - atEnd.model().members().size(),
                    before.model().members().size() - atStart.model().members().size(), counted.size()));
        }

        String title() {
            return "Partnership report · " + quarter.label() + (inProgress() ? ", so far" : "");
        }

        /** The quarter has not ended: its figures are as of the day the report was made. */
        boolean inProgress() {
            return end.at().isBefore(quarter.end(zone));
        }

        /** "at the end of the quarter", or "on 3 Jan 2027 (the quarter isn't over)" */
        String atEnd() {
            return inProgress() ? "on " + MapView.day(end.at(), zone) + " (the quarter isn't over)"
                    : "at the end of the quarter";
        }

        /** The CSV's word for the end figures: "end of quarter", or "so far (3 Jan 2027)". */
        String endDetail() {
            return inProgress() ? "so far (" + MapView.day(end.at(), zone) + ")" : "end of quarter";
        }

        /**
         * "2 partners at the end of the quarter, 5 touchpoints dated in it.", and when some of its touchpoints were
         * with organizations added to the list only after it (logged later, dated in it), which and when, so that
         * "0 partners" beside "1 touchpoint" reads as what happened. {@code shown}: how a typed name is printed.
         */
        String summary(java.util.function.UnaryOperator<String> shown) {
            String partners = MapView.plural(partnersAtEnd(), "partner") + " " + atEnd() + ", ";
            int later = addedLater.stream().mapToInt(PartnerHistory.AddedLater::touchpoints).sum();
            if (later == 0) {
                return partners + MapView.plural(totalTouchpoints(), "touchpoint") + " dated in it.";
            }
            List<String> named = addedLater.stream().limit(MapView.TOP).map(a -> shown.apply(Limits.clip(a.name(), 60))
                    + " (added " + MapView.day(a.addedAt(), zone) + ")").toList();
            return partners + MapView.plural(totalTouchpoints(), "touchpoint") + " in it, "
                    + (later == totalTouchpoints() ? (later == 1 ? "" : "all ") : later + " of them ")
                    + "with " + (addedLater.size() == 1 ? "an organization" : "organizations")
                    + " added to the outreach list after the quarter: " + String.join(", ", named)
                    + Limits.andMore(addedLater.size(), MapView.TOP)
                    + ".";
        }

        int partnersAtEnd() {
            return STAGES.stream().filter(Stage::active).mapToInt(s -> stagesAtEnd.getOrDefault(s, 0)).sum();
        }

        int totalTouchpoints() {
            int n = 0;
            for (int t : touchpoints) {
                n += t;
            }
            return n;
        }

        /** Nothing to report: no partner on the list at any time in the quarter, no contact, no shared answer. */
        boolean empty() {
            return stagesAtStart.values().stream().allMatch(n -> n == 0)
                    && stagesAtEnd.values().stream().allMatch(n -> n == 0) && moves.isEmpty() && archives.none()
                    && totalTouchpoints() == 0 && stories.isEmpty();
        }
    }

    private final Figures figures;
    private final PartnerHistory history;
    private final WalkActivity walks;

    QuarterReport(Figures figures, PartnerHistory history, WalkActivity walks) {
        this.figures = figures;
        this.history = history;
        this.walks = walks;
    }

    /** Whether the outreach list holds any partner (moved on ones too) at {@code at}, added before it. */
    boolean anyPartnerAt(long guildId, Instant at) {
        return history.stagesAt(guildId, at).values().stream().anyMatch(n -> n > 0);
    }

    /**
     * Whether the coalition's outreach had begun by {@code at}: a partner on the list then (moved on ones too), a
     * contact that happened before it (one logged later with its own date too), or a partner a member was asked
     * about before it. A question stays when its partner is deleted, so a list whose first partners were deleted
     * unrated still shows it had begun; a partner deleted before anyone was asked about it leaves no trace.
     */
    private boolean begunBy(long guildId, Instant at, Optional<Instant> firstAsked) {
        return firstAsked.filter(a -> a.isBefore(at)).isPresent() || anyPartnerAt(guildId, at)
                || history.touchpointsBetween(guildId, List.of(Instant.EPOCH, at))[0] > 0;
    }

    /** The report of {@code q} as it stands at {@code now}: a quarter not over yet is reported up to now. */
    Content build(long guildId, Quarter q, ZoneId zone, Instant now) {
        Instant start = q.start(zone);
        Instant end = q.end(zone).isAfter(now) ? now : q.end(zone);
        Map<String, Integer> moved = new LinkedHashMap<>();
        List<PartnerHistory.StageMove> recorded = history.moves(guildId, start, end);
        for (PartnerHistory.StageMove m : PartnerHistory.counted(recorded)) {
            moved.merge(m.from().name() + ">" + m.to().name(), 1, Integer::sum);
        }
        List<Move> moves = moved.entrySet().stream().map(e -> {
            String[] ends = e.getKey().split(">");
            return new Move(Stage.stored(ends[0]), Stage.stored(ends[1]), e.getValue());
        }).sorted(BY_COUNT_THEN_PIPELINE).toList();
        // a quarter not over yet counts the months begun so far: a month still to come had no contact yet, not none
        List<Instant> all = q.monthBounds(zone);
        List<Instant> bounds = new ArrayList<>();
        List<String> months = new ArrayList<>();
        for (int i = 0; i < 3 && all.get(i).isBefore(end); i++) {
            bounds.add(all.get(i));
            months.add(q.firstDay().plusMonths(i).getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        bounds.add(all.get(months.size()).isAfter(end) ? end : all.get(months.size()));
        List<Trend> trends = new ArrayList<>();
        Figures.Snapshot endShot = figures.at(guildId, end);
        Optional<Instant> firstAsked = figures.firstAsked(guildId);
        Quarter t = q;
        for (int i = 0; i < TREND_QUARTERS; i++) {
            Instant at = t.end(zone).isAfter(end) ? end : t.end(zone);
            // over the partners on the list at that quarter's end, as the network there
            Set<Long> onList = at.equals(end) ? endShot.partnerIds() : history.stageOfEach(guildId, at).entrySet()
                    .stream().filter(e -> e.getValue().active()).map(Map.Entry::getKey).collect(Collectors.toSet());
            if (endShot.scores().byPartner(Aspect.Kind.TRUST, at).isEmpty()
                    && endShot.scores().byPartner(Aspect.Kind.VALUE, at).isEmpty()
                    && !begunBy(guildId, at, firstAsked)) {
                // no partner, contact or question yet by that quarter's end: the coalition's outreach had not begun
                trends.add(0, Trend.notBegun(t));
                t = t.previous();
                continue;
            }
            Set<Aspect.Kind> offList = java.util.EnumSet.noneOf(Aspect.Kind.class);
            for (Aspect.Kind kind : Aspect.Kind.values()) {
                if (endShot.scores().average(kind, at, onList).isEmpty()
                        && !endShot.scores().byPartner(kind, at).isEmpty()) {
                    offList.add(kind);
                }
            }
            trends.add(0, new Trend(t, endShot.scores().average(Aspect.Kind.TRUST, at, onList),
                    endShot.scores().average(Aspect.Kind.VALUE, at, onList), offList));
            t = t.previous();
        }
        // the trend starts at the coalition's first quarter: the reported one stays even when it had not begun
        while (trends.size() > 1 && trends.get(0).notBegun()) {
            trends.remove(0);
        }
        // who took part in the quarter (Left.TAKING_PART_WORDS)
        Set<Long> tookPart = figures.tookPart(guildId, start, end);
        List<WalkActivity.SharedAnswer> stories = walks.shared(guildId).stream()
                .filter(a -> !a.updatedAt().isBefore(start) && a.updatedAt().isBefore(end)).toList();
        return new Content(q, zone, history.stagesAt(guildId, start), history.stagesAt(guildId, end), moves,
                Archives.of(recorded), months,
                history.touchpointsBetween(guildId, bounds), endShot, figures.at(guildId, start), trends, stories,
                figures.sectorNames(), end.equals(q.end(zone)) ? history.touchedBeforeAdded(guildId, start, end, end)
                : List.of(), tookPart, Left.NONE);
    }

    /** Average trust and value by quarter, each on the ratings' own scale, 1 to 5. */
    static List<DigestChart.Bars> trendBars(List<Trend> trends) {
        List<String> qs = trends.stream().map(t -> "Q" + t.quarter().number() + " " + t.quarter().year()).toList();
        return List.of(
                DigestChart.Bars.onScale("Average trust", qs, trends.stream().map(t -> round(t.trust())).toList(),
                        Aspect.MIN_SCORE, Aspect.MAX_SCORE)
                        .withNotes(trends.stream().map(t -> t.note(Aspect.Kind.TRUST)).toList()),
                DigestChart.Bars.onScale("Average value", qs, trends.stream().map(t -> round(t.value())).toList(),
                        Aspect.MIN_SCORE, Aspect.MAX_SCORE)
                        .withNotes(trends.stream().map(t -> t.note(Aspect.Kind.VALUE)).toList()));
    }

    /** The Discord message: five cards within Discord's limits, and the pictures, PDF and CSV as files. */
    Reply reply(Content c) {
        Files files = files(c);
        Reply reply = Reply.text("Here is the partnership report for " + c.quarter().label() + ", ready to send "
                + "as it is: the PDF is the whole report, the CSV has the rows behind every figure.")
                .withCard(summaryCard(c))
                .withCard(MapView.withNote(MapView.card(c.inProgress() ? "The network on "
                        + MapView.day(c.end().at(), c.zone()) : "The network at the end of the quarter", c.end(),
                        c.before()), c.left().note()))
                .withCard(trendCard(c))
                .withCard(Card.of("Gaps at the table", gapsText(c, 900)))
                .withCard(storiesCard(c));
        for (Attachment a : files.all()) {
            reply = reply.withFile(a);
        }
        return reply;
    }

    /** The report's files: PDF, CSV appendix and the three pictures. */
    record Files(Attachment pdf, Attachment csv, Attachment map, Attachment charts, Attachment trends) {
        List<Attachment> all() {
            return List.of(pdf, csv, map, charts, trends);
        }
    }

    Files files(Content c) {
        String key = c.quarter().key();
        byte[] map = NetworkMap.render("Coalition network · " + (c.inProgress() ? MapView.day(c.end().at(), c.zone())
                : "end of " + c.quarter().label()), c.end().model(),
                c.sectorNames()).png();
        byte[] charts = DigestChart.pair(c.title(), new DigestChart.Bars(c.inProgress() ? "Partners by stage so far"
                : "Partners by stage at the end",
                STAGES.stream().map(Stage::label).toList(), STAGES.stream().map(s -> c.stagesAtEnd()
                .getOrDefault(s, 0)).toList()), new DigestChart.Bars("Touchpoints per month", c.months(),
                java.util.Arrays.stream(c.touchpoints()).boxed().toList()));
        List<DigestChart.Bars> trend = trendBars(c.trends());
        byte[] trends = DigestChart.pair("Trust and value (1 to 5, average over partners)", trend.get(0), trend.get(1));
        byte[] pdf = ReportPdf.write(c, map, charts, trends);
        return new Files(new Attachment("partnership-report-" + key + ".pdf", pdf),
                csv(c).file("partnership-report-" + key + ".csv"),
                new Attachment("network-map-" + key + ".png", map),
                new Attachment("stages-and-touchpoints-" + key + ".png", charts),
                new Attachment("trust-and-value-" + key + ".png", trends));
    }

    private static Card summaryCard(Content c) {
        String stages = STAGES.stream().map(s -> "**" + s.label() + ":** " + c.stagesAtStart().getOrDefault(s, 0)
                + " → " + c.stagesAtEnd().getOrDefault(s, 0)).collect(Collectors.joining("\n"));
        return Card.of(c.title(), c.summary(Shown::text))
                .withField(c.inProgress() ? "Partners by stage (start → now)" : "Partners by stage (start → end)",
                        stages)
                .withField("How they moved", movesText(c, 700))
                .withField("Touchpoints per month", touchText(c));
    }

    private static Card trendCard(Content c) {
        Card card = Card.of("Trust and value", "Averages over partners, 1 to 5, from the members who look after "
                + "them: trust (open communication, follow-through, shared mission) and value (resources, "
                + "influence, involvement). " + Scores.COUNTED + offListNote(c.trends()));
        for (Trend t : c.trends()) {
            card = card.withField("Q" + t.quarter().number() + " " + t.quarter().year(),
                    "Trust " + t.shown(Aspect.Kind.TRUST) + " · Value " + t.shown(Aspect.Kind.VALUE));
        }
        return card;
    }

    /** Why a quarter reads {@link Scores#NONE_ON_LIST_SHORT}, when one does: said once, beside the quarters. */
    static String offListNote(List<Trend> trends) {
        return trends.stream().anyMatch(t -> !t.offList().isEmpty()) ? " " + Scores.NONE_ON_LIST_EXPLAINED : "";
    }

    private static Card storiesCard(Content c) {
        if (c.stories().isEmpty()) {
            return Card.of("Members' stories", "No member shared an answer this quarter. Answers are private unless "
                    + "their author shares one (`/coach answers` → Share).");
        }
        Card card = Card.of("Members' stories", MapView.plural(c.stories().size(), "answer")
                + " members chose to share."
                + (c.stories().size() > STORIES_IN_MESSAGE ? " The PDF has them all." : ""));
        for (WalkActivity.SharedAnswer a : c.stories().subList(0, Math.min(STORIES_IN_MESSAGE, c.stories().size()))) {
            // the member's own words, shown literally
            card = card.withField(Limits.clip(a.questionShown(), 200), (a.partner().isEmpty() ? ""
                    : "*" + a.walkShown() + "*\n") + Shown.text(Limits.clip(a.text(), 300)));
        }
        return card;
    }

    /** The stage moves, most made first, then how many partners were archived and restored (when any were). */
    static String movesText(Content c, int max) {
        List<Move> moves = c.moves();
        String archives = c.archives().none() ? "" : "\n" + c.archives().line();
        if (moves.isEmpty()) {
            return "No stage moves this quarter." + archives;
        }
        // the archive line goes last and is kept whole: the list of moves gives way first
        return Limits.clip(moves.stream().limit(MapView.TOP).map(m -> m.label() + ": " + m.count())
                .collect(Collectors.joining("\n")) + (moves.size() > MapView.TOP ? "\n…and "
                + MapView.plural(moves.size() - MapView.TOP, "more kind") + " of move" : ""),
                max - archives.length()) + archives;
    }

    static String touchText(Content c) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.months().size(); i++) {
            parts.add(c.months().get(i) + ": " + c.touchpoints()[i]);
        }
        return String.join(" · ", parts);
    }

    static String gapsText(Content c, int max) {
        List<PartnerHistory.Gap> gaps = c.end().gaps();
        if (gaps.isEmpty()) {
            return "Every sector had a partner beyond researching " + c.atEnd() + ".";
        }
        int researched = (int) gaps.stream().filter(PartnerHistory.Gap::researchedOnly).count();
        int none = gaps.size() - researched;
        // the network's figure counts only the first kind: said here, so that the two do not read as one number
        List<String> kinds = new ArrayList<>();
        if (none > 0) {
            kinds.add(Count.number(none) + " with " + PartnerHistory.Gap.NO_PARTNER_AT_ALL
                    + ", as the network counts them");
        }
        if (researched > 0) {
            kinds.add(Count.number(researched) + " with partners only researched so far");
        }
        String lead = "Sectors with no partner beyond researching: " + Count.number(gaps.size()) + " ("
                + String.join(", and ", kinds) + ").";
        // a line per standing, not one per sector: twenty sectors read at a glance, each named while they fit
        List<String> lines = new ArrayList<>(List.of(lead));
        for (boolean onlyResearched : List.of(false, true)) {
            List<String> sectors = gaps.stream().filter(g -> g.researchedOnly() == onlyResearched)
                    .map(PartnerHistory.Gap::sectorName).toList();
            String label = "**With " + (onlyResearched ? "partners " + PartnerHistory.Gap.ONLY_RESEARCHED
                    : PartnerHistory.Gap.NO_PARTNER_AT_ALL) + ":** ";
            int room = Math.max(0, (max - lead.length()) / 2 - label.length() - 1);
            if (!sectors.isEmpty()) {
                lines.add(label + Limits.joinWithin(sectors, ", ", room));
            }
        }
        return Limits.clip(String.join("\n", lines), max);
    }

    /** One decimal; null (no bar) for a quarter without ratings, which is not a score of 0 on a 1-to-5 scale. */
    private static Double round(OptionalDouble d) {
        return d.isPresent() ? Math.round(d.getAsDouble() * 10) / 10.0 : null;
    }

    /**
     * The rows behind every figure, one CSV: figure, item, detail, value, note, partner trust, partner value. {@code
     * value} holds numbers only (empty when there is none), so that a spreadsheet can sum or average it; the words (why
     * an average is missing, what a network partner's number counts, a tie's kinds, a shared story) are in {@code
     * note}; each network partner's own trust and
     * value scores are numbers in the last two columns, empty when it has none, so a coordinator can sort by them.
     */
    /** What a network partner's value counts, as the map's card says what a tie is. */
    static final String PARTNER_TIES = "ties: members tied to it (" + MapView.TIE_KINDS + ")";

    /** The CSV's figure for the people who have left the server, counted or not. */
    static final String LEFT_SERVER = "people who have left the server";

    static Csv csv(Content c) {
        Csv csv = Csv.withHeader("figure", "item", "detail", "value", "note", "partner trust", "partner value");
        for (Stage s : STAGES) {
            csv.row("partners by stage", s.label(), "start of quarter", c.stagesAtStart().getOrDefault(s, 0));
            csv.row("partners by stage", s.label(), c.endDetail(), c.stagesAtEnd().getOrDefault(s, 0));
        }
        c.moves().forEach(m -> csv.row("stage moves", m.label(), "", m.count()));
        if (!c.archives().none()) {
            csv.row("archived and restored", "partners archived (moved on from)", "", c.archives().archived());
            csv.row("archived and restored", "partners restored", "", c.archives().restored());
        }
        for (int i = 0; i < c.months().size(); i++) {
            csv.row("touchpoints per month", c.months().get(i), c.quarter().key(), c.touchpoints()[i]);
        }
        for (Trend t : c.trends()) {
            String detail = t.quarter().equals(c.quarter()) ? c.endDetail() : "end of quarter";
            for (Aspect.Kind kind : List.of(Aspect.Kind.TRUST, Aspect.Kind.VALUE)) {
                csv.row(kind == Aspect.Kind.TRUST ? "average trust" : "average value", t.quarter().key(), detail,
                        t.number(kind), t.whyNone(kind));
            }
        }
        NetworkModel m = c.end().model();
        Map<Long, Double> trust = c.end().scores().byPartner(Aspect.Kind.TRUST, c.end().at());
        Map<Long, Double> value = c.end().scores().byPartner(Aspect.Kind.VALUE, c.end().at());
        for (NetworkModel.Node p : m.partners()) {
            csv.row("network partner", p.label(), c.sectorNames().getOrDefault(p.sector(), p.sector()) + " · "
                            + p.stage().label() + " · " + MapView.plural(p.touchpoints(), "touchpoint") + " (90 days)",
                    p.degree(), PARTNER_TIES, score(trust.get(p.id())), score(value.get(p.id())));
        }
        m.fragile().forEach(p -> csv.row("fragile partner", p.label(), "ties", p.degree()));
        m.membersWithoutPartner().forEach(n -> csv.row("member with no partner", Csv.member(n.id()), "", 0));
        // a tie names its partner as the rows above do, and its member as the member rows and /export do: the link
        // to their profile, which a spreadsheet keeps whole
        Map<String, NetworkModel.Node> byKey = m.nodes().stream()
                .collect(Collectors.toMap(NetworkModel.Node::key, n -> n, (x, y) -> x));
        m.edges().forEach(e -> csv.row("tie", byKey.get(e.partner()).label(), Csv.member(byKey.get(e.member()).id()),
                null, e.kinds().stream().map(PartnerHistory.LinkKind::label).collect(Collectors.joining(" + "))));
        c.end().gaps().forEach(g -> csv.row("gap at the table", g.sectorName(), g.standing()));
        if (c.left().notCounted() > 0) {
            csv.row(LEFT_SERVER, "not counted: took no part in the quarter", "", c.left().notCounted());
        }
        if (c.left().counted() > 0) {
            csv.row(LEFT_SERVER, "counted: took part in the quarter", "", c.left().counted());
        }
        c.addedLater().forEach(a -> csv.row("touchpoints with a partner added later", a.name(), "added "
                + MapView.day(a.addedAt(), c.zone()), a.touchpoints()));
        c.stories().forEach(a -> csv.row("shared story", a.question(), a.walk(), null, a.text()));
        return csv;
    }

    /** A partner's score as the CSV writes it, to one decimal as the report shows it; null (empty) for none. */
    private static String score(Double d) {
        return d == null ? null : Scores.format(OptionalDouble.of(d));
    }
}
