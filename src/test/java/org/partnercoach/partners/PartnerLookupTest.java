package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Picking a partner: suggestions on Discord, names in the console")
class PartnerLookupTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    private void add(String... names) {
        for (String name : names) {
            ana.runs("partner add", "name", name, "sector", "community");
            bot.clock().advance(Duration.ofMinutes(1));
        }
    }

    private static List<String> names(List<OptionSpec.Choice> choices) {
        return choices.stream().map(c -> c.name().substring(0, c.name().indexOf(" · "))).toList();
    }

    @Test
    @DisplayName("exact match first, then names starting with it, then a word starting with it, then the rest")
    void ranking() {
        add("The Food Shelf", "Food", "Seafood Co-op", "Food Bank East", "Eastside Food Pantry");

        List<OptionSpec.Choice> choices = ana.suggests("partner show", "partner", "FOOD");

        assertThat(names(choices)).containsExactly("Food", "Food Bank East", "Eastside Food Pantry",
                "The Food Shelf", "Seafood Co-op");
        assertThat(choices.get(0).name()).isEqualTo("Food · Community groups · Researching");
        assertThat(choices.get(0).value()).isEqualTo(String.valueOf(
                PartnersTestSupport.partner(bot, TestBot.GUILD, "Food").id()));
    }

    @Test
    @DisplayName("a typed part of a name is enough when only one partner's name contains it")
    void uniquePart() {
        add("Eastside Food Bank", "Food Shelf West", "Lincoln High");

        assertThat(ana.runs("partner log", "partner", "eastside", "what", "Call").text())
                .contains("Logged a note with “Eastside Food Bank”");
        assertThat(ana.runs("partner log", "partner", "food", "what", "Call").text())
                .contains("I can't find a partner called “food”");
        assertThat(ana.runs("partner log", "partner", "zzz", "what", "Call").text())
                .contains("I can't find a partner called “zzz”");
    }

    @Test
    @DisplayName("within a rank, newest activity first; at most 25 suggestions")
    void activityAndCap() {
        for (int i = 1; i <= 30; i++) {
            add("Org " + i);
        }
        ana.runs("partner log", "partner", "Org 3", "what", "Call");

        List<OptionSpec.Choice> choices = ana.suggests("partner log", "partner", "org");

        assertThat(choices).hasSize(25);
        assertThat(names(choices).subList(0, 3)).containsExactly("Org 3", "Org 30", "Org 29");
        assertThat(ana.suggests("partner log", "partner", "")).hasSize(25);
    }

    @Test
    @DisplayName("moved-on partners are offered for show and restore only; long names fit Discord's limit")
    void archivedAndLong() {
        add("Old Mill", "y".repeat(100));
        ana.runs("partner archive", "partner", "Old Mill");

        assertThat(names(ana.suggests("partner log", "partner", "mill"))).isEmpty();
        assertThat(names(ana.suggests("partner show", "partner", "mill"))).containsExactly("Old Mill");
        assertThat(names(ana.suggests("partner restore", "partner", ""))).containsExactly("Old Mill");
        assertThat(ana.suggests("partner log", "partner", "yyy").get(0).name()).hasSizeLessThanOrEqualTo(100);
        assertThat(ana.suggests("partner log", "partner", "🙂 '; DROP TABLE partners")).isEmpty();
        assertThat(ana.suggests("partner log", "partner", "%")).isEmpty();
        assertThat(ana.suggests("partner log", "partner", "_")).isEmpty();
    }

    @Test
    @DisplayName("a suggestion's id and a typed name both find the partner")
    void idOrName() {
        add("Grace Church");
        String id = ana.suggests("partner show", "partner", "grace").get(0).value();

        assertThat(ana.runs("partner show", "partner", id).plainText()).contains("Grace Church");
        assertThat(ana.runs("partner show", "partner", "  GRACE   church ").plainText()).contains("Grace Church");
        assertThat(ana.runs("partner show", "partner", "").plainText()).contains("Say which partner");
    }

    @Test
    @DisplayName("close matches: a typo or a shared word")
    void closeMatches() {
        add("Eastside Food Bank", "Grace Church", "Lincoln High School");
        List<Partner> all = PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD);

        assertThat(PartnerLookup.closeMatches(all, "Grace Chruch")).containsExactly("Grace Church");
        assertThat(PartnerLookup.closeMatches(all, "Lincoln")).containsExactly("Lincoln High School");
        assertThat(PartnerLookup.closeMatches(all, "x".repeat(10_000))).isEmpty();
    }
}
