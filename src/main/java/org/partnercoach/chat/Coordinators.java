package org.partnercoach.chat;

import java.util.Optional;

/**
 * The run-time check behind every coordinators' command (a server can show them to anyone), and whom a member who is
 * not a coordinator can ask for the role: the server's owner, when the platform says who it is.
 */
public final class Coordinators {

    private final Messenger messenger;

    public Coordinators(Messenger messenger) {
        this.messenger = messenger;
    }

    /**
     * Throws a friendly refusal unless the caller is a coordinator of a server; {@code what} names the action, one
     * that only reads (a status, a map, an export).
     */
    public void require(Caller who, String what) {
        require(who, what, "");
    }

    /**
     * {@link #require} for an action that makes something for the coordinator (a report, a map): the refusal says
     * that nothing was made, as that command's other refusals do.
     */
    public void requireToMake(Caller who, String what) {
        require(who, what, " Nothing was made.");
    }

    /** {@link #require} for an action that changes something: the refusal says that nothing was. */
    public void requireToChange(Caller who, String what) {
        require(who, what, " Nothing was changed.");
    }

    private void require(Caller who, String what, String unchanged) {
        if (who.guildId() == 0) {
            throw new UserError("Use this in your coalition's server, so I know which server it is about.");
        }
        if (!who.coordinator()) {
            throw new UserError("Only coordinators (Manage Server, or the coordinator role) can " + what + "."
                    + unchanged + " " + askToBeOne(who));
        }
    }

    /** "If you think you should be one, ask @olga (the server's owner).", for someone who is not a coordinator. */
    public String askToBeOne(Caller who) {
        return askToBeOne(ownerFor(who));
    }

    /** {@link #askToBeOne(Caller)} with the server's {@code owner} known already ({@link #ownerOf}). */
    public static String askToBeOne(Optional<Long> owner) {
        return "If you think you should be one, ask " + whoGivesTheRole(owner) + ".";
    }

    /** The server's owner as the platform knows it, unless that is the caller herself (she can give it herself). */
    public Optional<Long> ownerFor(Caller who) {
        return ownerOf(who.guildId(), who.userId());
    }

    /** The owner of the server {@code guildId}, when the platform says, unless it is {@code userId} (told). */
    public Optional<Long> ownerOf(long guildId, long userId) {
        return guildId == 0 ? Optional.empty() : messenger.ownerOf(guildId).filter(id -> id != userId);
    }

    /**
     * Who can give the coordinator role, as a refusal names them after "ask": the server's {@code owner} when the
     * platform says who it is, else whoever set the bot up.
     */
    public static String whoGivesTheRole(Optional<Long> owner) {
        return owner.map(id -> Mentions.user(id) + " (the server's owner)").orElse("whoever set the bot up");
    }
}
