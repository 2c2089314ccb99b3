package org.partnercoach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Configuration")
class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the committed file works as it is, with no token: console mode")
    void committedDefaults() {
        AppConfig config = ConfigLoader.load(Map.of());
        assertThat(config.discord().hasToken()).isFalse();
        assertThat(config.database().url()).isEqualTo("jdbc:h2:file:./data/partner-coach");
        assertThat(config.discord().restBaseUrl()).isEqualTo("https://discord.com/api/v10/");
    }

    @Test
    @DisplayName("the environment supplies the token and the database URL; the token never shows in text")
    void environment() {
        AppConfig config = ConfigLoader.load(Map.of("DISCORD_TOKEN", "  secret.token.value  ",
                "PARTNER_COACH_DB_URL", "jdbc:h2:mem:x"));
        assertThat(config.discord().token()).isEqualTo("secret.token.value");
        assertThat(config.database().url()).isEqualTo("jdbc:h2:mem:x");
        assertThat(config.toString()).doesNotContain("secret").contains("token=(set)");
    }

    @Test
    @DisplayName("a missing key is named with its file")
    void missingKey() throws Exception {
        Path file = dir.resolve("pc.yml");
        Files.writeString(file, Files.readString(ConfigLoader.DEFAULT_FILE)
                .replace("  url: jdbc:h2:file:./data/partner-coach\n", ""));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": database.url is missing (for example jdbc:h2:file:./data/partner-coach)");
    }

    @Test
    @DisplayName("a database URL that is not JDBC is refused with an example")
    void notJdbc() throws Exception {
        Path file = dir.resolve("pc.yml");
        Files.writeString(file, Files.readString(ConfigLoader.DEFAULT_FILE)
                .replace("url: jdbc:h2:file:./data/partner-coach", "url: ./data/partner-coach"));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString())))
                .hasMessage(file + ": database.url must be an H2 or a PostgreSQL URL, found ./data/partner-coach; "
                        + Database.SUPPORTED_URLS);
    }

    @Test
    @DisplayName("a wrong value, an unknown key and a missing file each get one clear line")
    void badValues() throws Exception {
        Path file = dir.resolve("pc.yml");
        String base = Files.readString(ConfigLoader.DEFAULT_FILE);
        Files.writeString(file, base.replace("pollSeconds: 30", "pollSeconds: soon"));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString())))
                .hasMessage(file + ": scheduler.pollSeconds must be a whole number (found soon)");

        Files.writeString(file, base.replace("database:", "databse:"));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString())))
                .hasMessage(file + ": databse is not a setting Partner Coach knows");

        Files.writeString(file, base.replace("gatewayUrl: wss://gateway.discord.gg", "gatewayUrl: gateway"));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString())))
                .hasMessage(file + ": discord.gatewayUrl must start with ws:// or wss://");

        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", "nowhere.yml")))
                .hasMessageStartingWith("nowhere.yml: file not found");
    }

    @Test
    @DisplayName("a token written into the file is refused without being printed")
    void tokenInFile() throws Exception {
        Path file = dir.resolve("pc.yml");
        Files.writeString(file, Files.readString(ConfigLoader.DEFAULT_FILE)
                .replace("discord:\n", "discord:\n  token: abc.def.ghi\n"));
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString())))
                .hasMessage(file + ": discord.token must not be in the file; set DISCORD_TOKEN instead")
                .hasMessageNotContaining("abc.def");
    }

    @Test
    @DisplayName("a bad database URL from the environment is blamed on the variable, not on the file")
    void environmentMistakeNamesTheVariable() {
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_DB_URL",
                "postgres://coach:secret@db/coach")))
                .hasMessageStartingWith("environment variable PARTNER_COACH_DB_URL must be an H2 or a PostgreSQL URL, "
                        + "found postgres:...; use jdbc:h2:file:")
                .hasMessageNotContaining("secret")
                .hasMessageNotContaining("partner-coach.yml");
    }

    @Test
    @DisplayName("PostgreSQL: the URL from the file, user and password from the environment, which win over the file")
    void postgresLogin() throws Exception {
        Path file = dir.resolve("pc.yml");
        Files.writeString(file, Files.readString(ConfigLoader.DEFAULT_FILE)
                .replace("url: jdbc:h2:file:./data/partner-coach", "url: jdbc:postgresql://db:5432/coach\n"
                        + "  user: coach\n  password: from-file\n  poolSize: 20"));
        AppConfig fromFile = ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString()));
        assertThat(fromFile.database().settings()).isEqualTo(new Database.Settings(
                "jdbc:postgresql://db:5432/coach", "coach", "from-file", null, 20));
        assertThat(fromFile.database().toString()).doesNotContain("from-file");

        AppConfig fromEnv = ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString(),
                "PARTNER_COACH_DB_USER", "bot", "PARTNER_COACH_DB_PASSWORD", "s3cret", "PARTNER_COACH_INSTANCE", "bot-2"));
        assertThat(fromEnv.database().user()).isEqualTo("bot");
        assertThat(fromEnv.database().password()).isEqualTo("s3cret");
        assertThat(fromEnv.scheduler().instanceName()).isEqualTo("bot-2");
        // one process on the database: the name it always had
        assertThat(fromFile.scheduler().instanceName()).isEqualTo("main");
        assertThat(ConfigLoader.load(Map.of()).database().settings().poolSize()).isEqualTo(Database.DEFAULT_POOL_SIZE);
    }
}
