package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.storage.Database;
import org.partnercoach.storage.MigrationScripts;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

/**
 * Before V71, "I'll introduce you" pressed while the partner had moved on was kept as an agreement, so after a restore
 * the member who asked was told to wait for an introduction the helper had been told was not needed. V71 finds those
 * answers from the partner's stage changes and keeps them as answers that promise nothing.
 */
@DisplayName("Answers given while a partner had moved on, kept as agreements before V71, promise nothing after it, even when the migration runs again")
class AgreedWhileMovedOnMigrationTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");

    @AfterEach
    void close() {
        bot.close();
    }

    private void aMinuteLater() {
        bot.advance(Duration.ofMinutes(1));
    }

    /** ana asks bea for an introduction to {@code name}; bea gets the request by DM. */
    private void anaAsksBea(String name) {
        ana.runs("partner add", "name", name, "sector", "food");
        bea.runs("partner know", "partner", name);
        ana.runs("partner intro", "partner", name);
        aMinuteLater();
        List<org.partnercoach.support.RecordingMessenger.Sent> sent = bot.messenger().directTo(bea.id());
        bea.reads(sent.get(sent.size() - 1).reply());
    }

    private String statusAt(String name) {
        return bot.storedRows().<String>read(c -> Database.one(c, "SELECT i.status FROM partner_intros i"
                + " JOIN partners p ON p.id = i.partner_id WHERE p.guild_id = ? AND p.name = ?",
                rs -> rs.getString(1), TestBot.GUILD, name).orElseThrow());
    }

    @Test
    @DisplayName("answered while moved on: no longer an agreement, and asked again after the restore; answered before the archive or after the restore: still one")
    void answersWhileMovedOn() {
        // GIVEN bea said "I'll introduce you" while the Food Bank had moved on, as an earlier version kept it
        anaAsksBea("Food Bank");
        ana.runs("partner archive", "partner", "Food Bank");
        aMinuteLater();
        bea.presses("I'll introduce you");
        bot.storedRows().write(c -> Database.update(c, "UPDATE partner_intros SET status = 'WILL_INTRODUCE'"
                + " WHERE status = 'AGREED_MOVED_ON'"));
        // AND she agreed about the Clinic before it moved on (and came back)
        anaAsksBea("Clinic");
        bea.presses("I'll introduce you");
        aMinuteLater();
        ana.runs("partner archive", "partner", "Clinic");
        aMinuteLater();
        ana.runs("partner restore", "partner", "Clinic");
        // AND about the Pantry once it had come back
        anaAsksBea("Pantry");
        ana.runs("partner archive", "partner", "Pantry");
        aMinuteLater();
        ana.runs("partner restore", "partner", "Pantry");
        aMinuteLater();
        bea.presses("I'll introduce you");

        // WHEN the migration runs, and again, as after a kill half-way
        for (int run = 0; run < 2; run++) {
            bot.storedRows().write(c -> {
                MigrationScripts.runAgain(c, 71);
                return null;
            });
        }

        // THEN only the Food Bank's answer is one given while moved on
        assertThat(statusAt("Food Bank")).isEqualTo("AGREED_MOVED_ON");
        assertThat(statusAt("Clinic")).isEqualTo("WILL_INTRODUCE");
        assertThat(statusAt("Pantry")).isEqualTo("WILL_INTRODUCE");
        // AND once the Food Bank is back, ana's request asks bea afresh
        ana.runs("partner restore", "partner", "Food Bank");
        Reply again = ana.runs("partner intro", "partner", "Food Bank");
        assertThat(again.plainText()).contains("I'm asking <@" + bea.id() + "> by DM for an introduction");
    }
}
