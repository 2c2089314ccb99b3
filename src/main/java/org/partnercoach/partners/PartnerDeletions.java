package org.partnercoach.partners;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.chat.UserError;
import org.partnercoach.storage.Database;

/**
 * The partners deleted for good (V60): the name, who deleted it and when, kept when all else of the partner goes, so
 * that a member who types the name later is told it was deleted rather than that it never was. Written in the
 * delete's transaction; read only when a typed name matches no partner of the server.
 */
final class PartnerDeletions {

    private static final String INSERT = "INSERT INTO partner_deletions (guild_id, name_key, name, deleted_by,"
            + " deleted_at) VALUES (?, ?, ?, ?, ?)";
    /** The newest deletion of a name in the server: one range of its index. */
    private static final String LAST_OF = "SELECT name, deleted_by, deleted_at FROM partner_deletions"
            + " WHERE guild_id = ? AND name_key = ? ORDER BY deleted_at DESC, id DESC FETCH FIRST 1 ROW ONLY";
    private static final String ALL = "SELECT id, name FROM partner_deletions ORDER BY id";
    private static final String REKEY = "UPDATE partner_deletions SET name_key = ? WHERE id = ?";

    /** A partner called {@code name} was deleted by {@code by} at {@code at}. */
    record Deletion(String name, long by, Instant at) {

        /** What a member who typed its name is told: when, by whom, and how to add it again. */
        UserError told() {
            return new UserError("“" + Shown.text(name) + "” was deleted from the list on " + TimeMarkup.full(at)
                    + " by " + Mentions.user(by) + ". To add it again, use "
                    + Shown.code("/partner add name:\"" + name.replace("\"", "\\\"") + "\"")
                    + " and pick its sector.");
        }
    }

    void record(Connection c, Partner p, long by, Instant at) throws SQLException {
        Database.update(c, INSERT, p.guildId(), PartnerInput.keyOf(p.name()), p.name(), by, at);
    }

    /** The newest deletion of a partner whose name had {@code key} ({@link PartnerInput#keyOf}) in the server. */
    Optional<Deletion> lastOf(Connection c, long guildId, String key) throws SQLException {
        return Database.one(c, LAST_OF, rs -> new Deletion(rs.getString(1), rs.getLong(2),
                Database.instant(rs, 3)), guildId, key);
    }

    /** Brings every stored key up to the current rule, with the partners' ({@link PartnerStore#rekey}). */
    void rekey(Connection c) throws SQLException {
        for (String[] row : Database.list(c, ALL, rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            Database.update(c, REKEY, PartnerInput.keyOf(row[1]), Long.parseLong(row[0]));
        }
    }
}
