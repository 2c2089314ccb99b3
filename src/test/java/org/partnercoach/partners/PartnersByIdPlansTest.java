package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.H2Plans;
import org.partnercoach.support.TestBot;

/**
 * A slice of 25 reminders reads its 500 partners at once: each is one primary-key lookup, where {@code id = ANY(?)}
 * made H2 test the rows it found against the whole list.
 */
@DisplayName("Partners read by id are looked up by key")
class PartnersByIdPlansTest {

    private static final int PARTNERS = 400;

    private final Database db = Database.inMemory();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("three partners of a server with 400 are three lookups, each once even when asked twice")
    void byKey() {
        H2Plans.partners(db, TestBot.GUILD, PARTNERS);

        String plan = H2Plans.explain(db, PartnerStore.BY_IDS, new Long[] {5L, 77L, 390L}, TestBot.GUILD);

        assertThat(plan).contains("PRIMARY_KEY").contains(": id = wanted.id");
        assertThat(plan.substring(plan.indexOf("\"partners\" \"p\""))).doesNotContain("scanCount: " + PARTNERS);
        List<Partner> read = db.read(c -> new PartnerStore().byIds(c, TestBot.GUILD, List.of(5L, 77L, 390L, 77L)));
        assertThat(read).extracting(Partner::name).containsExactlyInAnyOrder("P5", "P77", "P390");
        // another server's ids are not found
        List<Partner> elsewhere = db.read(c -> new PartnerStore().byIds(c, TestBot.GUILD + 1, List.of(5L)));
        assertThat(elsewhere).isEmpty();
    }
}
