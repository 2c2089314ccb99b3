package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.support.ChildBot;

/** The real program with the shipped config/logback.xml, as an operator runs it. */
@DisplayName("Making the quarterly report leaves the bot's log quiet")
class ReportLogTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("no warning about the PDF's fonts, which are the standard ones every PDF reader has")
    void noFontWarnings() throws Exception {
        try (ChildBot bot = ChildBot.start(dir, Map.of())) {
            String said = bot.finish("/partner add name:\"Eastside Food Bank\" sector:food\n"
                    + "/report quarter which:this\n");

            assertThat(said).contains("Here is the partnership report for").contains("partnership-report-");
            assertThat(bot.exitCode()).isZero();
            assertThat(bot.err()).as("the bot's log").doesNotContain("WARN", "ERROR");
        }
    }
}
