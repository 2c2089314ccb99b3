package org.partnercoach.network;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Shown;
import org.partnercoach.partners.PartnerHistory;

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

    static String day(java.time.LocalDate day) {
        return DAY.format(day);
    }

    static Card card(String title, Figures.Snapshot now, Figures.Snapshot before) {
        NetworkModel m = now.model();
        NetworkModel b = before.model();
        return Card.of(title, plural(m.partners().size(), "partner") + " and " + plural(m.members().size(), "member")
                        + ", " + plural(m.edges().size(), "tie") + " between them (" + TIE_KINDS + ").")
                .withField("Fragile partners: " + Figures.count(m.fragile().size(), b.fragile().size(), before),
                        m.partners().isEmpty() ? NO_PARTNER : "Tied to the coalition through one member or none: "
                                + typedNames(m.fragile().stream().map(NetworkModel.Node::label).toList(),
                                "none, every partner has two ties or more."))
                .withField("Members with no partner: " + Figures.count(m.membersWithoutPartner().size(),
                                b.membersWithoutPartner().size(), before),
                        names(m.membersWithoutPartner().stream().map(NetworkModel.Node::label).toList(),
                                m.members().isEmpty() ? NO_MEMBER : "none, everyone is tied to a partner."))
                .withField(NO_PARTNER_AT_ALL + ": " + Figures.count(now.emptySectors().size(),
                        before.emptySectors().size(), before), names(now.emptySectors(), "none, every sector has one."))
                .withField("Average trust", now.average(Aspect.Kind.TRUST, before))
                .withField("Average value", now.average(Aspect.Kind.VALUE, before));
    }

    /** The card with {@code note} after its description (who its figures leave out, say); none: as it is. */
    static Card withNote(Card card, String note) {
        return note.isEmpty() ? card
                : new Card(card.title(), card.description() + " " + note, card.fields(), card.footer());
    }

    /**
     * The one next step the map's figures call for, most pressing first: a partner resting on one member, a member
     * with no partner, a sector with none; for the reply above the map, so a coordinator knows what to do with it.
     */
    static String nextStep(Figures.Snapshot now) {
        NetworkModel m = now.model();
        if (!m.fragile().isEmpty()) {
            return "Next: give fragile partners a second tie: a member who knows someone there says so with "
                    + "`/partner know`, or one who comes along to the next contact logs it with `/partner log`.";
        }
        if (!m.membersWithoutPartner().isEmpty()) {
            return "Next: members with no partner can take one on: `/partner owner` hands them one, or they add "
                    + "their own with `/partner add`.";
        }
        if (!now.emptySectors().isEmpty()) {
            return "Next: `/coalition gaps` suggests organizations to look for in the sectors with no partner yet.";
        }
        return "Every partner has two ties or more and every sector has a partner: `/report quarter which:this` "
                + "puts that in a report for funders.";
    }

    /**
     * The map's count of sectors: those with no partner on the list, not even one being researched. The report's gaps
     * at the table count the only-researched ones too, and say how the two differ ({@link QuarterReport#gapsText}).
     */
    static final String NO_PARTNER_AT_ALL = "Sectors with " + PartnerHistory.Gap.NO_PARTNER_AT_ALL;

    /** What ties a member to a partner, as the map's figures say it, and the report's CSV beside each count of ties. */
    static final String TIE_KINDS = "looks after, knows someone there, introductions, touchpoints in the last 90 days";

    /** What the members' line says when no member is on the map (none did anything yet, or all have left). */
    static final String NO_MEMBER = "none: no member is on the map.";

    /** What the map's figures say when no partner is on the list (a new server, or every one moved on). */
    static final String NO_PARTNER = "None: no partner is on the outreach list.";

    /** "1 partner", "3 partners" */
    static String plural(int n, String noun) {
        return Count.of(n, noun);
    }

    /** Up to {@link #TOP} names, then "…and N more": for names the bot writes (mentions, sectors) and for a PDF. */
    static String names(List<String> all, String none) {
        return listed(all.stream().map(n -> Limits.clip(n, 60)).toList(), all.size(), none);
    }

    /** The same for names members typed (partners'), in a message: each cut, then shown literally. */
    static String typedNames(List<String> typed, String none) {
        return listed(typed.stream().limit(TOP).map(n -> Shown.text(Limits.clip(n, 60))).toList(), typed.size(),
                none);
    }

    private static String listed(List<String> shown, int all, String none) {
        if (all == 0) {
            return none;
        }
        // a name with a comma in it ("Smith, Jones & Co") would read as two names in a list split by commas
        String joined = shown.stream().limit(TOP).collect(Collectors.joining(
                shown.stream().limit(TOP).anyMatch(n -> n.contains(",")) ? "; " : ", "));
        return Limits.clip(joined + Limits.andMore(all, TOP), Limits.EMBED_FIELD_VALUE);
    }
}
