package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("The coalition map names its members, keeps names apart, and draws no tie through a dot it does not join")
class MapNamesAndTiesTest {

    private static final Instant T = Instant.parse("2026-03-31T12:00:00Z");
    private static final String LONG = "Dominique Featherstonehaugh-Wright of the Eastside Food Bank";

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** Names as members go by in a server, a few of them awkward; by user id, 1000 on. */
    private static Map<Long, String> namesOf(NetworkModel model) {
        List<String> names = List.of("Ana López", "Bea", LONG, "🌻 Sunny Patel", "@everyone", "Carl Johnson",
                "Dee", "Eli", "Fatima Al-Sayed", "Gus");
        Map<Long, String> named = new HashMap<>();
        model.members().forEach(m -> named.put(m.id(), names.get((int) (m.id() - 1000) % names.size())
                + (m.id() - 1000 < names.size() ? "" : " " + (m.id() - 1000) / names.size())));
        return named;
    }

    private static NetworkMap.Drawn draw(NetworkModel model, Map<Long, String> names) {
        return NetworkMap.render("Coalition network", model, NetworkMapTest.sectorNames(), names);
    }

    @Test
    @DisplayName("every member's dot is labelled with the name she goes by in the server: a long one shortened with an "
            + "ellipsis, an emoji left out; one Discord could not name is \"a member\"; never an id")
    void everyMemberNamed() {
        // GIVEN a coalition of 12 partners and 9 members (4 tied to partners, 5 to none), and Discord gave the names
        // of all but one
        NetworkModel model = NetworkModel.of(NetworkMapTest.network(12, 4));
        Map<Long, String> names = namesOf(model);
        names.remove(1005L);

        // WHEN the map is drawn
        NetworkMap.Drawn drawn = draw(model, names);

        // THEN each member's dot has her name beside it
        Map<String, String> shown = new HashMap<>();
        drawn.names().stream().filter(l -> l.member() != null).forEach(l -> shown.put(l.member(), l.text()));
        assertThat(shown).containsEntry("m:1000", "Ana López").containsEntry("m:1001", "Bea")
                .containsEntry("m:1003", "Sunny Patel").containsEntry("m:1004", "@everyone")
                .containsEntry("m:1005", NetworkFeature.UNNAMED).containsEntry("m:1006", "Dee")
                .containsEntry("m:1007", "Eli").containsEntry("m:1008", "Fatima Al-Sayed").hasSize(9);
        assertThat(shown.get("m:1002")).startsWith("Dominique").endsWith("…").hasSizeLessThan(LONG.length());
        assertThat(drawn.membersLabelled()).hasSize(9);
        model.members().forEach(m -> assertThat(shown.get(m.key())).doesNotContain(String.valueOf(m.id())));
        // AND the long one takes no more than a member's name's width
        drawn.names().stream().filter(l -> l.member() != null)
                .forEach(l -> assertThat(l.box().getWidth()).as(l.text()).isLessThanOrEqualTo(
                        NetworkMap.MEMBER_WIDTH + 4));
        // AND partners are named as before
        assertThat(drawn.labelled()).hasSize(12);
    }

    @Test
    @DisplayName("from 10 to 100 partners, every member named: no name on another, off the picture or on a dot, and "
            + "each reads as her own (nearer her dot than any other, or joined to it by a line)")
    void namesApartAndOnThePicture() {
        for (int[] size : new int[][] {{10, 3}, {12, 4}, {40, 10}, {60, 20}, {100, 30}}) {
            // GIVEN a coalition of that many partners and members (five of them tied to nobody)
            NetworkModel model = NetworkModel.of(NetworkMapTest.network(size[0], size[1]));

            // WHEN its map is drawn
            NetworkMap.Drawn drawn = draw(model, namesOf(model));

            // THEN every member is named, and every name can be read
            assertThat(drawn.membersLabelled()).as("%s partners", size[0]).hasSize(model.members().size());
            NetworkMapTest.assertReadable(drawn);
            assertThat(namesMisplaced(drawn)).as("%s partners", size[0]).isEmpty();
        }
    }

    /** Members' names that cover a dot, or stand nearer another dot than their own with no line to it. */
    private static List<String> namesMisplaced(NetworkMap.Drawn drawn) {
        List<String> wrong = new ArrayList<>();
        for (NetworkMap.Label label : drawn.names()) {
            if (label.member() == null) {
                continue;
            }
            double own = gap(label.box(), drawn.nodes().get(label.member()), drawn.radii().get(label.member()));
            drawn.nodes().forEach((key, at) -> {
                double other = gap(label.box(), at, drawn.radii().get(key));
                if (other <= 0) {
                    wrong.add("“" + label.text() + "” lies on " + key);
                } else if (!key.equals(label.member()) && other <= own && label.leader() == null) {
                    wrong.add("“" + label.text() + "” reads as " + key + "'s");
                }
            });
        }
        return wrong;
    }

    /** How far a box stands from the edge of a dot; 0 when it covers part of it. */
    private static double gap(Rectangle2D box, Point2D at, double r) {
        double dx = Math.max(0, Math.max(box.getMinX() - at.getX(), at.getX() - box.getMaxX()));
        double dy = Math.max(0, Math.max(box.getMinY() - at.getY(), at.getY() - box.getMaxY()));
        return Math.max(0, Math.hypot(dx, dy) - r);
    }

    @Test
    @DisplayName("from 10 to 300 partners, with a few members or 200, and on twenty sectors: no tie's line passes "
            + "through a dot it does not join, and each runs from its member's dot to its partner's")
    void noTieThroughAnotherDot() {
        List<NetworkModel> models = new ArrayList<>();
        for (int n : List.of(10, 25, 40, 60, 100, 150, 200, 250, 300)) {
            models.add(NetworkModel.of(NetworkMapTest.network(n, Math.max(3, n / 10))));
        }
        models.add(NetworkModel.of(NetworkMapTest.network(300, 200)));
        models.add(NetworkModel.of(NetworkMapTest.network(120, 120)));
        models.add(NetworkModel.of(NetworkMapTest.manySectors(NetworkMapTest.twentySectors(false), true)));
        List<String> through = new ArrayList<>();
        for (NetworkModel model : models) {
            NetworkMap.Drawn drawn = draw(model, namesOf(model));
            assertThat(drawn.ties()).hasSize(model.edges().size());
            through.addAll(tiesThroughDots(model, drawn));
        }
        assertThat(through).isEmpty();
    }

    @Test
    @DisplayName("from 10 to 60 partners with a few members, no tie runs across the name of a member it does not join, "
            + "where a line through it a few pixels from her dot read as her tie to that partner; with many members "
            + "named round the ring, at most one line across a name for every two ties")
    void noTieAcrossAnotherMembersName() {
        List<String> across = new ArrayList<>();
        for (int[] size : new int[][] {{10, 3}, {12, 4}, {25, 3}, {40, 4}, {60, 6}}) {
            // GIVEN a coalition of that many partners and members, every member named
            NetworkModel model = NetworkModel.of(NetworkMapTest.network(size[0], size[1]));

            // WHEN its map is drawn
            NetworkMap.Drawn drawn = draw(model, namesOf(model));

            // THEN no tie's line crosses the name of a member it does not join
            across.addAll(tiesAcrossNames(model, drawn));
        }
        assertThat(across).isEmpty();
        // AND where names stand close round the ring (where every line crossed one or more before), few do
        for (int[] size : new int[][] {{40, 10}, {60, 20}, {100, 10}, {100, 30}}) {
            NetworkModel model = NetworkModel.of(NetworkMapTest.network(size[0], size[1]));
            NetworkMap.Drawn drawn = draw(model, namesOf(model));
            assertThat(tiesAcrossNames(model, drawn)).as("%s partners, %s members", size[0], size[1])
                    .hasSizeLessThanOrEqualTo(drawn.ties().size() / 2);
        }
    }

    /** Each tie whose line crosses the box of a member's name, other than its own member's. */
    static List<String> tiesAcrossNames(NetworkModel model, NetworkMap.Drawn drawn) {
        List<String> across = new ArrayList<>();
        String map = model.partners().size() + " partners, " + model.members().size() + " members: ";
        for (TieRoutes.Tie tie : drawn.ties()) {
            for (NetworkMap.Label label : drawn.names()) {
                if (label.member() == null || label.member().equals(tie.member())) {
                    continue;
                }
                List<Point2D> path = tie.path();
                for (int i = 1; i < path.size(); i++) {
                    if (label.box().intersectsLine(path.get(i - 1).getX(), path.get(i - 1).getY(),
                            path.get(i).getX(), path.get(i).getY())) {
                        across.add(map + tie.member() + "–" + tie.partner() + " across “" + label.text() + "”");
                        break;
                    }
                }
            }
        }
        return across;
    }

    /** Each piece of a tie's line that passes within a dot's radius of a dot the tie does not join. */
    static List<String> tiesThroughDots(NetworkModel model, NetworkMap.Drawn drawn) {
        List<String> through = new ArrayList<>();
        String map = model.partners().size() + " partners, " + model.members().size() + " members: ";
        for (TieRoutes.Tie tie : drawn.ties()) {
            List<Point2D> path = tie.path();
            assertThat(path.get(0)).isEqualTo(drawn.nodes().get(tie.member()));
            assertThat(path.get(path.size() - 1)).isEqualTo(drawn.nodes().get(tie.partner()));
            for (int i = 1; i < path.size(); i++) {
                Point2D a = path.get(i - 1);
                Point2D b = path.get(i);
                drawn.nodes().forEach((key, at) -> {
                    if (!key.equals(tie.member()) && !key.equals(tie.partner())
                            && Line2D.ptSegDist(a.getX(), a.getY(), b.getX(), b.getY(), at.getX(), at.getY())
                            < drawn.radii().get(key)) {
                        through.add(map + tie.member() + "–" + tie.partner() + " through " + key);
                    }
                });
            }
        }
        return through;
    }

    @Test
    @DisplayName("200 and 2,000 members: the members with the most ties are named, as many as the map has room for, "
            + "and the card says how many are not")
    void bigServer() throws IOException {
        for (int[] size : new int[][] {{300, 200}, {200, 2000}}) {
            // GIVEN a coalition with many members
            NetworkModel model = NetworkModel.of(NetworkMapTest.network(size[0], size[1]));

            // WHEN its map is drawn
            NetworkMap.Drawn drawn = draw(model, namesOf(model));

            // THEN at most MEMBER_LABELS members are named, none with fewer ties than one left unnamed
            int named = drawn.membersLabelled().size();
            assertThat(named).isPositive().isLessThanOrEqualTo(NetworkMap.MEMBER_LABELS);
            int fewestNamed = model.members().stream().filter(m -> drawn.membersLabelled().contains(m.key()))
                    .mapToInt(NetworkModel.Node::degree).min().orElseThrow();
            assertThat(model.members().stream().filter(m -> !drawn.membersLabelled().contains(m.key()))
                    .mapToInt(NetworkModel.Node::degree).max().orElseThrow()).isLessThanOrEqualTo(fewestNamed);
            NetworkModel.Node most = model.members().stream()
                    .max(Comparator.comparingInt(NetworkModel.Node::degree)).orElseThrow();
            assertThat(drawn.membersLabelled()).contains(most.key());
            NetworkMapTest.assertReadable(drawn);
            assertThat(namesMisplaced(drawn)).isEmpty();
            // AND the card's footer counts the members with no name on the map
            int members = model.members().size();
            assertThat(NetworkFeature.footer(drawn, model.partners().size(), members)).contains(
                    "Members named on the map: " + named + ", those with the most ties it had room for; "
                            + org.partnercoach.chat.Count.number(members - named) + " more have no name on it.");
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "network-map-" + size[0] + "-partners-" + size[1] + "-members.png"),
                    drawn.png());
        }
    }

    @Test
    @DisplayName("the names are in the picture: dark letters in each member's name's box, beside her dot")
    void namesAreDrawn() throws IOException {
        // GIVEN a small coalition's map
        NetworkModel model = NetworkModel.of(NetworkMapTest.network(12, 4));
        NetworkMap.Drawn drawn = draw(model, namesOf(model));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(drawn.png()));
        assertThat(drawn.membersLabelled()).hasSize(model.members().size());

        // THEN inside the box of each member's name (which covers no dot) there are letters in ink, and the box
        // is beside her dot
        for (NetworkMap.Label label : drawn.names()) {
            if (label.member() == null) {
                continue;
            }
            Rectangle2D box = label.box();
            int ink = 0;
            for (int x = (int) box.getMinX(); x < box.getMaxX(); x++) {
                for (int y = (int) box.getMinY(); y < box.getMaxY(); y++) {
                    int rgb = png.getRGB(x, y);
                    ink += (rgb >> 16 & 0xff) < 110 && (rgb >> 8 & 0xff) < 110 && (rgb & 0xff) < 110 ? 1 : 0;
                }
            }
            assertThat(ink).as("dark pixels in “%s”", label.text()).isGreaterThan(15);
            assertThat(gap(box, drawn.nodes().get(label.member()), drawn.radii().get(label.member())))
                    .as("“%s” from her dot", label.text()).isLessThan(12);
        }
    }

    @Test
    @DisplayName("the same coalition gives the same picture, name for name and line for line")
    void sameDataSamePicture() {
        NetworkModel model = NetworkModel.of(NetworkMapTest.network(300, 200));
        NetworkMap.Drawn first = draw(model, namesOf(model));
        NetworkMap.Drawn again = draw(model, namesOf(model));
        assertThat(again.png()).isEqualTo(first.png());
        assertThat(again.ties()).isEqualTo(first.ties());
        assertThat(again.names()).extracting(NetworkMap.Label::text, NetworkMap.Label::box)
                .isEqualTo(first.names().stream().map(l -> org.assertj.core.groups.Tuple.tuple(l.text(), l.box()))
                        .toList());
    }

    @Test
    @DisplayName("how long a large coalition's map takes to draw (printed, not asserted): 300 partners and 200 "
            + "members, 2,000 members, 2,000 partners")
    void timeToDraw() {
        for (int[] size : new int[][] {{300, 200}, {300, 200}, {300, 200}, {200, 2000}, {2000, 200}}) {
            NetworkModel model = NetworkModel.of(NetworkMapTest.network(size[0], size[1]));
            Map<Long, String> names = namesOf(model);
            long start = System.nanoTime();
            NetworkMap.Drawn drawn = draw(model, names);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("map of %,d partners and %,d members (%,d ties): drawn in %d ms; %d members named, %d "
                            + "ties curved round a dot, %d pieces of ties still through one%n", size[0],
                    model.members().size(), model.edges().size(), millis, drawn.membersLabelled().size(),
                    drawn.ties().stream().filter(t -> t.path().size() > 2).count(),
                    tiesThroughDots(model, drawn).size());
        }
    }

    @Test
    @DisplayName("the map's figures carry the names Discord gave today's members, with the answer about who left: "
            + "none for one who left or one it could not tell about")
    void namesFromTheSameAnswer() {
        // GIVEN a map's figures with ana, bea, carl and dan on it
        NetworkModel model = NetworkModel.of(NetworkMapTest.network(4, 4));
        Figures.Snapshot now = new Figures.Snapshot(T, model, List.of(), new Scores(List.of()));
        NetworkFeature.MapFigures read = new NetworkFeature.MapFigures(T, java.time.ZoneOffset.UTC, now, now, 0, 0,
                Map.of());

        // WHEN Discord says dan (1003) left and it could not tell about carl (1002), and names the others
        NetworkFeature.MapFigures said = read.as(new Messenger.Membership(Set.of(1003L), Set.of(1002L),
                Map.of(1000L, "Ana López", 1001L, "Bea", 1003L, "Dan")));

        // THEN the picture is given ana's and bea's names only; carl is "a member" on it, dan is not on it
        assertThat(said.names()).isEqualTo(Map.of(1000L, "Ana López", 1001L, "Bea"));
        NetworkMap.Drawn drawn = draw(said.today().model(), said.names());
        assertThat(drawn.names().stream().filter(l -> l.member() != null).map(NetworkMap.Label::text))
                .contains("Ana López", "Bea", NetworkFeature.UNNAMED).doesNotContain("Dan");
        assertThat(drawn.nodes()).doesNotContainKey("m:1003");
    }

    @Test
    @DisplayName("a coordinator's map asks Discord about its members once, for who left and their names both, and "
            + "its card says every member is named")
    void oneQuestionForNamesAndLeavers() {
        // GIVEN ana looks after the food bank, bea knows someone there, carl has begun a walk; Discord knows their
        // names
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        for (String name : List.of("ana", "bea", "carl")) {
            bot.messenger().namesMember(TestBot.GUILD, bot.member(name).id(), name.toUpperCase());
        }
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.member("bea").runs("partner know", "partner", "Eastside Food Bank");
        bot.member("carl").runs("coach start");

        // WHEN a coordinator looks at the map
        Reply map = cora.runs("coalition map");

        // THEN Discord was asked once, and the card says everyone on the map is named on it
        assertThat(bot.messenger().membershipQuestions()).containsExactly(TestBot.GUILD);
        assertThat(map.cards()).extracting(Card::footer).contains("Every partner and member is named on the map.");
        assertThat(map.files()).hasSize(1);
    }
}
