package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("The network map leaves out members who left the server")
class LeftServerOnMapTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** ana looks after the food bank, bea knows someone there, carl has begun a walk and has no partner. */
    private Member seed() {
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.member("bea").runs("partner know", "partner", "Eastside Food Bank");
        bot.member("carl").runs("coach start");
        return cora;
    }

    @Test
    @DisplayName("ana and carl left: the map counts and names neither, their ties go with them, and says so")
    void leftAreLeftOut() {
        // GIVEN the coalition, and ana and carl have since left the server
        Member cora = seed();
        long ana = bot.member("ana").id();
        long carl = bot.member("carl").id();
        bot.messenger().leaves(TestBot.GUILD, ana);
        bot.messenger().leaves(TestBot.GUILD, carl);

        // WHEN a coordinator looks at the map
        Reply map = cora.runs("coalition map");

        // THEN only bea is on it, the food bank rests on her alone, and nobody is named by an id of someone gone
        assertThat(map.plainText()).contains("1 partner and 1 member, 1 tie",
                        "Fragile partners: 1", "Members with no partner: 0",
                        "Not on the map: 2 people who have left the server, and their ties.")
                .doesNotContain("<@" + ana + ">", "<@" + carl + ">");
    }

    @Test
    @DisplayName("when the platform cannot tell who left, everyone stays on the map and nothing is claimed")
    void cannotTell() {
        Member cora = seed();
        assertThat(cora.runs("coalition map").plainText()).contains("1 partner and 3 members, 2 ties",
                "Members with no partner: 1").doesNotContain("left the server");
        assertThat(bot.messenger().membershipQuestions()).containsExactly(TestBot.GUILD);
    }

    @Test
    @DisplayName("a member asking for the map is refused before anyone is asked about on the platform")
    void memberAsksNothing() {
        seed();
        assertThat(bot.member("bea").runs("coalition map").plainText()).contains("Only coordinators");
        assertThat(bot.messenger().membershipQuestions()).isEmpty();
    }

    @Test
    @DisplayName("two servers: each map shows only its own partners and members, and asks only about its own")
    void twoServers() {
        seed();
        Member olga = bot.coordinatorOfOtherServer("olga");
        bot.memberOfOtherServer("oscar").runs("partner add", "name", "Harbour Library", "sector", "education");
        bot.messenger().leaves(TestBot.OTHER_GUILD, bot.member("ana").id());

        String other = olga.runs("coalition map").plainText();
        assertThat(other).contains("1 partner and 1 member, 1 tie", "Harbour Library")
                .doesNotContain("Eastside Food Bank", "left the server");
        String ours = bot.coordinator("cora").runs("coalition map").plainText();
        assertThat(ours).contains("1 partner and 3 members").doesNotContain("Harbour Library",
                "left the server");
        assertThat(bot.messenger().membershipQuestions()).containsExactly(TestBot.OTHER_GUILD, TestBot.GUILD);
        assertThat(olga.runs("report quarter", "which", "this").plainText()).contains("1 partner")
                .doesNotContain("Eastside Food Bank");
    }
}
