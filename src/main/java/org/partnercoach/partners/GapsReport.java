package org.partnercoach.partners;

import org.partnercoach.chat.Shown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;

/**
 * Who is missing at the table: each sector of the catalogue sorted by the furthest stage any of its partners has
 * reached (partnered, on the way, only researched), and the sectors with no partner at all, with kinds of
 * organizations to look for there. Moved-on partners do not count.
 */
final class GapsReport {

    private static final int SUGGESTIONS = 3;
    private static final Comparator<Partner> FURTHEST_FIRST = Comparator.comparing(Partner::stage).reversed()
            .thenComparing(Partner::name, String.CASE_INSENSITIVE_ORDER);

    /** A sector with the partners that put it in its group. */
    record Line(Sector sector, List<Partner> partners) {
    }

    record Gaps(List<Line> atTheTable, List<Line> onTheWay, List<Line> researched, List<Sector> missing) {
    }

    private final Sectors sectors;

    GapsReport(Sectors sectors) {
        this.sectors = sectors;
    }

    Gaps of(List<Partner> partners) {
        List<Line> table = new ArrayList<>();
        List<Line> way = new ArrayList<>();
        List<Line> researched = new ArrayList<>();
        List<Sector> missing = new ArrayList<>();
        for (Sector sector : sectors.all()) {
            List<Partner> mine = partners.stream().filter(p -> p.active() && p.sector().equals(sector.key()))
                    .sorted(FURTHEST_FIRST).toList();
            List<Partner> at = mine.stream().filter(p -> p.stage() == Stage.PARTNERED).toList();
            List<Partner> coming = mine.stream().filter(p -> p.stage().onTheWay()).toList();
            if (!at.isEmpty()) {
                table.add(new Line(sector, at));
            } else if (!coming.isEmpty()) {
                way.add(new Line(sector, coming));
            } else if (!mine.isEmpty()) {
                researched.add(new Line(sector, mine));
            } else {
                missing.add(sector);
            }
        }
        return new Gaps(table, way, researched, missing);
    }

    Reply render(Gaps gaps) {
        int total = sectors.all().size();
        StringBuilder missing = new StringBuilder();
        if (gaps.missing().isEmpty()) {
            missing.append("Every sector has at least one organization on the list. Well done!");
        } else {
            missing.append("**Missing (").append(gaps.missing().size()).append(" of ").append(total)
                    .append(" sectors).** Organizations to look for:\n");
            for (Sector s : gaps.missing()) {
                missing.append("• **").append(s.name()).append("**: ")
                        .append(String.join("; ", s.examples().subList(0, Math.min(SUGGESTIONS, s.examples().size()))))
                        .append('\n');
            }
        }
        Card card = new Card("Who's at the table?", Limits.clip(missing.toString().strip(), 2800), List.of(),
                "Ask yourself: who is missing at the table? Add one with /partner add.")
                .withField("At the table (partnered) · " + gaps.atTheTable().size(), lines(gaps.atTheTable(), false))
                .withField("On the way (connecting, cultivating, asking) · " + gaps.onTheWay().size(),
                        lines(gaps.onTheWay(), true))
                .withField("Only researched · " + gaps.researched().size(), lines(gaps.researched(), false));
        return Reply.card(card);
    }

    private static String lines(List<Line> lines, boolean withStage) {
        if (lines.isEmpty()) {
            return "none yet";
        }
        return lines.stream().map(l -> "• **" + l.sector().name() + "**: " + l.partners().stream()
                .map(p -> Shown.text(p.name()) + (withStage ? " (" + p.stage().label().toLowerCase() + ")" : ""))
                .collect(Collectors.joining(", "))).collect(Collectors.joining("\n"));
    }
}
