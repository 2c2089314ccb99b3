package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("/partner coach: the 5 tips applied to one partner")
class PartnerCoachingTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");

    @BeforeEach
    void list() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("the walk names the partner, and its answers show on the partner's page with who wrote them")
    void planShowsOnPage() {
        Reply first = ana.runs(PartnerFeature.Paths.COACH, "partner", "eastside food bank");

        assertThat(first.plainText()).contains("Let's apply the 5 tips to Eastside Food Bank")
                .contains("Tip 1 of 5 · Do your research — Eastside Food Bank")
                .contains("What is the mandate of Eastside Food Bank?");
        ana.presses("Answer");
        Reply second = ana.submits("answer", "Feeds 2,000 families a month");
        assertThat(second.plainText()).contains("Saved").contains("their goals right now");
        assertThat(second.plainText()).doesNotContain("I found");

        bea.runs(PartnerFeature.Paths.COACH, "partner", "Eastside Food Bank");
        bea.presses("Answer");
        bea.submits("answer", "A pantry for the east side");

        String page = bea.runs(PartnerFeature.Paths.SHOW, "partner", "Eastside Food Bank").plainText();
        assertThat(page).contains("Plan for Eastside Food Bank")
                .contains("**What is the mandate of Eastside Food Bank?").doesNotContain("{partner}")
                .contains("Feeds 2,000 families a month — <@"
                        + ana.id() + ">")
                .contains("A pantry for the east side — <@" + bea.id() + ">");
    }

    @Test
    @DisplayName("an answer to an earlier question of a plan (from the end's Answer 1) is confirmed with the question "
            + "naming the partner, as the plan asks it, not with a placeholder")
    void earlierAnswerNamesThePartner() {
        // GIVEN ana skipped through her plan for a partner whose name holds Markdown
        ana.runs(PartnerFeature.Paths.ADD, "name", "*Hope* Clinic", "sector", "food");
        ana.runs(PartnerFeature.Paths.COACH, "partner", "*Hope* Clinic");
        for (int i = 0; i < 11; i++) {
            ana.presses("Skip");
        }

        // WHEN she answers the first question from the end of the plan
        ana.presses("Answer 1");
        Reply saved = ana.submits("answer", "They serve uninsured families");

        // THEN the confirmation names the partner as typed, as the question did
        assertThat(saved.text()).isEqualTo("Saved your answer to “What is the mandate of \\*Hope\\* Clinic? What do "
                + "they exist to do, and who do th…”.").doesNotContain("{partner}");
        assertThat(saved.plainText()).contains("> They serve uninsured families");
    }

    @Test
    @DisplayName("one long plan answer is shortened on its own: every other member's answer and author still show")
    void longAnswerHidesNoOne() {
        ana.runs(PartnerFeature.Paths.COACH, "partner", "Eastside Food Bank");
        ana.presses("Answer");
        ana.submits("answer", "x".repeat(3_000));
        bea.runs(PartnerFeature.Paths.COACH, "partner", "Eastside Food Bank");
        bea.presses("Answer");
        bea.submits("answer", "They run the Saturday pantry");

        String page = bot.member("cal").runs(PartnerFeature.Paths.SHOW, "partner", "Eastside Food Bank").plainText();
        assertThat(page).contains("— <@" + ana.id() + ">", "They run the Saturday pantry — <@" + bea.id() + ">");
    }

    @Test
    @DisplayName("/coach progress names the partner of a plan, and typing in a DM continues it")
    void progressAndDm() {
        ana.runs(PartnerFeature.Paths.COACH, "partner", "Eastside Food Bank");

        assertThat(ana.runs("coach progress").plainText()).contains("Plan for one partner — Eastside Food Bank");
        Reply typed = ana.types("They run a Saturday pantry");
        assertThat(typed.plainText()).contains("Saved").contains("Eastside Food Bank");
    }

    @Test
    @DisplayName("the show page's button starts the plan; the walk resumes where it stood after a restart")
    void buttonAndRestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (TestBot onFile = TestBot.onFile(dir)) {
            Member a = onFile.member("ana");
            a.runs(PartnerFeature.Paths.ADD, "name", "Food Bank", "sector", "food");
            a.runs(PartnerFeature.Paths.SHOW, "partner", "Food Bank");
            a.presses("Coach me on this partner");
            a.presses("Answer");
            a.submits("answer", "Hunger relief");

            onFile.restart();

            assertThat(a.runs(PartnerFeature.Paths.COACH, "partner", "Food Bank").plainText())
                    .contains("Picking up where you left off").contains("Question 2 of 11");
        }
    }

    @Test
    @DisplayName("a page full to every limit, with long plans by two members, stays within Discord's 6000 characters")
    void fullPageFits() {
        String name = "Eastside Food Bank";
        ana.runs(PartnerFeature.Paths.EDIT, "partner", name, "contact", "c".repeat(200), "notes", "n".repeat(1000));
        for (int i = 0; i < 4; i++) {
            ana.runs(PartnerFeature.Paths.LOG, "partner", name, "what", "t".repeat(1000));
        }
        for (Member m : java.util.List.of(ana, bea, bot.member("carl"), bot.member("dee"))) {
            m.runs(PartnerFeature.Paths.KNOW, "partner", name);
            m.runs(PartnerFeature.Paths.COACH, "partner", name);
            for (int q = 0; q < 11; q++) {
                m.presses("Answer");
                m.submits("answer", "a".repeat(4000));
            }
        }
        bot.member("eve").runs(PartnerFeature.Paths.INTRO, "partner", name);

        Reply page = ana.runs(PartnerFeature.Paths.SHOW, "partner", name);

        int total = page.cards().stream().mapToInt(org.partnercoach.chat.Card::length).sum();
        assertThat(total).isLessThanOrEqualTo(org.partnercoach.chat.Limits.EMBED_TOTAL);
        assertThat(page.cards()).hasSize(2);
        assertThat(page.plainText()).contains("Plan for Eastside Food Bank");
    }

    @Test
    @DisplayName("an unknown partner is refused before any walk starts")
    void unknown() {
        assertThat(ana.runs(PartnerFeature.Paths.COACH, "partner", "Nobody Inc").plainText()).contains("I can't find");
        assertThat(ana.runs("coach progress").plainText()).doesNotContain("Plan for one partner");
    }
}
