package org.partnercoach.settings;

import java.time.Clock;
import org.partnercoach.storage.Database;

/**
 * Questions the bot asks only once, remembered per server and member: offering a new server to set its time zone
 * ({@link #SERVER_ZONE}, member 0), and asking a member for their own before reading "tomorrow 9am"
 * ({@link #MEMBER_ZONE}); and other one-time facts of a member that features keep here by a key of their own.
 */
public final class Prompts {

    public static final String SERVER_ZONE = "server-zone";
    public static final String MEMBER_ZONE = "member-zone";

    private static final String FIND =
            "SELECT COUNT(*) FROM settings_prompts WHERE guild_id = ? AND user_id = ? AND prompt = ?";
    /** The member's prompt in any server: read only for the member's own rows, never to show another server's. */
    static final String FIND_IN_ANY_SERVER =
            "SELECT COUNT(*) FROM settings_prompts WHERE user_id = ? AND prompt = ?";
    private static final String INSERT =
            "INSERT INTO settings_prompts (guild_id, user_id, prompt, shown_at) VALUES (?, ?, ?, ?)";

    private final Database db;
    private final Clock clock;

    public Prompts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** True when this was never asked here: whether to ask it now. */
    public boolean due(long guildId, long userId, String prompt) {
        return db.read(c -> Database.one(c, FIND, rs -> rs.getInt(1), guildId, userId, prompt).orElse(0) == 0);
    }

    /** True when this was remembered for the member in any server. */
    public boolean askedInAnyServer(long userId, String prompt) {
        return db.read(c -> Database.one(c, FIND_IN_ANY_SERVER, rs -> rs.getInt(1), userId, prompt).orElse(0) > 0);
    }

    /** Remembers the question as asked; true the first time (false when it had been asked already). */
    public boolean asked(long guildId, long userId, String prompt) {
        return db.write(c -> {
            if (Database.one(c, FIND, rs -> rs.getInt(1), guildId, userId, prompt).orElse(0) > 0) {
                return false;
            }
            Database.update(c, INSERT, guildId, userId, prompt, clock.instant());
            return true;
        });
    }
}
