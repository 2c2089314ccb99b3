package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.partners.PartnerHistory.LinkKind;
import org.partnercoach.partners.Stage;

@DisplayName("A tie on the map is drawn in the very colour of its kind's line in the legend, so a reader can match "
        + "each tie to it")
class MapTieColoursTest {

    private static final Instant T = Instant.parse("2026-03-31T12:00:00Z");
    /** How far, per channel, a tie's colour on the page may be from its legend line's (rounding in the smoothing). */
    private static final int CLOSE = 6;
    /** How many pixels of a tie's line are read, at least, to tell its colour. */
    private static final int ENOUGH = 20;

    private static Partner partner(long id, String name, String sector) {
        return new Partner(id, 1, name, sector, Stage.CULTIVATING, 0, null, null, null, 1, T, T, null, null, null,
                null);
    }

    /** One tie of each kind the legend lists: four of one kind each, and one of several (looks after, touched). */
    private static NetworkModel everyKind() {
        List<String> sectors = List.of("food", "faith", "youth", "housing", "education");
        List<PartnerHistory.PartnerAt> partners = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            partners.add(new PartnerHistory.PartnerAt(partner(i, "Partner " + i, sectors.get(i - 1)),
                    Stage.CULTIVATING, 1));
        }
        return NetworkModel.of(new PartnerHistory.Network(partners, Set.of(1000L, 1001L, 1002L, 1003L, 1004L),
                List.of(new PartnerHistory.Link(1, 1000, LinkKind.LOOKS_AFTER, 1),
                        new PartnerHistory.Link(2, 1001, LinkKind.KNOWS_SOMEONE, 1),
                        new PartnerHistory.Link(3, 1002, LinkKind.INTRODUCTION, 1),
                        new PartnerHistory.Link(4, 1003, LinkKind.TOUCHPOINT, 1),
                        new PartnerHistory.Link(5, 1004, LinkKind.LOOKS_AFTER, 1),
                        new PartnerHistory.Link(5, 1004, LinkKind.TOUCHPOINT, 1))));
    }

    private static Map<Long, String> names(NetworkModel model) {
        Map<Long, String> names = new HashMap<>();
        model.members().forEach(m -> names.put(m.id(), "Member " + m.id()));
        return names;
    }

    @Test
    @DisplayName("the console's case: ana looks after Alpha Pantry and phoned Beta Club, which she also looks after; "
            + "the first tie is the legend's near-black \"looks after\", the second its grey \"several kinds\", on "
            + "the coalition map and on the report's")
    void looksAfterAndSeveralKinds() throws IOException {
        // GIVEN ana looks after both, and logged a call with Beta Club; another member is tied to nobody
        NetworkModel model = NetworkModel.of(new PartnerHistory.Network(
                List.of(new PartnerHistory.PartnerAt(partner(1, "Alpha Pantry", "food"), Stage.RESEARCHING, 0),
                        new PartnerHistory.PartnerAt(partner(2, "Beta Club", "youth"), Stage.RESEARCHING, 1)),
                Set.of(1000L, 1001L),
                List.of(new PartnerHistory.Link(1, 1000, LinkKind.LOOKS_AFTER, 1),
                        new PartnerHistory.Link(2, 1000, LinkKind.LOOKS_AFTER, 1),
                        new PartnerHistory.Link(2, 1000, LinkKind.TOUCHPOINT, 1))));

        for (Map<Long, String> names : java.util.Arrays.asList(Map.of(1000L, "ana", 1001L, "you"), null)) {
            // WHEN the map is drawn (named, as /coalition map; unnamed, as the report's)
            NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", model, NetworkMapTest.sectorNames(),
                    names);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawn.png()));

            // THEN each tie is the colour of its legend line, not a lighter grey the legend does not show
            Map<String, Color> legend = legend(image);
            assertThat(inkOf(image, drawn, tie(drawn, "p:1"))).as("ana–Alpha Pantry")
                    .satisfies(c -> assertClose(c, legend.get(LinkKind.LOOKS_AFTER.label())));
            assertThat(inkOf(image, drawn, tie(drawn, "p:2"))).as("ana–Beta Club")
                    .satisfies(c -> assertClose(c, legend.get(NetworkMap.SEVERAL_KINDS_WORDS)));
        }
    }

    @Test
    @DisplayName("every kind the legend lists (looks after, knows someone there, introduction, touchpoint, several "
            + "kinds) has its line there in the colour its ties are drawn in, and each tie is nearest its own")
    void everyKindMatchesItsLegendLine() throws IOException {
        // GIVEN a tie of each kind
        NetworkModel model = everyKind();

        // WHEN the map is drawn
        NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", model, NetworkMapTest.sectorNames(),
                names(model));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawn.png()));

        // THEN the legend shows a line of each kind, in the order it lists them, in the kind's colour
        Map<String, Color> legend = legend(image);
        List<String> words = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            words.add(kind.label());
        }
        words.add(NetworkMap.SEVERAL_KINDS_WORDS);
        assertThat(legend.keySet()).containsExactlyElementsOf(words);
        // AND each tie on the page is that colour, nearer its own legend line than any other
        for (NetworkModel.Edge e : model.edges()) {
            String kind = e.kinds().size() > 1 ? NetworkMap.SEVERAL_KINDS_WORDS : e.kinds().iterator().next().label();
            Color ink = inkOf(image, drawn, tie(drawn, e.partner()));
            assertThat(ink).as(kind).satisfies(c -> assertClose(c, legend.get(kind)));
            assertThat(nearest(legend, ink)).as(kind).isEqualTo(kind);
        }
    }

    @Test
    @DisplayName("on a map of 150 partners and some 200 ties, where they were drawn fainter still, a tie where it "
            + "crosses no other is the colour of its legend line, for every kind")
    void busierMap() throws IOException {
        // GIVEN 150 partners, each looked after, some also touched (by their owner or another), known or introduced
        PartnerHistory.Network base = NetworkMapTest.network(150, 15);
        List<PartnerHistory.Link> links = new ArrayList<>(base.links());
        for (int i = 1; i <= 150; i++) {
            long owner = 1000 + i % 15;
            if (i % 5 == 0) {
                links.add(new PartnerHistory.Link(i, owner, LinkKind.TOUCHPOINT, 1));
            } else if (i % 7 == 0) {
                links.add(new PartnerHistory.Link(i, 1000 + (i + 3) % 15, LinkKind.KNOWS_SOMEONE, 1));
            } else if (i % 11 == 0) {
                links.add(new PartnerHistory.Link(i, 1000 + (i + 5) % 15, LinkKind.INTRODUCTION, 1));
            }
        }
        NetworkModel model = NetworkModel.of(new PartnerHistory.Network(base.partners(), base.members(), links));
        assertThat(model.edges().size()).isBetween(101, 400);

        // WHEN the map is drawn
        NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", model, NetworkMapTest.sectorNames(),
                names(model));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawn.png()));

        // THEN, reading each tie only where no other tie comes near, every kind is its legend line's colour
        Map<String, Color> legend = legend(image);
        int[][] near = tiesNear(drawn);
        Map<String, NetworkModel.Edge> byPair = new HashMap<>();
        model.edges().forEach(e -> byPair.put(e.member() + "|" + e.partner(), e));
        Map<String, Integer> checked = new HashMap<>();
        for (int t = 0; t < drawn.ties().size(); t++) {
            TieRoutes.Tie tie = drawn.ties().get(t);
            NetworkModel.Edge e = byPair.get(tie.member() + "|" + tie.partner());
            String kind = e.kinds().size() > 1 ? NetworkMap.SEVERAL_KINDS_WORDS : e.kinds().iterator().next().label();
            int self = t + 1;
            Color ink = inkOf(image, drawn, tie, (x, y) -> near[y][x] == self);
            if (ink == null) {
                continue;
            }
            assertThat(ink).as("%s–%s (%s)", tie.member(), tie.partner(), kind)
                    .satisfies(c -> assertClose(c, legend.get(kind)));
            checked.merge(kind, 1, Integer::sum);
        }
        assertThat(checked).as("ties read, by kind").containsOnlyKeys(legend.keySet());
    }

    /** The only tie to a partner. */
    private static TieRoutes.Tie tie(NetworkMap.Drawn drawn, String partner) {
        return drawn.ties().stream().filter(t -> t.partner().equals(partner)).findFirst().orElseThrow();
    }

    /**
     * The legend's lines of ties, by the words beside them, left to right: each run of one colour at least as long as
     * {@link NetworkMap#TIE_KEY} below the legend's top (no dot and no letter is that long), in the order met.
     */
    private static Map<String, Color> legend(BufferedImage image) {
        List<int[]> runs = new ArrayList<>();   // x where it starts, colour
        for (int y = NetworkMap.LEGEND_TOP; y < NetworkMap.HEIGHT; y++) {
            int run = 0;
            for (int x = 1; x < NetworkMap.WIDTH; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                run = rgb != 0xffffff && rgb == (image.getRGB(x - 1, y) & 0xffffff) ? run + 1 : 0;
                if (run == NetworkMap.TIE_KEY - 1) {
                    int start = x - run;
                    if (runs.stream().noneMatch(r -> r[1] == rgb)) {
                        runs.add(new int[] {start, rgb});
                    }
                }
            }
        }
        runs.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<String> words = new ArrayList<>();
        for (LinkKind kind : LinkKind.values()) {
            words.add(kind.label());
        }
        words.add(NetworkMap.SEVERAL_KINDS_WORDS);
        assertThat(runs).as("lines in the legend").hasSize(words.size());
        Map<String, Color> legend = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            legend.put(words.get(i), new Color(runs.get(i)[1]));
        }
        return legend;
    }

    private interface Where {
        boolean ok(int x, int y);
    }

    private static Color inkOf(BufferedImage image, NetworkMap.Drawn drawn, TieRoutes.Tie tie) {
        return inkOf(image, drawn, tie, (x, y) -> true);
    }

    /**
     * The tie's colour on the page: of the pixels its line passes through (clear of every dot and every name, where
     * {@code where} allows), the one furthest from the white of the page, which the line covers whole; null when
     * fewer than {@link #ENOUGH} such pixels are left (a line smoothed over a few pixels may cover none whole).
     */
    private static Color inkOf(BufferedImage image, NetworkMap.Drawn drawn, TieRoutes.Tie tie,
                               Where where) {
        Color best = null;
        double furthest = 0;
        Set<Integer> read = new java.util.HashSet<>();
        List<Point2D> path = tie.path();
        for (int i = 1; i < path.size(); i++) {
            Point2D a = path.get(i - 1);
            Point2D b = path.get(i);
            int steps = (int) Math.ceil(a.distance(b) * 2);
            for (int s = 0; s <= steps; s++) {
                double px = a.getX() + (b.getX() - a.getX()) * s / Math.max(1, steps);
                double py = a.getY() + (b.getY() - a.getY()) * s / Math.max(1, steps);
                for (int x = (int) Math.floor(px) - 1; x <= (int) Math.floor(px) + 1; x++) {
                    for (int y = (int) Math.floor(py) - 1; y <= (int) Math.floor(py) + 1; y++) {
                        if (Line2D.ptSegDist(a.getX(), a.getY(), b.getX(), b.getY(), x + 0.5, y + 0.5) > 0.7
                                || !clear(drawn, x, y) || !where.ok(x, y)) {
                            continue;
                        }
                        read.add(y * NetworkMap.WIDTH + x);
                        Color c = new Color(image.getRGB(x, y) & 0xffffff);
                        double d = Math.hypot(255 - c.getRed(), Math.hypot(255 - c.getGreen(), 255 - c.getBlue()));
                        if (d > furthest) {
                            furthest = d;
                            best = c;
                        }
                    }
                }
            }
        }
        return read.size() < ENOUGH ? null : best;
    }

    /** Whether the pixel is well clear of every dot and every name's box (and a name's line to its node). */
    private static boolean clear(NetworkMap.Drawn drawn, int x, int y) {
        for (Map.Entry<String, Point2D> node : drawn.nodes().entrySet()) {
            if (node.getValue().distance(x + 0.5, y + 0.5) < drawn.radii().get(node.getKey()) + 4) {
                return false;
            }
        }
        for (NetworkMap.Label l : drawn.names()) {
            Rectangle2D box = l.box();
            if (new Rectangle2D.Double(box.getX() - 3, box.getY() - 3, box.getWidth() + 6, box.getHeight() + 6)
                    .contains(x + 0.5, y + 0.5)) {
                return false;
            }
            if (l.leader() != null && Line2D.ptSegDist(l.leader().getX(), l.leader().getY(), box.getCenterX(),
                    box.getCenterY(), x + 0.5, y + 0.5) < 4) {
                return false;
            }
        }
        return true;
    }

    /**
     * For each pixel, which tie comes within 3 pixels of it: its number from 1 when only one does, -1 when several
     * do, 0 when none.
     */
    private static int[][] tiesNear(NetworkMap.Drawn drawn) {
        int[][] near = new int[NetworkMap.HEIGHT][NetworkMap.WIDTH];
        for (int t = 0; t < drawn.ties().size(); t++) {
            List<Point2D> path = drawn.ties().get(t).path();
            for (int i = 1; i < path.size(); i++) {
                Point2D a = path.get(i - 1);
                Point2D b = path.get(i);
                for (int x = (int) Math.max(0, Math.min(a.getX(), b.getX()) - 4);
                     x <= Math.min(NetworkMap.WIDTH - 1, Math.max(a.getX(), b.getX()) + 4); x++) {
                    for (int y = (int) Math.max(0, Math.min(a.getY(), b.getY()) - 4);
                         y <= Math.min(NetworkMap.HEIGHT - 1, Math.max(a.getY(), b.getY()) + 4); y++) {
                        if (Line2D.ptSegDist(a.getX(), a.getY(), b.getX(), b.getY(), x + 0.5, y + 0.5) <= 3) {
                            near[y][x] = near[y][x] == 0 || near[y][x] == t + 1 ? t + 1 : -1;
                        }
                    }
                }
            }
        }
        return near;
    }

    private static void assertClose(Color actual, Color expected) {
        assertThat(actual).as("a colour on the page").isNotNull();
        assertThat(Math.max(Math.abs(actual.getRed() - expected.getRed()), Math.max(
                Math.abs(actual.getGreen() - expected.getGreen()), Math.abs(actual.getBlue() - expected.getBlue()))))
                .as("#%06x against the legend's #%06x", actual.getRGB() & 0xffffff, expected.getRGB() & 0xffffff)
                .isLessThanOrEqualTo(CLOSE);
    }

    /** The words of the legend line whose colour is nearest {@code ink}. */
    private static String nearest(Map<String, Color> legend, Color ink) {
        String best = null;
        double least = Double.MAX_VALUE;
        for (Map.Entry<String, Color> e : legend.entrySet()) {
            Color c = e.getValue();
            double d = Math.hypot(c.getRed() - ink.getRed(),
                    Math.hypot(c.getGreen() - ink.getGreen(), c.getBlue() - ink.getBlue()));
            if (d < least) {
                least = d;
                best = e.getKey();
            }
        }
        return best;
    }
}
