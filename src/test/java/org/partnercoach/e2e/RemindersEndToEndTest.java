package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.World.ALICE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Personal reminders due together, through the real Discord client: one DM, and each one opened from its menu. */
@DisplayName("Personal reminders due together, through the real Discord client")
class RemindersEndToEndTest extends EndToEndTest {

    @Test
    @DisplayName("/remind about a partner the coalition moved on from is set, and the private reply says so and how "
            + "/partner restore brings it back")
    void aboutAMovedOnPartner() {
        // GIVEN alice's coalition moved on from Lincoln High
        discord.runs(ALICE, "partner add", "name", "Lincoln High", "sector", "education");
        discord.runs(ALICE, "partner archive", "partner", "Lincoln High");

        // WHEN she asks to be reminded about it
        Recorded set = discord.runs(ALICE, "remind", "when", "in 2 hours", "what", "Ask about next year",
                "partner", "Lincoln High");

        // THEN it is set, and the reply says the partner moved on and how to bring it back
        assertThat(set.message().path("content").asText()).contains("I'll remind you", "Partner: Lincoln High",
                "The coalition has moved on from “Lincoln High”", "/partner restore partner:\"Lincoln High\"");
        assertThat(set.message().path("allowed_mentions").path("parse").size()).isZero();
    }

    @Test
    @DisplayName("27 reminders due at once come as one DM whose menus offer all of them; one picked in the DM opens "
            + "in full, pinging nobody")
    void manyDueTogetherComeAsOneDm() {
        // GIVEN alice asked for 27 reminders two hours from now
        for (int i = 1; i <= 27; i++) {
            Recorded set = discord.runs(ALICE, "remind", "when", "in 2 hours", "what",
                    "Call Maria about the pantry, part " + i + " @everyone");
            assertThat(set.message().path("content").asText()).as("reminder " + i).contains("I'll remind you");
        }
        int from = discord.mark();

        // WHEN they fall due and the outbox runs
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        bot.app().scheduler().runDue();

        // THEN one DM reaches her, naming all 27, the first ten in full, and two menus that offer every one
        String dm = "channels/" + discord.dmChannelOf(ALICE) + "/messages";
        Recorded post = discord.awaitRequest(from, "POST", dm);
        assertThat(post.status()).isEqualTo(200);
        assertThat(discord.requests().stream().skip(from).filter(r -> r.is("POST", "channels/\\d+/messages")))
                .hasSize(1);
        JsonNode embed = post.body().path("embeds").get(0);
        assertThat(embed.path("title").asText()).isEqualTo("⏰ 27 reminders");
        assertThat(embed.toString()).contains("part 10 @everyone").doesNotContain("part 11 ").contains("…and 17 more");
        assertThat(post.body().path("allowed_mentions").path("parse").size()).isZero();
        List<World.Shown> dms = discord.dmsOf(ALICE);
        assertThat(dms).hasSize(1);
        List<JsonNode> menus = World.selects(dms.get(0).message());
        assertThat(menus).extracting(m -> m.path("options").size()).containsExactly(25, 2);

        // WHEN she picks the 27th from the second menu, in her DMs
        String last = menus.get(1).path("options").get(1).path("value").asText();
        JsonNode opened = discord.picksInDm(ALICE, dms.get(0).id(), 1, last).message();

        // THEN she reads it in full, and nobody is pinged
        assertThat(opened.path("embeds").get(0).path("description").asText())
                .isEqualTo("Call Maria about the pantry, part 27 @everyone");
        assertThat(opened.path("allowed_mentions").path("parse").size()).isZero();
    }

    @Test
    @DisplayName("a reminder that comes alone: Snooze 1 hour pressed in the DM edits it to say when it comes again, "
            + "and it comes again an hour later")
    void snoozedFromTheDm() {
        discord.runs(ALICE, "remind", "when", "in 2 hours", "what", "Call Maria");
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        bot.app().scheduler().runDue();
        List<World.Shown> dms = discord.dmsOf(ALICE);
        assertThat(dms).hasSize(1);
        assertThat(buttonLabels(dms.get(0).message())).containsExactly("Snooze 1 hour", "Tomorrow morning");

        // WHEN she presses Snooze 1 hour in her DMs (a second press is ReminderAgainTest's)
        Recorded pressed = discord.pressesInDm(ALICE, dms.get(0).id(), "Snooze 1 hour");

        // THEN the reminder is edited in place: its card kept, the buttons gone, a line saying when it comes
        assertThat(pressed.callbackType()).isEqualTo(FakeDiscord.UPDATE_MESSAGE);
        assertThat(pressed.message().path("content").asText()).startsWith("⏰ I'll remind you again <t:");
        assertThat(pressed.message().path("embeds").get(0).path("description").asText()).isEqualTo("Call Maria");
        assertThat(buttonLabels(pressed.message())).isEmpty();
        // AND an hour later it comes again
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        bot.app().scheduler().runDue();
        assertThat(discord.dmsOf(ALICE)).hasSize(2);
        assertThat(discord.dmsOf(ALICE).get(1).message().path("embeds").get(0).path("description").asText())
                .isEqualTo("Call Maria");
    }
}
