package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Start-up against the Discord double")
class StartUpEndToEndTest extends EndToEndTest {

    @Test
    @DisplayName("the bot logs in without privileged intents and registers its commands in the server")
    void logsInAndRegistersCommands() throws Exception {
        // GIVEN the bot was started (by EndToEndTest) and Discord reported it ready
        JsonNode identify = discord.awaitIdentify(1);
        JsonNode commands = discord.awaitGuildCommands(0);

        // THEN it identified with its token and only the direct-messages intent (no privileged intents)
        assertThat(identify.path("token").asText()).isEqualTo("fake-token");
        long intents = identify.path("intents").asLong();
        long guildMembers = 1 << 1;
        long presences = 1 << 8;
        long messageContent = 1 << 15;
        assertThat(intents & (guildMembers | presences | messageContent)).as("privileged intents").isZero();
        assertThat(intents & (1 << 12)).as("DIRECT_MESSAGES").isNotZero();

        // AND login asked REST for nothing but the gateway (and its shard limits) and who it is, before registering
        assertThat(discord.requests()).first().satisfies(r -> assertThat(r.is("GET", "gateway/bot")).isTrue());
        assertThat(discord.requests().get(1).is("GET", "users/@me")).isTrue();
        // AND it identified as shard 0 of 1: one process with every server
        assertThat(identify.path("shard").get(0).asInt()).isZero();
        assertThat(identify.path("shard").get(1).asInt()).isEqualTo(1);

        // AND the server has every feature's commands, /coach (start, tip, progress, answers, and setup from the
        // settings feature, merged under the same root) and /reflect among them
        List<String> names = new ArrayList<>();
        commands.forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).containsExactlyInAnyOrder("coach", "reflect", "partner", "coalition", "settings", "remind",
                "reminders", "digest", "export", "session", "help", "privacy", "report");
        // the coordinators' commands are hidden from members (Manage Server), the others are not
        assertThat(find(commands, "digest").path("default_member_permissions").asText()).isEqualTo("32");
        assertThat(find(commands, "report").path("default_member_permissions").asText()).isEqualTo("32");
        assertThat(find(commands, "export").path("default_member_permissions").asText()).isEqualTo("32");
        assertThat(find(commands, "partner").path("default_member_permissions").isTextual()).isFalse();
        JsonNode coach = find(commands, "coach");
        List<String> subcommands = new ArrayList<>();
        coach.path("options").forEach(o -> subcommands.add(o.path("name").asText()));
        assertThat(subcommands).containsExactly("start", "tip", "progress", "answers", "setup", "status");
        // /coach is every member's command: /coach status is not hidden, it checks the caller when it runs
        assertThat(coach.path("default_member_permissions").isTextual()).isFalse();
        assertThat(find(commands, "privacy").path("default_member_permissions").isTextual()).isFalse();
        JsonNode number = find(find(coach.path("options"), "tip").path("options"), "number");
        assertThat(number.path("type").asInt()).isEqualTo(4);
        assertThat(number.path("required").asBoolean()).isTrue();
        assertThat(number.path("min_value").asInt()).isEqualTo(1);
        assertThat(number.path("max_value").asInt()).isEqualTo(5);

        // AND the channels the bot posts in (reminders, the digest) are picked among text and announcement channels
        // only: Discord does not offer voice channels or categories there
        JsonNode digest = find(find(commands, "digest").path("options"), "setup");
        for (JsonNode channel : List.of(find(find(coach.path("options"), "setup").path("options"), "channel"),
                find(digest.path("options"), "channel"))) {
            List<Integer> types = new ArrayList<>();
            channel.path("channel_types").forEach(t -> types.add(t.asInt()));
            assertThat(types).as("GUILD_TEXT, GUILD_ANNOUNCEMENT").containsExactlyInAnyOrder(0, 5);
        }

        // AND every command keeps Discord's rules, and is usable in servers only
        commands.forEach(c -> {
            assertThat(CommandRules.problems(c)).as("/%s", c.path("name").asText()).isEmpty();
            assertThat(c.path("contexts")).hasSize(1);
            assertThat(c.path("contexts").get(0).asInt()).as("context GUILD").isZero();
        });
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode node : list) {
            if (node.path("name").asText().equals(name)) {
                return node;
            }
        }
        throw new AssertionError("no " + name + " in " + list);
    }
}
