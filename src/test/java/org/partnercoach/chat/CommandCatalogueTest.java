package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command catalogue")
class CommandCatalogueTest {

    private static Feature declaring(CommandSpec... specs) {
        return new Feature() {
            @Override
            public List<CommandSpec> commands() {
                return List.of(specs);
            }
        };
    }

    @Test
    @DisplayName("two features may add subcommands to the same root; each path keeps its owner")
    void sharedRoot() {
        Feature coaching = declaring(CommandSpec.group("coach", "Coaching", CommandSpec.leaf("start", "Start")));
        Feature settings = declaring(CommandSpec.group("coach", "Coaching", CommandSpec.leaf("setup", "Set up")));
        CommandCatalogue catalogue = new CommandCatalogue(List.of(coaching, settings));

        assertThat(catalogue.roots()).hasSize(1);
        assertThat(catalogue.roots().iterator().next().children()).extracting(CommandSpec::name)
                .containsExactly("start", "setup");
        assertThat(catalogue.owner("coach start")).contains(coaching);
        assertThat(catalogue.owner("coach setup")).contains(settings);
    }

    @Test
    @DisplayName("a leaf declared by its whole path takes the last word as its name, so the path is written once")
    void leafFromPath() {
        Feature partners = declaring(CommandSpec.group("partner", "Partners", CommandSpec.leaf("partner add", "Add")));
        CommandCatalogue catalogue = new CommandCatalogue(List.of(partners));

        assertThat(catalogue.leaves()).containsOnlyKeys("partner add");
        assertThat(catalogue.owner("partner add")).contains(partners);
    }

    @Test
    @DisplayName("every command path constant of the bot's features is a command it answers")
    void pathConstants() throws Exception {
        try (org.partnercoach.support.TestBot bot = org.partnercoach.support.TestBot.inMemory()) {
            java.util.Set<String> leaves = bot.app().router().catalogue().leaves().keySet();
            List<String> constants = new java.util.ArrayList<>();
            for (Class<?> type : List.of(org.partnercoach.partners.PartnerFeature.Paths.class,
                    org.partnercoach.partners.CoalitionFeature.class,
                    org.partnercoach.reminders.ReminderFeature.class, org.partnercoach.reminders.CultivateFeature.class,
                    org.partnercoach.settings.SettingsFeature.class)) {
                for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                    if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())
                            && java.lang.reflect.Modifier.isPublic(f.getModifiers())
                            && !f.getName().startsWith("OPTION_") && !f.getName().startsWith("FIELD_")
                            && f.get(null) instanceof String path && leaves.stream()
                            .anyMatch(l -> l.startsWith(path.split(" ")[0] + " ") || l.equals(path))) {
                        constants.add(path);
                    }
                }
            }
            assertThat(constants).hasSizeGreaterThanOrEqualTo(17);
            assertThat(leaves).containsAll(constants);
        }
    }

    @Test
    @DisplayName("the same command declared twice is a wiring mistake caught at start-up")
    void duplicate() {
        Feature a = declaring(CommandSpec.leaf("reflect", "Reflect"));
        Feature b = declaring(CommandSpec.leaf("reflect", "Reflect again"));
        assertThatThrownBy(() -> new CommandCatalogue(List.of(a, b))).hasMessageContaining("/reflect");
    }

    @Test
    @DisplayName("custom ids round-trip and refuse what is not ours or too long")
    void customIds() {
        CustomId id = CustomId.of("walk", "answer", 812, "research.list");
        assertThat(CustomId.parse(id.encode())).contains(id);
        assertThat(id.longArg(0)).isEqualTo(812);
        assertThat(id.longArg(5)).isEqualTo(-1);
        assertThat(CustomId.parse("nonsense")).isEmpty();
        assertThat(CustomId.parse("x".repeat(101) + ":a")).isEmpty();
        assertThatThrownBy(() -> CustomId.of("walk", "answer", "x".repeat(100)).encode())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("texts are cut to Discord's limits without splitting an emoji")
    void clip() {
        assertThat(Limits.clip("short", 10)).isEqualTo("short");
        assertThat(Limits.clip("abcdefghij", 5)).isEqualTo("abcd…");
        String emoji = "abc🎉🎉";
        assertThat(Limits.clip(emoji, 5)).isEqualTo("abc…");
        assertThat(Reply.text("y".repeat(5000)).text()).hasSize(Limits.MESSAGE_CONTENT);
    }
}
