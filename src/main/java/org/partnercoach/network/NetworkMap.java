package org.partnercoach.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Spacing;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.picture.Canvas;
import org.partnercoach.picture.Dots;
import org.partnercoach.picture.Palette;
import org.partnercoach.partners.Stage;

/**
 * The network map, drawn headless with Java2D. Partners sit on an outer band, grouped in wedges by sector (a gap
 * between sectors, the sector's name outside), coloured by stage and sized by touchpoints; members sit inside, each
 * at the side of the partners it is tied to, and members tied to nobody in the middle. The layout is computed, not
 * simulated, so the same data gives the same picture, and it stays readable from 5 to 2,000 partners: with more
 * than {@link #CROWDED} nodes only the {@link #LABELS_WHEN_CROWDED} partners with the most touchpoints get a label.
 * Members are named by the names the platform gave (on the coalition map; the report's map names none), those with
 * the most ties first, up to {@link #MEMBER_LABELS} that find room; a tie is curved round a dot it would otherwise
 * pass through, and round another member's name when a curve finds a way ({@link TieRoutes}).
 */
final class NetworkMap {

    static final int WIDTH = 1200;
    static final int HEIGHT = 1200;
    static final int CROWDED = 40;
    static final int LABELS_WHEN_CROWDED = 12;
    private static final int TITLE = 60;
    /** The top of the legend's two lines at the bottom. */
    static final int LEGEND_TOP = HEIGHT - 60;
    private static final int LINE = 17;
    /** How long the legend's sample of a tie's line is, in pixels. */
    static final int TIE_KEY = 22;
    private static final Font SECTOR_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font PARTNER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font MEMBER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** The height of a member's name's box, in pixels. */
    private static final int MEMBER_LINE = 16;
    /** How wide a member's name may be, in pixels: longer ones are shortened with an ellipsis. */
    static final int MEMBER_WIDTH = 120;
    /**
     * The most members named on one map: past that, names packed round the ring could not be read, and the card says
     * how many are not named.
     */
    static final int MEMBER_LABELS = 60;
    /**
     * How wide a sector's name may be, in pixels, in each try to place it: whole first when it is that short (the
     * catalogue's longest, "Universities and research", was shortened on maps with room to spare), the last try only
     * clear of names.
     */
    private static final int[] SECTOR_WIDTHS = {300, 190, 150, 120, 190};
    static final double CX = WIDTH / 2.0;
    static final double CY = (TITLE + LEGEND_TOP) / 2.0;
    private static final double OUTER = 400;
    private static final double INNER = 250;
    private static final Color MEMBER = new Color(0x4a, 0x4f, 0x55);
    static final Map<Stage, Color> STAGE_COLORS = new EnumMap<>(Map.of(
            Stage.RESEARCHING, new Color(0x9a, 0xa5, 0xb1),
            Stage.CONNECTING, Palette.BLUE,
            Stage.CULTIVATING, Palette.GREEN,
            Stage.ASKING, new Color(0xe6, 0xa2, 0x3c),
            Stage.PARTNERED, new Color(0x8e, 0x44, 0xad),
            Stage.MOVED_ON, new Color(0xcc, 0xcc, 0xcc)));
    static final Map<PartnerHistory.LinkKind, Color> LINK_COLORS = new EnumMap<>(Map.of(
            PartnerHistory.LinkKind.LOOKS_AFTER, new Color(0x23, 0x27, 0x2a),
            PartnerHistory.LinkKind.KNOWS_SOMEONE, Palette.BLUE,
            PartnerHistory.LinkKind.INTRODUCTION, new Color(0x8e, 0x44, 0xad),
            PartnerHistory.LinkKind.TOUCHPOINT, Palette.GREEN));
    /** A tie of several kinds (looks after and touched, say): one colour would name only one of them. */
    static final Color SEVERAL_KINDS = new Color(0x80, 0x80, 0x80);
    static final String SEVERAL_KINDS_WORDS = "several kinds";

    /**
     * The picture, the partners that got a label (their node keys), every name placed on it, how many partners were
     * chosen to be named (all on a map that is not crowded): more than got a label when some found no room; where
     * each node stands (its centre and radius, by node key); the line of each tie; and the members that got a label.
     */
    record Drawn(byte[] png, Set<String> labelled, List<Label> names, int chosen, Map<String, Point2D> nodes,
                 Map<String, Double> radii, List<TieRoutes.Tie> ties, Set<String> membersLabelled) {
    }

    private record Spot(double x, double y, double r) {
    }

    private NetworkMap() {
    }

    /** The map with no member named: for the report, whose picture goes to funders. */
    static Drawn render(String title, NetworkModel model, Map<String, String> sectorNames) {
        return render(title, model, sectorNames, null);
    }

    /**
     * @param sectorNames display names by sector key, in the catalogue's order (unknown keys go last)
     * @param memberNames each member's name as the platform gave it, by user id ({@link NetworkFeature#UNNAMED} for a
     *                    member it did not name); null: no member is named
     */
    static Drawn render(String title, NetworkModel model, Map<String, String> sectorNames,
                        Map<Long, String> memberNames) {
        List<NetworkModel.Node> partners = new ArrayList<>(model.partners());
        List<String> order = new ArrayList<>(sectorNames.keySet());
        partners.sort(Comparator.comparingInt((NetworkModel.Node n) -> order.contains(n.sector())
                        ? order.indexOf(n.sector()) : order.size())
                .thenComparing(NetworkModel.Node::sector).thenComparing(NetworkModel.Node::id));
        Map<String, Spot> spots = new HashMap<>();
        Map<String, double[]> sectorArcs = layoutPartners(partners, spots);
        layoutMembers(model, spots);
        Set<String> chosen = labelled(model);
        Dots dots = new Dots(WIDTH, HEIGHT, model.nodes().size());
        Map<String, Integer> index = new HashMap<>();
        for (NetworkModel.Node n : model.nodes()) {
            Spot s = spots.get(n.key());
            if (s != null) {
                index.put(n.key(), dots.add(s.x(), s.y(), s.r()));
            }
        }
        List<Label> labels = new ArrayList<>();
        List<TieRoutes.Tie> ties = new ArrayList<>();
        byte[] png = Canvas.png(WIDTH, HEIGHT, title, 40, g -> {
            List<Rectangle2D> nodeBoxes = nodeBoxes(model, spots);
            Room room = new Room(model.nodes().size() <= CROWDED ? nodeBoxes : List.of(), nodeBoxes);
            labels.addAll(placeSectors(g, sectorArcs, sectorNames, room));
            labels.addAll(placePartners(g, model, spots, chosen, room));
            if (memberNames != null) {
                labels.addAll(placeMembers(g, model, spots, memberNames, room, dots, index));
            }
            // the names first, so that a tie may bend round a member's name as round a dot
            ties.addAll(route(model, spots, dots, index, labels));
            drawEdges(g, model, ties);
            drawNodes(g, model, spots);
            drawLabels(g, labels);
            drawLegend(g, model);
            if (partners.isEmpty()) {
                drawEmpty(g);
            }
        });
        Set<String> labelled = new LinkedHashSet<>();
        labels.stream().filter(l -> l.partner() != null).forEach(l -> labelled.add(l.partner()));
        Set<String> members = new LinkedHashSet<>();
        labels.stream().filter(l -> l.member() != null).forEach(l -> members.add(l.member()));
        Map<String, Point2D> nodes = new LinkedHashMap<>();
        Map<String, Double> radii = new LinkedHashMap<>();
        spots.forEach((key, spot) -> {
            nodes.put(key, new Point2D.Double(spot.x(), spot.y()));
            radii.put(key, spot.r());
        });
        return new Drawn(png, labelled, List.copyOf(labels), chosen.size(), Map.copyOf(nodes), Map.copyOf(radii),
                List.copyOf(ties), members);
    }

    /**
     * What the picture says near its middle when no partner is on the list, rather than a blank page: no instruction,
     * as the picture also goes to funders in the quarterly report.
     */
    static final String EMPTY = "No partner on the outreach list";

    private static void drawEmpty(Graphics2D g) {
        g.setColor(Canvas.INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
        // above the middle, where members tied to nobody stand
        g.drawString(EMPTY, (WIDTH - g.getFontMetrics().stringWidth(EMPTY)) / 2, (int) CY - 140);
    }

    /**
     * A name placed on the map: its text, baseline, the box it covers, and for a partner's or a member's name its
     * node key and, when the name had to move away from its node, the point of the node's edge a thin line joins it
     * to.
     */
    record Label(String text, Font font, double x, double y, Rectangle2D box, String node, Point2D leader) {

        boolean sector() {
            return node == null;
        }

        /** The partner it names (its node key), or null. */
        String partner() {
            return node != null && node.startsWith("p:") ? node : null;
        }

        /** The member it names (her node key), or null. */
        String member() {
            return node != null && node.startsWith("m:") ? node : null;
        }
    }

    /**
     * The room left for names: inside the picture, below the title and above the legend, and not on a name already
     * placed (nor, on a map that is not crowded, on a node). Names that met each other could not be read: sector
     * names sat on partner names, long names ran into each other and out of the picture.
     */
    static final class Room {
        private static final double GAP = 3;
        private final List<Rectangle2D> taken = new ArrayList<>();
        private final List<Rectangle2D> nodes;
        private final List<Rectangle2D> everyNode;

        /**
         * @param nodes     the nodes a name keeps clear of when it can (every node on a map that is not crowded)
         * @param everyNode every node: on a crowded map a name may stand on one, but a spot clear of them is
         *                  taken when it is not much further from the name's own node
         */
        Room(List<Rectangle2D> nodes, List<Rectangle2D> everyNode) {
            this.nodes = nodes;
            this.everyNode = everyNode;
        }

        boolean onANode(Rectangle2D box) {
            return everyNode.stream().anyMatch(box::intersects);
        }

        boolean fits(Rectangle2D box, boolean besideNodes) {
            if (box.getMinX() < 4 || box.getMaxX() > WIDTH - 4 || box.getMinY() < TITLE
                    || box.getMaxY() > LEGEND_TOP) {
                return false;
            }
            Rectangle2D wide = new Rectangle2D.Double(box.getX() - GAP, box.getY() - GAP, box.getWidth() + 2 * GAP,
                    box.getHeight() + 2 * GAP);
            return taken.stream().noneMatch(wide::intersects)
                    && (!besideNodes || nodes.stream().noneMatch(box::intersects));
        }

        void take(Rectangle2D box) {
            taken.add(box);
        }
    }

    private static List<Rectangle2D> nodeBoxes(NetworkModel model, Map<String, Spot> spots) {
        List<Rectangle2D> boxes = new ArrayList<>();
        for (NetworkModel.Node n : model.nodes()) {
            Spot s = spots.get(n.key());
            if (s != null) {
                boxes.add(new Rectangle2D.Double(s.x() - s.r(), s.y() - s.r(), 2 * s.r(), 2 * s.r()));
            }
        }
        return boxes;
    }

    /**
     * Partners on rings in the outer band: slot by slot, sector by sector, one empty slot between sectors. Returns each
     * sector's arc, the angles of its first and last partner, and its count of partners.
     */
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
        // a node at most as wide as the room between neighbours: the biggest (twice the base) just touch; on several
        // rings, narrower than the lane a tie to a partner further out comes in by, between the inner rings' nodes
        double room = 2 * Math.PI * (OUTER - (rings - 1) * ringGap) / slots;
        double lane = rings == 1 ? Double.MAX_VALUE : (room / rings - 2 * TieRoutes.MARGIN) / 2;
        double base = Math.max(2, Math.min(lane, Math.min(10, Math.min(room, rings == 1 ? room : ringGap) / 4)));
        int maxTouch = partners.stream().mapToInt(NetworkModel.Node::touchpoints).max().orElse(0);
        int slot = 0;
        int i = 0;
        for (Map.Entry<String, Integer> sector : perSector.entrySet()) {
            double firstAt = Double.MAX_VALUE;
            double lastAt = -Double.MAX_VALUE;
            for (int k = 0; k < sector.getValue(); k++, i++) {
                NetworkModel.Node p = partners.get(i);
                int ring = k % rings;
                // each ring a share of a slot on from the one outside it: a tie to an outer partner passes between
                // the inner ones, where rings at the same angles put a dot straight in its way
                double at = slot + k / rings + ring / (double) rings;
                firstAt = Math.min(firstAt, at);
                lastAt = Math.max(lastAt, at);
                double angle = angleOf(at, slots);
                double radius = OUTER - ring * ringGap;
                double r = base * (1 + (maxTouch == 0 ? 0 : Math.sqrt(p.touchpoints() / (double) maxTouch)));
                spots.put(p.key(), new Spot(CX + radius * Math.cos(angle), CY + radius * Math.sin(angle), r));
            }
            // from its first partner to its last: the name goes by the middle of them, a lone partner's own angle
            arcs.put(sector.getKey(), new double[] {angleOf(firstAt, slots), angleOf(lastAt, slots),
                    sector.getValue()});
            slot += (int) Math.ceil(sector.getValue() / (double) rings) + 1;
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
        if (untied.size() <= UNTIED_LISTED) {
            // a few: in columns with room for each one's name on her right
            int columns = (int) Math.ceil(untied.size() / (double) UNTIED_PER_COLUMN);
            int rows = (int) Math.ceil(untied.size() / (double) Math.max(1, columns));
            double left = CX - ((columns - 1) * UNTIED_COLUMN + MEMBER_WIDTH + 2 * r + 6) / 2 + r;
            for (int i = 0; i < untied.size(); i++) {
                double x = left + (i / rows) * UNTIED_COLUMN;
                double y = CY + (i % rows - (rows - 1) / 2.0) * UNTIED_ROW;
                spots.put(untied.get(i).key(), new Spot(x, y, r));
            }
            return;
        }
        int side = (int) Math.ceil(Math.sqrt(untied.size()));
        double step = Math.min(18, 160.0 / Math.max(1, side));
        for (int i = 0; i < untied.size(); i++) {
            double x = CX + (i % side - (side - 1) / 2.0) * step;
            double y = CY + (i / side - (side - 1) / 2.0) * step;
            spots.put(untied.get(i).key(), new Spot(x, y, Math.min(r, step / 3)));
        }
    }

    /** Up to this many members tied to nobody stand in columns in the middle, each with room for her name. */
    private static final int UNTIED_LISTED = 16;
    private static final int UNTIED_PER_COLUMN = 8;
    private static final double UNTIED_COLUMN = 140;
    private static final double UNTIED_ROW = 22;

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

    /**
     * Each tie's line, in the order of the model's ties, round the dots and members' names it does not join: a line
     * across a member's name, a few pixels from her dot, read as her tie.
     */
    private static List<TieRoutes.Tie> route(NetworkModel model, Map<String, Spot> spots, Dots dots,
                                             Map<String, Integer> index, List<Label> labels) {
        Map<String, Rectangle2D> names = new LinkedHashMap<>();
        labels.stream().filter(l -> l.member() != null).forEach(l -> names.put(l.member(), l.box()));
        // just inside the partners' band: where a tie may turn to come straight in to its partner
        double door = model.partners().stream().map(p -> spots.get(p.key()))
                .mapToDouble(p -> Math.hypot(p.x() - CX, p.y() - CY) - p.r()).min().orElse(OUTER) - 8;
        // just outside the members' ring: where a tie that leaves its member straight out may turn
        double exit = model.members().stream().map(m -> spots.get(m.key()))
                .mapToDouble(m -> Math.hypot(m.x() - CX, m.y() - CY) + m.r()).max().orElse(0) + 6;
        TieRoutes routes = new TieRoutes(dots, index, CX, CY, door, exit, OUTER + 12, WIDTH, TITLE, LEGEND_TOP,
                names);
        List<TieRoutes.Tie> ties = new ArrayList<>();
        for (NetworkModel.Edge e : model.edges()) {
            Spot a = spots.get(e.member());
            Spot b = spots.get(e.partner());
            if (a != null && b != null) {
                ties.add(routes.route(e.member(), e.partner(), new Point2D.Double(a.x(), a.y()),
                        new Point2D.Double(b.x(), b.y())));
            }
        }
        return ties;
    }

    /**
     * Each tie in the very colour of its legend line, opaque: drawn see-through, they came out lighter greys the legend
     * does not show ("looks after" in the legend's grey of several kinds, a tie of several kinds in a paler one), and
     * ties crossing mixed colours no line of the legend has. On a map of over 400 ties they are hairlines, which the
     * smoothing leaves paler, in the same colours.
     */
    private static void drawEdges(Graphics2D g, NetworkModel model, List<TieRoutes.Tie> ties) {
        g.setStroke(new BasicStroke(model.edges().size() > 400 ? 0.7f : 1.4f));
        Map<String, NetworkModel.Edge> byPair = new HashMap<>();
        model.edges().forEach(e -> byPair.put(e.member() + "|" + e.partner(), e));
        for (TieRoutes.Tie tie : ties) {
            NetworkModel.Edge e = byPair.get(tie.member() + "|" + tie.partner());
            Color c = e.kinds().size() > 1 ? SEVERAL_KINDS : LINK_COLORS.get(e.kinds().iterator().next());
            g.setColor(c);
            Path2D line = new Path2D.Double();
            line.moveTo(tie.path().get(0).getX(), tie.path().get(0).getY());
            tie.path().stream().skip(1).forEach(q -> line.lineTo(q.getX(), q.getY()));
            g.draw(line);
        }
    }

    /**
     * Each sector's name and count outside its wedge; a name that would meet one placed before (or a node) moves
     * further out or a line up or down, and is shortened when that is not enough. A sector is always named.
     */
    private static List<Label> placeSectors(Graphics2D g, Map<String, double[]> arcs, Map<String, String> names,
                                            Room room) {
        g.setFont(SECTOR_FONT);
        List<Label> placed = new ArrayList<>();
        for (Map.Entry<String, double[]> arc : arcs.entrySet()) {
            double mid = (arc.getValue()[0] + arc.getValue()[1]) / 2;
            String name = names.getOrDefault(arc.getKey(), arc.getKey());
            String count = " (" + Count.number((int) arc.getValue()[2]) + ")";
            Label first = null;
            Label found = null;
            // clear of the nodes if it can be (on a crowded map too, where a partner's name may stand on one: a
            // sector's name has room further out), shortened if need be, else only clear of the other names
            int last = SECTOR_WIDTHS.length - 1;
            for (int pass = 0; pass <= last && found == null; pass++) {
                String text = Canvas.clip(g, name, SECTOR_WIDTHS[pass] - g.getFontMetrics().stringWidth(count))
                        + count;
                if (pass == 0 && !text.equals(name + count)) {
                    // a name too long to be whole even then takes no more room than the next try gives it
                    continue;
                }
                int w = g.getFontMetrics().stringWidth(text);
                for (int step = 0; step < 12 && found == null; step++) {
                    double radius = OUTER + 75 + 14 * step;
                    for (int line : new int[] {0, 1, -1, 2, -2}) {
                        double x = Math.max(10, Math.min(WIDTH - w - 10, CX + radius * Math.cos(mid) - w / 2.0));
                        double y = Math.max(TITLE + 18, Math.min(LEGEND_TOP - 8,
                                CY + radius * Math.sin(mid) + 5 + 24 * line));
                        Label label = new Label(text, SECTOR_FONT, x, y,
                                new Rectangle2D.Double(x - 6, y - 16, w + 12, 22), null, null);
                        first = first == null ? label : first;
                        if (found == null && room.fits(label.box(), false)
                                && (pass == last || !room.onANode(label.box()))) {
                            found = label;
                        }
                    }
                }
            }
            // with no clear room left anywhere, at its first place
            Label label = found == null ? first : found;
            room.take(label.box());
            placed.add(label);
        }
        return placed;
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

    /**
     * The chosen partners' names, each outside its node on the side facing away from the centre; a name that would
     * meet another (or, on a map that is not crowded, a node) moves outwards or up and down a line at a time, and
     * then a line joins it to its node. A name that finds no room even shortened is left off.
     */
    private static List<Label> placePartners(Graphics2D g, NetworkModel model, Map<String, Spot> spots,
                                             Set<String> keys, Room room) {
        g.setFont(PARTNER_FONT);
        Map<String, NetworkModel.Node> byKey = new HashMap<>();
        model.partners().forEach(p -> byKey.put(p.key(), p));
        List<Label> placed = new ArrayList<>();
        for (String key : keys) {
            Spot s = spots.get(key);
            NetworkModel.Node n = byKey.get(key);
            if (s == null || n == null) {
                continue;
            }
            // a shorter name rather than one on another partner's node; on a node rather than none; shortened rather
            // than far from its node
            Label label = null;
            for (int pass = 0; pass < 2 && label == null; pass++) {
                Placed whole = place(g, Canvas.clip(g, drawable(PARTNER_FONT, n.label()), 220), key, s, room,
                        pass == 0);
                Placed shorter = place(g, Canvas.clip(g, drawable(PARTNER_FONT, n.label()), 130), key, s, room,
                        pass == 0);
                Placed best = whole == null || shorter != null && shorter.score() + SHORTENED < whole.score()
                        ? shorter : whole;
                label = best == null ? null : best.label();
            }
            if (label != null) {
                room.take(label.box());
                placed.add(label);
            }
        }
        return placed;
    }

    /**
     * Members' names, those with the most ties first (then by name), up to {@link #MEMBER_LABELS}: each beside her
     * dot, on the side facing the centre first (her ties leave the other way), else above or below it or on the far
     * side, a little further out if need be; clear of other names, of the picture's edges and of every dot (a name
     * on a dot hid it). A name that finds no room is left off, and the next member's is tried.
     */
    private static List<Label> placeMembers(Graphics2D g, NetworkModel model, Map<String, Spot> spots,
                                            Map<Long, String> names, Room room, Dots dots,
                                            Map<String, Integer> index) {
        g.setFont(MEMBER_FONT);
        Map<String, String> shown = new HashMap<>();
        for (NetworkModel.Node m : model.members()) {
            String name = names.getOrDefault(m.id(), NetworkFeature.UNNAMED);
            shown.put(m.key(), Canvas.clip(g, drawable(MEMBER_FONT, name.isBlank() ? NetworkFeature.UNNAMED : name),
                    MEMBER_WIDTH));
        }
        List<NetworkModel.Node> order = new ArrayList<>(model.members());
        order.sort(Comparator.comparingInt(NetworkModel.Node::degree).reversed()
                .thenComparing(m -> shown.get(m.key())).thenComparingLong(NetworkModel.Node::id));
        List<Label> placed = new ArrayList<>();
        for (NetworkModel.Node m : order) {
            Spot s = spots.get(m.key());
            if (placed.size() >= MEMBER_LABELS) {
                break;
            }
            if (s == null) {
                continue;
            }
            Label label = placeMember(g, shown.get(m.key()), m.key(), s, room, dots, index.get(m.key()));
            if (label != null) {
                room.take(label.box());
                placed.add(label);
            }
        }
        return placed;
    }

    /**
     * How much further a member's name may stand from her dot for a spot where no other dot is as near as hers (one
     * that reads as hers with no line to it), in pixels.
     */
    private static final double READS_AS_HERS = 20;

    private static Label placeMember(Graphics2D g, String text, String key, Spot s, Room room, Dots dots, int own) {
        int w = g.getFontMetrics().stringWidth(text);
        double towardX = CX - s.x();
        double towardY = CY - s.y();
        // beside her on the side of the centre; in the middle, on her right (where the column leaves room)
        int side = Math.hypot(towardX, towardY) < 200 || towardX >= 0 ? 1 : -1;
        int vertical = towardY >= 0 ? 1 : -1;
        Label best = null;
        double bestScore = Double.MAX_VALUE;
        for (int out = 0; out < 8; out++) {
            double reach = s.r() + 3 + 8 * out;
            // side by side (toward the centre, then away from it), then above or below her (toward, then away)
            for (int mode = 0; mode < 4; mode++) {
                int facing = mode % 2 == 0 ? 1 : -1;
                boolean beside = mode < 2;
                double[] shifts = beside ? new double[] {0, 1, -1, 2, -2} : new double[] {0.5, 0, 1};
                for (double shift : shifts) {
                    double x;
                    double middle;
                    if (beside) {
                        x = side * facing > 0 ? s.x() + reach : s.x() - reach - w;
                        middle = s.y() + shift * MEMBER_LINE;
                    } else {
                        // centred on her, or starting or ending at her
                        x = s.x() - shift * w;
                        middle = s.y() + vertical * facing * (reach + MEMBER_LINE / 2.0);
                    }
                    x = Math.max(6, Math.min(WIDTH - w - 6, x));
                    Rectangle2D box = new Rectangle2D.Double(x - 2, middle - MEMBER_LINE / 2.0, w + 4, MEMBER_LINE);
                    double gap = dots.gap(box, own);
                    if (gap <= 0 || !room.fits(box, false)) {
                        continue;
                    }
                    double other = dots.nearest(box, own, gap + 1);
                    if (other <= 0) {
                        continue;
                    }
                    boolean hers = other > gap;
                    double score = gap + Math.abs(middle - s.y()) / 4 + 6 * mode + (hers ? 0 : READS_AS_HERS);
                    if (score < bestScore - 0.01) {
                        bestScore = score;
                        Point2D leader = hers && gap < 10 ? null : edgeToward(s, box);
                        best = new Label(text, MEMBER_FONT, x, middle + 4.5, box, key, leader);
                    }
                }
            }
        }
        return best;
    }

    /** What stands beside a partner's node when the font can draw nothing of its name (all emoji, say). */
    static final String UNDRAWABLE = "(name can't be drawn)";

    /**
     * A typed name as the font can draw it: characters it has no glyph for (an emoji, its joiners) are left out
     * rather than printed as empty boxes, and so are the invisible joiners between them. A name with nothing
     * drawable at all reads {@link #UNDRAWABLE}: its boxes would say nothing either.
     */
    static String drawable(Font font, String name) {
        StringBuilder out = new StringBuilder();
        // joiners and emoji variation selectors glue emoji together: nothing to draw once those are left out
        name.codePoints().filter(cp -> Character.isWhitespace(cp) || font.canDisplay(cp)
                        && Character.getType(cp) != Character.FORMAT && cp != 0xFE0E && cp != 0xFE0F)
                .forEach(out::appendCodePoint);
        String shown = Spacing.tidied(out.toString());
        return shown.isEmpty() ? UNDRAWABLE : shown;
    }

    /** A spot found for a name, and how far it is from its node (less is better; its own place beside it, -1). */
    private record Placed(Label label, double score) {
    }

    /**
     * How much nearer its node a shortened name must stand than the whole name to be taken instead, in pixels.
     */
    private static final double SHORTENED = 30;

    private static Placed place(Graphics2D g, String text, String key, Spot s, Room room, boolean besideNodes) {
        int w = g.getFontMetrics().stringWidth(text);
        double angle = Math.atan2(s.y() - CY, s.x() - CX);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        // beside a node on the left or right, the name starts or ends at it; below or above, it is centred on it
        // first, where a name ending at its node ran under the next node along and read as that one's; where a
        // centred name finds no room, it starts or ends at its node as before
        double centred = Math.max(0, Math.min(1, 0.5 - cos));
        Label best = null;
        double bestGap = Double.MAX_VALUE;
        // the name's own place beside its node if it fits there; else, of every other spot tried, the one nearest
        // its node: a spot further out or a few lines off was taken before a nearer one, and a crowded map drew
        // long lines from names to their nodes. Besides the spots facing away from the centre, the name may stand
        // at the node's height on its outer side, or either side of a node at the top or bottom (which had no spot
        // but above or below it), moved lines away from the centre only: a name inside the ring lies over the ties
        double[] anchors = centred == (cos < 0 ? 1 : 0) ? new double[] {centred}
                : new double[] {centred, cos < 0 ? 1 : 0};
        int away = sin < 0 ? -1 : 1;
        for (int mode = 0; mode < anchors.length + 2; mode++) {
            boolean outward = mode < anchors.length;
            boolean right = mode == anchors.length;
            if (!outward && (right ? cos < -0.2 : cos > 0.2)) {
                continue;
            }
            int[] lines = outward ? new int[] {0, 1, -1, 2, -2, 3, -3} : new int[] {0, away, 2 * away, 3 * away};
            for (int out = 0; out < 8; out++) {
                double reach = s.r() + 6 + 12 * out;
                for (int line : lines) {
                    double x = outward ? s.x() + cos * reach - anchors[mode] * w
                            : right ? s.x() + reach : s.x() - reach - w;
                    x = Math.max(6, Math.min(WIDTH - w - 6, x));
                    // the box's middle, pushed away from the node by half its height where the name sits above or
                    // below
                    double middle = (outward ? s.y() + sin * (reach + LINE / 2.0 * Math.abs(sin)) : s.y())
                            + LINE * line;
                    Rectangle2D box = new Rectangle2D.Double(x - 2, middle - LINE / 2.0, w + 4, LINE);
                    // never on its own node: a name there hid the node it names
                    if (gap(box, s) <= 0 || !room.fits(box, besideNodes)) {
                        continue;
                    }
                    boolean own = outward && out == 0 && line == 0;
                    double gap = own ? -1 : gap(box, s) + (room.onANode(box) ? ON_A_NODE : 0);
                    if (gap < bestGap - 0.5) {
                        best = new Label(text, PARTNER_FONT, x, middle + 4, box, key, own ? null : edgeToward(s, box));
                        bestGap = gap;
                    }
                }
            }
        }
        return best == null ? null : new Placed(best, bestGap);
    }

    /**
     * How much nearer its node a spot on another node must be than one clear of the nodes to be taken instead, in
     * pixels: a name on a node hides it, one far from its node needs a long line to say whose it is.
     */
    private static final double ON_A_NODE = 24;

    /** How far a name's box stands from the edge of its node, in pixels. */
    private static double gap(Rectangle2D box, Point2D node, double radius) {
        double dx = Math.max(0, Math.max(box.getMinX() - node.getX(), node.getX() - box.getMaxX()));
        double dy = Math.max(0, Math.max(box.getMinY() - node.getY(), node.getY() - box.getMaxY()));
        return Math.max(0, Math.hypot(dx, dy) - radius);
    }

    /** The point of a node's edge facing a name's box: where the thin line to the name starts. */
    private static Point2D edgeToward(Spot s, Rectangle2D box) {
        double dx = Math.max(box.getMinX(), Math.min(box.getMaxX(), s.x())) - s.x();
        double dy = Math.max(box.getMinY(), Math.min(box.getMaxY(), s.y())) - s.y();
        double d = Math.hypot(dx, dy);
        return new Point2D.Double(s.x() + dx / d * s.r(), s.y() + dy / d * s.r());
    }

    private static double gap(Rectangle2D box, Spot s) {
        return gap(box, new Point2D.Double(s.x(), s.y()), s.r());
    }

    private static void drawLabels(Graphics2D g, List<Label> labels) {
        g.setStroke(new BasicStroke(1f));
        for (Label l : labels) {
            if (l.leader() != null) {
                Rectangle2D b = l.box();
                double x = Math.max(b.getMinX(), Math.min(b.getMaxX(), l.leader().getX()));
                double y = Math.max(b.getMinY(), Math.min(b.getMaxY(), l.leader().getY()));
                g.setColor(new Color(0x9a, 0xa5, 0xb1));
                g.draw(new Line2D.Double(l.leader().getX(), l.leader().getY(), x, y));
            }
        }
        for (Label l : labels) {
            Rectangle2D b = l.box();
            if (l.sector()) {
                g.setColor(new Color(0xee, 0xf1, 0xf4));
                g.fill(new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 10, 10));
            } else {
                g.setColor(new Color(255, 255, 255, 210));
                g.fill(b);
            }
            g.setColor(Canvas.INK);
            g.setFont(l.font());
            g.drawString(l.text(), (float) l.x(), (float) l.y());
        }
    }

    /**
     * Two lines: the stages' and the members' dots with the map's counts; then the ties' colours, which the dots do not
     * explain, a short line of each kind beside its words, and the grey of a tie of several kinds.
     */
    private static void drawLegend(Graphics2D g, NetworkModel model) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        int x = 20;
        int y = HEIGHT - 42;
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
        x += 30 + 16 + g.getFontMetrics().stringWidth("Member");
        g.drawString(MapView.plural(model.partners().size(), "partner") + " · "
                + MapView.plural(model.members().size(), "member") + " · "
                + MapView.plural(model.edges().size(), "tie") + " · size = touchpoints (90 days)", x, y);
        x = 20;
        y = HEIGHT - 20;
        g.drawString("Ties:", x, y);
        x += g.getFontMetrics().stringWidth("Ties:") + 10;
        Map<String, Color> ties = new LinkedHashMap<>();
        for (PartnerHistory.LinkKind kind : PartnerHistory.LinkKind.values()) {
            ties.put(kind.label(), LINK_COLORS.get(kind));
        }
        ties.put(SEVERAL_KINDS_WORDS, SEVERAL_KINDS);
        for (Map.Entry<String, Color> tie : ties.entrySet()) {
            g.setColor(tie.getValue());
            g.fillRect(x, y - 6, TIE_KEY, 3);
            g.setColor(Canvas.INK);
            g.drawString(tie.getKey(), x + TIE_KEY + 5, y);
            x += TIE_KEY + 20 + g.getFontMetrics().stringWidth(tie.getKey());
        }
    }
}
