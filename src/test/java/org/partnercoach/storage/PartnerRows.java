package org.partnercoach.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.function.IntFunction;

/** Partners and their touchpoints written straight into an H2 database, for the tests that kill the bot at its work. */
final class PartnerRows {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 3, 1, 12, 0);
    /** Touchpoints sent to the database at once. */
    private static final int BATCH = 1000;

    private PartnerRows() {
    }

    /**
     * Partners "Partner 1" to "Partner {@code partners}" in server 1, each with {@code each} calls whose note
     * {@code note} writes from the partner's number.
     */
    static void add(String url, int partners, int each, IntFunction<String> note) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.withH2Settings(url), "sa", "");
             PreparedStatement partner = c.prepareStatement("INSERT INTO partners (guild_id, name, name_key, sector,"
                     + " stage, created_by, created_at, activity_at) VALUES (1, ?, ?, 'food', 'RESEARCHING', 1, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement touch = c.prepareStatement("INSERT INTO partner_touchpoints (guild_id, partner_id,"
                     + " user_id, kind, note, happened_at, created_at) VALUES (1, ?, 1, 'call', ?, ?, ?)")) {
            int batched = 0;
            for (int p = 1; p <= partners; p++) {
                partner.setString(1, "Partner " + p);
                partner.setString(2, "partner" + p);
                partner.setObject(3, AT);
                partner.setObject(4, AT);
                partner.executeUpdate();
                long id;
                try (ResultSet key = partner.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
                for (int t = 0; t < each; t++) {
                    touch.setLong(1, id);
                    touch.setString(2, note.apply(p));
                    touch.setObject(3, AT);
                    touch.setObject(4, AT);
                    touch.addBatch();
                    if (++batched % BATCH == 0) {
                        touch.executeBatch();
                    }
                }
            }
            touch.executeBatch();
        }
    }
}
