package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.network.QuarterReportTest.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Partners kept by the version before V50 keep their owner in the history of owners after the upgrade")
class OwnerHistoryUpgradeTest {

    /** How the report's CSV writes a member: the link to their profile, which a spreadsheet keeps whole. */
    private static final String PROFILE = "https://discord.com/users/";

    private static final String V50 = "/db/migration/V50__partner_owner_history.sql";

    /** V50's statements, comments removed. */
    private static List<String> v50Statements() {
        try (var in = OwnerHistoryUpgradeTest.class.getResourceAsStream(V50)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every point at which a kill can stop V50: after none of its statements, after each one. */
    static IntStream statementsRun() {
        return IntStream.rangeClosed(0, v50Statements().size());
    }

    @ParameterizedTest(name = "V50 stopped after {0} statement(s), then run again")
    @MethodSource("statementsRun")
    @DisplayName("the owner a partner had before the upgrade looked after it since ever: a later hand-over leaves "
            + "the past quarter's tie with them, even when a kill stopped the upgrade part-way")
    void ownerBeforeTheUpgradeIsSinceEver(int ran) {
        try (TestBot bot = TestBot.inMemory()) {
            // GIVEN the food bank, which ana added and, under the version before V50, handed to bea in Q1
            bot.coordinator("cora").runs("coach setup", "timezone", "UTC");
            Member ana = bot.member("ana");
            Member bea = bot.member("bea");
            Member carl = bot.member("carl");
            ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
            Database rows = bot.storedRows();
            rows.write(c -> {
                Database.update(c, "UPDATE partners SET owner_id = ?", bea.id());
                Database.update(c, "DROP TABLE partner_owners");
                return Database.update(c, "DELETE FROM flyway_schema_history WHERE installed_rank >="
                        + " (SELECT installed_rank FROM flyway_schema_history WHERE version = '50')");
            });
            // AND a first start on V50 killed after `ran` of its statements
            List<String> v50 = v50Statements();
            rows.write(c -> {
                for (String statement : v50.subList(0, ran)) {
                    Database.update(c, statement);
                }
                return null;
            });

            // WHEN the bot starts again, and in Q2 bea hands the food bank to carl
            bot.restart();
            bot.advance(Duration.ofDays(40));
            bea.runs("partner owner", "partner", "Eastside Food Bank", "member", String.valueOf(carl.id()));

            // THEN Q1's report ties it to bea, this quarter's to carl, and the history holds one row for each
            Member cora = bot.coordinator("cora");
            String q1 = new String(file(cora.runs("report quarter", "which", "2026-Q1"), ".csv"),
                    StandardCharsets.UTF_8);
            assertThat(q1).contains("tie,Eastside Food Bank," + PROFILE + bea.id() + ",,looks after")
                    .doesNotContain(String.valueOf(carl.id()), "tie,Eastside Food Bank," + PROFILE + ana.id());
            String q2 = new String(file(cora.runs("report quarter", "which", "this"), ".csv"),
                    StandardCharsets.UTF_8);
            assertThat(q2).contains("tie,Eastside Food Bank," + PROFILE + carl.id() + ",,looks after")
                    .doesNotContain("tie,Eastside Food Bank," + PROFILE + bea.id());
            List<String> history = bot.storedRows().read(c -> Database.list(c, "SELECT owner_id, since"
                    + " FROM partner_owners ORDER BY id", rs -> rs.getLong(1) + " since " + Database.instant(rs, 2)));
            assertThat(history)
                    .containsExactly(bea.id() + " since null",
                            carl.id() + " since " + TestBot.START.plus(Duration.ofDays(40)));
        }
    }
}
