package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.World.ALICE;
import static org.partnercoach.e2e.World.CORA;
import static org.partnercoach.e2e.World.OLIVIA;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A coordinator sets the bot up and keeps it running in a real server: channels the bot may not post in, and one
 * deleted after it was chosen, as the real client sees them.
 */
@DisplayName("Setting the bot up in a server, through the real Discord client")
class SetupEndToEndTest extends EndToEndTest {

    private static String content(Recorded answer) {
        return answer.message().path("content").asText();
    }

    @Test
    @DisplayName("a reminder channel whose overrides deny the bot Send Messages, or a category, is refused with what "
            + "to do; a channel it may post in is saved")
    void channelsTheBotCannotPostIn() {
        Recorded locked = discord.runs(OLIVIA, "coach setup", "channel", String.valueOf(World.LOCKED));
        Recorded category = discord.runs(OLIVIA, "coach setup", "channel", String.valueOf(World.CATEGORY));
        Recorded digest = discord.runs(OLIVIA, "digest setup", "day", "monday", "time", "09:00", "channel",
                String.valueOf(World.LOCKED));

        assertThat(content(locked)).isEqualTo("Reminders can't go to <#" + World.LOCKED + ">: the bot lacks Send "
                + "Messages in <#" + World.LOCKED + ">. Give the bot's role View Channel, Send Messages and Embed "
                + "Links in that channel (Edit Channel → Permissions), or pick another channel with `/coach setup "
                + "channel:`. Nothing was changed.");
        assertThat(content(category)).startsWith("Reminders can't go to <#" + World.CATEGORY + ">: <#"
                + World.CATEGORY + "> is a category or a forum").endsWith("Nothing was changed.");
        assertThat(content(digest)).startsWith("The digest can't be posted in <#" + World.LOCKED + ">: the bot lacks "
                + "Send Messages");
        assertThat(content(discord.runs(OLIVIA, "coach setup", "channel", String.valueOf(World.REMINDERS))))
                .startsWith("Saved.");
    }

    @Test
    @DisplayName("the reminder channel is deleted: /coach setup says so, alice's reminder comes by DM instead, and "
            + "cora's, whose DMs are closed, fails with both reasons, which /coach status shows with what to do")
    void reminderChannelDeleted() {
        // GIVEN reminders are posted in #reminders, and alice and cora (who closed her DMs) have one due in an hour
        assertThat(content(discord.runs(OLIVIA, "coach setup", "channel", String.valueOf(World.REMINDERS),
                "delivery", "channel"))).startsWith("Saved.");
        discord.runs(ALICE, "remind", "when", "in 1 hour", "what", "Call Eastside");
        discord.runs(CORA, "remind", "when", "in 1 hour", "what", "Book the hall");
        discord.closeDms(CORA);

        // WHEN someone deletes #reminders
        discord.deleteChannel(World.REMINDERS, "reminders");

        // THEN /coach setup shows the trouble under the channel
        String reminders = "<#" + World.REMINDERS + ">";
        assertThat(discord.runs(OLIVIA, "coach setup").message().toString()).contains("(and fail for members whose DMs are closed): "
                + reminders + " was deleted, or the bot can't see it. Pick a text channel the bot can see with "
                + "`/coach setup channel:`.");

        // AND at their time alice's reminder comes by DM; cora's cannot go anywhere, and /coach status says why
        int from = discord.mark();
        clock.advance(Duration.ofHours(1));
        bot.app().scheduler().runDue();
        Recorded dm = discord.awaitRequest(from, "POST", "channels/" + discord.dmChannelOf(ALICE) + "/messages");
        assertThat(dm.body().toString()).contains("Call Eastside");
        assertThat(discord.requests().stream().skip(from)
                .filter(r -> r.is("POST", "channels/" + World.REMINDERS + "/messages"))).isEmpty();
        String status = content(discord.runs(OLIVIA, "coach status"));
        assertThat(status).contains("Messages that failed: 1", "a reminder to <@" + CORA.id() + ">: " + reminders
                + " was deleted, or the bot can't see it, and their DMs are closed. Pick a text channel the bot can "
                + "see with `/coach setup channel:`.");
    }

    @Test
    @DisplayName("the coordinator role is deleted in Discord: /coach setup says so and how to pick another, and the "
            + "role gives nobody the coordinators' commands")
    void coordinatorRoleDeleted() {
        // GIVEN the Helpers role is the coordinator role, and alice has it
        assertThat(content(discord.runs(OLIVIA, "coach setup", "role", String.valueOf(World.HELPERS_ROLE))))
                .startsWith("Saved.");
        discord.giveRoles(ALICE, World.HELPERS_ROLE);

        // WHEN someone deletes the role in Discord
        discord.deleteRole(World.HELPERS_ROLE);
        discord.giveRoles(ALICE);

        // THEN /coach setup shows the role with a warning that it is gone, and what to do
        assertThat(discord.runs(OLIVIA, "coach setup").message().toString()).contains("<@&" + World.HELPERS_ROLE
                + ">", "⚠️ This role was deleted in Discord, so it makes nobody a coordinator now (members with "
                + "Manage Server, or with a role named “Coordinator”, still are). Pick another with `/coach setup "
                + "role:`, or remove it with `/coach setup clear:role`.");
        // AND alice is a member again: she may look, not change
        assertThat(content(discord.runs(ALICE, "coach setup", "cadence", "30"))).startsWith("Only coordinators");
    }
}
