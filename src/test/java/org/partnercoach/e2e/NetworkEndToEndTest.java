package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.World.ALICE;
import static org.partnercoach.e2e.World.CORA;
import static org.partnercoach.e2e.World.OLIVIA;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Partnership health through the real Discord client: the network map as a PNG attachment. */
@DisplayName("Partnership health, through the real Discord client")
class NetworkEndToEndTest extends EndToEndTest {

    @Test
    @DisplayName("/coalition map is acknowledged, then answered privately with its card and a PNG; alice is refused")
    void mapAsPng() {
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        Recorded ack = discord.runs(OLIVIA, "coalition map");
        assertThat(ack.callbackType()).isEqualTo(FakeDiscord.DEFERRED_CHANNEL_MESSAGE);

        Recorded answer = discord.answerTo(ack);
        JsonNode embed = answer.body().path("embeds").get(0);
        assertThat(embed.path("title").asText()).startsWith("Coalition network");
        assertThat(embed.toString()).contains("1 partner and 1 member");
        List<String> files = new ArrayList<>();
        answer.body().path("attachments").forEach(a -> files.add(a.path("filename").asText()));
        assertThat(files).containsExactly("coalition-map-2026-03-02.png");

        Recorded refused = discord.answerTo(discord.runs(ALICE, "coalition map"));
        assertThat(refused.body().path("content").asText()).contains("Only coordinators");
        assertThat(refused.body().path("attachments").size()).isZero();
    }

    @Test
    @DisplayName("/coalition map leaves out a member who left the server (Discord: Unknown Member), and her ties: "
            + "the partner she looked after shows as fragile, and no id of hers is in the answer")
    void mapWithoutMemberWhoLeft() {
        // GIVEN alice looks after the food bank, cora knows someone there, and alice has since left the server
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.runs(CORA, "partner know", "partner", "Eastside Food Bank");
        discord.leave(ALICE);

        // WHEN olivia looks at the map
        Recorded answer = discord.answerTo(discord.runs(OLIVIA, "coalition map"));

        // THEN only cora is on it, the food bank rests on her alone, and the card says who is left out
        String embed = answer.body().path("embeds").get(0).toString();
        assertThat(embed).contains("1 partner and 1 member, 1 tie", "Fragile partners: 1",
                "Not on the map: 1 person who has left the server, and their ties.")
                .doesNotContain(String.valueOf(ALICE.id()));
    }

    @Test
    @DisplayName("/report quarter counts a member who left the server when all she did in the quarter was say she "
            + "knows someone at a partner, and its card says what taking part is")
    void reportCountsWhoKnewSomeoneThere() {
        // GIVEN alice looks after the food bank, cora (only) said she knows someone there, and cora has since left
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.runs(CORA, "partner know", "partner", "Eastside Food Bank");
        discord.leave(CORA);

        // WHEN olivia makes this quarter's report
        Recorded answer = discord.answerTo(discord.runs(OLIVIA, "report quarter", "which", "this"));

        // THEN the network card counts cora and her tie, and says why
        String network = answer.body().path("embeds").get(1).toString();
        assertThat(network).contains("1 partner and 2 members, 2 ties",
                "Counted: 1 person who has left the server since, as they took part in the quarter",
                "saying you know someone there").doesNotContain("Not counted");
    }

    @Test
    @DisplayName("the quarterly value question goes to an owner still in the server, not to one who left (Discord: "
            + "Unknown Member), whose DM Discord would refuse as if her DMs were closed")
    void valueQuestionNotSentToOwnerWhoLeft() {
        // GIVEN alice and olivia each cultivate a partner of their own, and alice has since left the server (Discord
        // refuses DMs to her)
        discord.runs(ALICE, "partner add", "name", "Eastside Food Bank", "sector", "food");
        discord.runs(ALICE, "partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        discord.runs(OLIVIA, "partner add", "name", "Grace Church", "sector", "faith");
        discord.runs(OLIVIA, "partner stage", "partner", "Grace Church", "stage", "cultivating");
        discord.leave(ALICE);
        discord.closeDms(ALICE);

        // WHEN the second quarter begins and the bot runs what fell due
        int from = discord.mark();
        clock.advance(java.time.Duration.ofDays(30));   // 1 April 2026, 15:00 UTC
        bot.app().scheduler().runDue();

        // THEN olivia gets her question by DM, and no question about alice's partner was sent anywhere
        Recorded toOlivia = discord.awaitRequest(from, "POST", "channels/" + discord.dmChannelOf(OLIVIA)
                + "/messages");
        assertThat(toOlivia.body().toString()).contains("Grace Church");
        assertThat(discord.requests().stream().skip(from).filter(r -> r.body() != null
                && r.body().toString().contains("Eastside Food Bank brings"))).isEmpty();
    }
}
