package org.partnercoach.discord;

import java.util.Set;
import net.dv8tion.jda.api.JDA;
import org.partnercoach.chat.Reply;

/**
 * A server that added the app without its bot user (with global commands on, the commands show there anyway).
 * Personal coaching works there, because it only answers the member; everything that posts, sends DMs on its own
 * or belongs to the server's shared list needs the bot in the server, so those commands answer with the invitation.
 */
final class NotJoined {

    /** The commands that only answer the member who ran them. */
    static final Set<String> WORKS = Set.of("coach start", "coach tip", "coach progress", "coach answers", "reflect");
    /** The permissions in the README's invitation link. */
    static final long PERMISSIONS = 309237763072L;

    private NotJoined() {
    }

    static boolean works(String path) {
        return WORKS.contains(path);
    }

    static Reply answer(JDA jda) {
        return Reply.text("I'm not a member of this server yet (the app was added without its bot), so here I can "
                + "only coach you: `/coach start`, `/coach tip`, `/coach progress`, `/coach answers` and `/reflect` "
                + "work. The outreach list, reminders, the digest and setup need me in the server: ask someone with "
                + "Manage Server to invite me with " + invite(jda) + " and then run the command again. "
                + "Nothing was changed.");
    }

    private static String invite(JDA jda) {
        try {
            return "<https://discord.com/oauth2/authorize?client_id=" + jda.getSelfUser().getApplicationId()
                    + "&scope=bot+applications.commands&permissions=" + PERMISSIONS + ">";
        } catch (RuntimeException e) {
            return "the invitation link from the bot's README";
        }
    }
}
