package org.partnercoach.chat;

/**
 * Who did something, and where. Built by an adapter from the platform's own event.
 *
 * @param guildId     the server the action belongs to (for a DM: the server the member last worked in, 0 if none)
 * @param channelId   the channel or thread it happened in (0 when unknown)
 * @param userId      the member
 * @param displayName the member's name as others see it
 * @param coordinator whether the member may use coordinator actions (Manage Server or the coordinator role)
 */
public record Caller(long guildId, long channelId, long userId, String displayName, boolean coordinator,
                     Surface surface) {

    public boolean inDm() {
        return surface == Surface.DM;
    }

    public Caller inGuild(long otherGuildId) {
        return new Caller(otherGuildId, channelId, userId, displayName, coordinator, surface);
    }
}
