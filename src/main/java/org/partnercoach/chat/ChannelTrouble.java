package org.partnercoach.chat;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why the bot cannot post in a channel of a server, as the platform sees it now ({@link Messenger#cannotPost}): the
 * channel is gone (deleted, or hidden from the bot), holds no posts (a category or a forum), is a voice channel whose
 * chat goes unseen, or the bot lacks permissions there.
 */
public record ChannelTrouble(SendTrouble kind, Set<Capability> lacking) {

    /** What a post in a channel needs; files (a digest's chart and CSV) need {@link Capability#ATTACH_FILES} too. */
    public static Set<Capability> needsToPost(boolean withFiles) {
        Set<Capability> needs = EnumSet.of(Capability.VIEW_CHANNEL, Capability.SEND_MESSAGES,
                Capability.EMBED_LINKS);
        if (withFiles) {
            needs.add(Capability.ATTACH_FILES);
        }
        return needs;
    }

    public ChannelTrouble {
        if (!kind.inChannel()) {
            throw new IllegalArgumentException("not a channel's trouble: " + kind);
        }
        lacking = lacking.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(lacking));
    }

    public static ChannelTrouble gone() {
        return new ChannelTrouble(SendTrouble.CHANNEL_GONE, Set.of());
    }

    public static ChannelTrouble notForPosts() {
        return new ChannelTrouble(SendTrouble.NOT_FOR_POSTS, Set.of());
    }

    /** A voice or stage channel: reminders and digests posted in its chat would go unseen. */
    public static ChannelTrouble voice() {
        return new ChannelTrouble(SendTrouble.VOICE_CHANNEL, Set.of());
    }

    public static ChannelTrouble lacks(Set<Capability> lacking) {
        return new ChannelTrouble(SendTrouble.MISSING_PERMISSIONS, lacking);
    }

    /** "the bot lacks Send Messages and Embed Links in #x", "#x was deleted, or the bot can't see it". */
    public String describe(long channelId) {
        String channel = Mentions.channel(channelId);
        return switch (kind) {
            case CHANNEL_GONE -> channel + " was deleted, or the bot can't see it";
            case NOT_FOR_POSTS -> channel + " is a category or a forum, which holds no posts of the bot's";
            case VOICE_CHANNEL -> channel + " is a voice channel, whose chat most members never open";
            default -> "the bot lacks " + labels() + " in " + channel;
        };
    }

    /**
     * What to do about it, for whoever manages the server's channels; {@code command} picks another channel
     * ("/coach setup channel:"). The same advice as for a message that failed there ({@link SendTrouble#advice}).
     */
    public String remedy(boolean withFiles, String command) {
        return kind.advice(withFiles, command);
    }

    private String labels() {
        return Shown.and(EnumSet.copyOf(lacking.isEmpty() ? EnumSet.of(Capability.SEND_MESSAGES) : lacking)
                .stream().map(Capability::label).toList());
    }
}
