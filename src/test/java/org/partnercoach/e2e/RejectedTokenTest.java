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
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("DISCORD_TOKEN")
                    .hasMessageNotContaining("stolen-or-mistyped");
            // the first request of a login (the gateway and its shards) is refused, and nothing more is tried
            assertThat(discord.requests()).singleElement()
                    .satisfies(r -> assertThat(r.toString()).isEqualTo("GET gateway/bot -> 401"));
        }
    }
}
