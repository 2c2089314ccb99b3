package org.partnercoach.storage;

import org.partnercoach.chat.PersonalData;

/**
 * The {@link PersonalData} of a package whose rows about a member sit in one table: one query exports them, one
 * statement deletes them. The owning package passes its own SQL (it stays the only one naming its table); both take
 * the server and the member as their two parameters.
 */
public final class MemberRows implements PersonalData {

    private final Database db;
    private final String section;
    private final String exportSql;
    private final String forgetSql;

    public MemberRows(Database db, String section, String exportSql, String forgetSql) {
        this.db = db;
        this.section = section;
        this.exportSql = exportSql;
        this.forgetSql = forgetSql;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public Object export(long guildId, long userId) {
        return db.read(c -> Database.rows(c, exportSql, guildId, userId));
    }

    @Override
    public void forget(long guildId, long userId) {
        db.write(c -> Database.update(c, forgetSql, guildId, userId));
    }
}
