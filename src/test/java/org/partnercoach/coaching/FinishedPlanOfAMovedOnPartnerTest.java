package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("The end of a finished plan for a partner the coalition moved on from")
class FinishedPlanOfAMovedOnPartnerTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("Answer on the end of a finished plan, sent after its partner was archived, keeps the member's words "
            + "in the finished plan and says the coalition moved on, in the words /partner coach uses")
    void answerAtTheEndAfterTheArchive() {
        // GIVEN bea finished her plan for ana's partner by DM, answering the first question and skipping the rest
        ana.runs("partner add", "name", "*Eastside* Food Bank", "sector", "food");
        bea.runs("partner coach", "partner", "*Eastside* Food Bank");
        assertThat(bea.types("They run the county's food pantries").text()).contains("Saved:");
        Reply end = null;
        for (int i = 1; i < 11; i++) {
            end = bea.types("skip");
        }
        assertThat(end.plainText()).contains("You reached the end with 1 of 11 questions answered");
        assertThat(planRows()).containsExactly("DONE");

        // WHEN ana archives the partner, and bea then answers question 2 from the end of her plan
        ana.runs("partner archive", "partner", "*Eastside* Food Bank");
        bea.reads(end);
        assertThat(bea.presses("Answer 2").isForm()).isTrue();
        Reply sent = bea.submits("answer", "**Food** security for families 🍎 @everyone");

        // THEN her words are kept, and she is told the coalition moved on, as /partner coach tells it
        String movedOn = "The coalition has moved on from “\\*Eastside\\* Food Bank”: here is your plan for it all the "
                + "same. `/partner restore` brings the partner back to the outreach list.";
        assertThat(sent.text()).isEqualTo("Saved your answer to “What are their goals right now, and how have they "
                + "been involved in community ef…”. " + movedOn);
        assertThat(bea.runs("partner coach", "partner", "*Eastside* Food Bank").plainText()).startsWith(movedOn);
        assertThat(sent.plainText()).contains("2 of 11 questions answered")
                .contains("\\*\\*Food\\*\\* security for families 🍎 @everyone");
        // AND the plan stays finished, with her answer stored
        assertThat(planRows()).containsExactly("DONE");
        assertThat(bea.runs("coach answers").plainText()).contains("\\*\\*Food\\*\\* security for families 🍎");
    }

    @Test
    @DisplayName("/coach progress says a finished plan's partner was moved on from, in the words it uses for a "
            + "paused plan, and how the partner comes back")
    void progressOfAFinishedPlanAfterTheArchive() {
        // GIVEN bea finished her plan for ana's partner, answering every question but the first
        ana.runs("partner add", "name", "*Eastside* Food Bank", "sector", "food");
        bea.runs("partner coach", "partner", "*Eastside* Food Bank");
        bea.types("skip");
        for (int i = 1; i < 11; i++) {
            bea.types("Answer " + i);
        }
        assertThat(planRows()).containsExactly("DONE");
        assertThat(bea.runs("coach progress").plainText()).contains("Plan for one partner — \\*Eastside\\* Food Bank")
                .doesNotContain("moved on");

        // WHEN ana archives the partner, and bea asks for her progress
        ana.runs("partner archive", "partner", "*Eastside* Food Bank");
        Reply progress = bea.runs("coach progress");

        // THEN the plan is shown finished, with why it now waits and how its partner comes back
        assertThat(progress.plainText()).contains("Plan for one partner — \\*Eastside\\* Food Bank")
                .contains("Reached the end (the coalition has moved on from this partner); 1 question is still open")
                .contains("10 of 11 questions answered · 1 skipped\n`/partner restore` brings the partner back.");
        assertThat(planRows()).containsExactly("DONE");
    }

    /** The status of each of bea's plans, as stored. */
    private List<String> planRows() {
        Database rows = bot.storedRows();
        return rows.read(c -> Database.list(c, "SELECT status FROM walks WHERE guild_id = ? AND user_id = ? "
                + "AND curriculum = 'partner-plan' ORDER BY id", rs -> rs.getString(1), TestBot.GUILD, bea.id()));
    }
}
