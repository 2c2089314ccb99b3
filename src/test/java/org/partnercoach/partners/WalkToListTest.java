package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("From the walk to the list: organizations named in tip 1 become partners")
class WalkToListTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("the names are split on commas, semicolons, new lines and 'and', tidied and de-duplicated")
    void splitsNames() {
        assertThat(WalkToList.names("Eastside Food Bank, Lincoln High School and First Baptist Church"))
                .containsExactly("Eastside Food Bank", "Lincoln High School", "First Baptist Church");
        assertThat(WalkToList.names("- \"YMCA\"\n2. the library; ymca.\n\n, ,"))
                .containsExactly("YMCA", "the library");
        assertThat(WalkToList.names("Sandy's Diner AND Grandview Clinic")).containsExactly("Sandy's Diner",
                "Grandview Clinic");
        assertThat(WalkToList.names("🎉🎉, " + "x".repeat(200))).isEmpty();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            many.append("Org ").append(i).append(", ");
        }
        assertThat(WalkToList.names(many.toString())).hasSize(25);
    }

    @Test
    @DisplayName("after answering, the member picks a name, then its sector, and it is on the list")
    void answerBecomesPartners() {
        ana.runs("partner add", "name", "Lincoln High School", "sector", "education");
        ana.runs("coach start");
        ana.presses("Answer");

        Reply after = ana.submits("answer", "Eastside Food Bank, Lincoln High School and First Baptist Church");

        assertThat(after.plainText()).contains("Saved").contains("Question 2 of 17")
                .contains("I found 2 organizations in your answer that aren't on the coalition's outreach list");
        assertThat(after.rows()).anyMatch(r -> r instanceof Row.Select);
        assertThat(after.buttons()).extracting(b -> b.label()).contains("Answer", "Skip");

        Reply sector = ana.picks("0");
        assertThat(sector.plainText()).contains("Which sector is “Eastside Food Bank” in?");
        Reply added = ana.picks("food");
        assertThat(added.plainText()).contains("Added “Eastside Food Bank” (Food and nutrition)")
                .contains("I found 1 organization");

        ana.picks("2");
        ana.picks("faith");
        assertThat(ana.lastSeen().plainText()).contains("Every organization you named is on the coalition's list"
                .replace("coalition's list", "coalition's outreach list"));
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactlyInAnyOrder("Lincoln High School", "Eastside Food Bank", "First Baptist Church");
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "First Baptist Church").sector())
                .isEqualTo("faith");
    }

    @Test
    @DisplayName("typed in a DM, the answer gets the same offer")
    void inDm() {
        ana.runs("coach start");
        Reply after = ana.types("Grandview Clinic; Sandy's Diner");

        assertThat(after.plainText()).contains("I found 2 organizations");
        ana.picks("1");
        ana.picks("business");
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "Sandy's Diner").sector()).isEqualTo("business");
    }

    @Test
    @DisplayName("other questions, and answers with no names, get no offer")
    void noOffer() {
        ana.runs("coach start");
        ana.presses("Skip");
        ana.presses("Answer");
        Reply other = ana.submits("answer", "Food Bank, Library");
        assertThat(other.plainText()).doesNotContain("I found");
        assertThat(other.rows()).noneMatch(r -> r instanceof Row.Select);
    }

    @Test
    @DisplayName("another member cannot use someone's menu, and a pick that no longer matches is explained")
    void staleAndForeign() {
        ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", "Food Bank");
        Member bea = bot.member("bea");
        bea.runs("coach progress");
        bea.reads(ana.lastMessage());
        assertThat(bea.picks("0").plainText()).contains("someone else's walk");

        assertThat(ana.picks("7").plainText()).contains("Your answer changed since this menu was made");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).isEmpty();
    }
}
