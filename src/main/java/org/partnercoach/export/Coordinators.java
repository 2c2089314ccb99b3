package org.partnercoach.export;

import org.partnercoach.chat.Caller;
import org.partnercoach.chat.UserError;

/** The run-time check behind every coordinators' command (a server can show them to anyone). */
public final class Coordinators {

    private Coordinators() {
    }

    /**
     * Throws a friendly refusal unless the caller is a coordinator of a server; {@code what} names the action, one
     * that only reads (a status, a map, an export).
     */
    public static void require(Caller who, String what) {
        require(who, what, "");
    }

    /**
     * {@link #require} for an action that makes something for the coordinator (a report, a map): the refusal says
     * that nothing was made, as that command's other refusals do.
     */
    public static void requireToMake(Caller who, String what) {
        require(who, what, " Nothing was made.");
    }

    /** {@link #require} for an action that changes something: the refusal says that nothing was. */
    public static void requireToChange(Caller who, String what) {
        require(who, what, " Nothing was changed.");
    }

    private static void require(Caller who, String what, String unchanged) {
        if (who.guildId() == 0) {
            throw new UserError("Use this in your coalition's server, so I know which server it is about.");
        }
        if (!who.coordinator()) {
            throw new UserError("Only coordinators (Manage Server, or the coordinator role) can " + what + "."
                    + unchanged + " If you think you should be one, ask whoever set the bot up.");
        }
    }
}
