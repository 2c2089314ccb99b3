package org.partnercoach.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Surface;

/**
 * One person using the bot in a test: runs commands, presses buttons on the last message they saw, fills in
 * forms, and types in their DMs. Every action returns what they see.
 */
public final class Member {

    private final TestBot bot;
    private final String name;
    private final long guildId;
    private final boolean coordinator;
    private Reply lastSeen;
    private Reply lastMessage;
    private Surface lastSurface = Surface.SERVER;
    /** The thread they look at (a group session's), for presses and forms there. */
    private long thread;

    Member(TestBot bot, String name, long guildId, boolean coordinator) {
        this.bot = bot;
        this.name = name;
        this.guildId = guildId;
        this.coordinator = coordinator;
    }

    /** A stable id from the name, as the console makes them. */
    public long id() {
        return org.partnercoach.console.ConsoleMembers.idOf(name);
    }

    public String name() {
        return name;
    }

    public long guildId() {
        return guildId;
    }

    /**
     * Uses a command here twice, as a member who keeps coming back does: the first writes their home server, the
     * next reads it, and later ones read nothing on H2 (MemberHomesTest). Before counting a command's statements, so
     * that both counts are the command's own.
     */
    public Member homeKnown() {
        runs("coalition gaps");
        runs("coalition gaps");
        return this;
    }

    /** Runs a slash command: {@code runs("coach tip", "number", "2")}. */
    public Reply runs(String path, String... optionPairs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < optionPairs.length; i += 2) {
            options.put(optionPairs[i], optionPairs[i + 1]);
        }
        return see(bot.app().router().handle(new Inbound.Command(caller(Surface.SERVER), path, options)),
                Surface.SERVER);
    }

    /** Runs a slash command in a channel where the bot lacks some permissions (as Discord reports them). */
    public Reply runsLacking(java.util.Set<org.partnercoach.chat.Capability> lacking, String path,
                             String... optionPairs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < optionPairs.length; i += 2) {
            options.put(optionPairs[i], optionPairs[i + 1]);
        }
        return see(bot.app().router().handle(new Inbound.Command(caller(Surface.SERVER), path, options, lacking)),
                Surface.SERVER);
    }

    /**
     * Runs a slash command whose options name a bot account, as Discord marks it with the command (a member picked the
     * bot, or another bot, in a member option): {@code bots} are those accounts' ids.
     */
    public Reply runsNamingBots(java.util.Set<Long> bots, String path, String... optionPairs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < optionPairs.length; i += 2) {
            options.put(optionPairs[i], optionPairs[i + 1]);
        }
        return see(bot.app().router().handle(new Inbound.Command(caller(Surface.SERVER), path, options,
                java.util.Set.of(), bots)), Surface.SERVER);
    }

    /** Runs a slash command inside a thread (a group session's). */
    public Reply runsInThread(long threadId, String path, String... optionPairs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < optionPairs.length; i += 2) {
            options.put(optionPairs[i], optionPairs[i + 1]);
        }
        thread = threadId;
        return see(bot.app().router().handle(new Inbound.Command(caller(Surface.THREAD), path, options)),
                Surface.THREAD);
    }

    /** Looks at a message the bot posted in a thread, so they can press its buttons there. */
    public Reply readsInThread(long threadId, Reply post) {
        thread = threadId;
        return see(post, Surface.THREAD);
    }

    /** Reads a group question in its thread, presses its Answer and submits {@code text}: the reply to the form. */
    public Reply answersInThread(long threadId, Reply question, String text) {
        readsInThread(threadId, question);
        presses("Answer");
        return submits("answer", text);
    }

    /** Types a line in a thread (counted as an answer only when the server allows it). */
    public Reply typesInThread(long threadId, String text) {
        thread = threadId;
        return see(bot.app().router().handle(new Inbound.TypedMessage(caller(Surface.THREAD), text)),
                Surface.THREAD);
    }

    /** Presses the button with this label on the last message they saw. */
    public Reply presses(String label) {
        Button button = button(label);
        return see(bot.app().router().handle(new Inbound.ButtonPress(caller(lastSurface), button.id())),
                lastSurface);
    }

    /** Presses a button by its id, as if it came from an old message. */
    public Reply pressesId(org.partnercoach.chat.CustomId id) {
        return see(bot.app().router().handle(new Inbound.ButtonPress(caller(lastSurface), id)), lastSurface);
    }

    /** Fills in the form on screen (the last reply must be a form) with field id/value pairs, and sends it. */
    public Reply submits(String... fieldPairs) {
        assertThat(lastSeen).as("%s should be looking at a form", name).isNotNull();
        assertThat(lastSeen.isForm()).as("%s should be looking at a form, but sees: %s", name,
                lastSeen.plainText()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldPairs.length; i += 2) {
            fields.put(fieldPairs[i], fieldPairs[i + 1]);
        }
        return see(bot.app().router().handle(new Inbound.ModalSubmit(caller(lastSurface), lastSeen.form().id(),
                fields)), lastSurface);
    }

    /** Picks values in the select menu of the last message. */
    public Reply picks(String... values) {
        var menu = lastMessage.rows().stream().filter(r -> r instanceof org.partnercoach.chat.Row.Select)
                .map(r -> ((org.partnercoach.chat.Row.Select) r).menu()).findFirst()
                .orElseThrow(() -> new AssertionError(name + " sees no select menu in: " + lastMessage.plainText()));
        return see(bot.app().router().handle(new Inbound.Selection(caller(lastSurface), menu.id(),
                java.util.List.of(values))), lastSurface);
    }

    /** Picks values in the {@code n}th select menu (from 0) of the last message. */
    public Reply picksIn(int n, String... values) {
        var menus = lastMessage.rows().stream().filter(r -> r instanceof org.partnercoach.chat.Row.Select)
                .map(r -> ((org.partnercoach.chat.Row.Select) r).menu()).toList();
        assertThat(menus).as("%s should see a menu %d in: %s", name, n, lastMessage.plainText()).hasSizeGreaterThan(n);
        return see(bot.app().router().handle(new Inbound.Selection(caller(lastSurface), menus.get(n).id(),
                java.util.List.of(values))), lastSurface);
    }

    /** Types in an option with suggestions (autocomplete) and returns what the platform would offer. */
    public java.util.List<org.partnercoach.chat.OptionSpec.Choice> suggests(String path, String option, String typed) {
        return bot.app().router().suggest(new Inbound.Autocomplete(caller(Surface.SERVER), path, option, typed,
                Map.of(option, typed)));
    }

    /** Opens a message the bot sent them on its own (a DM), so they can press its buttons. */
    public Reply reads(Reply direct) {
        return see(direct, Surface.DM);
    }

    /** Types a line in their DM with the bot (a DM carries no server: the router finds their home server). */
    public Reply types(String text) {
        Caller dm = new Caller(0, 0, id(), name, coordinator, Surface.DM);
        return see(bot.app().router().handle(new Inbound.TypedMessage(dm, text)), Surface.DM);
    }

    public Reply lastSeen() {
        return lastSeen;
    }

    /** The last message on screen (a form, once sent, leaves the message it came from). */
    public Reply lastMessage() {
        return lastMessage;
    }

    public Optional<Button> findButton(String label) {
        if (lastMessage == null) {
            return Optional.empty();
        }
        return lastMessage.buttons().stream().filter(b -> b.label().equalsIgnoreCase(label)).findFirst();
    }

    private Button button(String label) {
        return findButton(label).orElseThrow(() -> new AssertionError(name + " sees no button '" + label
                + "' in: " + (lastMessage == null ? "nothing" : lastMessage.plainText() + " "
                + lastMessage.buttons().stream().map(Button::label).toList())));
    }

    public Caller caller(Surface surface) {
        long channel = surface == Surface.DM ? 0 : surface == Surface.THREAD ? thread : TestBot.CHANNEL;
        return new Caller(surface == Surface.DM ? 0 : guildId, channel, id(), name, coordinator, surface);
    }

    private Reply see(Reply reply, Surface surface) {
        // a form keeps the message under it on screen; pressing a button afterwards acts on that message
        lastSeen = reply;
        if (!reply.isForm()) {
            lastMessage = reply;
            lastSurface = surface;
        }
        return reply;
    }
}
