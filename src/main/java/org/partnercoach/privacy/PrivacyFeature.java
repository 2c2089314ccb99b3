package org.partnercoach.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnercoach.chat.Attachment;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.PersonalData;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.UserError;

/**
 * {@code /privacy about | export | forget}: what the bot keeps about a member, a JSON file of all of it, and
 * deleting it. Each package that stores rows about members answers for its own tables through {@link PersonalData};
 * this feature only asks them all. A forget runs inside the handler's one transaction: all parts, or none.
 */
public final class PrivacyFeature implements Feature {

    static final String FEATURE = "privacy";
    static final String ABOUT = "privacy about";
    static final String EXPORT = "privacy export";
    static final String FORGET = "privacy forget";

    /** What the bot keeps, who sees it, for how long, and how to take it back: the text of {@code /privacy about}. */
    public static final String ABOUT_TEXT = """
            **What Partner Coach keeps about you, in this server**
            • Your coaching walks and your answers. Answers are private: only you see them, unless you press \
            **Share** on one in `/coach answers`; then coordinators see that one answer (press it again to take it back). \
            A plan for one partner (`/partner coach`) is the coalition's: its answers are on the partner's page for \
            every member.
            • Partners you added or look after, the contacts you logged and the stage moves you made. Coordinators \
            and members see the outreach list: it is the coalition's shared work.
            • Your answers in group sessions (the group sees them, with your name unless the session was \
            anonymous) and your ratings of partners in the trust pulse and the quarterly value question (you and \
            the coordinators see those).
            • Your reminders and the messages the bot queued for you. Sent ones are deleted after 30 days, failed \
            ones after 90 days.
            • Your own settings (your time zone), your digest subscription, and which server your DMs belong to.
            The bot does not store your messages in channels, your server profile or your server's name.

            **Take it with you or take it back**
            • `/privacy export`: a file with everything above, only for you.
            • `/privacy forget`: deletes your walks, answers (in group sessions too, and from the summaries posted \
            in their threads), ratings, reminders and settings here. Partners you looked \
            after stay on the list without an owner (the coordinators' digest shows them); your name comes off \
            the contact history. This cannot be undone.
            Copies: the server's host keeps daily backups for 7 days, so forgotten data leaves them within a week.""";

    private final List<PersonalData> parts;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** @param parts every package's part, in the order the export file lists them */
    public PrivacyFeature(List<PersonalData> parts, Clock clock) {
        this.parts = List.copyOf(parts);
        this.clock = clock;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.group("privacy", "What the bot keeps about you, and how to get or delete it",
                CommandSpec.leaf(ABOUT, "What is stored, who can see it and how long it is kept"),
                CommandSpec.leaf(EXPORT, "A file with everything the bot keeps about you in this server"),
                CommandSpec.leaf(FORGET, "Delete what the bot keeps about you in this server")));
    }

    @Override
    public Set<String> componentPrefixes() {
        return Set.of(FEATURE);
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        return switch (command.path()) {
            case ABOUT -> Reply.text(ABOUT_TEXT);
            case EXPORT -> export(command.caller());
            case FORGET -> askToForget(command.caller());
            default -> throw new UnsupportedOperationException(command.path());
        };
    }

    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        Caller who = press.caller();
        CustomId id = press.customId();
        if (id.longArg(0) != who.guildId() || id.longArg(1) != who.userId()) {
            throw new UserError("This button belongs to someone else's request. Nothing was deleted. "
                    + "To delete your own data, use `/privacy forget`.");
        }
        return switch (id.action()) {
            case "forget" -> forget(who);
            case "keep" -> Reply.text("Nothing was deleted. Your data is as it was.").replacingMessage();
            default -> throw new UserError("That button is from an older version of the bot. Use `/privacy` again.");
        };
    }

    /** Everything stored about the member in their server, section by section. */
    public Map<String, Object> collect(long guildId, long userId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("server_id", Long.toString(guildId));
        out.put("member_id", Long.toString(userId));
        out.put("exported_at", clock.instant().toString());
        for (PersonalData part : parts) {
            out.put(part.section(), part.export(guildId, userId));
        }
        return out;
    }

    private Reply export(Caller who) {
        long guildId = server(who);
        byte[] file;
        try {
            file = json.writeValueAsString(collect(guildId, who.userId())).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the export", e);
        }
        String day = clock.instant().toString().substring(0, 10);
        return Reply.text("Here is everything I keep about you in this server, as a JSON file (any text editor "
                + "opens it). Only you can see this message. To delete it all, use `/privacy forget`.")
                .withFile(new Attachment("partner-coach-my-data-" + day + ".json", file));
    }

    private Reply askToForget(Caller who) {
        long guildId = server(who);
        return Reply.text("This deletes your walks, your answers (shared ones too, and those in group sessions), "
                + "your partnership ratings, your reminders and your settings in this server. Partners you look "
                + "after stay on the list without an owner, and your name comes off their contact history. It "
                + "cannot be undone: `/privacy export` first if you want a copy. Delete it all?")
                .withButtons(Button.danger(CustomId.of(FEATURE, "forget", guildId, who.userId()), "Delete my data"),
                        Button.secondary(CustomId.of(FEATURE, "keep", guildId, who.userId()), "Keep it"));
    }

    private Reply forget(Caller who) {
        long guildId = server(who);
        StringBuilder told = new StringBuilder();
        for (PersonalData part : parts) {
            part.forgetTelling(guildId, who.userId()).ifPresent(said -> told.append(said).append(' '));
        }
        return Reply.text("Done: I deleted what I kept about you in this server. " + told + "If you use the bot "
                + "again, it starts fresh.").replacingMessage();
    }

    private static long server(Caller who) {
        if (who.guildId() == 0) {
            throw new UserError("I don't know which server you mean yet. Use `/privacy` in your coalition's "
                    + "server, and I'll answer about that one.");
        }
        return who.guildId();
    }
}
