package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("Partnership health shows typed names and answers literally: Markdown, spoilers, code and mentions in "
        + "them stay as typed")
class NetworkNamesShownTest {

    private static final String TYPED = "*Star* <@1> ||x|| `code` @everyone";
    /** What Discord renders back as the typed characters. */
    private static final String SHOWN = "\\*Star\\* <@1> \\|\\|x\\|\\| \\`code\\` @everyone";
    private static final String ANSWER = "**Bold** plan: `tick` ||spoiler|| <@1> @everyone";
    private static final String ANSWER_SHOWN = "\\*\\*Bold\\*\\* plan: \\`tick\\` \\|\\|spoiler\\|\\| <@1> "
            + "@everyone";

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    /** The 1-5 button of row {@code row}. */
    private static org.partnercoach.chat.CustomId button(Reply r, int row, int score) {
        return ((Row.Buttons) r.rows().get(row)).buttons().get(score - 1).id();
    }

    /** Every title, description, field and footer of the reply's cards. */
    private static String cardsOf(Reply reply) {
        StringBuilder sb = new StringBuilder();
        for (Card c : reply.cards()) {
            sb.append(c.title()).append('\n').append(c.description()).append('\n');
            c.fields().forEach(f -> sb.append(f.name()).append(": ").append(f.value()).append('\n'));
            sb.append(c.footer()).append('\n');
        }
        return sb.toString();
    }

    @Test
    @DisplayName("partners whose names hold a comma are told apart in the map's and the report's lists, so a funder "
            + "reads two partners, not three")
    void namesWithCommas() {
        // GIVEN two fragile partners, one of them named with a comma
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        ana.runs("partner add", "name", "Smith, Jones & Co", "sector", "food");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");

        // WHEN a coordinator opens the map, and the report of this quarter so far
        Reply map = bot.coordinator("cora").runs("coalition map");
        Reply report = bot.coordinator("cora").runs("report quarter", "which", "this");

        // THEN each lists them apart
        for (Reply r : List.of(map, report)) {
            assertThat(r.plainText()).contains("Tied to the coalition through one member or none: Smith, Jones & Co; "
                    + "Grace Church");
        }
    }

    @Test
    @DisplayName("the trust pulse after a touchpoint, and again after each rating, names the partner literally")
    void trustPulse() {
        ana.runs("partner add", "name", TYPED, "sector", "arts");
        Reply ask = ana.runs("partner log", "partner", "star", "what", "Coffee with the director");

        assertThat(ask.cards()).extracting(Card::title).contains("Quick pulse: " + SHOWN);
        assertThat(cardsOf(ask)).doesNotContain("*Star*").doesNotContain(" `code`");
        Reply rated = ana.pressesId(button(ask, 0, 4));
        assertThat(rated.plainText()).contains("Saved: Open communication 4");
        assertThat(rated.cards()).extracting(Card::title).containsExactly("Quick pulse: " + SHOWN);
    }

    @Test
    @DisplayName("the quarterly value question, sent by DM, names the partner literally")
    void valueQuestion() {
        ana.runs("partner add", "name", TYPED, "sector", "arts");
        ana.runs("partner stage", "partner", "star", "stage", "cultivating");
        bot.advance(Duration.ofDays(30));   // the second quarter has begun

        List<RecordingMessenger.Sent> asks = bot.messenger().directTo(ana.id()).stream()
                .filter(s -> s.reply().plainText().contains("Once a quarter")).toList();
        assertThat(asks).singleElement().satisfies(s -> assertThat(s.reply().cards()).extracting(Card::title)
                .containsExactly("Once a quarter: what " + SHOWN + " brings"));
        Reply dm = ana.reads(asks.get(0).reply());
        assertThat(ana.pressesId(button(dm, 0, 3)).cards()).extracting(Card::title)
                .containsExactly("Once a quarter: what " + SHOWN + " brings");
    }

    @Test
    @DisplayName("the coalition map and the quarterly report list fragile partners and shared answers literally; "
            + "the CSV keeps them as typed")
    void mapAndReport() throws java.io.IOException {
        bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
        ana.runs("partner add", "name", TYPED, "sector", "arts");
        ana.runs("partner log", "partner", "star", "what", "Coffee with the director");
        ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", ANSWER);
        ana.runs("coach answers");
        ana.presses("Share 1");
        Member cora = bot.coordinator("cora");

        Reply map = cora.runs("coalition map");
        assertThat(cardsOf(map)).contains("Tied to the coalition through one member or none: " + SHOWN)
                .doesNotContain("*Star*");

        bot.advance(Duration.ofDays(40));   // the second quarter: the report is about the first
        Reply report = cora.runs("report quarter");
        String cards = cardsOf(report);
        assertThat(cards).contains("Tied to the coalition through one member or none: " + SHOWN)
                .contains(ANSWER_SHOWN).doesNotContain("*Star*").doesNotContain("**Bold**")
                .doesNotContain("||spoiler||");
        QuarterReportTest.withinDiscordLimits(report);
        String csv = new String(QuarterReportTest.file(report, ".csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains(TYPED).contains(ANSWER).doesNotContain(SHOWN);
        assertThat(QuarterReportTest.pdfText(QuarterReportTest.file(report, ".pdf"))).contains("*Star*")
                .doesNotContain(SHOWN);
    }
}
