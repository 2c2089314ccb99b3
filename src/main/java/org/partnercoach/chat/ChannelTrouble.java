package org.partnercoach.chat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Why the bot cannot post in a channel of a server, as the platform sees it now ({@link Messenger#cannotPost}): the
 * channel is gone (deleted, or hidden from the bot), holds no posts (a category or a forum), or the bot lacks
 * permissions there.
 */
public record ChannelTrouble(Kind kind, Set<Capability> lacking) {

    public enum Kind { GONE, NOT_FOR_POSTS, LACKS }

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
        lacking = lacking.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(lacking));
    }

    public static ChannelTrouble gone() {
        return new ChannelTrouble(Kind.GONE, Set.of());
    }

    public static ChannelTrouble notForPosts() {
        return new ChannelTrouble(Kind.NOT_FOR_POSTS, Set.of());
    }

    public static ChannelTrouble lacks(Set<Capability> lacking) {
        return new ChannelTrouble(Kind.LACKS, lacking);
    }

    /** "the bot lacks Send Messages and Embed Links in #x", "#x was deleted, or the bot can't see it". */
    public String describe(long channelId) {
        String channel = Mentions.channel(channelId);
        return switch (kind) {
            case GONE -> channel + " was deleted, or the bot can't see it";
            case NOT_FOR_POSTS -> channel + " is a category or a forum, which holds no posts of the bot's";
            case LACKS -> "the bot lacks " + labels() + " in " + channel;
        };
    }

    /**
     * What to do about it, for whoever manages the server's channels; {@code command} picks another channel
     * ("/coach setup channel:").
     */
    public String remedy(boolean withFiles, String command) {
        List<String> all = needsToPost(withFiles).stream().map(Capability::label).toList();
        return switch (kind) {
            case GONE, NOT_FOR_POSTS -> "Pick a text channel the bot can see with `" + command + "`.";
            case LACKS -> "Give the bot's role " + and(all) + " in that channel (Edit Channel → Permissions), or "
                    + "pick another channel with `" + command + "`.";
        };
    }

    private String labels() {
        return and(EnumSet.copyOf(lacking.isEmpty() ? EnumSet.of(Capability.SEND_MESSAGES) : lacking).stream()
                .map(Capability::label).toList());
    }

    private static String and(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
