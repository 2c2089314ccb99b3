package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static Map<String, String> sectorNames() {
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
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "network-map-" + n + ".png"), drawn.png());
        }
    }
}
