package org.partnercoach.network;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Limits;

/** The map's figures as a card, and the picture as a file: for {@code /coalition map} and the quarterly report. */
final class MapView {

    /** Names shown in a list before "…and N more". */
    static final int TOP = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private MapView() {
    }

    static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone));
    }

    static Card card(String title, Figures.Snapshot now, Figures.Snapshot before) {
        NetworkModel m = now.model();
        NetworkModel b = before.model();
        return Card.of(title, plural(m.partners().size(), "partner") + " and " + plural(m.members().size(), "member")
                        + ", " + plural(m.edges().size(), "tie") + " between them (looks after, knows someone there, introductions, "
                        + "touchpoints in the last 90 days).")
                .withField("Fragile partners: " + Figures.count(m.fragile().size(), b.fragile().size()),
                        "Tied to the coalition through one member or none: "
                                + names(m.fragile().stream().map(NetworkModel.Node::label).toList(),
                                "none, every partner has two ties or more."))
                .withField("Members with no partner: " + Figures.count(m.membersWithoutPartner().size(),
                                b.membersWithoutPartner().size()),
                        names(m.membersWithoutPartner().stream().map(NetworkModel.Node::label).toList(),
                                "none, everyone is tied to a partner."))
                .withField("Sectors with no partner: " + Figures.count(now.emptySectors().size(),
                        before.emptySectors().size()), names(now.emptySectors(), "none, every sector has one."))
                .withField("Average trust", Scores.withChange(now.trust(), before.trust()))
                .withField("Average value", Scores.withChange(now.value(), before.value()));
    }

    /** "1 partner", "3 partners" */
    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Up to {@link #TOP} names, then "…and N more". */
    static String names(List<String> all, String none) {
        if (all.isEmpty()) {
            return none;
        }
        String shown = all.stream().limit(TOP).map(n -> Limits.clip(n, 60)).collect(Collectors.joining(", "));
        return Limits.clip(shown + (all.size() > TOP ? " …and " + (all.size() - TOP) + " more" : ""),
                Limits.EMBED_FIELD_VALUE);
    }
}
