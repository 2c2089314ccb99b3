package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Counted;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * What a member's action costs the database does not grow with what it shows: counted statements of the same action
 * on more data (more plans, more names) stay the same. Relative counts only, so that a new line on a page does not
 * break these tests, while a query per plan or per name does.
 */
@DisplayName("Handlers read in a fixed number of statements, however much they show")
class HandlerStatementsTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member cy = bot.member("cy");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("/partner show reads every member's plan with its answers at once: two plans cost what none does")
    void showReadsPlansAtOnce() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        ana.homeKnown();
        Counted none = Counted.of(() -> ana.runs(PartnerFeature.Paths.SHOW, "partner", "Eastside Food Bank"));
        for (Member m : new Member[] {bea, cy}) {
            m.runs(PartnerFeature.Paths.COACH, "partner", "Eastside Food Bank");
            m.presses("Answer");
            m.submits("answer", "They feed 2,000 families a month, says " + m.name());
        }

        Counted two = Counted.of(() -> ana.runs(PartnerFeature.Paths.SHOW, "partner", "Eastside Food Bank"));

        assertThat(two.reply().plainText()).contains("They feed 2,000 families a month, says bea")
                .contains("They feed 2,000 families a month, says cy");
        assertThat(two.statements()).isEqualTo(none.statements());
    }

    @Test
    @DisplayName("the organizations named in an answer are looked up on the list in one read: five cost what one does")
    void namesLookedUpAtOnce() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Lincoln High School", "sector", "education");
        bea.runs("coach start");
        bea.presses("Answer");
        Counted one = Counted.of(() -> bea.submits("answer", "Eastside Food Bank"));
        cy.runs("coach start");
        cy.presses("Answer");

        Counted five = Counted.of(() -> cy.submits("answer", "Eastside Food Bank, Lincoln High School, Boys and Girls "
                + "Club, First Baptist Church, Grandview Clinic"));

        assertThat(one.reply().plainText()).contains("I found 1 organization in your answer");
        assertThat(five.reply().plainText()).contains("I found 4 organizations in your answer");
        assertThat(five.statements()).isEqualTo(one.statements());
    }

    @Test
    @DisplayName("a keystroke's suggestions read former names in the statement that reads names: renames cost nothing")
    void suggestionsReadFormerNamesAtOnce() {
        for (String name : new String[] {"Lincoln High", "Eastside Food Bank", "Grace Church"}) {
            ana.runs(PartnerFeature.Paths.ADD, "name", name, "sector", "education");
        }
        long none = countedSuggestions("Lincoln Hi");
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Lincoln High", "name", "Abraham Lincoln Academy");
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Eastside Food Bank", "name", "Eastside Pantry");
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Eastside Pantry", "name", "Eastside Community Pantry");

        long three = countedSuggestions("Lincoln Hi");

        assertThat(bea.suggests(PartnerFeature.Paths.SHOW, "partner", "Lincoln Hi")).extracting(c -> c.value())
                .containsExactly("Abraham Lincoln Academy");
        assertThat(three).isEqualTo(none).isLessThanOrEqualTo(2);
    }

    private long countedSuggestions(String typed) {
        long before = Database.statementsRun();
        bea.suggests(PartnerFeature.Paths.SHOW, "partner", typed);
        return Database.statementsRun() - before;
    }

    @Test
    @DisplayName("/partner log reads its partner once and writes it once: the reply speaks of it as it now stands")
    void logReadsPartnerOnce() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        bea.homeKnown();
        Counted log = Counted.of(() -> bea.runs(PartnerFeature.Paths.LOG, "partner", "Eastside Food Bank", "what",
                "Coffee with the director"));

        assertThat(log.reply().plainText()).contains("Logged a note with “Eastside Food Bank”")
                .contains("Its reminders now count from this contact");
        // the partner, the member's and owner's zones with the server's settings, the touchpoint, one update of the
        // partner, its reminder state and its owner's last check-ins (for the reply's next check-in): none of the
        // page's touchpoints, contacts, introductions and plans
        assertThat(log.statements()).isEqualTo(6);
    }

    @Test
    @DisplayName("the reminder line's owner is read with the reader: /partner show and /partner log of a partner "
            + "someone else looks after cost what they cost for one nobody looks after, the check of the owner's last "
            + "check-in included")
    void ownersZoneReadWithTheReaders() {
        // the reminder line needs the owner's quiet hours; nobody's partners go to the reminder channel, on the
        // server's zone
        bot.coordinator("cora").runs("coach setup", "channel", "555");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        bea.runs(PartnerFeature.Paths.ADD, "name", "Lincoln High", "sector", "education");
        // no command leaves a partner without anyone looking after it: store it so
        bot.storedRows().write(c -> Database.update(c, "UPDATE partners SET owner_id = 0 WHERE guild_id = ? AND "
                + "name = 'Lincoln High'", TestBot.GUILD));
        cy.homeKnown();
        Counted nobodys = Counted.of(() -> cy.runs(PartnerFeature.Paths.SHOW, "partner", "Lincoln High"));

        Counted anas = Counted.of(() -> cy.runs(PartnerFeature.Paths.SHOW, "partner", "Eastside Food Bank"));

        assertThat(anas.reply().plainText()).contains("the next check-in is due");
        assertThat(nobodys.reply().plainText()).contains("so they go to the reminder channel");
        // the owner's zone comes with the reader's; whether their last check-in reached them (the page says so when
        // it did not) comes with the read of their last check-ins that the once-a-day rule needs
        assertThat(anas.statements()).isEqualTo(nobodys.statements());
        Counted loggedNobodys = Counted.of(() -> cy.runs(PartnerFeature.Paths.LOG, "partner", "Lincoln High", "what",
                "Met the principal"));
        Counted loggedAnas = Counted.of(() -> cy.runs(PartnerFeature.Paths.LOG, "partner", "Eastside Food Bank",
                "what", "Coffee with the director"));
        assertThat(loggedAnas.reply().plainText()).contains("Its reminders now count from this contact");
        assertThat(loggedAnas.statements()).isEqualTo(loggedNobodys.statements());
    }

    @Test
    @DisplayName("/partner list reads its page and how many match in one statement: it costs what /coalition gaps does")
    void listCountsWithItsPage() {
        for (String name : new String[] {"Eastside Food Bank", "Westside Food Bank", "Northside Pantry"}) {
            ana.runs(PartnerFeature.Paths.ADD, "name", name, "sector", "food");
        }
        bea.homeKnown();
        Counted gaps = Counted.of(() -> bea.runs("coalition gaps"));

        Counted list = Counted.of(() -> bea.runs(PartnerFeature.Paths.LIST, "sector", "food", "stage", "researching"));

        assertThat(list.reply().plainText()).contains("Northside Pantry").contains("3 partners");
        // both: one read (the page came with a count of its own before)
        assertThat(list.statements()).isEqualTo(gaps.statements());
    }
}
