package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.curriculum.Curriculum;
import org.partnercoach.curriculum.CurriculumException;
import org.partnercoach.curriculum.CurriculumLoader;
import org.partnercoach.partners.Partners;
import org.partnercoach.sessions.SessionFeature;

@DisplayName("The coaching content fits every card it is shown in, its texts together")
class WalkCardsTest {

    @TempDir
    Path folder;

    private static final Path BUILT_IN = Path.of("src/main/resources/curriculum");

    @Test
    @DisplayName("the bot's own content fits: each walk's cards (the partner plan's with a partner's name as long as "
            + "names go), in a server and in a DM, /coach tip, and the posts of each group session plan")
    void builtInContentFits() throws IOException {
        for (String key : List.of(CurriculumLoader.FIVE_TIPS, CurriculumLoader.ASK_YOURSELF)) {
            Files.copy(BUILT_IN.resolve(key + ".yml"), folder.resolve(key + ".yml"));
        }
        CurriculumLoader content = new CurriculumLoader(folder);
        Map<String, Curriculum> curricula = Map.of(
                CurriculumLoader.FIVE_TIPS, content.load(CurriculumLoader.FIVE_TIPS),
                CurriculumLoader.ASK_YOURSELF, content.load(CurriculumLoader.ASK_YOURSELF),
                Partners.PLAN_CURRICULUM, content.load(Partners.PLAN_CURRICULUM));
        curricula.forEach((key, c) -> assertThatCode(() -> WalkCards.check(content.source(key), key, c,
                key.equals(Partners.PLAN_CURRICULUM) ? Partners.LONGEST_NAME : null)).as(key)
                .doesNotThrowAnyException());
        assertThatCode(() -> SessionFeature.checkPlans(curricula, content)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a tip's guidance and a question that fit alone but not with the member's answer so far under them "
            + "are named, with the question's card and by how much")
    void guidanceQuestionAndAnswerSoFar() throws IOException {
        String tips = withGuidance("connect", "Find the changemaker. ".repeat(140).substring(0, 2900).strip())
                .replace(MUTUAL, "text: " + "Who do you both know? ".repeat(50).substring(0, 900).strip());

        assertThatThrownBy(() -> check(CurriculumLoader.FIVE_TIPS, tips, null))
                .isInstanceOf(CurriculumException.class)
                .hasMessage(folder.resolve("five-tips.yml") + ": steps[1].guidance and steps[1].questions[1].text are "
                        + "too long together for the walk's card for question 7: it would have 4,450 characters, and "
                        + "Discord takes 4,096 in a card's text; shorten them by 354 characters");
    }

    @Test
    @DisplayName("a tip whose guidance and questions each fit its walk's cards but not /coach tip's card, which shows "
            + "them all, is named with that card")
    void tipCard() throws IOException {
        String tips = withGuidance("connect", "Find the changemaker. ".repeat(140).substring(0, 2500).strip())
                .replace(MUTUAL, "text: " + "Who do you both know? ".repeat(50).substring(0, 900).strip())
                .replace("text: How and when will you make the first contact?",
                        "text: " + "When will you call? ".repeat(50).substring(0, 700).strip());

        assertThatThrownBy(() -> check(CurriculumLoader.FIVE_TIPS, tips, null))
                .hasMessage(folder.resolve("five-tips.yml") + ": steps[1].guidance, steps[1].questions[0].text, "
                        + "steps[1].questions[1].text and steps[1].questions[2].text are too long together for "
                        + "`/coach tip number:2`: it would have 4,223 characters, and Discord takes 4,096 in a card's "
                        + "text; shorten them by 127 characters");
    }

    @Test
    @DisplayName("the partner plan's texts are checked with the partner's name in them, as long as a name can show")
    void partnerNameInTheTexts() throws IOException {
        String plan = Files.readString(BUILT_IN.resolve("partner-plan.yml")).replace("intro: >-\n  Let's apply",
                "intro: >-\n  " + "Why {partner}? ".repeat(24) + "Let's apply");

        assertThatThrownBy(() -> check(Partners.PLAN_CURRICULUM, plan, Partners.LONGEST_NAME))
                .hasMessage(folder.resolve("partner-plan.yml") + ": intro, steps[0].guidance and "
                        + "steps[0].questions[0].text are too long together for the card that opens the walk (for a "
                        + "partner with the longest name there can be): it would have 5,004 characters, and Discord "
                        + "takes 4,096 in a card's text; shorten them by 908 characters");
        // with a short name it would fit: the name is what makes it too long
        assertThatCode(() -> check(Partners.PLAN_CURRICULUM, plan, "Food Bank")).doesNotThrowAnyException();
    }

    private static final String MUTUAL = "text: Who do you both know? Is there a mutual partner who could introduce you?";

    /** The built-in 5 tips with the guidance of one tip replaced. */
    private static String withGuidance(String step, String guidance) throws IOException {
        String tips = Files.readString(BUILT_IN.resolve("five-tips.yml"));
        int at = tips.indexOf("  - key: " + step + "\n");
        int from = tips.indexOf("    guidance: |-", at);
        return tips.substring(0, from) + "    guidance: " + guidance + "\n"
                + tips.substring(tips.indexOf("    questions:", from));
    }

    private void check(String key, String yaml, String subject) throws IOException {
        Files.writeString(folder.resolve(key + ".yml"), yaml);
        CurriculumLoader content = new CurriculumLoader(folder);
        WalkCards.check(content.source(key), key, content.load(key), subject);
    }
}
