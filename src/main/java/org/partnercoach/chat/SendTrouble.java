package org.partnercoach.chat;

import java.util.List;

/**
 * What kind of trouble kept a message the bot sent on its own from arriving, stored with the message
 * ({@code scheduled_sends.trouble}). It is the one source of what a coordinator is told to do about it, in
 * {@code /coach status}, the weekly digest and under a channel in the settings ({@link ChannelTrouble}). The stored
 * name is the constant's: rename none, only add.
 */
public enum SendTrouble {
    /** The channel was deleted, or the bot can no longer see it. */
    CHANNEL_GONE("the channel was deleted, or the bot can't see it"),
    /** A category or a forum: nothing the bot can post in. */
    NOT_FOR_POSTS("the channel is a category or a forum, which holds no posts of the bot's"),
    /** The bot's role lacks a permission in the channel. */
    MISSING_PERMISSIONS("the bot lacks a permission it needs in the channel"),
    /** The member does not accept DMs, and there is no reminder channel to mention them in instead. */
    DMS_CLOSED("their DMs are closed and the server has no reminder channel"),
    /** A message for the reminder channel, and the server has none. */
    NO_REMINDER_CHANNEL("the server has no reminder channel"),
    /** Discord did not answer in time (or the bot stopped while it waited). */
    TIMEOUT("Discord did not answer in time"),
    /** The bot could not reach Discord: its network, its DNS, or the way there. */
    NETWORK("the bot could not reach Discord"),
    /** Discord answered with an error of its own (a 5xx). */
    DISCORD_ERROR("Discord had a problem on its side"),
    /** Discord asked the bot to slow down for longer than it could wait. */
    RATE_LIMITED("Discord asked the bot to slow down"),
    /** Discord refused the message for another reason (its answer is in the bot's log). */
    REFUSED("Discord refused the message"),
    /** A fault in the bot itself: the message could not be written, or this version cannot send it. */
    BOT_FAULT("something went wrong inside the bot"),
    /** A voice (or stage) channel: its chat is opened by few, so posts there go unseen. */
    VOICE_CHANNEL("the channel is a voice channel, whose chat most members never open"),
    /** A DM to an account Discord no longer knows (its "unknown user"): the member deleted it, or left Discord. */
    ACCOUNT_GONE("Discord no longer knows their account: they left Discord"),
    /** The thread is archived and a moderator locked it: the bot may not reopen it to change its messages. */
    THREAD_LOCKED("the thread is archived and locked, which only someone with Manage Threads can reopen"),
    /**
     * A DM that can go by DM only, refused (as closed DMs are) to a member who has left the server: Discord refuses a
     * bot's DMs to anyone who shares no server with it, which says nothing about their settings.
     */
    LEFT_SERVER("they have left the server");

    /** The command that picks the weekly digest's own channel. */
    private static final String DIGEST_CHANNEL = "/digest setup channel:";

    private final String reason;

    SendTrouble(String reason) {
        this.reason = reason;
    }

    /** The reason in plain words, when nothing more precise is known (which channel, which permissions). */
    public String reason() {
        return reason;
    }

    /**
     * Whether it passes by itself (Discord slow or down, the way to it cut, too many messages at once): the same
     * message sent again later may well arrive, where for the others something must be fixed first.
     */
    public boolean passes() {
        return this == TIMEOUT || this == NETWORK || this == DISCORD_ERROR || this == RATE_LIMITED;
    }

    /** Whether the channel the message was for is the trouble: another channel fixes it. */
    public boolean inChannel() {
        return this == CHANNEL_GONE || this == NOT_FOR_POSTS || this == MISSING_PERMISSIONS || this == VOICE_CHANNEL;
    }

    /**
     * What to do about it, for a coordinator.
     *
     * @param withFiles whether the posts carry files (a digest's chart), which need a permission of their own
     * @param pick      the command that picks another channel ({@code /coach setup channel:})
     */
    public String advice(boolean withFiles, String pick) {
        return switch (this) {
            case CHANNEL_GONE, NOT_FOR_POSTS, VOICE_CHANNEL -> "Pick a text channel the bot can see with `" + pick + "`.";
            case MISSING_PERMISSIONS -> "Give the bot's role " + Shown.and(ChannelTrouble.needsToPost(withFiles).stream()
                    .map(Capability::label).toList()) + " in that channel (Edit Channel → Permissions), or pick "
                    + "another channel with `" + pick + "`.";
            case DMS_CLOSED -> "Ask them to allow DMs from server members, or set a reminder channel with "
                    + "`/coach setup`.";
            case NO_REMINDER_CHANNEL -> "Set a reminder channel with `/coach setup`.";
            case TIMEOUT, DISCORD_ERROR, RATE_LIMITED -> "Nothing to fix: the bot tried again for half an hour, and "
                    + "later messages go out as usual.";
            case NETWORK -> "Nothing to fix if it was brief: the bot tried again for half an hour. If it happens "
                    + "again, ask whoever runs the bot to check its internet connection.";
            case REFUSED, BOT_FAULT -> "Please tell whoever runs the bot: the details are in its log.";
            case ACCOUNT_GONE -> "Nothing to fix: no message can reach them any more. If they looked after partners, "
                    + "hand those to someone else with `/partner owner`.";
            case THREAD_LOCKED -> "Someone with Manage Threads can unlock the thread (its ⋯ menu → Unlock Thread), "
                    + "or someone with Manage Messages can delete the post that is out of date.";
            case LEFT_SERVER -> "Nothing to fix: no message reaches them while they are away. If they looked after "
                    + "partners, hand those to someone else with `/partner owner`.";
        };
    }

    /**
     * What to do about a group session's post that did not go out: in its thread, or the notice in the channel it was
     * started in. Another channel is no remedy there (a session keeps its thread), so the channel's troubles point to
     * the thread and to {@code /session summary}, which posts where the session stands again.
     */
    public String adviceForSession() {
        return switch (this) {
            case CHANNEL_GONE, NOT_FOR_POSTS, VOICE_CHANNEL -> "If the session's thread is still there, open it again (a moderator "
                    + "can unarchive it, or add the bot back to a private thread), then run `/session summary` in it "
                    + "to post where the session stands; if it was deleted, start a new one with `/session start` and "
                    + "the plan it followed (`plan:tip-1`, say).";
            case MISSING_PERMISSIONS -> "Give the bot's role " + Shown.and(List.of(Capability.VIEW_CHANNEL.label(),
                    Capability.SEND_MESSAGES_IN_THREADS.label(), Capability.EMBED_LINKS.label())) + " in the "
                    + "session's channel (Edit Channel → Permissions), then run `/session summary` in its thread to "
                    + "post where the session stands.";
            case THREAD_LOCKED -> "Someone with Manage Threads can unlock the session's thread (its ⋯ menu → "
                    + "Unlock Thread) and run `/session summary` in it to post where the session stands, or someone "
                    + "with Manage Messages can delete the summary that is out of date.";
            default -> advice(false, "/session start");
        };
    }

    /**
     * What to do about a weekly digest that did not go out, by DM ({@code post} false) or in its own channel: the
     * digest has a channel of its own, picked with {@code /digest setup channel:}, which is where a subscriber whose
     * DMs are closed can read it (the reminder channel is for reminders, which all members read).
     */
    public String adviceForDigest(boolean post) {
        return this == DMS_CLOSED ? "Ask them to allow DMs from server members, or have the digest posted in a "
                + "coordinators' channel they can read, with `" + DIGEST_CHANNEL + "`."
                : advice(post, DIGEST_CHANNEL);
    }

    /** Advice for a message stored with no kind of trouble (failed before the bot kept it): it cannot tell more. */
    public static String adviceUnknown() {
        return "If it happens again, ask whoever runs the bot to check its log.";
    }
}
