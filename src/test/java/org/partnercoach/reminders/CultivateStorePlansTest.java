package org.partnercoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.H2Plans;
import org.partnercoach.support.TestBot;

/**
 * The states of one reminder's partners are read by key, not by testing every state of the server: each reminder
 * sent reads them twice, so a scan made a 500-message run slower with every state it had written.
 */
@DisplayName("A reminder's partners' states are read by key")
class CultivateStorePlansTest {

    private static final int PARTNERS = 400;

    private final Database db = Database.inMemory();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("three states of a server with 400 are three lookups")
    void byKey() {
        H2Plans.partners(db, TestBot.GUILD, PARTNERS);
        db.write(c -> Database.update(c, "INSERT INTO cultivate_states (guild_id, partner_id, reminders, updated_at)"
                + " SELECT ?, x, 1, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, " + PARTNERS + ") AS r(x)", TestBot.GUILD));
        String plan = H2Plans.explain(db, CultivateStore.SOME, new Long[] {5L, 77L, 390L}, TestBot.GUILD);
        assertThat(plan).contains("guild_id = ?2 AND partner_id = ids.id");
        assertThat(plan.substring(plan.indexOf("cultivate_states"))).doesNotContain("scanCount: " + PARTNERS);
        java.util.Map<Long, CultivateState> read = db.read(c -> new CultivateStore().states(c, TestBot.GUILD,
                java.util.List.of(5L, 77L, 390L)));
        assertThat(read).containsOnlyKeys(5L, 77L, 390L);
    }
}
