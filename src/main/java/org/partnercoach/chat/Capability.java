package org.partnercoach.chat;

/**
 * What the bot may do in the channel a command ran in. The adapter reads the bot's permissions there and hands the
 * missing ones to the feature ({@link Inbound.Command#botLacks()}), which decides before writing anything.
 */
public enum Capability {
    VIEW_CHANNEL("View Channel"),
    SEND_MESSAGES("Send Messages"),
    EMBED_LINKS("Embed Links"),
    ATTACH_FILES("Attach Files"),
    CREATE_PUBLIC_THREADS("Create Public Threads"),
    CREATE_PRIVATE_THREADS("Create Private Threads"),
    SEND_MESSAGES_IN_THREADS("Send Messages in Threads");

    private final String label;

    Capability(String label) {
        this.label = label;
    }

    /** The permission's name as a server's settings show it. */
    public String label() {
        return label;
    }
}
