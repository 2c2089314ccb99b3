package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.AppRunner;

@DisplayName("Encryption at rest with PARTNER_COACH_DB_KEY")
class EncryptionTest {

    private static final String KEY = "3f9c1a7be24d8e6051c2a9f7";

    @TempDir
    Path dir;

    private Map<String, String> env(String key) {
        String url = "jdbc:h2:file:" + dir.resolve("partner-coach").toAbsolutePath();
        return key == null ? Map.of("PARTNER_COACH_DB_URL", url, "PARTNER_COACH_CONFIG", "config/partner-coach.yml")
                : Map.of("PARTNER_COACH_DB_URL", url, "PARTNER_COACH_CONFIG", "config/partner-coach.yml",
                "PARTNER_COACH_DB_KEY", KEY);
    }

    @Test
    @DisplayName("a database made with a key opens with it, and without it the start stops with one line and exit 2")
    void keyNeeded() throws Exception {
        AppRunner.Result made = AppRunner.run(List.of("--console"), env(KEY),
                "/partner add name:\"Secret Garden Pantry\" sector:food\n:quit\n");
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).contains("Added “Secret Garden Pantry”");
        // the name is not readable in the file
        byte[] file = Files.readAllBytes(dir.resolve("partner-coach.mv.db"));
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Secret Garden");

        AppRunner.Result withKey = AppRunner.run(List.of("--console"), env(KEY), "/partner list\n:quit\n");
        assertThat(withKey.exitCode()).isZero();
        assertThat(withKey.out()).contains("Secret Garden Pantry");

        AppRunner.Result without = AppRunner.run(List.of("--console"), env(null), "/partner list\n:quit\n");
        assertThat(without.exitCode()).isEqualTo(2);
        assertThat(without.err().strip()).startsWith("Partner Coach cannot start: the database file ")
                .contains("it is encrypted (start with PARTNER_COACH_DB_KEY set to its key)").doesNotContain("\n").doesNotContain(KEY);
        assertThat(without.out()).doesNotContain("Secret Garden");
    }

    @Test
    @DisplayName("a key with spaces or too short is refused before anything is opened")
    void badKey() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(env(null));
        env.put("PARTNER_COACH_DB_KEY", "short key");
        AppRunner.Result result = AppRunner.run(List.of("--console"), env, ":quit\n");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("openssl rand -hex 32").doesNotContain("short key");
        assertThat(dir.resolve("partner-coach.mv.db")).doesNotExist();
    }
}
