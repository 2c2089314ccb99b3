package org.partnercoach.chat;

/**
 * What one package stores about a member in one server, for {@code /privacy export} and {@code /privacy forget}.
 * Each package that keeps rows about members implements this for its own tables (it is the only one that names
 * them in SQL); the composition root lists every implementation in one flat list, so a new package adds one line.
 */
public interface PersonalData {

    /** The key of this part in the export file ("coaching", "partners", ...). */
    String section();

    /** Everything this package stores about {@code userId} in {@code guildId}, as plain values Jackson can write. */
    Object export(long guildId, long userId);

    /**
     * Deletes (or detaches) what this package stores about {@code userId} in {@code guildId}. Runs inside the
     * caller's transaction: every part of a forget commits together, or none does.
     */
    void forget(long guildId, long userId);

    /**
     * {@link #forget}, and what the member should hear of it besides the bot's own words for a forget: what else
     * changes where others see it (their words taken out of posts in the server), or empty for nothing.
     */
    default java.util.Optional<String> forgetTelling(long guildId, long userId) {
        forget(guildId, userId);
        return java.util.Optional.empty();
    }
}
