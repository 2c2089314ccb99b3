package org.partnercoach.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.picture.Canvas;
import org.partnercoach.partners.Stage;

/**
 * The network map, drawn headless with Java2D. Partners sit on an outer band, grouped in wedges by sector (a gap
 * between sectors, the sector's name outside), coloured by stage and sized by touchpoints; members sit inside, each
 * at the side of the partners it is tied to, and members tied to nobody in the middle. The layout is computed, not
 * simulated, so the same data gives the same picture, and it stays readable from 5 to 2,000 partners: with more
 * than {@link #CROWDED} nodes only the {@link #LABELS_WHEN_CROWDED} partners with the most touchpoints get a label.
 */
final class NetworkMap {

    static final int WIDTH = 1200;
    static final int HEIGHT = 1200;
    static final int CROWDED = 40;
    static final int LABELS_WHEN_CROWDED = 12;
    private static final int TITLE = 60;
    private static final double CX = WIDTH / 2.0;
    private static final double CY = TITLE + (HEIGHT - TITLE) / 2.0 + 10;
    private static final double OUTER = 400;
    private static final double INNER = 250;
    private static final Color MEMBER = new Color(0x4a, 0x4f, 0x55);
    static final Map<Stage, Color> STAGE_COLORS = new EnumMap<>(Map.of(
            Stage.RESEARCHING, new Color(0x9a, 0xa5, 0xb1),
            Stage.CONNECTING, new Color(0x3b, 0x7d, 0xd8),
            Stage.CULTIVATING, new Color(0x2e, 0xa0, 0x6b),
            Stage.ASKING, new Color(0xe6, 0xa2, 0x3c),
            Stage.PARTNERED, new Color(0x8e, 0x44, 0xad),
            Stage.MOVED_ON, new Color(0xcc, 0xcc, 0xcc)));
    private static final Map<PartnerHistory.LinkKind, Color> LINK_COLORS = new EnumMap<>(Map.of(
            PartnerHistory.LinkKind.LOOKS_AFTER, new Color(0x23, 0x27, 0x2a),
            PartnerHistory.LinkKind.KNOWS_SOMEONE, new Color(0x3b, 0x7d, 0xd8),
            PartnerHistory.LinkKind.INTRODUCTION, new Color(0x8e, 0x44, 0xad),
            PartnerHistory.LinkKind.TOUCHPOINT, new Color(0x2e, 0xa0, 0x6b)));

    /** The picture and the partners that got a label (their node keys). */
    record Drawn(byte[] png, Set<String> labelled) {
    }

    private record Spot(double x, double y, double r) {
    }

    private NetworkMap() {
    }

    /**
     * @param sectorNames display names by sector key, in the catalogue's order (unknown keys go last)
     */
    static Drawn render(String title, NetworkModel model, Map<String, String> sectorNames) {
        List<NetworkModel.Node> partners = new ArrayList<>(model.partners());
        List<String> order = new ArrayList<>(sectorNames.keySet());
        partners.sort(Comparator.comparingInt((NetworkModel.Node n) -> order.contains(n.sector())
                        ? order.indexOf(n.sector()) : order.size())
                .thenComparing(NetworkModel.Node::sector).thenComparing(NetworkModel.Node::id));
        Map<String, Spot> spots = new HashMap<>();
        Map<String, double[]> sectorArcs = layoutPartners(partners, spots);
        layoutMembers(model, spots);
        Set<String> labelled = labelled(model);

        byte[] png = Canvas.png(WIDTH, HEIGHT, title, 40, g -> {
            drawEdges(g, model, spots);
            drawNodes(g, model, spots);
            drawLabels(g, model, spots, labelled);
            drawSectors(g, sectorArcs, sectorNames);
            drawLegend(g, model);
        });
        return new Drawn(png, labelled);
    }

    /** Partners on rings in the outer band: slot by slot, sector by sector, one empty slot between sectors. */
    private static Map<String, double[]> layoutPartners(List<NetworkModel.Node> partners, Map<String, Spot> spots) {
        Map<String, double[]> arcs = new LinkedHashMap<>();
        int n = partners.size();
        if (n == 0) {
            return arcs;
        }
        int perRing = (int) (2 * Math.PI * OUTER / 22);
        int rings = Math.max(1, (int) Math.ceil(n / (double) perRing));
        double ringGap = rings == 1 ? 0 : Math.min(24, (OUTER - INNER - 40) / (rings - 1));
        Map<String, Integer> perSector = new LinkedHashMap<>();
        partners.forEach(p -> perSector.merge(p.sector(), 1, Integer::sum));
        int slots = 0;
        for (int count : perSector.values()) {
            slots += (int) Math.ceil(count / (double) rings) + 1;
        }
        // a node at most as wide as the room between neighbours: the biggest (twice the base) just touch
        double room = 2 * Math.PI * (OUTER - (rings - 1) * ringGap) / slots;
        double base = Math.max(2, Math.min(10, Math.min(room, rings == 1 ? room : ringGap) / 4));
        int maxTouch = partners.stream().mapToInt(NetworkModel.Node::touchpoints).max().orElse(0);
        int slot = 0;
        int i = 0;
        for (Map.Entry<String, Integer> sector : perSector.entrySet()) {
            int first = slot;
            for (int k = 0; k < sector.getValue(); k++, i++) {
                NetworkModel.Node p = partners.get(i);
                int ring = k % rings;
                double angle = angleOf(slot + k / rings + 0.5 * (ring % 2), slots);
                double radius = OUTER - ring * ringGap;
                double r = base * (1 + (maxTouch == 0 ? 0 : Math.sqrt(p.touchpoints() / (double) maxTouch)));
                spots.put(p.key(), new Spot(CX + radius * Math.cos(angle), CY + radius * Math.sin(angle), r));
            }
            slot += (int) Math.ceil(sector.getValue() / (double) rings);
            arcs.put(sector.getKey(), new double[] {angleOf(first, slots), angleOf(slot, slots),
                    sector.getValue()});
            slot++;
        }
        return arcs;
    }

    private static double angleOf(double slot, int slots) {
        return 2 * Math.PI * slot / slots - Math.PI / 2;
    }

    /** Members inside, ordered by the mean direction of their partners and spread evenly; the untied in the middle. */
    private static void layoutMembers(NetworkModel model, Map<String, Spot> spots) {
        Map<String, double[]> pull = new HashMap<>();
        for (NetworkModel.Edge e : model.edges()) {
            Spot p = spots.get(e.partner());
            if (p != null) {
                double[] v = pull.computeIfAbsent(e.member(), k -> new double[2]);
                v[0] += p.x() - CX;
                v[1] += p.y() - CY;
            }
        }
        List<NetworkModel.Node> tied = new ArrayList<>();
        List<NetworkModel.Node> untied = new ArrayList<>();
        for (NetworkModel.Node m : model.members()) {
            (pull.containsKey(m.key()) ? tied : untied).add(m);
        }
        tied.sort(Comparator.comparingDouble((NetworkModel.Node m) -> Math.atan2(pull.get(m.key())[1],
                pull.get(m.key())[0])).thenComparing(NetworkModel.Node::id));
        int count = tied.size();
        double r = count > 150 ? 3 : 6;
        double start = count == 0 ? 0 : Math.atan2(pull.get(tied.get(0).key())[1], pull.get(tied.get(0).key())[0]);
        for (int i = 0; i < count; i++) {
            double angle = start + 2 * Math.PI * i / count;
            double radius = INNER - (count > 120 ? (i % 3) * 22 : 0);
            spots.put(tied.get(i).key(), new Spot(CX + radius * Math.cos(angle), CY + radius * Math.sin(angle), r));
        }
        int side = (int) Math.ceil(Math.sqrt(untied.size()));
        double step = Math.min(18, 160.0 / Math.max(1, side));
        for (int i = 0; i < untied.size(); i++) {
            double x = CX + (i % side - (side - 1) / 2.0) * step;
            double y = CY + (i / side - (side - 1) / 2.0) * step;
            spots.put(untied.get(i).key(), new Spot(x, y, Math.min(r, step / 3)));
        }
    }

    /** Every partner when the map is small; else the largest ones (touchpoints, then ties, then name). */
    static Set<String> labelled(NetworkModel model) {
        List<NetworkModel.Node> partners = new ArrayList<>(model.partners());
        if (model.nodes().size() > CROWDED) {
            partners.sort(Comparator.comparingInt(NetworkModel.Node::touchpoints).reversed()
                    .thenComparing(Comparator.comparingInt(NetworkModel.Node::degree).reversed())
                    .thenComparing(NetworkModel.Node::label));
            partners = partners.subList(0, Math.min(LABELS_WHEN_CROWDED, partners.size()));
        }
        Set<String> keys = new LinkedHashSet<>();
        partners.forEach(p -> keys.add(p.key()));
        return keys;
    }

    private static void drawEdges(Graphics2D g, NetworkModel model, Map<String, Spot> spots) {
        int alpha = model.edges().size() > 400 ? 45 : model.edges().size() > 100 ? 90 : 150;
        g.setStroke(new BasicStroke(model.edges().size() > 400 ? 0.7f : 1.4f));
        for (NetworkModel.Edge e : model.edges()) {
            Spot a = spots.get(e.member());
            Spot b = spots.get(e.partner());
            if (a == null || b == null) {
                continue;
            }
            PartnerHistory.LinkKind kind = e.kinds().iterator().next();
            Color c = LINK_COLORS.get(kind);
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
            g.draw(new Line2D.Double(a.x(), a.y(), b.x(), b.y()));
        }
    }

    private static void drawSectors(Graphics2D g, Map<String, double[]> arcs, Map<String, String> names) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(Canvas.INK);
        for (Map.Entry<String, double[]> arc : arcs.entrySet()) {
            double mid = (arc.getValue()[0] + arc.getValue()[1]) / 2;
            String text = Canvas.clip(g, names.getOrDefault(arc.getKey(), arc.getKey()) + " (" + (int) arc.getValue()[2]
                    + ")", 190);
            int w = g.getFontMetrics().stringWidth(text);
            double x = Math.max(6, Math.min(WIDTH - w - 6, CX + (OUTER + 75) * Math.cos(mid) - w / 2.0));
            double y = Math.max(TITLE + 18, Math.min(HEIGHT - 60, CY + (OUTER + 75) * Math.sin(mid) + 5));
            g.setColor(new Color(0xee, 0xf1, 0xf4));
            g.fillRoundRect((int) x - 6, (int) y - 16, w + 12, 22, 10, 10);
            g.setColor(Canvas.INK);
            g.drawString(text, (float) x, (float) y);
        }
    }

    private static void drawNodes(Graphics2D g, NetworkModel model, Map<String, Spot> spots) {
        g.setStroke(new BasicStroke(1f));
        for (NetworkModel.Node n : model.nodes()) {
            Spot s = spots.get(n.key());
            if (s == null) {
                continue;
            }
            Ellipse2D dot = new Ellipse2D.Double(s.x() - s.r(), s.y() - s.r(), 2 * s.r(), 2 * s.r());
            g.setColor(n.type() == NetworkModel.NodeType.MEMBER ? MEMBER : STAGE_COLORS.get(n.stage()));
            g.fill(dot);
            g.setColor(Color.WHITE);
            g.draw(dot);
        }
    }

    private static void drawLabels(Graphics2D g, NetworkModel model, Map<String, Spot> spots, Set<String> keys) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (NetworkModel.Node n : model.partners()) {
            Spot s = spots.get(n.key());
            if (s == null || !keys.contains(n.key())) {
                continue;
            }
            String text = Canvas.clip(g, n.label(), 220);
            int w = g.getFontMetrics().stringWidth(text);
            double angle = Math.atan2(s.y() - CY, s.x() - CX);
            double x = Math.max(4, Math.min(WIDTH - w - 4,
                    s.x() + Math.cos(angle) * (s.r() + 6) - (Math.cos(angle) < 0 ? w : 0)));
            double y = s.y() + Math.sin(angle) * (s.r() + 6) + 5;
            g.setColor(new Color(255, 255, 255, 210));
            g.fillRect((int) x - 2, (int) y - 13, w + 4, 17);
            g.setColor(Canvas.INK);
            g.drawString(text, (float) x, (float) y);
        }
    }

    private static void drawLegend(Graphics2D g, NetworkModel model) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        int x = 20;
        int y = HEIGHT - 20;
        for (Stage s : List.of(Stage.RESEARCHING, Stage.CONNECTING, Stage.CULTIVATING, Stage.ASKING,
                Stage.PARTNERED)) {
            g.setColor(STAGE_COLORS.get(s));
            g.fillOval(x, y - 11, 12, 12);
            g.setColor(Canvas.INK);
            g.drawString(s.label(), x + 16, y);
            x += 30 + g.getFontMetrics().stringWidth(s.label());
        }
        g.setColor(MEMBER);
        g.fillOval(x, y - 11, 12, 12);
        g.setColor(Canvas.INK);
        g.drawString("Member", x + 16, y);
        g.drawString(MapView.plural(model.partners().size(), "partner") + " · "
                + MapView.plural(model.members().size(), "member") + " · "
                + MapView.plural(model.edges().size(), "tie") + " · size = touchpoints (90 days)", 20, HEIGHT - 42);
    }
}
