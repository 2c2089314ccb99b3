package org.partnercoach.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The coaching content keeps every idea of the two seed texts (the Partner Center page and the partnering step),
 * in our own words. Each check names the idea; removing it from the content files fails here.
 */
@DisplayName("The coaching content keeps every idea of the seed texts")
class SeedIdeasTest {

    private static final Path CONTENT = Path.of("src/main/resources/curriculum");

    private final String all = read("five-tips.yml", "ask-yourself.yml", "partner-plan.yml", "cultivate-ideas.yml");
    private final String tips = read("five-tips.yml");
    private final String reflect = read("ask-yourself.yml");

    @Test
    @DisplayName("the Partner Center: a role for everyone, the two opening questions, changemakers, lasting change")
    void partnerCenter() {
        assertThat(tips).contains("we all have a part to play").contains("together than alone")
                .contains("what roles do you play in your community?").contains("who do you want to partner with?")
                .contains("leaders, changemakers, stakeholders").contains("change that lasts");
    }

    @Test
    @DisplayName("the 5 tips, with all their bullets")
    void fiveTips() {
        // 1. do your research
        assertThat(tips).contains("list of the organizations").contains("more than 500 potential partners")
                .doesNotContain("500 kinds").contains("website").contains("news").contains("social media")
                .contains("understand their goals").contains("want to get involved").contains("hold them back");
        // 2. get connected
        assertThat(tips).contains("reach a person").contains("changemakers").contains("introduce you");
        // 3. cultivate relationships
        assertThat(tips).contains("asking about their work and what matters most").contains("then listen");
        // 4. make your ask fail-proof
        assertThat(tips).contains("as simple as possible").contains("specific steps")
                .contains("health strategy forward").contains("does not have to become a coalition member")
                .contains("contribute in different ways").contains("tailor your ask");
        // 5. what's in it for them
        assertThat(tips).contains("come to the table").contains("being liked, or asking nicely, is not enough")
                .contains("clear and direct benefit").contains("effective recruitment of coalition members");
    }

    @Test
    @DisplayName("partnering: from networking to action, trust and rapport, community champions")
    void partnering() {
        assertThat(reflect).contains("networking").contains("taking action together")
                .contains("working relationships and trust").contains("rapport as a community champion");
        // what makes a community champion, where a member looks for one and where they grow into one
        for (String text : new String[] {tips, reflect}) {
            assertThat(text).contains("community champion").contains("care").contains("health in the community")
                    .contains("bringing others in").contains("eager to learn from other partners")
                    .contains("can bring");
        }
    }

    @Test
    @DisplayName("partnerships change: open at first, experts for specific needs, commitment varies, move on")
    void partnershipsChange() {
        assertThat(reflect).contains("anyone interested in health").contains("may not stay involved")
                .contains("open to different ideas and approaches")
                .contains("particular expertise to fill specific needs").contains("collaboration around one project")
                .contains("commitment will differ").contains("feel free to move on");
        assertThat(read("partner-plan.yml")).contains("feel free to move on");
    }

    @Test
    @DisplayName("the four Ask Yourself questions, each one question")
    void askYourself() {
        assertThat(reflect).contains("mandate").contains("history of getting involved")
                .contains("partnerships already exist").contains("build more capacity").contains("past experience")
                .contains("clear expectations").contains("kinds of experts").contains("missing at the table");
    }

    @Test
    @DisplayName("the quotes at the end of the partnering text are not bot content")
    void noQuotes() {
        assertThat(all).doesNotContain("gillespie").doesNotContain("morrison").doesNotContain("hanson-nagel")
                .doesNotContain("senecal").doesNotContain("fauchon").doesNotContain("pelletier")
                .doesNotContain("lesley choy").doesNotContain("moms in motion")
                .doesNotContain("at that table, at that time").doesNotContain("we always had food")
                .doesNotContain("some partners will fall off").doesNotContain("mutual respect");
    }

    /** The files' text, lower-cased, with YAML's folded lines joined. */
    private static String read(String... files) {
        StringBuilder sb = new StringBuilder();
        for (String file : files) {
            try (Stream<String> lines = Files.lines(CONTENT.resolve(file))) {
                lines.filter(l -> !l.strip().startsWith("#")).forEach(l -> sb.append(l.strip()).append(' '));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT).replace("’", "'");
    }
}
