package org.partnercoach.chat;

/** Where an inbound event happened; it decides how replies are shown (ephemeral in a server, plain in a DM). */
public enum Surface {
    /** A text channel of a server: replies to the member are visible only to them. */
    SERVER,
    /** A direct-message conversation between one member and the bot. */
    DM,
    /** A thread the bot opened for a group session: replies are seen by the group. */
    THREAD
}
