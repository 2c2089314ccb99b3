package org.partnercoach.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercoach.storage.Database;
import org.partnercoach.support.FreshPostgres;
import org.partnercoach.support.Postgres;

/**
 * The reader's and a partner owner's own time zones with their server's settings, read on PostgreSQL in the one
 * statement {@code /partner show} runs for them: each row a lookup of its table's key, where a scan would read every
 * server's members and every server's settings on each page shown.
 */
@DisplayName("Two members' zones and their server's settings are read by key on PostgreSQL")
class MemberZonesPlansPostgresTest {

    private static final int SERVERS = 2_000;
    private static final int MEMBERS = 20_000;
    private static final long GUILD = 42;

    @RegisterExtension
    final FreshPostgres pg = new FreshPostgres();
    private final Database db = pg.db();

    @Test
    @DisplayName("2,000 servers and 20,000 members with a zone: the two members and their server read by key, no scan")
    void readByKey() {
        seed();
        Long[] readerAndOwner = {41L, 77L};

        String plan = Postgres.explain(db, ServerSettings.MEMBER_ZONES_AND_SERVER, readerAndOwner, GUILD, GUILD);

        // each member a lookup of the members' key (server, member), the server one of the servers' key
        assertThat(plan).contains("Index Scan using member_settings_pkey on member_settings m")
                .contains("Index Cond: ((guild_id = '" + GUILD + "'::bigint) AND (user_id = ids.id))")
                .contains("Index Scan using server_settings_pkey on server_settings s")
                .contains("Index Cond: (guild_id = '" + GUILD + "'::bigint)")
                .doesNotContain("Seq Scan").doesNotContain("Rows Removed by Filter");

        // a row for each: member 41's own zone, none for member 77 (theirs is in server 78), and on both the server's
        // settings
        List<String> rows = db.read(c -> Database.list(c, ServerSettings.MEMBER_ZONES_AND_SERVER,
                rs -> rs.getLong(1) + " " + rs.getString("own_zone") + " " + rs.getString("time_zone") + " "
                        + rs.getInt("default_cadence_days"), readerAndOwner, GUILD, GUILD));
        assertThat(rows).containsExactlyInAnyOrder("41 Asia/Tokyo Europe/Paris 19", "77 null Europe/Paris 19");
        // (how the page turns these rows into zones, in one statement, MemberZonesWithServerTest holds on H2)
    }

    /**
     * 2,000 servers with settings (server s: cadence 7 + s % 30 days), and 20,000 members with a zone of their own,
     * ten a server (member x in server 1 + x % 2000): member 41 has one in server 42, member 77 only in server 78.
     */
    private void seed() {
        db.write(c -> Database.update(c, "INSERT INTO server_settings (guild_id, time_zone, default_cadence_days,"
                + " quiet_start_minute, quiet_end_minute, delivery, updated_at) SELECT x, 'Europe/Paris', 7 + x % 30,"
                + " 1260, 480, 'DM', CURRENT_TIMESTAMP FROM generate_series(1, ?) AS x", SERVERS));
        db.write(c -> Database.update(c, "INSERT INTO member_settings (guild_id, user_id, time_zone, updated_at)"
                + " SELECT 1 + x % ?, x, CASE x % 3 WHEN 0 THEN 'America/Chicago' WHEN 1 THEN 'Europe/Berlin'"
                + " ELSE 'Asia/Tokyo' END, CURRENT_TIMESTAMP FROM generate_series(1, ?) AS x", SERVERS, MEMBERS));
        Postgres.analyze(db, "server_settings", "member_settings");
    }
}
