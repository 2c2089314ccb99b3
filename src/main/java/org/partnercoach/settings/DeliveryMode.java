package org.partnercoach.settings;

/** How the bot's reminders reach people in a server. */
public enum DeliveryMode {
    /** A direct message; the reminder channel (mentioning only that member) when their DMs are closed. */
    DM("By DM (in the reminder channel when someone's DMs are closed)"),
    /** A post in the server's reminder channel that mentions only the member it is for. */
    CHANNEL("As posts in the reminder channel, mentioning only the person it is for");

    private final String description;

    DeliveryMode(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
