package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.outbox.ScheduledSend;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MigrationScripts;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

/**
 * Before V75 a personal reminder kept its partner only as the name it had when the reminder was set. V75 links the
 * reminders kept so to the partner that still has that name in their server, so that they follow a rename from then
 * on; one whose partner was renamed or deleted before the upgrade keeps its name as text, as it showed before.
 */
@DisplayName("Reminders set before V75 are linked to the partner still called as they name it, even when the migration "
        + "stopped half-way and runs again")
class ReminderPartnerMigrationTest {

    @TempDir
    Path dir;

    private TestBot bot;

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a reminder about a partner still so called follows its next rename; one about a partner renamed or "
            + "deleted before keeps the name it had; another server's partner of the same name is its own")
    void linkedByName() {
        // GIVEN reminders set with the release before, about partners of two servers
        bot = TestBot.onFile(dir);
        Member ana = bot.member("ana");
        Member zoe = bot.memberOfOtherServer("zoe");
        ana.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        zoe.runs("partner add", "name", "Lincoln High", "sector", "education");
        ana.runs("remind", "when", "in 2 days", "what", "Email the principal", "partner", "Lincoln High");
        ana.runs("remind", "when", "in 2 days", "what", "Call the pastor", "partner", "Grace Church");
        ana.runs("remind", "when", "in 2 days", "what", "Drop off flyers", "partner", "Eastside Food Bank");
        ana.runs("remind", "when", "in 2 days", "what", "Plan the fair");
        zoe.runs("remind", "when", "in 2 days", "what", "Visit", "partner", "Lincoln High");
        // AND before the upgrade Grace Church was renamed, and the Food Bank deleted
        ana.runs("partner edit", "partner", "Grace Church", "name", "Grace Community Church");
        ana.runs("partner delete", "partner", "Eastside Food Bank");
        ana.presses("Delete for good");
        // AS the release before kept them: no partner id, and V75 not run yet
        bot.storedRows().write(c -> {
            Database.update(c, "ALTER TABLE scheduled_sends DROP COLUMN partner_id");
            // (V75 and every later one: a later version applied before it would be out of order)
            Database.update(c, "DELETE FROM \"flyway_schema_history\" WHERE CAST(\"version\" AS INTEGER) >= 75");
            // AND the upgrade was stopped after V75 added the column, before it linked a reminder
            Database.update(c, "ALTER TABLE scheduled_sends ADD COLUMN IF NOT EXISTS partner_id BIGINT DEFAULT 0"
                    + " NOT NULL");
            return null;
        });
        assertThat(partnerIds(ana)).containsOnly(0L);

        // WHEN the bot starts again, and V75 runs in full
        bot.restart();

        // THEN the reminder about Lincoln High is linked to ana's Lincoln High, zoe's to hers
        long lincoln = idOf(TestBot.GUILD, "Lincoln High");
        long zoesLincoln = idOf(TestBot.OTHER_GUILD, "Lincoln High");
        assertThat(lincoln).isNotEqualTo(zoesLincoln);
        List<Long> linked = List.of(lincoln, 0L, 0L, 0L);
        assertThat(partnerIds(ana)).containsExactlyElementsOf(linked);
        assertThat(partnerIds(zoe)).containsExactly(zoesLincoln);
        // AND running it again, as after a kill in its last statement, changes nothing
        bot.storedRows().write(c -> {
            MigrationScripts.runAgain(c, 75);
            return null;
        });
        assertThat(partnerIds(ana)).containsExactlyElementsOf(linked);
        assertThat(partnerIds(zoe)).containsExactly(zoesLincoln);

        // WHEN Lincoln High is renamed after the upgrade
        ana.runs("partner edit", "partner", "Lincoln High", "name", "Abraham Lincoln Academy");

        // THEN ana's list follows it, and shows the others as they were set
        assertThat(ana.runs("reminders list").plainText())
                .contains("Email the principal · Abraham Lincoln Academy (was Lincoln High)",
                        "Call the pastor · Grace Church", "Drop off flyers · Eastside Food Bank")
                .doesNotContain("Grace Community Church", "no longer", "moved on");
        // AND zoe's Lincoln High is still called so
        assertThat(zoe.runs("reminders list").plainText()).contains("Visit · Lincoln High").doesNotContain("(was");
        // AND the DM shows the name it has now
        bot.advance(Duration.ofDays(2));
        List<RecordingMessenger.Sent> dms = bot.messenger().directTo(ana.id());
        assertThat(dms.get(dms.size() - 1).reply().plainText())
                .contains("Partner: Abraham Lincoln Academy (was Lincoln High)", "Partner: Grace Church");
    }

    /** The partner ids of the member's reminders still to come, in the order her list shows them. */
    private List<Long> partnerIds(Member m) {
        return bot.app().outbox().open(m.guildId(), PersonalReminders.KIND, m.id()).stream()
                .map(ScheduledSend::partnerId).toList();
    }

    private long idOf(long guildId, String name) {
        return bot.app().partners().allPartners(guildId).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow().id();
    }
}
