package org.partnercoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.OptionSpec;

@DisplayName("The command catalogue becomes Discord slash commands")
class CommandMapperTest {

    @Test
    @DisplayName("a root with subcommands and a group keeps its shape, usable in servers only")
    void subcommandsAndGroups() throws Exception {
        CommandSpec coach = CommandSpec.group("coach", "Coaching",
                CommandSpec.leaf("start", "Begin"),
                CommandSpec.group("admin", "For coordinators", CommandSpec.leaf("reset", "Start again")));

        JsonNode json = MessageMapperTest.json(CommandMapper.toSlashCommand(coach));

        assertThat(json.path("name").asText()).isEqualTo("coach");
        assertThat(json.path("contexts").get(0).asInt()).as("GUILD").isZero();
        JsonNode start = json.path("options").get(0);
        assertThat(start.path("name").asText()).isEqualTo("start");
        assertThat(start.path("type").asInt()).as("subcommand").isEqualTo(1);
        JsonNode admin = json.path("options").get(1);
        assertThat(admin.path("type").asInt()).as("subcommand group").isEqualTo(2);
        assertThat(admin.path("options").get(0).path("name").asText()).isEqualTo("reset");
    }

    @Test
    @DisplayName("a coordinators' command is hidden behind Manage Server; others are open to everyone")
    void coordinatorCommands() throws Exception {
        CommandSpec digest = CommandSpec.group("digest", "Weekly digest", CommandSpec.leaf("status", "Status"))
                .forCoordinators();

        JsonNode hidden = MessageMapperTest.json(CommandMapper.toSlashCommand(digest));
        JsonNode open = MessageMapperTest.json(CommandMapper.toSlashCommand(CommandSpec.leaf("coach", "Coach")));

        assertThat(hidden.path("default_member_permissions").asText()).as("MANAGE_GUILD = 1 << 5").isEqualTo("32");
        assertThat(open.path("default_member_permissions").isNull() || open.path("default_member_permissions")
                .isMissingNode()).isTrue();
    }

    @Test
    @DisplayName("a root whose every subcommand is for coordinators is hidden; a root shared with members is not")
    void sharedRoots() throws Exception {
        CommandSpec allCoordinators = CommandSpec.group("admin", "Admin",
                CommandSpec.leaf("reset", "Reset").forCoordinators());
        CommandSpec shared = CommandSpec.group("coach", "Coach", CommandSpec.leaf("start", "Begin"),
                CommandSpec.leaf("setup", "Setup").forCoordinators());

        assertThat(MessageMapperTest.json(CommandMapper.toSlashCommand(allCoordinators))
                .path("default_member_permissions").asText()).isEqualTo("32");
        JsonNode open = MessageMapperTest.json(CommandMapper.toSlashCommand(shared)).path("default_member_permissions");
        assertThat(open.isNull() || open.isMissingNode()).as("members still see /coach start").isTrue();
    }

    @Test
    @DisplayName("options keep their type, limits, choices and autocomplete; required ones come first")
    void options() throws Exception {
        CommandSpec add = CommandSpec.leaf("partner", "Add a partner",
                OptionSpec.text("note", "A note").withLength(1, 200),
                OptionSpec.text("name", "Their name").mandatory().withAutocomplete(),
                OptionSpec.text("sector", "Their sector").withChoices(List.of(new OptionSpec.Choice("Food", "food"))),
                OptionSpec.integer("number", "Which tip", 1, 5),
                OptionSpec.of("owner", OptionSpec.Type.USER, "Who follows up"));

        JsonNode options = MessageMapperTest.json(CommandMapper.toSlashCommand(add)).path("options");

        assertThat(options.get(0).path("name").asText()).as("required first").isEqualTo("name");
        assertThat(options.get(0).path("required").asBoolean()).isTrue();
        assertThat(options.get(0).path("autocomplete").asBoolean()).isTrue();
        JsonNode note = options.get(1);
        assertThat(note.path("type").asInt()).as("string").isEqualTo(3);
        assertThat(note.path("min_length").asInt()).isEqualTo(1);
        assertThat(note.path("max_length").asInt()).isEqualTo(200);
        assertThat(options.get(2).path("choices").get(0).path("value").asText()).isEqualTo("food");
        JsonNode number = options.get(3);
        assertThat(number.path("type").asInt()).as("integer").isEqualTo(4);
        assertThat(number.path("min_value").asInt()).isEqualTo(1);
        assertThat(number.path("max_value").asInt()).isEqualTo(5);
        assertThat(options.get(4).path("type").asInt()).as("user").isEqualTo(6);
    }

    @Test
    @DisplayName("a channel option offers text and announcement channels only, not voice channels or categories")
    void channelOptionsForPosts() throws Exception {
        CommandSpec setup = CommandSpec.leaf("setup", "Set up",
                OptionSpec.of("channel", OptionSpec.Type.CHANNEL, "Where reminders are posted"));

        JsonNode channel = MessageMapperTest.json(CommandMapper.toSlashCommand(setup)).path("options").get(0);

        assertThat(channel.path("type").asInt()).as("channel").isEqualTo(7);
        List<Integer> types = new java.util.ArrayList<>();
        channel.path("channel_types").forEach(t -> types.add(t.asInt()));
        assertThat(types).as("GUILD_TEXT = 0, GUILD_ANNOUNCEMENT = 5").containsExactlyInAnyOrder(0, 5);
    }

    @Test
    @DisplayName("an integer option's choices carry numbers")
    void integerChoices() throws Exception {
        CommandSpec tip = CommandSpec.leaf("tip", "A tip", OptionSpec.integer("number", "Which", 1, 5)
                .withChoices(List.of(new OptionSpec.Choice("Two", "2"))));

        JsonNode choice = MessageMapperTest.json(CommandMapper.toSlashCommand(tip)).path("options").get(0)
                .path("choices").get(0);

        assertThat(choice.path("value").isNumber()).isTrue();
        assertThat(choice.path("value").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("a group inside a group is refused: Discord allows one level")
    void oneLevelOfGroups() {
        CommandSpec deep = CommandSpec.group("a", "A", CommandSpec.group("b", "B",
                CommandSpec.group("c", "C", CommandSpec.leaf("d", "D"))));

        assertThatThrownBy(() -> CommandMapper.toSlashCommand(deep)).hasMessageContaining("one level");
    }
}
