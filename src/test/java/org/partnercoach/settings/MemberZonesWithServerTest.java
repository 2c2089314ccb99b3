package org.partnercoach.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.H2Plans;

/**
 * A member's zone read with a partner owner's and the server's settings, as {@code /partner show} reads them: one
 * statement, each row through its key, and what it read is what the reply reads next, with no statement more.
 */
@DisplayName("Two members' zones and their server's settings: one read, through the keys")
class MemberZonesWithServerTest {

    private static final long GUILD = 42;

    private final Database db = Database.inMemory();
    private final ServerSettings settings = new ServerSettings(db, Clock.systemUTC());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("300 servers and their members: each row a lookup of its key; the zones and settings remembered")
    void oneReadThroughTheKeys() {
        db.write(c -> {
            Database.update(c, "INSERT INTO server_settings (guild_id, time_zone, default_cadence_days,"
                    + " quiet_start_minute, quiet_end_minute, delivery, updated_at) SELECT x, 'Europe/Paris', 21, 1260, 480, 'DM',"
                    + " CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 300) AS r(x)");
            Database.update(c, "INSERT INTO member_settings (guild_id, user_id, time_zone, updated_at)"
                    + " SELECT 1 + MOD(x, 300), x, 'Asia/Tokyo', CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 3000) AS r(x)");
            return null;
        });

        String plan = H2Plans.explain(db, ServerSettings.MEMBER_ZONES_AND_SERVER, new Long[] {41L, 77L}, GUILD, GUILD);

        // each member a lookup of the members' key, the server one of the servers' key, for each member: a few rows
        // read, not the 3,000 members nor the 300 servers
        assertThat(plan).containsPattern("member_settings\" \"m\" /\\* public.PRIMARY_KEY_\\w+: guild_id = \\?2 AND "
                + "user_id = ids.id")
                .containsPattern("server_settings\" \"s\" /\\* public.PRIMARY_KEY_\\w+: guild_id = \\?3 \\*/");
        assertThat(Pattern.compile("scanCount: (\\d+)").matcher(plan).results()
                .map(m -> Integer.parseInt(m.group(1)))).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(4));
        // member 41 has a zone of her own, member 77 none: the server's; both read in the one statement
        long before = Database.statementsRun();
        db.write(c -> {
            assertThat(settings.memberZoneWith(GUILD, 77L, 41L)).isEqualTo(ZoneId.of("Europe/Paris"));
            assertThat(settings.memberZone(GUILD, 41L)).isEqualTo(ZoneId.of("Asia/Tokyo"));
            assertThat(settings.of(GUILD).defaultCadenceDays()).isEqualTo(21);
            return null;
        });
        assertThat(Database.statementsRun() - before).isEqualTo(1);
        // a server whose coordinators changed nothing reads the defaults
        ZoneId unset = db.write(c -> settings.memberZoneWith(301, 5L, 0L));
        assertThat(unset).isEqualTo(Settings.DEFAULTS.zone());
    }
}
