package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.config.AppConfig;
import org.partnercoach.discord.DiscordBot;
import org.partnercoach.support.TestBot;

@DisplayName("A token Discord refuses")
class RejectedTokenTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("stops start-up with a message that names DISCORD_TOKEN and never shows the token")
    void rejectedToken() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            AppConfig config = TestBot.config("jdbc:h2:file:" + dataDir.resolve("db").toAbsolutePath())
                    .withDiscord(discord.discordConfig().withToken("stolen-or-mistyped"));

            assertThatThrownBy(() -> DiscordBot.start(config, Clock.systemUTC()))
                    .isInstanceOf(org.partnercoach.discord.TokenRefused.class)
                    .hasMessageContaining("DISCORD_TOKEN")
                    .hasMessageNotContaining("stolen-or-mistyped");
            // the first request of a login (the gateway and its shards) is refused, and nothing more is tried
            assertThat(discord.requests()).singleElement()
                    .satisfies(r -> assertThat(r.toString()).isEqualTo("GET gateway/bot -> 401"));
        }
    }

    @Test
    @DisplayName("a Discord that cannot be reached at start is told in one line that says where and why, and exits "
            + "with 2; JDA's own error about it goes to the log file only")
    void unreachableAtStart() throws Exception {
        // a loopback port nobody listens on: the login's first request is refused at once
        String nowhere = "http://127.0.0.1:1/api/v10/";
        Path config = java.nio.file.Files.createDirectories(dataDir.resolve("config"));
        java.nio.file.Files.writeString(config.resolve("partner-coach.yml"),
                java.nio.file.Files.readString(Path.of("config/partner-coach.yml"))
                        .replace("https://discord.com/api/v10/", nowhere));
        // the shipped logging, with a log file besides the screen
        java.nio.file.Files.writeString(config.resolve("logback.xml"),
                java.nio.file.Files.readString(Path.of("config/logback.xml")).replace("<root level=\"WARN\">", """
                        <appender name="FILE" class="ch.qos.logback.core.FileAppender">
                            <file>logs/bot.log</file>
                            <encoder><pattern>%level %logger - %msg%n</pattern></encoder>
                          </appender>
                          <root level="WARN">
                            <appender-ref ref="FILE"/>"""));

        org.partnercoach.AppRunner.Result result = org.partnercoach.AppRunner.program(dataDir,
                java.util.Map.of("DISCORD_TOKEN", "a-token"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Partner Coach cannot start: cannot reach Discord at " + nowhere
                        + " (ConnectException: ")
                .contains("check this machine's network connection and discord.restBaseUrl")
                .doesNotContain("a-token").hasLineCount(1);
        assertThat(java.nio.file.Files.readString(dataDir.resolve("logs/bot.log")))
                .contains("ERROR net.dv8tion.jda.internal.requests.Requester - ")
                .doesNotContain("a-token");
    }

    @Test
    @DisplayName("the program says so in one line, as README's Troubleshooting shows, and exits with 2 (no stack trace)")
    void rejectedTokenAtStart() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            AppConfig.DiscordConfig fake = discord.discordConfig();
            Path file = dataDir.resolve("pc.yml");
            java.nio.file.Files.writeString(file, java.nio.file.Files.readString(Path.of("config/partner-coach.yml"))
                    .replace("https://discord.com/api/v10/", fake.restBaseUrl())
                    .replace("wss://gateway.discord.gg", fake.gatewayUrl()));
            org.partnercoach.AppRunner.Result result = org.partnercoach.AppRunner.run(java.util.List.of(),
                    java.util.Map.of("PARTNER_COACH_CONFIG", file.toString(), "DISCORD_TOKEN", "stolen-or-mistyped",
                            "PARTNER_COACH_DB_URL", "jdbc:h2:file:" + dataDir.resolve("db").toAbsolutePath()));

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("Partner Coach cannot start: " + DiscordBot.TOKEN_REFUSED
                    + System.lineSeparator());
            assertThat(result.err() + result.out()).doesNotContain("stolen-or-mistyped");
            assertThat(java.nio.file.Files.readString(Path.of("README.md")))
                    .contains("| `" + DiscordBot.TOKEN_REFUSED + "` |");
        }
    }
}
