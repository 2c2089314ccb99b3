package org.partnercoach.partners;

import org.partnercoach.chat.Shown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;

/**
 * Who is missing at the table: each sector of the catalogue sorted by the furthest stage any of its partners has
 * reached (partnered, on the way, only researched), and the sectors with no partner at all, with kinds of
 * organizations to look for there. Moved-on partners do not count.
 */
final class GapsReport {

    private static final int SUGGESTIONS = 3;
    /** Room for one sector's name and count in a field, so that the field's text is built without growing. */
    private static final int LINE_CHARS = 32;
    /** One sector's line in the directory: 25 of them fit an embed's description. */
    private static final int ENTRY = 160;
    static final String COMPONENTS = "coalition";
    static final String DIRECTORY = "sectors";
    private static final String NO_PARTNER = PartnerHistory.Gap.NO_PARTNER_AT_ALL;
    private static final Button DIRECTORY_BUTTON = Button.secondary(CustomId.of(COMPONENTS, DIRECTORY),
            "Sector directory");
    /** The stages that count here (moved-on partners do not). */
    private static final Stage[] ACTIVE = Arrays.stream(Stage.values()).filter(Stage::active).toArray(Stage[]::new);

    /** A sector with how many partners put it in its group. */
    record Line(Sector sector, int partners) {
    }

    record Gaps(List<Line> atTheTable, List<Line> onTheWay, List<Line> researched, List<Sector> missing) {
    }

    private final Sectors sectors;

    GapsReport(Sectors sectors) {
        this.sectors = sectors;
    }

    /** The groups of these partners (moved-on ones are left out). */
    Gaps of(List<Partner> partners) {
        return ofCounts(StageCounts.BySector.counting(partners));
    }

    /** The groups from how many partners each sector has in each stage (moved-on ones do not count). */
    Gaps ofCounts(StageCounts.BySector counts) {
        List<Line> table = new ArrayList<>();
        List<Line> way = new ArrayList<>();
        List<Line> researched = new ArrayList<>();
        List<Sector> missing = new ArrayList<>();
        for (Sector sector : sectors.all()) {
            int at = 0;
            int coming = 0;
            int mine = 0;
            int[] byStage = counts.of(sector.key());
            for (Stage stage : ACTIVE) {
                int n = byStage[stage.ordinal()];
                mine += n;
                at += stage == Stage.PARTNERED ? n : 0;
                coming += stage.onTheWay() ? n : 0;
            }
            if (at > 0) {
                table.add(new Line(sector, at));
            } else if (coming > 0) {
                way.add(new Line(sector, coming));
            } else if (mine > 0) {
                researched.add(new Line(sector, mine));
            } else {
                missing.add(sector);
            }
        }
        return new Gaps(table, way, researched, missing);
    }

    /**
     * The compact view: counts, and the sectors of each group by name (with how many partners), in one embed; the
     * sector directory, with organizations to look for, is a button away.
     */
    Reply render(Gaps gaps) {
        int total = sectors.all().size();
        String summary = "**" + gaps.atTheTable().size() + " of " + total + "** sectors have a partner at the table · "
                + gaps.onTheWay().size() + " on the way · " + gaps.researched().size() + " only researched · **"
                + gaps.missing().size() + " with " + NO_PARTNER + "**."
                + (gaps.missing().isEmpty() ? "\nEvery sector has at least one organization on the list. Well done!"
                : "\nAsk yourself: who is missing at the table? The sector directory suggests whom to look for.");
        Card card = new Card("Who's at the table?", summary, List.of(
                field("At the table (partnered) · " + gaps.atTheTable().size(), names(gaps.atTheTable())),
                field("On the way (connecting, cultivating, asking) · " + gaps.onTheWay().size(),
                        names(gaps.onTheWay())),
                field("Only researched · " + gaps.researched().size(), names(gaps.researched())),
                field("With " + NO_PARTNER + " · " + gaps.missing().size(), missing(gaps.missing()))),
                "Add an organization with /partner add · see one sector with /partner list sector:");
        return Reply.card(card, DIRECTORY_BUTTON);
    }

    /**
     * Every sector with where it stands and kinds of organizations to look for there, the missing ones first.
     */
    Reply directory(Gaps gaps) {
        StringBuilder body = new StringBuilder();
        gaps.missing().forEach(s -> body.append(entry(s, NO_PARTNER, true)));
        gaps.researched().forEach(l -> body.append(entry(l.sector(), "only researched", true)));
        gaps.onTheWay().forEach(l -> body.append(entry(l.sector(), "on the way", false)));
        gaps.atTheTable().forEach(l -> body.append(entry(l.sector(), "at the table", false)));
        return Reply.card(new Card("Sector directory", Limits.clip(body.toString().strip(),
                Limits.EMBED_DESCRIPTION), List.of(), "Add one with /partner add name:… sector:…"));
    }

    private static String entry(Sector s, String where, boolean withExamples) {
        String line = "**" + s.name() + "** (" + where + ")" + (withExamples ? ": " + String.join("; ",
                s.examples().subList(0, Math.min(SUGGESTIONS, s.examples().size()))) : "");
        return Limits.clip(line, ENTRY) + "\n";
    }

    private static Card.Field field(String name, String value) {
        return new Card.Field(name, value, false);
    }

    /** "Housing, Transportation", or that every sector has a partner. */
    private static String missing(List<Sector> missing) {
        return missing.isEmpty() ? "none: well done!" : joined(missing, (sb, s) -> sb.append(s.name()));
    }

    /** "Food and nutrition (2), Faith communities (1)". */
    private static String names(List<Line> lines) {
        return lines.isEmpty() ? "none yet" : Limits.clip(joined(lines, (sb, l) -> sb.append(l.sector().name())
                .append(" (").append(l.partners()).append(')')), Limits.EMBED_FIELD_VALUE);
    }

    /** Each of {@code items} written by {@code each}, separated by commas, in a builder sized for them. */
    private static <T> String joined(List<T> items, java.util.function.BiConsumer<StringBuilder, T> each) {
        StringBuilder sb = new StringBuilder(items.size() * LINE_CHARS);
        for (T item : items) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            each.accept(sb, item);
        }
        return sb.toString();
    }
}
