package org.partnercoach.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercoach.storage.Database;
import org.partnercoach.support.FreshPostgres;
import org.partnercoach.support.Postgres;

/**
 * Whether a member was ever asked something in any server, read on PostgreSQL: through an index on the member, where
 * until V63 the table's only index (its key, which leads by server) left PostgreSQL to read every row.
 */
@DisplayName("A member's one-time questions in any server are found by index on PostgreSQL")
class PromptsPlansPostgresTest {

    private static final int MEMBERS = 3_000;

    @RegisterExtension
    final FreshPostgres pg = new FreshPostgres();
    private final Database db = pg.db();

    @Test
    @DisplayName("3,000 members asked three things in two servers: an index scan for member 77, no table scan")
    void askedInAnyServerByMember() {
        db.write(c -> Database.update(c, "INSERT INTO settings_prompts (guild_id, user_id, prompt, shown_at)"
                + " SELECT s, g, p, CURRENT_TIMESTAMP FROM generate_series(1, ?) g, (VALUES (1000), (1001)) AS v(s),"
                + " (VALUES ('walk-begun'), ('member-zone'), ('other')) AS q(p)", MEMBERS));
        Postgres.analyze(db, "settings_prompts");

        String plan = Postgres.explain(db, Prompts.FIND_IN_ANY_SERVER, 77L, "walk-begun");

        assertThat(plan).contains("settings_prompts_by_member").doesNotContain("Seq Scan")
                .doesNotContain("Rows Removed by Filter");
    }
}
