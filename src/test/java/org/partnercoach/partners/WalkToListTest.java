package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("From the walk to the list: organizations named in tip 1 become partners, once the member checked them")
class WalkToListTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    /** The member starts the walk with /coach start and presses Answer on tip 1's first question: its form is open. */
    private static void startsTheWalkAndPressesAnswer(Member member) {
        member.runs("coach start");
        member.presses("Answer");
    }

    @Test
    @DisplayName("names are split on commas, semicolons and new lines, never inside 'and' or '&', without non-names")
    void splitsNames() {
        assertThat(AnswerNames.names("Eastside Food Bank, Boys and Girls Club, Johnson & Johnson Foundation"))
                .containsExactly("Eastside Food Bank", "Boys and Girls Club", "Johnson & Johnson Foundation");
        assertThat(AnswerNames.names("- \"YMCA\"\n2. the library; ymca.\n\n, ,"))
                .containsExactly("YMCA", "the library");
        assertThat(AnswerNames.names("Grandview Clinic, Sandy's Diner, and the Rotary Club"))
                .containsExactly("Grandview Clinic", "Sandy's Diner", "Rotary Club");
        assertThat(AnswerNames.names("Food Bank, not sure yet, maybe later, none, n/a, etc.")).containsExactly(
                "Food Bank");
        // every way the DM reads as not knowing yet is no name either
        assertThat(AnswerNames.names("YMCA; I have no idea; don't know; dont know yet; no idea at all; unsure; "
                + "I've no idea; no clue")).containsExactly("YMCA");
        // tabs, runs of spaces and a carriage return left by a pasted list are one space, or none at an end
        assertThat(AnswerNames.names("Eastside  Food\tBank, Lincoln   High School\r"))
                .containsExactly("Eastside Food Bank", "Lincoln High School");
        assertThat(AnswerNames.names("🎉🎉, " + "x".repeat(200))).isEmpty();
        assertThat(AnswerNames.names("@everyone, @here, <@123>, <@!45>, <@&67>, <#89>, YMCA @ Main St"))
                .containsExactly("YMCA @ Main St");
        assertThat(AnswerNames.names("@everyone @here <@&123>")).isEmpty();
        assertThat(AnswerNames.names("Lincoln High @everyone; <@!45> **Eastside Food Bank** <#89>\n<:ymca:77> 🎉 !!!"))
                .containsExactly("Lincoln High", "Eastside Food Bank");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            many.append("Org ").append(i).append(", ");
        }
        assertThat(AnswerNames.names(many.toString())).hasSize(40);
    }

    @Test
    @DisplayName("a question typed back at the question (\"How do I find them?\") is no organization to add; a name "
            + "that only ends with a question mark still is one")
    void questionIsNoName() {
        assertThat(AnswerNames.names("How do I know who to partner with?")).isEmpty();
        assertThat(AnswerNames.names("Eastside Food Bank, what about the library?\nshould we ask the YMCA?"))
                .containsExactly("Eastside Food Bank");
        assertThat(AnswerNames.names("Why Not? Theatre Company, Who Cares?")).containsExactly(
                "Why Not? Theatre Company", "Who Cares?");
    }

    @Test
    @DisplayName("\" and the \" (or \" & the \") parts two names, the second without the sentence's article; "
            + "\"and\" inside a name still does not")
    void andThePartsNames() {
        assertThat(AnswerNames.names("The Eastside food bank and the YMCA"))
                .containsExactly("The Eastside food bank", "YMCA");
        assertThat(AnswerNames.names("Boys and Girls Club and the YMCA, Johnson & Johnson Foundation & the library"))
                .containsExactly("Boys and Girls Club", "YMCA", "Johnson & Johnson Foundation", "library");
        assertThat(AnswerNames.names("Boys and Girls Club AND The Salvation Army"))
                .containsExactly("Boys and Girls Club", "The Salvation Army");
        assertThat(AnswerNames.names("Friends and Neighbors, theater guild and thespians"))
                .containsExactly("Friends and Neighbors", "theater guild and thespians");
    }

    @Test
    @DisplayName("a leading \"the\" does not make a name found in an answer another partner: \"The Eastside food "
            + "bank\" is the listed \"Eastside Food Bank\", and \"Salvation Army\" the listed \"The Salvation "
            + "Army\"")
    void leadingTheIsTheSamePartner() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        ana.runs(PartnerFeature.Paths.ADD, "name", "The Salvation Army", "sector", "faith");
        startsTheWalkAndPressesAnswer(ana);

        Reply after = ana.submits("answer", "The Eastside food bank and the YMCA, Salvation Army");

        assertThat(after.plainText()).contains("I found 1 organization in your answer that isn't on the coalition's "
                + "outreach list yet; “The Eastside food bank” and “Salvation Army” are on it already.");
        Reply form = ana.presses("Check and add");
        assertThat(form.form().inputs().get(0).value()).isEqualTo("YMCA");
        // typed in the form with or without the article, a listed partner is still already on the list
        Reply checked = ana.submits("names", "YMCA\nthe Eastside Food Bank\nTHE SALVATION ARMY");
        assertThat(checked.plainText()).contains("Already on the list: “the Eastside Food Bank”, “THE SALVATION ARMY”.")
                .contains("Which sector is “YMCA” in?");
    }

    @Test
    @DisplayName("GIVEN “St. Mary's Clinic” on the list WHEN “St Marys Clinic” is typed in the Check and add form THEN it "
            + "is told as already on the list, naming the one there, and not added: as /partner add's look-alike")
    void formLineSpelledLikeAListedOneIsThatOne() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "St. Mary's Clinic", "sector", "health-care");
        startsTheWalkAndPressesAnswer(ana);
        ana.submits("answer", "the YMCA");
        ana.presses("Check and add");

        Reply checked = ana.submits("names", "YMCA\nSt Marys Clinic");

        assertThat(checked.plainText()).startsWith("Already on the list, spelled a little differently: “St. Mary's "
                + "Clinic” (for “St Marys Clinic”). If yours is another organization, add it with `/partner add`.\n"
                + "Which sector is “YMCA” in?").doesNotContain("more after this one");
        assertThat(checked.rows()).filteredOn(r -> r instanceof Row.Select).hasSize(1);
        assertThat(checked.buttons()).extracting(Button::label).containsExactly("Don't add this one");
        Reply done = ana.picks("youth");
        assertThat(done.plainText()).contains("Added “YMCA” (Youth)").contains("That's all for this list")
                .doesNotContain("St Marys").doesNotContain("Heads-up");
        assertThat(PartnersTestSupport.directory(bot).allPartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactlyInAnyOrder("St. Mary's Clinic", "YMCA");
    }

    @Test
    @DisplayName("GIVEN “Lincoln High” renamed “Abraham Lincoln Academy” WHEN an answer or the Check and add form names "
            + "“Lincoln High” THEN it is told as on the list under its new name, naming it, and not offered or added")
    void formerNamesAreThePartner() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Lincoln High", "sector", "education");
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Lincoln High", "name", "Abraham Lincoln Academy");
        startsTheWalkAndPressesAnswer(ana);

        // WHEN her answer names it by its old name, beside a new one
        Reply after = ana.submits("answer", "Lincoln High and the YMCA");

        // THEN only the new one is offered, and the old name is said to be on the list as the partner it is now
        assertThat(after.plainText()).contains("I found 1 organization in your answer that isn't on the coalition's "
                + "outreach list yet; “Lincoln High” (as “Abraham Lincoln Academy”) is on it already.");
        assertThat(ana.presses("Check and add").form().inputs().get(0).value()).isEqualTo("YMCA");

        // AND typed in the form, it is told under its new name, and not added
        Reply checked = ana.submits("names", "YMCA\nlincoln high");
        assertThat(checked.plainText()).startsWith("Already on the list under a new name: “Abraham Lincoln Academy” "
                + "(once “lincoln high”).\nWhich sector is “YMCA” in?");
        ana.picks("youth");
        assertThat(PartnersTestSupport.directory(bot).allPartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactlyInAnyOrder("Abraham Lincoln Academy", "YMCA");
    }

    @Test
    @DisplayName("names in an answer that differ from listed ones only in spaces, punctuation or accents are not "
            + "offered as new ones, as a name on the list is not")
    void answerNamesSpelledLikeListedOnesAreNotOffered() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Café Sol", "sector", "business");
        startsTheWalkAndPressesAnswer(ana);

        Reply after = ana.submits("answer", "East side Food-Bank, Cafe Sol and the YMCA");

        // THEN the reply offers the one new name, and says which partners the others were taken for
        assertThat(after.plainText()).contains("I found 1 organization in your answer that isn't on the coalition's "
                + "outreach list yet; “East side Food-Bank” (as “Eastside Food Bank”) and “Cafe Sol” (as “Café Sol”) "
                + "are on it already. Press **Check and add**");
        assertThat(ana.presses("Check and add").form().inputs().get(0).value()).isEqualTo("YMCA");

        // AND an answer naming only such ones gets no offer at all, and is told they are on the list already
        Member bea = bot.member("bea");
        startsTheWalkAndPressesAnswer(bea);
        Reply none = bea.submits("answer", "Eastside Food-Bank, cafe sol");
        assertThat(none.plainText()).contains("Question 2 of 17").doesNotContain("I found")
                .contains("Every organization you named is on the coalition's outreach list already (“Eastside "
                        + "Food-Bank” as “Eastside Food Bank” and “cafe sol” as “Café Sol”). See it with `/partner list`.");
        assertThat(none.buttons()).extracting(Button::label).doesNotContain("Check and add");
        assertThat(PartnersTestSupport.directory(bot).allPartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactlyInAnyOrder("Eastside Food Bank", "Café Sol");
    }

    @Test
    @DisplayName("GIVEN “St. Mary's Clinic” moved on WHEN an answer names “St Marys Clinic” THEN it is told as moved "
            + "on, with the /partner restore command for it, not as on the list with /partner list (which does not "
            + "show it); the form says the same, and nothing is added")
    void movedOnNamesAreToldApart() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "St. Mary's Clinic", "sector", "health-care");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner archive", "partner", "St. Mary's Clinic");
        String movedOn = "The coalition has moved on from “St. Mary's Clinic” (for “St Marys Clinic”); `/partner "
                + "restore partner:\"St. Mary's Clinic\"` brings it back.";
        startsTheWalkAndPressesAnswer(ana);

        Reply only = ana.submits("answer", "St Marys Clinic");

        assertThat(only.plainText()).contains(movedOn).doesNotContain("Every organization", "`/partner list`",
                "on the coalition's outreach list already");
        assertThat(only.buttons()).extracting(Button::label).doesNotContain("Check and add");

        // AND beside one on the list: that one is on the list, see /partner list; the moved-on one is told apart
        Member bea = bot.member("bea");
        startsTheWalkAndPressesAnswer(bea);
        Reply both = bea.submits("answer", "Eastside Food Bank, St Marys Clinic");
        assertThat(both.plainText()).contains("“Eastside Food Bank” is on the coalition's outreach list already. See "
                + "it with `/partner list`. " + movedOn).doesNotContain("Every organization");

        // AND beside a new one: offered, with the moved-on one told apart
        Member cy = bot.member("cy");
        startsTheWalkAndPressesAnswer(cy);
        Reply offer = cy.submits("answer", "YMCA, St Marys Clinic");
        assertThat(offer.plainText()).contains("I found 1 organization in your answer that isn't on the coalition's "
                + "outreach list yet. Press **Check and add** to see it, correct it, and add it. " + movedOn);

        // AND typed in the form, it is told apart there too, and not added
        cy.presses("Check and add");
        Reply checked = cy.submits("names", "YMCA\nSt Marys Clinic");
        assertThat(checked.plainText()).startsWith(movedOn + "\nWhich sector is “YMCA” in?")
                .doesNotContain("Already on the list");
        cy.picks("youth");
        assertThat(PartnersTestSupport.directory(bot).allPartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactlyInAnyOrder("St. Mary's Clinic", "Eastside Food Bank", "YMCA");
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "St. Mary's Clinic").active()).isFalse();
    }

    @Test
    @DisplayName("a name spelled like one added after the form was sent: still waiting, it is told as on the list and "
            + "left out; its sector already asked and picked, it is added with /partner add's heads-up")
    void spelledLikeOneAddedMeanwhile() {
        Member bea = bot.member("bea");
        startsTheWalkAndPressesAnswer(ana);
        ana.submits("answer", "YMCA, St Marys Clinic");
        ana.presses("Check and add");
        ana.submits("names", "YMCA\nSt Marys Clinic");
        bea.runs(PartnerFeature.Paths.ADD, "name", "St. Mary's Clinic", "sector", "health-care");

        Reply next = ana.picks("youth");

        assertThat(next.plainText()).startsWith("Added “YMCA” (Youth) to the outreach list, in the researching "
                + "stage.\nAlready on the list, spelled a little differently: “St. Mary's Clinic” (for “St Marys "
                + "Clinic”). If yours is another organization, add it with `/partner add`.\nThat's all for this list.");
        assertThat(next.rows()).noneMatch(r -> r instanceof Row.Select);
        assertThat(PartnersTestSupport.directory(bot).allPartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactlyInAnyOrder("St. Mary's Clinic", "YMCA");

        // AND a sector picked for a name after its look-alike came: added, with the heads-up /partner add gives
        Member cy = bot.member("cy");
        cy.runs("coach start");
        cy.types("Eastside Food-Bank");
        cy.presses("Check and add");
        cy.submits("names", "Eastside Food-Bank");
        bea.runs(PartnerFeature.Paths.ADD, "name", "East Side Food Bank", "sector", "food");

        Reply added = cy.picks("food");

        assertThat(added.plainText()).startsWith("Added “Eastside Food-Bank” (Food and nutrition) to the outreach "
                + "list, in the researching stage.\n\nHeads-up: “East Side Food Bank” (Food and nutrition, "
                + "researching) is already on the list, spelled a little differently. If it is the same organization,"
                + " delete this one with `/partner delete partner:\"Eastside Food-Bank\"` and carry on with “East Side"
                + " Food Bank”.\n\nThat's all for this list.");
        assertThat(PartnersTestSupport.directory(bot).allPartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactlyInAnyOrder("St. Mary's Clinic", "YMCA", "East Side Food Bank", "Eastside Food-Bank");
    }

    @Test
    @DisplayName("GIVEN Cora picking the sector of “Lincoln High School” WHEN Bea adds that name meanwhile THEN Cora's "
            + "pick says it is on the list, leaves it, and asks about the next name; added and moved on from "
            + "meanwhile, it is told as moved on, with the command that brings it back")
    void nameBeingPickedAddedMeanwhile() {
        Member cora = bot.member("cora");
        Member bea = bot.member("bea");
        startsTheWalkAndPressesAnswer(cora);
        cora.submits("answer", "Lincoln High School and the YMCA");
        cora.presses("Check and add");
        assertThat(cora.submits("names", "Lincoln High School\nYMCA").plainText())
                .contains("Which sector is “Lincoln High School” in? (1 more after this one)");
        bea.runs(PartnerFeature.Paths.ADD, "name", "Lincoln High School", "sector", "education");

        Reply next = cora.picks("education");

        assertThat(next.plainText()).startsWith("Already on the list: “Lincoln High School”.\n"
                + "Which sector is “YMCA” in?").doesNotContain("more after this one");
        assertThat(next.rows()).filteredOn(r -> r instanceof Row.Select).hasSize(1);
        assertThat(next.buttons()).extracting(Button::label).containsExactly("Don't add this one");
        assertThat(cora.picks("youth").plainText()).startsWith("Added “YMCA” (Youth)").contains("That's all for "
                + "this list");
        assertThat(PartnersTestSupport.directory(bot).allPartners(TestBot.GUILD))
                .extracting(Partner::name, Partner::ownerId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Lincoln High School", bea.id()),
                        org.assertj.core.groups.Tuple.tuple("YMCA", cora.id()));

        // AND added and moved on from while the sector is picked: told so, with the restore command, and left out
        Member dan = bot.member("dan");
        startsTheWalkAndPressesAnswer(dan);
        dan.submits("answer", "Grace Church, the library");
        dan.presses("Check and add");
        dan.submits("names", "Grace Church\nPublic Library");
        bea.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith");
        bea.runs("partner archive", "partner", "Grace Church", "reason", "not now");

        Reply movedOn = dan.picks("faith");

        assertThat(movedOn.plainText()).startsWith("The coalition has moved on from “Grace Church”; `/partner "
                + "restore partner:\"Grace Church\"` brings it back.\nWhich sector is “Public Library” in?");
        assertThat(PartnersTestSupport.directory(bot).allPartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactlyInAnyOrder("Lincoln High School", "YMCA", "Grace Church");
    }

    @Test
    @DisplayName("a name found in an answer keeps its own punctuation; only quotes or brackets around all of it go")
    void namesKeepTheirPunctuation() {
        assertThat(AnswerNames.names("St. Mary's \"Clinic\", Acme Inc., Yahoo!, Sandy's Diner."))
                .containsExactly("St. Mary's \"Clinic\"", "Acme Inc.", "Yahoo!", "Sandy's Diner");
        assertThat(AnswerNames.names("\"Eastside Food Bank\"; (YMCA); “Grandview Clinic”, ‘Mary’s Place’"))
                .containsExactly("Eastside Food Bank", "YMCA", "Grandview Clinic", "Mary’s Place");
        assertThat(AnswerNames.names("\"Boys and Girls Club, Rotary Club\"\n• U.S. Forest Service.\n"
                + "\"Food\" and \"Friends\", the library..."))
                .containsExactly("Boys and Girls Club", "Rotary Club", "U.S. Forest Service",
                        "\"Food\" and \"Friends\"", "the library");
    }

    @Test
    @DisplayName("a name the member typed in bold, italics or as code in a DM is found without the Markdown around it, "
            + "where a bold name lost one star as if it were a bullet; a star with a space after it is still a bullet")
    void namesWithoutTheirMarkdown() {
        assertThat(AnswerNames.names("**Bold Org**, *Italic Org*, __Under Org__, _Lean Org_, `Code Org`, ~~Old Org~~"))
                .containsExactly("Bold Org", "Italic Org", "Under Org", "Lean Org", "Code Org", "Old Org");
        assertThat(AnswerNames.names("* Eastside Food Bank\n* **Lincoln High**\n- \"*YMCA*\""))
                .containsExactly("Eastside Food Bank", "Lincoln High", "YMCA");
        assertThat(AnswerNames.names("Acme*, C++ Club, _, **")).containsExactly("Acme*", "C++ Club");
    }

    @Test
    @DisplayName("a name the member typed in the form is added exactly as typed")
    void formNamesAsTyped() {
        ana.runs("coach start");
        ana.types("St Marys Clinic");
        ana.presses("Check and add");

        Reply first = ana.submits("names", "  St. Mary's \"Clinic\"  \n\"Acme Inc.\"\nYahoo!");
        assertThat(first.plainText()).contains("Which sector is “St. Mary's \"Clinic\"” in?");
        ana.picks("health-care");
        assertThat(ana.picks("business").plainText()).contains("Which sector is “Yahoo!” in?");
        ana.picks("business");

        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactlyInAnyOrder("St. Mary's \"Clinic\"", "\"Acme Inc.\"", "Yahoo!");
    }

    @Test
    @DisplayName("the question stays in view; the member corrects the list in a form, then picks each sector")
    void answerBecomesPartners() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Lincoln High School", "sector", "education");
        startsTheWalkAndPressesAnswer(ana);

        Reply after = ana.submits("answer",
                "Eastside Food Bank, Lincoln High School, Boys and Girls Club, not sure yet, First Baptist Church");

        // the next question is still there, with its buttons, and nothing is added yet
        assertThat(after.plainText()).contains("Saved").contains("Question 2 of 17")
                .contains("What roles do you play in your community?")
                .contains("I found 3 organizations in your answer that aren't on the coalition's outreach list");
        assertThat(after.buttons()).extracting(Button::label).contains("Answer", "Skip", "Check and add");
        assertThat(after.rows()).noneMatch(r -> r instanceof Row.Select);
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).hasSize(1);

        Reply form = ana.presses("Check and add");
        assertThat(form.form().inputs().get(0).value())
                .isEqualTo("Eastside Food Bank\nBoys and Girls Club\nFirst Baptist Church");
        // the member fixes a name, removes one and adds one
        Reply first = ana.submits("names", "Eastside Food Bank\nBoys & Girls Club of Eastside\nGrandview Clinic\n"
                + "lincoln high school");
        assertThat(first.update()).isFalse();
        assertThat(first.plainText()).contains("Already on the list: “lincoln high school”")
                .contains("Which sector is “Eastside Food Bank” in? (2 more after this one)");

        Reply second = ana.picks("food");
        assertThat(second.plainText()).contains("Added “Eastside Food Bank” (Food and nutrition)")
                .contains("Which sector is “Boys & Girls Club of Eastside” in? (1 more after this one)");
        Reply third = ana.picks("youth");
        assertThat(third.plainText()).contains("Which sector is “Grandview Clinic” in?");
        Reply done = ana.presses("Don't add this one");
        // the names of the answer were all in this round (added, corrected or removed): none is offered again
        assertThat(done.plainText()).contains("Left out “Grandview Clinic”").contains("That's all for this list")
                .doesNotContain("Your answer names");
        assertThat(done.buttons()).extracting(Button::label).doesNotContain("Check and add");

        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactlyInAnyOrder("Lincoln High School", "Eastside Food Bank",
                        "Boys & Girls Club of Eastside");
    }

    @Test
    @DisplayName("more names than a form holds: the member is told, and the rest come in the next round")
    void moreThanFit() {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            many.append("Org ").append(i).append("\n");
        }
        ana.runs("coach start");
        Reply after = ana.types(many.toString());
        assertThat(after.text()).contains("I found 30 organizations")
                .contains("the form holds the first 25, and the button brings the rest after that");
        Reply form = ana.presses("Check and add");
        assertThat(form.form().inputs().get(0).value().split("\n")).hasSize(25).endsWith("Org 25");
        ana.submits("names", "Org 1");
        Reply done = ana.picks("business");
        assertThat(done.plainText()).contains("That's all for this list")
                .contains("Your answer names 5 organizations not on the list yet");
        Reply nextRound = ana.presses("Check and add");
        assertThat(nextRound.form().inputs().get(0).value()).isEqualTo("Org 26\nOrg 27\nOrg 28\nOrg 29\nOrg 30");
    }

    @Test
    @DisplayName("a name left out stays out of the next rounds and of the count; a rewritten answer starts over")
    void leftOutStaysOut() {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 27; i++) {
            many.append("Org ").append(i).append("\n");
        }
        ana.runs("coach start");
        ana.types(many.toString());
        ana.presses("Check and add");
        ana.submits("names", "Org 1\nOrg 2");
        Reply second = ana.presses("Don't add this one");
        assertThat(second.plainText()).contains("Left out “Org 1”").contains("Which sector is “Org 2” in?");
        Reply done = ana.presses("Don't add this one");
        assertThat(done.plainText()).contains("Left out “Org 2”")
                .contains("Your answer names 2 organizations not on the list yet");

        Reply nextRound = ana.presses("Check and add");
        assertThat(nextRound.form().inputs().get(0).value()).isEqualTo("Org 26\nOrg 27");
        ana.submits("names", "Org 26\nOrg 27");
        ana.presses("Don't add this one");
        Reply end = ana.presses("Don't add this one");
        assertThat(end.plainText()).contains("Left out “Org 27”").contains("That's all for this list")
                .doesNotContain("Your answer names");
        assertThat(end.buttons()).extracting(Button::label).doesNotContain("Check and add");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).isEmpty();

        // the member writes the answer again: its names are offered afresh
        ana.types("back");
        Reply rewritten = ana.types("Org 1, Org 28");
        assertThat(rewritten.plainText()).contains("I found 2 organizations");
        assertThat(ana.presses("Check and add").form().inputs().get(0).value()).isEqualTo("Org 1\nOrg 28");
    }

    @Test
    @DisplayName("the question's first Check and add, pressed again, goes on where the member left off")
    void firstButtonGoesOn() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 27; i++) {
            many.append("Org ").append(i).append("\n");
        }
        ana.runs("coach start");
        Reply question = ana.types(many.toString());
        ana.presses("Check and add");
        ana.submits("names", "Org 1\nOrg 2");
        ana.presses("Don't add this one");
        ana.picks("business");

        // back on the question, the member presses its Check and add, not the one the round ended with
        ana.reads(question);
        Reply again = ana.presses("Check and add");
        assertThat(again.isForm()).as("a form, but saw: %s", again.plainText()).isTrue();
        assertThat(again.form().inputs().get(0).value()).isEqualTo("Org 26\nOrg 27");
        Reply secondRound = ana.submits("names", "Org 26\nOrg 27");
        // the member's data export lists the names waiting, and nothing else
        JsonNode waiting = new ObjectMapper().readTree(ana.runs("privacy export").files().get(0).bytes())
                .get("partners").get("names_to_add");
        assertThat(waiting.findValuesAsText("name")).containsExactly("Org 26", "Org 27");
        ana.reads(secondRound);
        ana.presses("Don't add this one");
        Reply end = ana.presses("Don't add this one");
        assertThat(end.plainText()).contains("That's all for this list").doesNotContain("Your answer names");

        // and once more, from the question or from a sector question of the first round: nothing comes back
        ana.reads(question);
        assertThat(ana.presses("Check and add").plainText())
                .contains("That's every organization your answer names");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactly("Org 2");
    }

    @Test
    @DisplayName("a round that held every name: the question's Check and add does not bring back a name left out")
    void leftOutStaysOutOfTheFirstButton() {
        startsTheWalkAndPressesAnswer(ana);
        Reply question = ana.submits("answer", "Eastside Food Bank, Grandview Clinic, Sandy's Diner");
        ana.presses("Check and add");
        ana.submits("names", "Eastside Food Bank\nGrandview Clinic\nSandy's Diner");
        ana.picks("food");
        ana.presses("Don't add this one");
        Reply done = ana.picks("business");
        assertThat(done.plainText()).contains("That's all for this list").doesNotContain("Your answer names");

        ana.reads(question);
        Reply again = ana.presses("Check and add");
        assertThat(again.isForm()).as("no form, but saw one with: %s", again.isForm()
                ? again.form().inputs().get(0).value() : "").isFalse();
        assertThat(again.plainText()).contains("That's every organization your answer names")
                .contains("/partner list");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactlyInAnyOrder("Eastside Food Bank", "Sandy's Diner");
    }

    @Test
    @DisplayName("a name typed in the form too long because of its emoji says that an emoji counts as two, and is "
            + "shown cut before an emoji, never inside one")
    void emojiCountAsTwo() {
        ana.runs("coach start");
        ana.types("Sandy's Diner");
        ana.presses("Check and add");

        Reply reply = ana.submits("names", "Taco " + "🌮".repeat(60) + "\nSandy's Diner");

        assertThat(reply.plainText()).contains("Not added, longer than 100 characters: “Taco " + "🌮".repeat(17)
                + "…” (an emoji counts as two here: your 65 characters count as 125). Add a shorter name with "
                + "`/partner add`.");
    }

    @Test
    @DisplayName("typed in a DM, the answer gets the same offer")
    void inDm() {
        ana.runs("coach start");
        Reply after = ana.types("Grandview Clinic; Sandy's Diner");

        assertThat(after.plainText()).contains("I found 2 organizations").contains("Question 2 of 17");
        ana.presses("Check and add");
        ana.submits("names", "Sandy's Diner");
        ana.picks("business");
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "Sandy's Diner").sector()).isEqualTo("business");
    }

    @Test
    @DisplayName("mentions are no organization: a line of mentions alone is no answer and gets no offer, and a name "
            + "next to one is offered without it")
    void mentionsAreNoNames() {
        ana.runs("coach start");
        // not kept as an answer at all: the question is asked again
        Reply onlyMentions = ana.types("@everyone @here <@&123>");
        assertThat(onlyMentions.plainText()).startsWith("That line only mentions people")
                .contains("Question 1 of 17").doesNotContain("I found").doesNotContain("Saved");
        assertThat(onlyMentions.buttons()).extracting(Button::label).doesNotContain("Check and add");

        Reply withName = ana.types("Lincoln High @everyone, 🎉, ...");
        assertThat(withName.plainText()).contains("I found 1 organization in your answer that isn't on the "
                + "coalition's outreach list yet");
        Reply form = ana.presses("Check and add");
        assertThat(form.form().inputs().get(0).value()).isEqualTo("Lincoln High");

        // in the form, a line of mentions alone is left out too; a name the member typed is kept as typed
        Reply asked = ana.submits("names", "Lincoln High\n@everyone\n<@&123> <#89>\nYMCA @here\n🍎\n\nlincoln HIGH");
        assertThat(asked.plainText()).contains("Which sector is “Lincoln High” in? (1 more after this one)")
                // AND every line typed and left out is said, the blank one aside, a name typed twice kept once
                .contains("Left out, as no organization is named in them: “@everyone”, “<@&123> <#89>” and “🍎”.")
                .contains("Named more than once, kept once: “Lincoln High”.");
        ana.picks("education");
        assertThat(ana.picks("youth").plainText()).contains("Added “YMCA @here” (Youth)")
                .contains("That's all for this list");
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "Lincoln High").sector()).isEqualTo("education");
    }

    @Test
    @DisplayName("a form pasted full of lines that name no one is answered shortly: five of them quoted at most, each "
            + "cut short, with how many more")
    void manyLinesLeftOutKeepTheReplyShort() {
        ana.runs("coach start");
        ana.types("Lincoln High");
        ana.presses("Check and add");

        Reply asked = ana.submits("names", "Lincoln High\n" + "🎉".repeat(60) + "\n" + "@everyone\n".repeat(3)
                + java.util.stream.IntStream.rangeClosed(1, 300).mapToObj(i -> "<@" + i + ">")
                .collect(java.util.stream.Collectors.joining("\n")));

        // each line once, however often it was pasted
        assertThat(asked.plainText()).contains("Which sector is “Lincoln High” in?")
                .contains("Left out, as no organization is named in them: “" + "🎉".repeat(20) + "…”, “@everyone”, "
                        + "“<@1>”, “<@2>” and 298 more.");
        assertThat(asked.plainText().length()).isLessThan(600);
    }

    @Test
    @DisplayName("a sentence is no organization: \"@everyone we should call the food bank\" offers the food bank, "
            + "not the sentence, and a name beside a sentence is offered alone")
    void sentencesAreNoNames() {
        // GIVEN ana at tip 1's first question, in a DM
        ana.runs("coach start");

        // WHEN her answer is a call to the server to get in touch with an organization
        Reply said = ana.types("@everyone we should call the food bank");

        // THEN it is saved, and the organization alone is offered, without the mention or the words around it
        assertThat(said.plainText()).startsWith("Saved: “").contains("Question 2 of 17")
                .contains("I found 1 organization in your answer that isn't on the coalition's outreach list yet");
        Reply form = ana.presses("Check and add");
        assertThat(form.form().inputs().get(0).value()).isEqualTo("food bank");

        // AND a sentence that names no one still offers nothing
        Member bea = bot.member("bea");
        bea.runs("coach start");
        Reply none = bea.types("@everyone we should call back later");
        assertThat(none.plainText()).startsWith("Saved: “").contains("Question 2 of 17").doesNotContain("I found");
        assertThat(none.buttons()).extracting(Button::label).doesNotContain("Check and add");

        // AND names beside such sentences are still found, and names that hold "we" or "you" stay names
        assertThat(AnswerNames.names("Lincoln High, I think the library would say yes; let's ask the YMCA\n"
                + "we'll see who answers. They could help, You Matter Foundation, We Care Community Clinic"))
                .containsExactly("Lincoln High", "You Matter Foundation", "We Care Community Clinic");
        assertThat(AnswerNames.names("Lets Grow Farm, We Feed Families, You Count Youth Center"))
                .containsExactly("Lets Grow Farm", "We Feed Families", "You Count Youth Center");
    }

    /** Sentences members type, and the names a member expects to be offered from each. */
    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("I think the public library and the YMCA would be great",
                        List.of("public library", "YMCA")),
                Arguments.of("Maybe the food bank, or Lincoln High School?",
                        List.of("food bank", "Lincoln High School")),
                Arguments.of("We should talk to the YMCA and Boys & Girls Club", List.of("YMCA", "Boys & Girls Club")),
                Arguments.of("Eastside Food Bank, Lincoln High School, First Baptist Church",
                        List.of("Eastside Food Bank", "Lincoln High School", "First Baptist Church")),
                Arguments.of("Probably Big Brothers Big Sisters and the Rotary Club!",
                        List.of("Big Brothers Big Sisters", "Rotary Club")),
                Arguments.of("we could try the library", List.of("library")),
                Arguments.of("I'd like to reach the YMCA and Boys and Girls Club",
                        List.of("YMCA", "Boys and Girls Club")),
                Arguments.of("I’d love to partner with the food pantry too", List.of("food pantry")),
                Arguments.of("The Eastside food bank and Lincoln High are a good fit",
                        List.of("Eastside food bank", "Lincoln High")),
                Arguments.of("The library could help!", List.of("library")),
                Arguments.of("I think maybe we could try the health department or the YMCA",
                        List.of("health department", "YMCA")),
                Arguments.of("Big Brothers and Big Sisters, Health and Human Services would be great partners",
                        List.of("Big Brothers and Big Sisters", "Health and Human Services")),
                Arguments.of("the YMCA because they run youth programs", List.of("YMCA")),
                Arguments.of("Lincoln High School and the YMCA would make good partners for us",
                        List.of("Lincoln High School", "YMCA")),
                Arguments.of("I'd like to reach out to NAACP and the Urban League", List.of("NAACP", "Urban League")),
                Arguments.of("the public library, the YMCA, and the food bank would all be great",
                        List.of("public library", "YMCA", "food bank")),
                Arguments.of("I think the library. Also the YMCA.", List.of("library", "YMCA")),
                Arguments.of("Habitat for Humanity and the food bank would help us a lot",
                        List.of("Habitat for Humanity", "food bank")),
                Arguments.of("the Lincoln High and food bank", List.of("the Lincoln High", "food bank")),
                Arguments.of("Boys and girls club, YMCA & YWCA", List.of("Boys and girls club", "YMCA", "YWCA")),
                // a full stop after an abbreviation ends no sentence
                Arguments.of("St. Mary's Clinic. Acme Inc. Foundation",
                        List.of("St. Mary's Clinic", "Acme Inc. Foundation")),
                // what is no name stays out, as before
                Arguments.of("They could help", List.of()),
                Arguments.of("maybe later, I think", List.of()),
                Arguments.of("I think the library would say yes", List.of()),
                Arguments.of("let's ask the YMCA", List.of()),
                // getting in touch: "call", "email", "contact", "reach out to" before a name are no part of it
                Arguments.of("we should call the food bank", List.of("food bank")),
                Arguments.of("let's call Lincoln High School", List.of("Lincoln High School")),
                Arguments.of("I could call the YMCA and the library", List.of("YMCA", "library")),
                Arguments.of("maybe email the health department", List.of("health department")),
                Arguments.of("Maybe email Lincoln High School or the YMCA", List.of("Lincoln High School", "YMCA")),
                Arguments.of("reach out to NAACP", List.of("NAACP")),
                Arguments.of("Reach out to the Urban League", List.of("Urban League")),
                Arguments.of("contact the food pantry", List.of("food pantry")),
                Arguments.of("Contact the YMCA!", List.of("YMCA")),
                Arguments.of("I'll call Grandview Clinic", List.of("Grandview Clinic")),
                Arguments.of("I’d like to email the Rotary Club", List.of("Rotary Club")),
                Arguments.of("We’ll probably call the library because they know everyone", List.of("library")),
                // ... but a name that starts with such a word stays whole, and a call to no one names no one
                Arguments.of("Call to Action Coalition, Reach Out and Read, Contact Center Foundation",
                        List.of("Call to Action Coalition", "Reach Out and Read", "Contact Center Foundation")),
                Arguments.of("we should call Call to Action", List.of("Call to Action")),
                // ... and so does one whose verb, capitalised, follows other words: "Contact the Elderly" is a charity
                Arguments.of("Meals on Wheels, Contact the Elderly",
                        List.of("Meals on Wheels", "Contact the Elderly")),
                Arguments.of("I think Contact the Elderly would be great", List.of("Contact the Elderly")),
                Arguments.of("we should contact Contact the Elderly", List.of("Contact the Elderly")),
                Arguments.of("I’d love to partner with Contact the Elderly", List.of("Contact the Elderly")),
                Arguments.of("We should talk to the YMCA and Contact the Elderly",
                        List.of("YMCA", "Contact the Elderly")),
                Arguments.of("Maybe Contact the Elderly too", List.of("Contact the Elderly")),
                // ... or opens a sentence that judges it, which no one says of a call to make
                Arguments.of("Contact the Elderly would be great", List.of("Contact the Elderly")),
                // ... while a verb that opens a sentence or a line, or is in lower case, is still no part of a name
                Arguments.of("I think the library. Contact the YMCA.", List.of("library", "YMCA")),
                Arguments.of("- Contact the YMCA\n- Call the library", List.of("YMCA", "library")),
                Arguments.of("Contact the YMCA because they run youth programs", List.of("YMCA")),
                Arguments.of("Meals on Wheels, contact the food bank too", List.of("Meals on Wheels", "food bank")),
                Arguments.of("I think we should contact the food bank", List.of("food bank")),
                Arguments.of("we should call back later", List.of()),
                Arguments.of("let's call it a day", List.of()),
                Arguments.of("I could call around", List.of()),
                Arguments.of("we should email them", List.of()),
                // two whole names joined by "and" are two: the first ends in a kind of organization, so does the second
                Arguments.of("Eastside Food Bank and Lincoln High School",
                        List.of("Eastside Food Bank", "Lincoln High School")),
                Arguments.of("Grandview Clinic and First Baptist Church would be great",
                        List.of("Grandview Clinic", "First Baptist Church")),
                Arguments.of("Eastside Food Bank and Boys & Girls Club",
                        List.of("Eastside Food Bank", "Boys & Girls Club")),
                Arguments.of("Boys and Girls Club and Lincoln High School",
                        List.of("Boys and Girls Club", "Lincoln High School")),
                Arguments.of("Eastside Food Bank or maybe Lincoln High School",
                        List.of("Eastside Food Bank", "Lincoln High School")),
                Arguments.of("food bank and lincoln high school", List.of("food bank", "lincoln high school")),
                // ... and one whose "and" comes with doubt, whatever the names: "and maybe" starts another
                Arguments.of("St. Mary's Clinic and maybe Big Brothers and Big Sisters",
                        List.of("St. Mary's Clinic", "Big Brothers and Big Sisters")),
                Arguments.of("I think we should call the YMCA, the Rotary Club, St. Mary's Clinic and maybe Big "
                        + "Brothers and Big Sisters",
                        List.of("YMCA", "Rotary Club", "St. Mary's Clinic", "Big Brothers and Big Sisters")),
                Arguments.of("Grandview Clinic or perhaps Health and Human Services",
                        List.of("Grandview Clinic", "Health and Human Services")),
                Arguments.of("we should call Eastside Food Bank and Lincoln High School",
                        List.of("Eastside Food Bank", "Lincoln High School")),
                // ... and a name with "and" or "&" inside stays whole
                Arguments.of("Boys & Girls Club", List.of("Boys & Girls Club")),
                Arguments.of("Big Brothers and Big Sisters", List.of("Big Brothers and Big Sisters")),
                Arguments.of("Habitat for Humanity", List.of("Habitat for Humanity")),
                Arguments.of("Department of Health and Human Services",
                        List.of("Department of Health and Human Services")),
                Arguments.of("Johnson and Johnson", List.of("Johnson and Johnson")),
                Arguments.of("First National Bank and Trust Company",
                        List.of("First National Bank and Trust Company")),
                Arguments.of("Church and School Alliance", List.of("Church and School Alliance")),
                // ... and so does one whose part after "and" has no name of its own, only a kind: "Medical Center"
                Arguments.of("Children's Hospital and Medical Center",
                        List.of("Children's Hospital and Medical Center")),
                Arguments.of("St. Luke's Hospital and Wellness Center",
                        List.of("St. Luke's Hospital and Wellness Center")),
                Arguments.of("Children's Hospital & Rehabilitation Center of Omaha",
                        List.of("Children's Hospital & Rehabilitation Center of Omaha")),
                Arguments.of("Mercy Hospital and Family Services", List.of("Mercy Hospital and Family Services")),
                Arguments.of("I think Children's Hospital and Medical Center would be great",
                        List.of("Children's Hospital and Medical Center")),
                Arguments.of("Children's Hospital and Medical Center and the YMCA",
                        List.of("Children's Hospital and Medical Center", "YMCA")),
                // ... but a name of its own in front of the kind makes it a second organization, as does lower case
                Arguments.of("Eastside Food Bank and Lincoln Medical Center",
                        List.of("Eastside Food Bank", "Lincoln Medical Center")),
                Arguments.of("Grandview Clinic and St. Mary's Wellness Center",
                        List.of("Grandview Clinic", "St. Mary's Wellness Center")),
                Arguments.of("Grandview Clinic and Boys & Girls Club",
                        List.of("Grandview Clinic", "Boys & Girls Club")),
                Arguments.of("food bank and medical center", List.of("food bank", "medical center")));
    }

    @ParameterizedTest(name = "\"{0}\" offers {1}")
    @MethodSource("sentences")
    @DisplayName("a sentence offers the names in it, without \"I think\", \"maybe\" or \"would be great\" around them, "
            + "and \"and\" or \"&\" parts two names only where it joins two, not inside \"Boys & Girls Club\"")
    void namesInSentences(String answer, List<String> expected) {
        assertThat(AnswerNames.names(answer)).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("bad input in an answer (10,000 characters, emoji, @everyone, a database statement) throws nothing "
            + "and offers no junk; two whole names in a long line are still found")
    void badInputOffersNoJunk() {
        assertThat(AnswerNames.names("x".repeat(10_000))).isEmpty();
        assertThat(AnswerNames.names("🎉".repeat(5_000))).isEmpty();
        assertThat(AnswerNames.names("@everyone")).isEmpty();
        assertThat(AnswerNames.names("@everyone we should call @here")).isEmpty();
        assertThat(AnswerNames.names("'; DROP TABLE partners; --")).isEmpty();
        assertThat(AnswerNames.names("SELECT * FROM partners WHERE 1=1, Eastside Food Bank"))
                .containsExactly("Eastside Food Bank");
        assertThat(AnswerNames.names("Robert'); DELETE FROM partners WHERE ('1'='1"))
                .noneMatch(n -> n.toUpperCase(java.util.Locale.ROOT).contains("DELETE"));
        assertThat(AnswerNames.names("Bank and ".repeat(2_500))).isEmpty();
        assertThat(AnswerNames.names("we should call the ".repeat(600))).isEmpty();
        assertThat(AnswerNames.names("Food Bank & Lincoln High School & ".repeat(300)))
                .containsExactly("Food Bank", "Lincoln High School");
        assertThat(AnswerNames.names("Eastside Food Bank, and")).containsExactly("Eastside Food Bank");

        // typed in a walk, a long answer with an emoji and a mention gets its names, and nothing else
        ana.runs("coach start");
        ana.types("🎉 @everyone " + "Eastside Food Bank and Lincoln High School, ".repeat(80));
        assertThat(ana.presses("Check and add").form().inputs().get(0).value())
                .isEqualTo("Eastside Food Bank\nLincoln High School");
    }

    @Test
    @DisplayName("the walk's own answer, \"I think the public library and the YMCA would be great\", brings both names "
            + "to the form, where it brought \"YMCA would be great\" alone")
    void sentenceAnswerBecomesTwoNames() {
        startsTheWalkAndPressesAnswer(ana);

        Reply after = ana.submits("answer", "I think the public library and the YMCA would be great");

        assertThat(after.plainText()).contains("I found 2 organizations in your answer that aren't on the "
                + "coalition's outreach list yet");
        Reply form = ana.presses("Check and add");
        assertThat(form.form().inputs().get(0).value()).isEqualTo("public library\nYMCA");
    }

    @Test
    @DisplayName("\"Children's Hospital and Medical Center\" comes to the form as one line, where it came as two, and "
            + "\"Contact the Elderly\" after a comma as the charity's name, where it came as \"Elderly\"")
    void oneHospitalAndACharityNamedLikeACall() {
        // GIVEN ana at tip 1's first question
        startsTheWalkAndPressesAnswer(ana);

        // WHEN her answer names a hospital with "and" in its name, and a charity whose name starts with a verb
        Reply after = ana.submits("answer", "Children's Hospital and Medical Center, Contact the Elderly, and we "
                + "should call the food bank");

        // THEN each is offered whole, and the call to make still offers the food bank alone
        assertThat(after.plainText()).contains("I found 3 organizations in your answer that aren't on the "
                + "coalition's outreach list yet");
        Reply form = ana.presses("Check and add");
        assertThat(form.form().inputs().get(0).value())
                .isEqualTo("Children's Hospital and Medical Center\nContact the Elderly\nfood bank");
    }

    @Test
    @DisplayName("the end of the list says how to carry on with the walk, whose next question is still waiting")
    void endOfTheListLeadsBackToTheWalk() {
        startsTheWalkAndPressesAnswer(ana);
        ana.submits("answer", "Eastside Food Bank, Grandview Clinic");
        ana.presses("Check and add");
        ana.submits("names", "Eastside Food Bank\nGrandview Clinic");
        ana.picks("food");
        Reply done = ana.presses("Don't add this one");
        assertThat(done.plainText()).contains("That's all for this list")
                .contains("Your walk is waiting at question 2 of 17, in the message above: press its **Answer** "
                        + "button, or run `/coach start` to see it again.");

        // in a DM, where answers are typed
        Member bea = bot.member("bea");
        bea.runs("coach start");
        bea.types("Westside Clinic");
        bea.presses("Check and add");
        bea.submits("names", "Westside Clinic");
        Reply dm = bea.picks("health-care");
        assertThat(dm.plainText()).contains("That's all for this list")
                .contains("Your walk is waiting at question 2 of 17, in the message above: type your answer here "
                        + "whenever you're ready.");

        // a walk paused while checking the names says how to resume it
        Member cy = bot.member("cy");
        cy.runs("coach start");
        Reply question = cy.types("Northside Library");
        cy.presses("Check and add");
        Reply sector = cy.submits("names", "Northside Library");
        cy.types("pause");
        cy.reads(sector);
        assertThat(cy.picks("education").plainText()).contains("That's all for this list")
                .contains("Your walk is paused at question 2 of 17. Type `resume` here whenever you're ready");
        assertThat(question.plainText()).contains("Question 2 of 17");
    }

    @Test
    @DisplayName("other questions, and answers with no names, get no offer")
    void noOffer() {
        ana.runs("coach start");
        ana.presses("Skip");
        ana.presses("Answer");
        Reply other = ana.submits("answer", "Food Bank, Library");
        assertThat(other.plainText()).doesNotContain("I found");
        assertThat(other.buttons()).extracting(Button::label).doesNotContain("Check and add");
        ana.presses("Back");
        ana.presses("Back");
        ana.presses("Answer");
        assertThat(ana.submits("answer", "not sure yet, maybe later").plainText()).doesNotContain("I found");
    }

    @Test
    @DisplayName("another member cannot use someone's button or menu, and a used menu is explained")
    void staleAndForeign() {
        startsTheWalkAndPressesAnswer(ana);
        Reply question = ana.submits("answer", "Food Bank");
        ana.presses("Check and add");
        Reply sector = ana.submits("names", "Food Bank");
        Member bea = bot.member("bea");
        bea.runs("coach progress");
        bea.reads(question);
        assertThat(bea.presses("Check and add").plainText()).contains("someone else's walk");
        bea.reads(sector);
        assertThat(bea.picks("food").plainText()).contains("already added or left out");

        ana.picks("food");
        ana.reads(sector);
        assertThat(ana.picks("food").plainText()).contains("already added or left out");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactly("Food Bank");
    }
}
