package org.partnercoach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Configuration")
class ConfigLoaderTest {

    @TempDir
    Path dir;

    /** {@code file} written to hold {@code text}, then loaded as the configuration: what loading it throws. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertThatLoading(Path file, String text)
            throws IOException {
        Files.writeString(file, text);
        return assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString())));
    }

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
        assertThatLoading(file, Files.readString(ConfigLoader.DEFAULT_FILE)
                .replace("  url: jdbc:h2:file:./data/partner-coach\n", ""))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": database.url is missing (for example jdbc:h2:file:./data/partner-coach)");
    }

    /** Every key of README's Configuration table that the file must hold; the rest are marked optional there. */
    private static final java.util.List<String> REQUIRED = java.util.List.of("discord.restBaseUrl",
            "discord.gatewayUrl", "discord.compressGateway", "discord.registerGlobalCommands",
            "discord.coordinatorRoleName", "database.url", "curriculum.overrideDirectory", "console.ownerName",
            "console.serverName", "console.outputDirectory", "scheduler.pollSeconds");
    private static final java.util.List<String> OPTIONAL = java.util.List.of("database.user", "database.password",
            "database.poolSize", "discord.shards.total", "discord.shards.ids", "scheduler.instance",
            "sessions.typedAnswers");

    @Test
    @DisplayName("every key README's table does not mark optional is refused when left out, naming it (the yes/no "
            + "settings and the coordinator role were taken as false and as no role); the optional ones take their "
            + "default")
    void everyRequiredKey() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("| key | default | meaning |"),
                readme.indexOf("`config/logback.xml` is the logging configuration"));
        java.util.List<String> rows = table.lines().filter(l -> l.startsWith("| `")).toList();
        java.util.Set<String> documented = new java.util.TreeSet<>();
        for (String row : rows) {
            String keys = row.substring(1, row.indexOf(" |", 1));
            boolean optional = row.contains("(optional");
            java.util.regex.Matcher key = java.util.regex.Pattern.compile("`([a-zA-Z.]+)`").matcher(keys);
            while (key.find()) {
                documented.add(key.group(1));
                assertThat(optional).as(key.group(1) + " marked optional in README").isEqualTo(
                        OPTIONAL.contains(key.group(1)));
            }
        }
        java.util.Set<String> known = new java.util.TreeSet<>(REQUIRED);
        known.addAll(OPTIONAL);
        assertThat(documented).isEqualTo(known);

        Path file = dir.resolve("pc.yml");
        String base = Files.readString(ConfigLoader.DEFAULT_FILE);
        for (String key : REQUIRED) {
            String leaf = key.substring(key.lastIndexOf('.') + 1);
            String without = base.replaceFirst("(?m)^ +" + leaf + ":.*\\n", "");
            assertThat(without).as(key).isNotEqualTo(base);
            assertThatLoading(file, without)
                    .as(key).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(file + ": " + key + " is missing");
        }
        assertThatThrownBy(() -> {
            Files.writeString(file, base.replace("coordinatorRoleName: \"Coordinator\"\n", ""));
            ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString()));
        }).hasMessage(file + ": discord.coordinatorRoleName is missing (the role whose members are coordinators, "
                + "for example \"Coordinator\"; \"\" for Manage Server only)");

        // the optional ones: left out, each takes its default
        Files.writeString(file, base.replaceFirst("(?m)^  shards:\\n.*\\n.*\\n", "")
                .replaceFirst("(?m)^sessions:\\n(  .*\\n)*", ""));
        AppConfig defaults = ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString()));
        assertThat(defaults.discord().runningShards()).isEqualTo(Shards.ALL);
        assertThat(defaults.sessions().typedAnswers()).isFalse();
        assertThat(defaults.scheduler().instanceName()).isEqualTo("main");
        Files.writeString(file, base.replace("  typedAnswers: false\n", ""));
        assertThat(ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString())).sessions().typedAnswers())
                .isFalse();
        // written empty, the role is a choice: Manage Server only
        Files.writeString(file, base.replace("coordinatorRoleName: \"Coordinator\"", "coordinatorRoleName: \"\""));
        assertThat(ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString())).discord().coordinatorRoleName())
                .isEmpty();
    }

    @Test
    @DisplayName("a key written twice in one section is refused naming it with its section, where the last one won")
    void keyTwice() throws Exception {
        Path file = dir.resolve("pc.yml");
        String base = Files.readString(ConfigLoader.DEFAULT_FILE);
        assertThatLoading(file, base.replace("  pollSeconds: 30\n", "  pollSeconds: 0\n  pollSeconds: 30\n"))
                .hasMessage(file + ": scheduler.pollSeconds is written twice; keep one");
        assertThatLoading(file, base.replace("    ids: all\n", "    ids: all\n    ids: 0\n"))
                .hasMessage(file + ": discord.shards.ids is written twice; keep one");
        assertThatLoading(file, base.replace("  typedAnswers: false\n",
                "  typedAnswers: false\n  typedAnswers: true\n"))
                .hasMessage(file + ": sessions.typedAnswers is written twice; keep one");
        // a whole section, as before
        assertThatLoading(file, base + "\nscheduler:\n  pollSeconds: 60\n")
                .hasMessage(file + ": scheduler is written twice; keep one");
    }

    @Test
    @DisplayName("PARTNER_COACH_CONFIG set but empty reads the usual file, as an empty PARTNER_COACH_DB_URL is unset; "
            + "a folder named as the file is called a folder, not a file not found")
    void configFileVariable() throws Exception {
        assertThat(ConfigLoader.file(Map.of("PARTNER_COACH_CONFIG", ""))).isEqualTo(ConfigLoader.DEFAULT_FILE);
        assertThat(ConfigLoader.file(Map.of("PARTNER_COACH_CONFIG", "  "))).isEqualTo(ConfigLoader.DEFAULT_FILE);
        assertThat(ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", "")).database().url())
                .isEqualTo("jdbc:h2:file:./data/partner-coach");

        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", dir.toString())))
                .hasMessage(dir + ": is a folder, not a file; name the configuration file itself (set "
                        + "PARTNER_COACH_CONFIG to use another file)");
    }

    @Test
    @DisplayName("a file of text or of a list, not of settings, is said to hold no settings, where it was called empty; "
            + "a section written as a value says it needs its settings under it")
    void notSettings() throws Exception {
        Path file = dir.resolve("pc.yml");
        for (String text : java.util.List.of("hello\n", "- a\n", "discord\n", "42\n")) {
            assertThatLoading(file, text).as(text).hasMessage(file + ": holds no settings; "
                    + "expected keys such as discord: at the top, each with its settings indented under it, as in the "
                    + "committed config/partner-coach.yml");
        }
        String base = Files.readString(ConfigLoader.DEFAULT_FILE);
        assertThatLoading(file, base.replace("  shards:\n    total: 1\n    ids: all\n", "  shards: 2\n"))
                .hasMessage(file + ": discord.shards must have its settings indented under it (such as total:), not a "
                        + "value or a list");
        assertThatLoading(file, base.replace("  pollSeconds: 30\n", "  - 30\n"))
                .hasMessage(file + ": scheduler must have its settings indented under it (such as pollSeconds:), not a "
                        + "value or a list");
    }

    @Test
    @DisplayName("an empty file, a missing yes/no, a huge number, a list, a key twice and a YAML slip read as plain words")
    void plainWords() throws Exception {
        Path file = dir.resolve("pc.yml");
        String base = Files.readString(ConfigLoader.DEFAULT_FILE);
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("# only a comment\n", ": the file is empty");
        cases.put(base.replaceFirst("compressGateway: \\S+", "compressGateway:"), ": discord.compressGateway is missing");
        cases.put(base.replace("pollSeconds: 30", "pollSeconds: 99999999999"),
                ": scheduler.pollSeconds must be a whole number (found 99999999999): it is far too large");
        cases.put(base + "\n" + base, " is written twice; keep one");
        cases.put(base.replace("compressGateway: true", "compressGateway: maybe"),
                ": discord.compressGateway must be true or false (found maybe)");
        cases.put(base.replace("coordinatorRoleName: \"Coordinator\"", "coordinatorRoleName: [Coordinator, Staff]"),
                ": discord.coordinatorRoleName must be one value, not a list (write one role name)");
        cases.put(base.replace("ids: all", "ids: [0, 2]"),
                ": discord.shards.ids must be one value, not a list (write it as text, like 0,2)");
        cases.put(base.replace("pollSeconds: 30", "pollSeconds: \"30"), ": cannot be read as YAML at line ");
        for (java.util.Map.Entry<String, String> c : cases.entrySet()) {
            assertThatLoading(file, c.getKey())
                    .as(c.getValue()).isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(file.toString()).hasMessageContaining(c.getValue())
                    .hasMessageNotContaining("Cannot map").hasMessageNotContaining("No content to map")
                    .hasMessageNotContaining("creator property");
        }
    }

    @Test
    @DisplayName("a database URL that is not JDBC is refused with an example")
    void notJdbc() throws Exception {
        Path file = dir.resolve("pc.yml");
        assertThatLoading(file, Files.readString(ConfigLoader.DEFAULT_FILE)
                .replace("url: jdbc:h2:file:./data/partner-coach", "url: ./data/partner-coach"))
                .hasMessage(file + ": database.url must be an H2 or a PostgreSQL URL, found ./data/partner-coach; "
                        + Database.SUPPORTED_URLS);
    }

    @Test
    @DisplayName("a wrong value, an unknown key and a missing file each get one clear line")
    void badValues() throws Exception {
        Path file = dir.resolve("pc.yml");
        String base = Files.readString(ConfigLoader.DEFAULT_FILE);
        assertThatLoading(file, base.replace("pollSeconds: 30", "pollSeconds: soon"))
                .hasMessage(file + ": scheduler.pollSeconds must be a whole number (found soon)");

        assertThatLoading(file, base.replace("database:", "databse:"))
                .hasMessage(file + ": databse is not a setting Partner Coach knows");

        assertThatLoading(file, base.replace("gatewayUrl: wss://gateway.discord.gg", "gatewayUrl: gateway"))
                .hasMessage(file + ": discord.gatewayUrl must start with ws:// or wss://");

        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", "nowhere.yml")))
                .hasMessageStartingWith("nowhere.yml: file not found");
    }

    @Test
    @DisplayName("a token written into the file is refused without being printed")
    void tokenInFile() throws Exception {
        Path file = dir.resolve("pc.yml");
        assertThatLoading(file, Files.readString(ConfigLoader.DEFAULT_FILE)
                .replace("discord:\n", "discord:\n  token: abc.def.ghi\n"))
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
    @DisplayName("shards: one of one by default; the file or the environment name the total and this process's shards")
    void shards() throws Exception {
        assertThat(ConfigLoader.load(Map.of()).discord().runningShards()).isEqualTo(Shards.ALL);
        Path file = dir.resolve("pc.yml");
        String base = Files.readString(ConfigLoader.DEFAULT_FILE);
        Files.writeString(file, base.replace("    total: 1\n    ids: all", "    total: 4\n    ids: 0-1, 3"));
        Shards fromFile = ConfigLoader.load(Map.of("PARTNER_COACH_CONFIG", file.toString())).discord().runningShards();
        assertThat(fromFile).isEqualTo(new Shards(4, java.util.List.of(0, 1, 3)));

        Shards fromEnv = ConfigLoader.load(Map.of("PARTNER_COACH_SHARDS_TOTAL", "2", "PARTNER_COACH_SHARD_IDS", "1"))
                .discord().runningShards();
        assertThat(fromEnv).isEqualTo(new Shards(2, java.util.List.of(1)));
        assertThat(ConfigLoader.load(Map.of("PARTNER_COACH_SHARDS_TOTAL", "3")).discord().runningShards())
                .isEqualTo(Shards.all(3));
    }

    @Test
    @DisplayName("a wrong shard setting is one line naming the key, and the variable when it came from one")
    void badShards() throws Exception {
        Path file = dir.resolve("pc.yml");
        String base = Files.readString(ConfigLoader.DEFAULT_FILE);
        assertThatLoading(file, base.replace("    total: 1", "    total: 0"))
                .hasMessage(file + ": discord.shards.total must be a whole number of shards from 1 to 1000 (found 0)");
        assertThatLoading(file, base.replace("    total: 1", "    total: two"))
                .hasMessage(file + ": discord.shards.total must be a whole number (found two)");
        assertThatLoading(file, base.replace("    ids: all", "    ids: 2"))
                .hasMessage(file + ": discord.shards.ids names shard 2, but there are only 1 shard(s) "
                        + "(discord.shards.total), numbered from 0");
        assertThatLoading(file, base.replace("    ids: all", "    ids: first"))
                .hasMessage(file + ": discord.shards.ids must be all, one shard number, a range like 0-3 or a list "
                        + "like 0,2 (found first)");

        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_SHARDS_TOTAL", "many")))
                .hasMessage("environment variable PARTNER_COACH_SHARDS_TOTAL: discord.shards.total must be a whole "
                        + "number (found many)");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_SHARDS_TOTAL", "2",
                "PARTNER_COACH_SHARD_IDS", "1-2"))).hasMessage("environment variable PARTNER_COACH_SHARD_IDS: "
                + "discord.shards.ids names shard 2, but there are only 2 shard(s) (discord.shards.total), numbered "
                + "from 0");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_SHARD_IDS", "3-1")))
                .hasMessage("environment variable PARTNER_COACH_SHARD_IDS: discord.shards.ids must be all, one shard "
                        + "number, a range like 0-3 or a list like 0,2 (found 3-1)");
    }

    @Test
    @DisplayName("an absurd number of shards is refused naming the key or the variable, before any shard is made")
    void absurdShards() throws Exception {
        Path file = dir.resolve("pc.yml");
        String base = Files.readString(ConfigLoader.DEFAULT_FILE);
        assertThatLoading(file, base.replace("    total: 1", "    total: 99999999"))
                .hasMessage(file + ": discord.shards.total must be a whole number of shards from 1 to 1000 (found "
                        + "99999999)");
        assertThatLoading(file, base.replace("    total: 1", "    total: 1001"))
                .hasMessage(file + ": discord.shards.total must be a whole number of shards from 1 to 1000 (found "
                        + "1001)");
        assertThatLoading(file, base.replace("    ids: all", "    ids: 0-99999999"))
                .hasMessage(file + ": discord.shards.ids names shard 1, but there are only 1 shard(s) "
                        + "(discord.shards.total), numbered from 0");

        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_SHARDS_TOTAL", "1000000000")))
                .hasMessage("environment variable PARTNER_COACH_SHARDS_TOTAL: discord.shards.total must be a whole "
                        + "number of shards from 1 to 1000 (found 1000000000)");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_SHARDS_TOTAL", "99999999999999999999")))
                .hasMessage("environment variable PARTNER_COACH_SHARDS_TOTAL: discord.shards.total must be a whole "
                        + "number of shards from 1 to 1000 (found 99999999999999999999)");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_SHARDS_TOTAL", "1000",
                "PARTNER_COACH_SHARD_IDS", "998-99999999999999999999"))).hasMessage("environment variable "
                + "PARTNER_COACH_SHARD_IDS: discord.shards.ids names shard 1000, but there are only 1000 shard(s) "
                + "(discord.shards.total), numbered from 0");
        assertThatThrownBy(() -> ConfigLoader.load(Map.of("PARTNER_COACH_SHARDS_TOTAL", "4",
                "PARTNER_COACH_SHARD_IDS", "0,12345678901234567890123456789012345678901234567890"))).hasMessage(
                "environment variable PARTNER_COACH_SHARD_IDS: discord.shards.ids names shard "
                        + "1234567890123456789012345678901234567890..., but there are only 4 shard(s) "
                        + "(discord.shards.total), numbered from 0");

        // Discord's most, and a process that runs a few of them
        assertThat(ConfigLoader.load(Map.of("PARTNER_COACH_SHARDS_TOTAL", "1000")).discord().runningShards())
                .isEqualTo(Shards.all(1000));
        assertThat(ConfigLoader.load(Map.of("PARTNER_COACH_SHARDS_TOTAL", "1000", "PARTNER_COACH_SHARD_IDS",
                "998-999,0007")).discord().runningShards()).isEqualTo(new Shards(1000, java.util.List.of(7, 998, 999)));
    }

    @Test
    @DisplayName("a server's shard is Discord's (server_id >> 22) % total")
    void shardOfAServer() {
        long server = 81384788765712384L;
        assertThat(Shards.of(server, 1)).isZero();
        assertThat(Shards.of(server, 16)).isEqualTo((int) ((server >> 22) % 16));
        Shards second = new Shards(2, java.util.List.of(1));
        assertThat(second.runs(server)).isEqualTo(Shards.of(server, 2) == 1);
        assertThat(Shards.ALL.runs(server)).isTrue();
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
