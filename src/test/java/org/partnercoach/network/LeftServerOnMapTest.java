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
    @DisplayName("carl, who had no partner last quarter, left since: the change against last quarter leaves him out "
            + "of both, so the map claims no drop in members with no partner, and says why")
    void leftSinceLastQuarter() {
        // GIVEN the coalition at the end of Q1, then carl left the server in Q2
        Member cora = seed();
        bot.advance(java.time.Duration.ofDays(40));
        bot.messenger().leaves(TestBot.GUILD, bot.member("carl").id());

        // WHEN a coordinator looks at the map
        String map = cora.runs("coalition map").plainText();

        // THEN carl counts neither today nor last quarter
        assertThat(map).contains("1 partner and 2 members, 2 ties", "Members with no partner: 0 (same as last quarter)",
                        "Not on the map: 1 person who has left the server, and their ties.",
                        "Last quarter's figures leave out those who have left too")
                .doesNotContain("−1 on last quarter", "<@" + bot.member("carl").id() + ">");
    }

    @Test
    @DisplayName("a member Discord could not name in time stays on the map as \"a member\", never by an id")
    void notNamedInTime() {
        // GIVEN the coalition, and Discord gives no answer in time about carl (a big server)
        Member cora = seed();
        long carl = bot.member("carl").id();
        bot.messenger().noAnswerAbout(TestBot.GUILD, carl);

        // WHEN a coordinator looks at the map
        String map = cora.runs("coalition map").plainText();

        // THEN carl is counted, as someone who may well still be here, but named as "a member"
        assertThat(map).contains("1 partner and 3 members", "Members with no partner: 1", "a member")
                .doesNotContain("<@" + carl + ">", String.valueOf(carl), "left the server");
    }

    @Test
    @DisplayName("the map shows the network it asked Discord about: a member who joins the network while Discord is "
            + "asked is not on this map unasked (she is on the next one), as the map reads the network once")
    void readsOnce() {
        // GIVEN the coalition, and dan adds a partner while Discord is being asked who left
        Member cora = seed();
        long dan = bot.member("dan").id();
        bot.messenger().whileAsked(() -> bot.member("dan").runs("partner add", "name", "Grace Church",
                "sector", "faith"));

        // WHEN a coordinator looks at the map
        String map = cora.runs("coalition map").plainText();

        // THEN the map is the network Discord was asked about: neither dan nor his partner
        assertThat(bot.messenger().membersAskedAbout().get(0)).doesNotContain(dan).hasSize(3);
        assertThat(map).contains("1 partner and 3 members").doesNotContain("Grace Church", "<@" + dan + ">");
        // and the next map has them, dan asked about
        assertThat(cora.runs("coalition map").plainText()).contains("2 partners and 4 members", "Grace Church");
        assertThat(bot.messenger().membersAskedAbout().get(1)).contains(dan);
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
    @DisplayName("everyone on the map has left: its members' line says nobody is on it, not that no member has begun "
            + "a walk yet, which the note above it contradicts")
    void everyoneLeft() {
        // GIVEN ana, bea and carl, who did everything, have all left the server
        Member cora = seed();
        for (String name : java.util.List.of("ana", "bea", "carl")) {
            bot.messenger().leaves(TestBot.GUILD, bot.member(name).id());
        }

        // WHEN a coordinator looks at the map
        String map = cora.runs("coalition map").plainText();

        // THEN it says who is left out, and that no member is on it
        assertThat(map).contains("1 partner and 0 members", "Not on the map: 3 people who have left the server",
                "Members with no partner: 0: " + MapView.NO_MEMBER).doesNotContain("has begun a walk yet");
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
