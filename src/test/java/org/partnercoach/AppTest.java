package org.partnercoach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Starting the app")
class AppTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a bad configuration stops start-up with one line naming the file and key, and exit code 2")
    void badConfig() throws Exception {
        Path file = dir.resolve("pc.yml");
        Files.writeString(file, Files.readString(Path.of("config/partner-coach.yml"))
                .replace("ownerName: you", "ownerName: \"\""));
        AppRunner.Result result = AppRunner.run(List.of(), Map.of("PARTNER_COACH_CONFIG", file.toString(),
                "DISCORD_TOKEN", "very-secret-token"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("Partner Coach cannot start: " + file + ": console.ownerName is missing"
                + System.lineSeparator());
        assertThat(result.err() + result.out()).doesNotContain("very-secret-token");
    }

    @Test
    @DisplayName("broken coaching content stops start-up naming the file and key, with exit code 2")
    void badCurriculum() throws Exception {
        Path content = Files.createDirectories(dir.resolve("curriculum"));
        Files.writeString(content.resolve("five-tips.yml"), Files.readString(
                Path.of("src/main/resources/curriculum/five-tips.yml")).replace("key: research\n", "key: \"\"\n"));
        Path file = dir.resolve("pc.yml");
        Files.writeString(file, Files.readString(Path.of("config/partner-coach.yml"))
                .replace("overrideDirectory: config/curriculum", "overrideDirectory: " + content));
        AppRunner.Result result = AppRunner.run(List.of("--console"), Map.of("PARTNER_COACH_CONFIG",
                file.toString(), "PARTNER_COACH_DB_URL", "jdbc:h2:mem:bad"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("five-tips.yml: steps[0].key is missing");
    }

    @Test
    @DisplayName("without a token, piped input runs in the console and exits 0 at the end of input")
    void consoleWithoutToken() throws Exception {
        AppRunner.Result result = AppRunner.run(List.of(), Map.of("PARTNER_COACH_DB_URL",
                "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath()), "/coach start\n");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("you (you)> /coach start").contains("Tip 1 of 5");
    }
}
