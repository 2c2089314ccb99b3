package org.partnercoach.chat;

/**
 * The role a server chose for its coordinators with {@code /coach setup} (0 when it chose none). Adapters ask it
 * when deciding {@link Caller#coordinator()}, next to the Manage Server permission.
 */
@FunctionalInterface
public interface CoordinatorRoles {

    long roleOf(long guildId);

    CoordinatorRoles NONE = guildId -> 0;
}
