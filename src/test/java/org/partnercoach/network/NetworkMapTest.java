package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.partners.Stage;

@DisplayName("The network map's graph and picture")
class NetworkMapTest {

    private static final Instant T = Instant.parse("2026-03-31T12:00:00Z");
    private static final List<String> SECTORS = List.of("food", "faith", "youth", "housing", "education",
            "health-care", "business", "government");

    /** {@code partners} partners spread over the sectors and stages, {@code members} members each tied to a few. */
    static PartnerHistory.Network network(int partners, int members) {
        List<PartnerHistory.PartnerAt> ps = new ArrayList<>();
        List<PartnerHistory.Link> links = new ArrayList<>();
        Stage[] stages = {Stage.RESEARCHING, Stage.CONNECTING, Stage.CULTIVATING, Stage.ASKING, Stage.PARTNERED};
        for (int i = 1; i <= partners; i++) {
            Stage stage = stages[i % stages.length];
            Partner p = new Partner(i, 1, "Organisation number " + i + " of the long-named community alliance",
                    SECTORS.get(i % SECTORS.size()), stage, 0, null, null, null, 1, T, T, null, null, null, null);
            ps.add(new PartnerHistory.PartnerAt(p, stage, i % 17));
            long owner = 1000 + i % members;
            links.add(new PartnerHistory.Link(i, owner, PartnerHistory.LinkKind.LOOKS_AFTER, 1));
            if (i % 3 == 0) {
                links.add(new PartnerHistory.Link(i, 1000 + (i + 1) % members, PartnerHistory.LinkKind.TOUCHPOINT,
                        i % 17));
            }
        }
        Set<Long> people = new TreeSet<>();
        for (int m = 0; m < members + 5; m++) {
            people.add(1000L + m);   // five members tied to nobody
        }
        return new PartnerHistory.Network(ps, people, links);
    }

    static Map<String, String> sectorNames() {
        Map<String, String> names = new LinkedHashMap<>();
        SECTORS.forEach(s -> names.put(s, s.substring(0, 1).toUpperCase() + s.substring(1)));
        return names;
    }

    @Test
    @DisplayName("the graph: one node per partner and member, fragile partners and untied members counted")
    void model() {
        NetworkModel model = NetworkModel.of(network(9, 3));
        assertThat(model.partners()).hasSize(9);
        assertThat(model.members()).hasSize(8);
        assertThat(model.nodes()).hasSize(17);
        // partners 3, 6 and 9 are touched by a second member; the other six have one tie
        assertThat(model.fragile()).extracting(NetworkModel.Node::id).containsExactly(1L, 2L, 4L, 5L, 7L, 8L);
        assertThat(model.membersWithoutPartner()).hasSize(5);
        assertThat(model.edges()).hasSize(12);
    }

    @Test
    @DisplayName("a small map is a valid PNG with every partner named")
    void small() throws IOException {
        NetworkModel model = NetworkModel.of(network(12, 4));
        NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", model, sectorNames());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawn.png()));
        assertThat(image.getWidth()).isEqualTo(NetworkMap.WIDTH);
        assertThat(drawn.labelled()).hasSize(12);
    }

    @Test
    @DisplayName("200 and 2,000 partners: labels only for the largest nodes, a PNG well under Discord's limit")
    void crowded() throws IOException {
        for (int n : List.of(200, 2000)) {
            NetworkModel model = NetworkModel.of(network(n, n / 10));
            assertThat(model.nodes()).hasSize(n + n / 10 + 5);
            NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", model, sectorNames());
            assertThat(ImageIO.read(new ByteArrayInputStream(drawn.png()))).isNotNull();
            assertThat(drawn.labelled()).hasSize(NetworkMap.LABELS_WHEN_CROWDED);
            // the largest: no unnamed partner has more touchpoints than a named one
            int smallestNamed = model.partners().stream().filter(p -> drawn.labelled().contains(p.key()))
                    .mapToInt(NetworkModel.Node::touchpoints).min().orElseThrow();
            assertThat(model.partners().stream().filter(p -> !drawn.labelled().contains(p.key()))
                    .mapToInt(NetworkModel.Node::touchpoints).max().orElseThrow()).isLessThanOrEqualTo(smallestNamed);
            assertThat(smallestNamed).isEqualTo(n == 200 ? 15 : 16);
            assertThat(drawn.png().length).isLessThan(8 * 1024 * 1024);
            assertReadable(drawn);
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "network-map-" + n + ".png"), drawn.png());
        }
    }

    @Test
    @DisplayName("10,000 partners: a sector's count beside its name sets thousands apart, as the legend and card do")
    void sectorCountsOfThousands() {
        NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", NetworkModel.of(network(10_000, 100)),
                sectorNames());
        assertThat(drawn.names().stream().filter(NetworkMap.Label::sector).map(NetworkMap.Label::text))
                .hasSize(SECTORS.size()).allSatisfy(text -> assertThat(text).endsWith(" (1,250)"));
    }

    /**
     * Twenty sectors, one to three partners in each; sector names as long as the catalogue allows (100 characters)
     * or as short as the built-in ones, partner names long or short.
     */
    static PartnerHistory.Network manySectors(Map<String, String> sectors, boolean longPartnerNames) {
        List<PartnerHistory.PartnerAt> ps = new ArrayList<>();
        List<PartnerHistory.Link> links = new ArrayList<>();
        Stage[] stages = {Stage.RESEARCHING, Stage.CONNECTING, Stage.CULTIVATING, Stage.ASKING, Stage.PARTNERED};
        int id = 0;
        int s = 0;
        for (String sector : sectors.keySet()) {
            for (int k = 0; k <= s % 3 && id < 38; k++) {
                id++;
                String name = longPartnerNames ? "The Greater Riverside County Community Health Improvement "
                        + "Partnership number " + id : "Partner " + id;
                Stage stage = stages[id % stages.length];
                Partner p = new Partner(id, 1, name, sector, stage, 0, null, null, null, 1, T, T, null, null, null,
                        null);
                ps.add(new PartnerHistory.PartnerAt(p, stage, id % 5));
                links.add(new PartnerHistory.Link(id, 1000, PartnerHistory.LinkKind.LOOKS_AFTER, 1));
            }
            s++;
        }
        return new PartnerHistory.Network(ps, Set.of(1000L), links);
    }

    static Map<String, String> twentySectors(boolean longNames) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> built = List.of("Public health", "Health care", "Mental health", "Education", "Youth",
                "Seniors", "Faith communities", "Business", "Local government", "Housing", "Food and nutrition",
                "Transportation", "Public safety", "Media", "Philanthropy", "Universities and research",
                "Community groups", "Arts and culture", "Parks and recreation", "Environment");
        for (int i = 0; i < built.size(); i++) {
            String name = built.get(i);
            names.put("sector-" + i, longNames ? (name + " organisations, networks and programs of the county and "
                    + "all its neighbouring towns and villages").substring(0, 100) : name);
        }
        return names;
    }

    @Test
    @DisplayName("twenty sectors, long and short names: every partner named, no name on another or off the picture")
    void manySectorsReadable() throws IOException {
        for (boolean longSectors : List.of(false, true)) {
            for (boolean longPartners : List.of(false, true)) {
                NetworkModel model = NetworkModel.of(manySectors(twentySectors(longSectors), longPartners));
                assertThat(model.nodes().size()).isLessThanOrEqualTo(NetworkMap.CROWDED);
                NetworkMap.Drawn drawn = NetworkMap.render("Coalition network · end of Q4 2026 (Oct – Dec)", model,
                        twentySectors(longSectors));

                assertThat(drawn.labelled()).hasSize(model.partners().size());
                assertThat(drawn.names().stream().filter(NetworkMap.Label::sector)).hasSize(20);
                assertReadable(drawn);
                Files.createDirectories(Path.of("target"));
                Files.write(Path.of("target", "network-map-20-sectors-" + (longSectors ? "long" : "short") + "-"
                        + (longPartners ? "long" : "short") + ".png"), drawn.png());
            }
        }
    }

    @Test
    @DisplayName("a partner's name with an emoji is printed on the map without it, not with an empty box")
    void emojiInNames() {
        Partner school = new Partner(1, 1, "Lincoln High School 🏫", "education", Stage.CULTIVATING, 0, null, null,
                null, 1, T, T, null, null, null, null);
        Partner clinic = new Partner(2, 1, "Clinic 👩‍⚕️ Westside", "health-care", Stage.PARTNERED, 0, null, null,
                null, 1, T, T, null, null, null, null);
        NetworkModel model = NetworkModel.of(new PartnerHistory.Network(List.of(
                new PartnerHistory.PartnerAt(school, Stage.CULTIVATING, 1),
                new PartnerHistory.PartnerAt(clinic, Stage.PARTNERED, 1)), Set.of(1000L), List.of(
                new PartnerHistory.Link(1, 1000, PartnerHistory.LinkKind.LOOKS_AFTER, 1),
                new PartnerHistory.Link(2, 1000, PartnerHistory.LinkKind.LOOKS_AFTER, 1))));

        NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", model,
                Map.of("education", "Education", "health-care", "Health care"));

        // the font may have a glyph for the clinic's ⚕ (then it is printed), never for 🏫 or 👩
        List<String> names = drawn.names().stream().filter(l -> l.partner() != null).map(NetworkMap.Label::text)
                .toList();
        assertThat(names).hasSize(2).contains("Lincoln High School")
                .anySatisfy(n -> assertThat(n).startsWith("Clinic ").endsWith(" Westside").doesNotContain("\u200d"));
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        drawn.names().forEach(l -> assertThat(font.canDisplayUpTo(l.text())).as(l.text()).isEqualTo(-1));
    }

    @Test
    @DisplayName("a partner named in emoji only is named on the map as a name that can't be drawn, not as empty boxes")
    void emojiOnlyName() {
        // GIVEN a partner whose whole name is emoji, next to one with a plain name
        Partner apples = new Partner(1, 1, "🍎🍎", "food", Stage.CULTIVATING, 0, null, null,
                null, 1, T, T, null, null, null, null);
        Partner school = new Partner(2, 1, "Lincoln High School", "education", Stage.PARTNERED, 0, null, null,
                null, 1, T, T, null, null, null, null);
        NetworkModel model = NetworkModel.of(new PartnerHistory.Network(List.of(
                new PartnerHistory.PartnerAt(apples, Stage.CULTIVATING, 1),
                new PartnerHistory.PartnerAt(school, Stage.PARTNERED, 1)), Set.of(1000L), List.of(
                new PartnerHistory.Link(1, 1000, PartnerHistory.LinkKind.LOOKS_AFTER, 1),
                new PartnerHistory.Link(2, 1000, PartnerHistory.LinkKind.LOOKS_AFTER, 1))));

        // WHEN the map is drawn
        NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", model,
                Map.of("food", "Food and nutrition", "education", "Education"));

        // THEN its node says its name can't be drawn, in letters the font has
        List<String> names = drawn.names().stream().filter(l -> l.partner() != null).map(NetworkMap.Label::text)
                .toList();
        assertThat(names).containsExactlyInAnyOrder("(name can't be drawn)", "Lincoln High School");
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        drawn.names().forEach(l -> assertThat(font.canDisplayUpTo(l.text())).as(l.text()).isEqualTo(-1));
    }

    @Test
    @DisplayName("the legend shows the colour of each kind of tie, so a reader can tell a touchpoint from a handover")
    void legendExplainsTies() throws IOException {
        NetworkModel model = NetworkModel.of(manySectors(twentySectors(false), false));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(NetworkMap.render("Coalition network", model,
                twentySectors(false)).png()));

        // a line sample of each kind's colour, drawn in the legend (no stage's dot is that long)
        for (PartnerHistory.LinkKind kind : PartnerHistory.LinkKind.values()) {
            int rgb = NetworkMap.LINK_COLORS.get(kind).getRGB();
            int longest = 0;
            for (int y = NetworkMap.LEGEND_TOP; y < NetworkMap.HEIGHT; y++) {
                int run = 0;
                for (int x = 0; x < NetworkMap.WIDTH; x++) {
                    run = image.getRGB(x, y) == rgb ? run + 1 : 0;
                    longest = Math.max(longest, run);
                }
            }
            assertThat(longest).as(kind.label()).isGreaterThanOrEqualTo(NetworkMap.TIE_KEY);
        }
    }

    @Test
    @DisplayName("a tie of several kinds is drawn grey, and the legend says so with a grey line beside \"several "
            + "kinds\"")
    void tieOfSeveralKindsIsGreyAndTheLegendSaysSo() throws IOException {
        // GIVEN a member who knows someone at a partner and touched it too, and a partner looked after by another
        Partner food = new Partner(1, 1, "Eastside Food Bank", "food", Stage.CULTIVATING, 0, null, null, null, 1, T, T,
                null, null, null, null);
        Partner church = new Partner(2, 1, "Grace Church", "faith", Stage.CONNECTING, 0, null, null, null, 1, T, T,
                null, null, null, null);
        PartnerHistory.Network network = new PartnerHistory.Network(
                List.of(new PartnerHistory.PartnerAt(food, Stage.CULTIVATING, 3),
                        new PartnerHistory.PartnerAt(church, Stage.CONNECTING, 1)),
                Set.of(1000L, 1001L),
                List.of(new PartnerHistory.Link(1, 1000, PartnerHistory.LinkKind.KNOWS_SOMEONE, 1),
                        new PartnerHistory.Link(1, 1000, PartnerHistory.LinkKind.TOUCHPOINT, 3),
                        new PartnerHistory.Link(2, 1001, PartnerHistory.LinkKind.LOOKS_AFTER, 1)));

        // WHEN the map is drawn
        NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", NetworkModel.of(network), sectorNames());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(drawn.png()));

        // THEN the legend has a grey line as long as each kind's, beside the words "several kinds"
        int grey = NetworkMap.SEVERAL_KINDS.getRGB();
        int longest = 0;
        int endX = 0;
        int atY = 0;
        for (int y = NetworkMap.LEGEND_TOP; y < NetworkMap.HEIGHT; y++) {
            int run = 0;
            for (int x = 0; x < NetworkMap.WIDTH; x++) {
                run = image.getRGB(x, y) == grey ? run + 1 : 0;
                if (run > longest) {
                    longest = run;
                    endX = x;
                    atY = y;
                }
            }
        }
        assertThat(longest).as("a grey line in the legend").isGreaterThanOrEqualTo(NetworkMap.TIE_KEY);
        // words written in ink just after it
        int ink = 0;
        for (int y = atY - 12; y <= atY + 6; y++) {
            for (int x = endX + 2; x < Math.min(NetworkMap.WIDTH, endX + 90); x++) {
                ink += (image.getRGB(x, y) & 0xff) < 100 ? 1 : 0;
            }
        }
        assertThat(ink).as("words beside the grey line").isGreaterThan(30);
        // AND the tie between the member and the food bank is grey along its length, not the blue of its first kind
        Point2D member = drawn.nodes().get("m:1000");
        Point2D partner = drawn.nodes().get("p:1");
        int coloured = 0;
        int neutral = 0;
        for (int i = 1; i < 100; i++) {
            double x = member.getX() + (partner.getX() - member.getX()) * i / 100.0;
            double y = member.getY() + (partner.getY() - member.getY()) * i / 100.0;
            if (Point2D.distance(x, y, member.getX(), member.getY()) < drawn.radii().get("m:1000") + 3
                    || Point2D.distance(x, y, partner.getX(), partner.getY()) < drawn.radii().get("p:1") + 3) {
                continue;
            }
            int rgb = image.getRGB((int) Math.round(x), (int) Math.round(y));
            int r = rgb >> 16 & 0xff;
            int g = rgb >> 8 & 0xff;
            int b = rgb & 0xff;
            if (r > 245 && g > 245 && b > 245) {
                continue;
            }
            if (Math.abs(r - g) <= 10 && Math.abs(g - b) <= 10) {
                neutral++;
            } else {
                coloured++;
            }
        }
        assertThat(coloured).as("coloured pixels along the tie").isZero();
        assertThat(neutral).as("grey pixels along the tie").isGreaterThan(5);
    }

    /** Sectors in the map's order, each with how many partners it has. */
    private static PartnerHistory.Network bySector(Map<String, Integer> counts) {
        List<PartnerHistory.PartnerAt> ps = new ArrayList<>();
        List<PartnerHistory.Link> links = new ArrayList<>();
        int id = 0;
        for (Map.Entry<String, Integer> sector : counts.entrySet()) {
            for (int k = 0; k < sector.getValue(); k++) {
                id++;
                Partner p = new Partner(id, 1, "Partner " + id, sector.getKey(), Stage.CONNECTING, 0, null, null,
                        null, 1, T, T, null, null, null, null);
                ps.add(new PartnerHistory.PartnerAt(p, Stage.CONNECTING, id % 4));
                links.add(new PartnerHistory.Link(id, 1000 + id % 6, PartnerHistory.LinkKind.LOOKS_AFTER, 1));
            }
        }
        Set<Long> people = new TreeSet<>();
        for (int m = 0; m < 6; m++) {
            people.add(1000L + m);
        }
        return new PartnerHistory.Network(ps, people, links);
    }

    @Test
    @DisplayName("a sector's name stands by its partners, one or many: in line with their middle, seen from the centre")
    void sectorNameByItsPartners() {
        for (int many : List.of(5, 120)) {
            // GIVEN sectors of one partner between larger ones (a map of 12 partners, and of a few hundred)
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("food", many);
            counts.put("media", 1);
            counts.put("transportation", 1);
            counts.put("youth", 2);
            counts.put("faith", 3);
            counts.put("housing", many);
            Map<String, String> names = new LinkedHashMap<>();
            counts.keySet().forEach(k -> names.put(k, k.substring(0, 1).toUpperCase() + k.substring(1)));
            NetworkModel model = NetworkModel.of(bySector(counts));

            // WHEN the map is drawn
            NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", model, names);

            // THEN each sector's name is in line with the middle of its partners, as seen from the map's centre
            List<String> off = new ArrayList<>();
            for (Map.Entry<String, String> sector : names.entrySet()) {
                NetworkMap.Label label = drawn.names().stream().filter(NetworkMap.Label::sector)
                        .filter(l -> l.text().startsWith(sector.getValue() + " (")).findFirst().orElseThrow();
                List<Double> bearings = model.partners().stream().filter(p -> p.sector().equals(sector.getKey()))
                        .map(p -> bearing(drawn.nodes().get(p.key()).getX(), drawn.nodes().get(p.key()).getY()))
                        .toList();
                double first = bearings.get(0);
                double last = bearings.get(bearings.size() - 1);
                double middle = first + Math.IEEEremainder(last - first, 2 * Math.PI) / 2;
                double apart = Math.toDegrees(Math.abs(Math.IEEEremainder(
                        bearing(label.box().getCenterX(), label.box().getCenterY()) - middle, 2 * Math.PI)));
                if (apart > 2) {
                    off.add(label.text() + String.format(" stands %.0f° away from its partners' middle", apart));
                }
            }
            assertThat(off).as("sector names away from their partners, with " + model.partners().size()
                    + " partners").isEmpty();
        }
    }

    @Test
    @DisplayName("a partner's name printed beside its node, with no line to it, is nearer its own node than any other")
    void nameNearestItsOwnNode() {
        // GIVEN a coalition of 29 partners in ten sectors, as a coordinator's might be
        Map<String, Integer> counts = new LinkedHashMap<>();
        List.of(6, 5, 4, 4, 3, 2, 2, 1, 1, 1).forEach(n -> counts.put(SECTORS_OF_A_COALITION.get(counts.size()), n));
        Map<String, String> names = new LinkedHashMap<>();
        counts.keySet().forEach(k -> names.put(k, k));
        NetworkModel model = NetworkModel.of(bySector(counts));

        // WHEN the map is drawn
        NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", model, names);

        // THEN a name with no line to its node reads as that node's: no other partner's node is nearer to it
        List<String> misread = new ArrayList<>();
        for (NetworkMap.Label label : drawn.names()) {
            if (label.sector() || label.leader() != null) {
                continue;
            }
            double own = drawn.nodes().get(label.partner()).distance(label.box().getCenterX(),
                    label.box().getCenterY());
            model.partners().stream().filter(p -> !p.key().equals(label.partner()))
                    .filter(p -> drawn.nodes().get(p.key()).distance(label.box().getCenterX(),
                            label.box().getCenterY()) < own)
                    .findFirst().ifPresent(p -> misread.add(label.text() + " reads as " + p.label() + "'s"));
        }
        assertThat(misread).isEmpty();
    }

    @Test
    @DisplayName("every partner's name stands near its own node, never on it, on maps from 10 to 300 partners: no "
            + "long line from a name to a node far away")
    void namesNearTheirNodes() {
        List<String> far = new ArrayList<>();
        for (int n = 10; n <= 300; n += n < 100 ? 5 : 50) {
            // GIVEN a coalition of n partners with long names in eight sectors, and a member for every ten
            NetworkModel model = NetworkModel.of(network(n, Math.max(3, n / 10)));

            // WHEN its map is drawn
            NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", model, sectorNames());

            // THEN each name's box is beside its node: within 64 px of its middle (the whole name one line
            // further out than the nodes' band, or a few lines up or down), and clear of the node itself
            for (NetworkMap.Label label : drawn.names()) {
                if (label.sector()) {
                    continue;
                }
                Point2D node = drawn.nodes().get(label.partner());
                Rectangle2D box = label.box();
                double dx = Math.max(0, Math.max(box.getMinX() - node.getX(), node.getX() - box.getMaxX()));
                double dy = Math.max(0, Math.max(box.getMinY() - node.getY(), node.getY() - box.getMaxY()));
                double distance = Math.hypot(dx, dy);
                if (distance > 64 || box.contains(node)) {
                    far.add(n + " partners: “" + label.text() + "” " + Math.round(distance) + " px from its node"
                            + (box.contains(node) ? ", printed on it" : ""));
                }
            }
            assertReadable(drawn);
        }
        assertThat(far).isEmpty();
    }

    @Test
    @DisplayName("on crowded maps too (45 to 300 partners), every sector's name stands clear of the nodes, none "
            + "drawn over a partner")
    void sectorNamesClearOfNodesWhenCrowded() {
        // the sectors' names as the catalogue writes them, the longest ones too
        Map<String, String> names = new LinkedHashMap<>();
        List.of("Food and nutrition", "Faith communities", "Youth", "Housing", "Education", "Health care",
                "Business", "Local government").forEach(n -> names.put(SECTORS.get(names.size()), n));
        List<String> over = new ArrayList<>();
        for (int n : List.of(41, 45, 60, 80, 120, 200, 300)) {
            // GIVEN a coalition of n partners in eight sectors, more than the map labels every one of
            NetworkModel model = NetworkModel.of(network(n, Math.max(3, n / 10)));

            // WHEN its map is drawn
            NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", model, names);

            // THEN no sector's name lies on a node, partner's or member's
            for (NetworkMap.Label label : drawn.names()) {
                if (!label.sector()) {
                    continue;
                }
                drawn.nodes().forEach((key, node) -> {
                    Rectangle2D box = label.box();
                    double dx = Math.max(0, Math.max(box.getMinX() - node.getX(), node.getX() - box.getMaxX()));
                    double dy = Math.max(0, Math.max(box.getMinY() - node.getY(), node.getY() - box.getMaxY()));
                    if (Math.hypot(dx, dy) < drawn.radii().get(key)) {
                        over.add(n + " partners: “" + label.text() + "” over node " + key);
                    }
                });
            }
            assertReadable(drawn);
        }
        assertThat(over).isEmpty();
    }

    @Test
    @DisplayName("the catalogue's sector names, the longest too, are printed whole where the map has room for them: "
            + "the twenty sectors, and eight on maps of 10 to 200 partners")
    void sectorNamesWholeWhereThereIsRoom() {
        List<String> shortened = new ArrayList<>();
        // GIVEN the twenty sectors of the catalogue, a few partners in each
        for (boolean longPartners : List.of(false, true)) {
            NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", NetworkModel.of(
                    manySectors(twentySectors(false), longPartners)), twentySectors(false));
            drawn.names().stream().filter(NetworkMap.Label::sector).filter(l -> l.text().contains("…"))
                    .forEach(l -> shortened.add("twenty sectors: “" + l.text() + "”"));
            assertReadable(drawn);
        }
        // AND eight sectors, the catalogue's longest names among them, on maps small and crowded
        Map<String, String> names = new LinkedHashMap<>();
        List.of("Universities and research", "Faith communities", "Parks and recreation", "Housing",
                "Food and nutrition", "Health care", "Community groups", "Local government")
                .forEach(n -> names.put(SECTORS.get(names.size()), n));
        for (int n : List.of(10, 25, 45, 120, 200)) {
            NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", NetworkModel.of(
                    network(n, Math.max(3, n / 10))), names);
            drawn.names().stream().filter(NetworkMap.Label::sector).filter(l -> l.text().contains("…"))
                    .forEach(l -> shortened.add(n + " partners: “" + l.text() + "”"));
            assertReadable(drawn);
        }

        // THEN no sector's name was shortened
        assertThat(shortened).isEmpty();
    }

    private static final List<String> SECTORS_OF_A_COALITION = List.of("food", "health-care", "faith", "education",
            "youth", "housing", "seniors", "media", "transportation", "arts");

    /** The direction of a point seen from the map's centre, in radians. */
    private static double bearing(double x, double y) {
        return Math.atan2(y - NetworkMap.CY, x - NetworkMap.CX);
    }

    @Test
    @DisplayName("the map's card claims only the names that found room on it")
    void footerClaimsOnlyPrintedNames() {
        NetworkMap.Drawn all = drawn(Set.of("p1", "p2"), Set.of("m1", "m2"));
        NetworkMap.Drawn largest = drawn(Set.of("p1", "p2"), Set.of());
        NetworkMap.Drawn short1 = drawn(Set.of("p1"), Set.of("m1"));

        assertThat(NetworkFeature.footer(all, 2, 2)).isEqualTo("Every partner and member is named on the map.");
        assertThat(NetworkFeature.footer(all, 2, 0)).isEqualTo("Every partner is named on the map.");
        assertThat(NetworkFeature.footer(largest, 50, 0)).startsWith("Names on the map: the 2 partners with the most "
                + "touchpoints.");
        assertThat(NetworkFeature.footer(short1, 2, 1)).startsWith("Names on the map: 1 of the partners; the others' "
                + "names had no room.").endsWith(" Every member is named on the map.");
        // members the map had no room to name are counted, not claimed
        assertThat(NetworkFeature.footer(all, 2, 2_000)).isEqualTo("Every partner is named on the map. Members named "
                + "on the map: 2, those with the most ties it had room for; 1,998 more have no name on it.");
        assertThat(NetworkFeature.footer(short1, 2, 2)).endsWith("Members named on the map: 1, those with the most "
                + "ties it had room for; 1 more has no name on it.");
    }

    /** A picture that named these partners and these members, as the card's footer reads it. */
    private static NetworkMap.Drawn drawn(Set<String> partners, Set<String> members) {
        return new NetworkMap.Drawn(new byte[0], partners, List.of(), 2, Map.of(), Map.of(), List.of(), members);
    }

    @Test
    @DisplayName("the map paints its blue and green in the very colours of the digest's and the report's bars, the "
            + "darker ones, not the lighter ones they replaced")
    void sameColoursAsTheCharts() throws IOException {
        // GIVEN the digest's chart pair: stage bars on the left, touchpoint bars on the right
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(org.partnercoach.digest.DigestChart.pair("Chart",
                new org.partnercoach.digest.DigestChart.Bars("Partners by stage", List.of("a", "b"), List.of(5, 3)),
                new org.partnercoach.digest.DigestChart.Bars("Touchpoints per week", List.of("a", "b"),
                        List.of(4, 6)))));
        int blue = commonestColour(chart, 0, chart.getWidth() / 2);
        int green = commonestColour(chart, chart.getWidth() / 2, chart.getWidth());

        // WHEN a map with partners in every stage and touchpoints between members and partners is drawn
        NetworkMap.Drawn drawn = NetworkMap.render("Coalition network", NetworkModel.of(network(12, 4)),
                sectorNames());
        BufferedImage map = ImageIO.read(new ByteArrayInputStream(drawn.png()));

        // THEN its connecting partners are filled with the bars' blue, its cultivating ones with their green, and the
        // lighter blue and green of before are nowhere
        assertThat(pixelsOf(map, blue)).as("pixels in the stage bars' blue #%06x", blue).isGreaterThan(200);
        assertThat(pixelsOf(map, green)).as("pixels in the touchpoint bars' green #%06x", green).isGreaterThan(200);
        assertThat(pixelsOf(map, 0x3b7dd8)).as("pixels in the old light blue").isZero();
        assertThat(pixelsOf(map, 0x2ea06b)).as("pixels in the old light green").isZero();
    }

    /** The commonest strongly coloured (not white, grey or black) pixel between columns {@code from} and {@code to}. */
    private static int commonestColour(BufferedImage image, int from, int to) {
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int x = from; x < to; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                int r = rgb >> 16;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    counts.merge(rgb, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static int pixelsOf(BufferedImage image, int rgb) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                n += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    /** No two names on the map meet, and each lies inside the picture, below the title and above the legend. */
    static void assertReadable(NetworkMap.Drawn drawn) {
        List<NetworkMap.Label> names = drawn.names();
        for (int i = 0; i < names.size(); i++) {
            Rectangle2D a = names.get(i).box();
            assertThat(a.getMinX()).as(names.get(i).text()).isGreaterThanOrEqualTo(0);
            assertThat(a.getMaxX()).as(names.get(i).text()).isLessThanOrEqualTo(NetworkMap.WIDTH);
            assertThat(a.getMinY()).as(names.get(i).text()).isGreaterThanOrEqualTo(50);
            assertThat(a.getMaxY()).as(names.get(i).text()).isLessThanOrEqualTo(NetworkMap.LEGEND_TOP);
            for (int j = i + 1; j < names.size(); j++) {
                assertThat(a.intersects(names.get(j).box()))
                        .as("“%s” printed over “%s”", names.get(i).text(), names.get(j).text()).isFalse();
            }
        }
    }
}
