package org.partnercoach.storage;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Postgres;

class PostgresSmokeTest {
    @Test
    void migrates() {
        String url = Postgres.freshDatabase();
        try (Database db = Database.open(url)) {
            assertThat(db.engine()).isEqualTo(Engine.POSTGRESQL);
        }
    }
}
