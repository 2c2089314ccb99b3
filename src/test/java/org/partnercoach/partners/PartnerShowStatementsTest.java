package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Button;
import org.partnercoach.support.Counted;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * What {@code /partner show} costs the database, on a partner whose page has something in every field: who knows
 * someone there, an introduction asked, a member waiting for someone who knows someone there, touchpoints and a plan.
 * The count holds the statements the page needs; the page's text holds what the member reads, so that a read saved
 * by leaving a field out fails here.
 */
@DisplayName("/partner show reads a full page in a fixed, small number of statements, and shows all of it")
class PartnerShowStatementsTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member carl = bot.member("carl");
    private final Member dan = bot.member("dan");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("contacts, introductions, a wait, touchpoints and a plan: the page in 9 statements")
    void fullPage() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        bea.runs("partner know", "partner", "Eastside Food Bank");
        // the only member who knows someone there has nobody else to ask: she waits for someone
        bea.runs("partner intro", "partner", "Eastside Food Bank");
        ana.runs("partner intro", "partner", "Eastside Food Bank");
        ana.runs(PartnerFeature.Paths.LOG, "partner", "Eastside Food Bank", "what", "Called their front desk",
                "kind", "call");
        carl.runs(PartnerFeature.Paths.LOG, "partner", "Eastside Food Bank", "what", "Coffee with the director");
        carl.runs(PartnerFeature.Paths.COACH, "partner", "Eastside Food Bank");
        carl.presses("Answer");
        carl.submits("answer", "They feed 2,000 families a month");
        dan.runs(PartnerFeature.Paths.SHOW, "partner", "Eastside Food Bank");

        Counted page = Counted.of(() -> dan.runs(PartnerFeature.Paths.SHOW, "partner", "Eastside Food Bank"));

        assertThat(page.reply().plainText()).isEqualTo("""
                Eastside Food Bank
                Sector: Food and nutrition
                Stage: Researching
                Owner: ANA
                Contact: —
                Last touchpoint: Mar 2, 2026 (today): Coffee with the director
                Reminders: every 14 days without contact (the server's default) · the next check-in is due \
                <t:1773673200:f> (<t:1773673200:R>)
                Notes: —
                Knows someone there: BEA
                Introductions: • Waiting for another member who knows someone there too: BEA (`/partner know` if you do)
                • For ANA: asked BEA, waiting for an answer (Mar 2, 2026)
                Recent touchpoints: • Mar 2, 2026 · Note by CARL: Coffee with the director
                • Mar 2, 2026 · Call by ANA: Called their front desk
                Added Mar 2, 2026 by ANA
                Plan for Eastside Food Bank
                **What is the mandate of Eastside Food Bank? What do they exist to do, and who do they serve?**
                • They feed 2,000 families a month — CARL""".replace("ANA", "<@" + ana.id() + ">")
                .replace("BEA", "<@" + bea.id() + ">").replace("CARL", "<@" + carl.id() + ">"));
        assertThat(page.reply().buttons()).extracting(Button::label)
                .containsExactly("Coach me on this partner", "I know someone there", "Ask for an introduction");
        // the member's home server, the partner, the plans, the reader's and owner's zones with the server's
        // settings (one read), the page's rows of the list's own tables (recent touchpoints, who knows someone there, the introductions,
        // the waits: one read), the reminder state and the owner's last check-ins; and before them, so that Discord can
        // be asked whether its owner and those who know someone there are members, the partner and who knows someone
        // there
        assertThat(page.statements()).isEqualTo(9);
    }
}
