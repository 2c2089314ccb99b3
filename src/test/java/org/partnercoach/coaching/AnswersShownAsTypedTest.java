package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Surface;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A member's own answers are shown back to them as they typed them, never as Markdown")
class AnswersShownAsTypedTest {

    private static final String ANSWER = "# Big idea: [the food bank](https://evil.example) *now*";
    private static final String SHOWN = "\\# Big idea: \\[the food bank\\]\\(https://evil.example\\) \\*now\\*";
    private static final String LINK = "[the food bank](";

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("the saved line, 'your answer so far', the walk's summary and /coach answers show the heading and "
            + "the link as typed")
    void everyEchoIsLiteral() {
        // GIVEN Ana answers the first Ask Yourself question in her DM with a heading and a masked link
        ana.runs("reflect");
        Reply saved = ana.types(ANSWER);

        // THEN the "Saved:" line shows her characters, not a heading and a link
        assertThat(saved.text()).contains("Saved: “" + SHOWN + "”").doesNotContain(LINK);

        // WHEN she goes back to it, her answer so far reads as typed
        Reply back = ana.types("back");
        assertThat(back.plainText()).contains("*Your answer so far:* “" + SHOWN + "”").doesNotContain(LINK);

        // WHEN she finishes the walk, the summary quotes it as typed
        ana.types("next");
        ana.types("The school wellness council");
        ana.types("Each partner knows their part");
        Reply end = ana.types("A youth worker");
        assertThat(end.plainText()).contains("✓ Ask Yourself").contains("> " + SHOWN).doesNotContain(LINK);

        // AND /coach answers lists it as typed
        Reply answers = ana.runs("coach answers");
        assertThat(answers.plainText()).contains(SHOWN).doesNotContain(LINK);

        // AND an edit is confirmed as typed, while the stored words stay exactly what she wrote
        ana.presses("Edit 2");
        Reply updated = ana.submits("answer", "**The** school council > the PTA");
        assertThat(updated.text()).contains("Updated: “\\*\\*The\\*\\* school council \\> the PTA”");
        assertThat(bot.app().walks().ownAnswerTo(ana.caller(Surface.SERVER), CurriculumLoader.ASK_YOURSELF,
                firstQuestionKey()).map(Answer::text)).contains(ANSWER);
    }

    @Test
    @DisplayName("a web address in an answer is shown as typed, so its link works in the saved line, the summary and "
            + "/coach answers; the Markdown around it stays literal")
    void webAddressesStayLinks() {
        String answer = "Their plan: https://example.org/community_health/plan#goals_2025 (see _page 4_)";
        String shown = "Their plan: https://example.org/community_health/plan#goals_2025 \\(see \\_page 4\\_\\)";
        ana.runs("reflect");

        assertThat(ana.types(answer).text()).contains("Saved: “" + shown + "”");
        ana.types("The school wellness council");
        ana.types("Each partner knows their part");
        assertThat(ana.types("A youth worker").plainText()).contains("> " + shown);
        assertThat(ana.runs("coach answers").plainText()).contains(shown);
    }

    @Test
    @DisplayName("a long answer whose web address the saved line's cut would fall in ends before the address: no "
            + "link to a shorter, wrong address")
    void savedLineEndsBeforeACutAddress() {
        String said = "We met the county health team. ".repeat(6) + "Notes:";
        ana.runs("reflect");

        Reply saved = ana.types(said + " https://example.org/county/health_partners/2025/meeting-notes");

        assertThat(saved.text()).contains("Saved: “" + said + "…”").doesNotContain("https://example.org");
    }

    @Test
    @DisplayName("long answers full of Markdown still fit the summary card: escapes count, none is cut in half")
    void longMarkdownFits() {
        ana.runs("reflect");
        // a word, then stars to the limit (stars alone have no letter or digit, so no form keeps them)
        String stars = "a" + "*".repeat(Walks.MAX_ANSWER - 1);
        for (int i = 0; i < 4; i++) {
            ana.presses("Answer");
            ana.submits("answer", stars);
        }
        Card card = ana.lastMessage().cards().get(0);

        assertThat(card.title()).isEqualTo("✓ Ask Yourself");
        assertThat(card.length()).isLessThanOrEqualTo(Limits.EMBED_TOTAL);
        assertThat(card.fields()).allSatisfy(f -> {
            assertThat(f.value().length()).isLessThanOrEqualTo(Limits.EMBED_FIELD_VALUE);
            // each star keeps its escape: a lone backslash before the ellipsis would hide the cut
            assertThat(f.value()).contains("\\*\\*").doesNotContain("\\…").endsWith("…");
        });
    }

    private String firstQuestionKey() {
        return bot.app().walks().curriculum(CurriculumLoader.ASK_YOURSELF).first().question().key();
    }
}
