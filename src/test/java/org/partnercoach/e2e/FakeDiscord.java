package org.partnercoach.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnercoach.config.AppConfig;

/**
 * A local stand-in for Discord: the gateway and the REST API on 127.0.0.1, speaking Discord's documented JSON.
 * The real bot connects to it through its configurable URLs. A test plays the people in the server
 * ({@link World#ALICE}, ...): they run commands, press buttons on what the bot showed them, fill in forms and
 * write DMs and lines in a thread; every call but a line in a thread (which the bot answers rarely) waits (with a
 * timeout) for the bot's answer and returns the request that carried it. A command the bot defers (it says
 * "thinking…" at once, then edits its answer in) returns its deferral, but only once the answer is edited in: by
 * then what the command stored is kept, so the test's next step (another member's command, a scheduler run) cannot
 * come before it. {@link #answerTo} gives the answer the member sees, deferred or not.
 */
final class FakeDiscord implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int EPHEMERAL = 64;
    /** Interaction types. */
    static final int APPLICATION_COMMAND = 2;
    static final int MESSAGE_COMPONENT = 3;
    static final int AUTOCOMPLETE = 4;
    static final int MODAL_SUBMIT = 5;
    /** Interaction callback types. */
    static final int CHANNEL_MESSAGE = 4;
    static final int DEFERRED_CHANNEL_MESSAGE = 5;
    static final int UPDATE_MESSAGE = 7;
    static final int AUTOCOMPLETE_RESULT = 8;
    static final int MODAL = 9;

    private final World world = new World();
    private final RequestLog log = new RequestLog();
    private final FakeRest rest;
    private final FakeGateway gateway;

    private FakeDiscord(int shards, World.Server... moreServers) throws IOException {
        for (World.Server server : moreServers) {
            world.addServer(server);
        }
        world.recommendShards(shards);
        rest = new FakeRest(world, log);
        gateway = FakeGateway.start(world);
        rest.gatewayUrl(gateway.url());
    }

    /** Discord with one server, {@link World#EASTSIDE}. */
    static FakeDiscord start() throws IOException {
        return new FakeDiscord(1);
    }

    /** Discord recommending {@code shards} shards, with Eastside and these servers. */
    static FakeDiscord start(int shards, World.Server... moreServers) throws IOException {
        return new FakeDiscord(shards, moreServers);
    }

    /** How the bot reaches this double: a token, its URLs, uncompressed gateway, guild commands only. */
    AppConfig.DiscordConfig discordConfig() {
        return new AppConfig.DiscordConfig(FakeRest.TOKEN, rest.baseUrl(), gateway.url(), false, false,
                "Coordinator");
    }

    /** The same, for a process that runs these shards ({@code ids} as in the configuration: "0-1", "1"). */
    AppConfig.DiscordConfig discordConfig(int total, String ids) {
        return discordConfig().withShards(new AppConfig.ShardsConfig(total, ids));
    }

    List<World.Server> servers() {
        return world.servers();
    }

    // --- what the bot did -----------------------------------------------------------------------------------

    List<Recorded> requests() {
        return log.all();
    }

    /** A position in the request log: later waits look only at what came after it. */
    int mark() {
        return log.size();
    }

    Recorded awaitRequest(int from, String method, String pathRegex) {
        return log.await(from, r -> r.is(method, pathRegex), method + " " + pathRegex, TIMEOUT);
    }

    /**
     * The answer the member sees to an interaction: the callback itself, or for a deferred one ("thinking…") the
     * edit that replaced it ({@link Recorded#message()} reads either).
     */
    Recorded answerTo(Recorded callback) {
        if (callback.callbackType() != DEFERRED_CHANNEL_MESSAGE) {
            return callback;
        }
        // the callback is POST interactions/{id}/{token}/callback; the answer is edited in with the same token
        String token = callback.path().split("/")[2];
        String edit = "webhooks/\\d+/" + java.util.regex.Pattern.quote(token) + "/messages/@original";
        return log.await(callback.index() + 1, r -> r.is("PATCH", edit), "PATCH webhooks/../" + token
                + "/messages/@original (the answer to a deferred interaction, \"thinking…\" until then)", TIMEOUT);
    }

    /** Waits until the bot has identified on the gateway {@code count} times (once per start). */
    JsonNode awaitIdentify(int count) throws InterruptedException {
        return gateway.awaitIdentify(count, TIMEOUT);
    }

    /** The commands as the bot registered them in the server (waits for the PUT). */
    JsonNode awaitGuildCommands(int from) {
        return awaitGuildCommands(from, World.GUILD);
    }

    /** The commands as the bot registered them in this server (waits for the PUT). */
    JsonNode awaitGuildCommands(int from, long guildId) {
        return awaitRequest(from, "PUT", "applications/\\d+/guilds/" + guildId + "/commands").body();
    }

    /** Every IDENTIFY the bot sent, oldest first. */
    List<JsonNode> identifies() {
        return gateway.identifies();
    }

    /** The servers the gateway sent the bot (GUILD_CREATE), oldest first. */
    List<Long> guildsSent() {
        return gateway.guildsSent();
    }

    /** Whether the bot has a gateway session that receives this server's events (the session of its shard). */
    boolean reaches(World.Server server) {
        return gateway.reaches(server.id());
    }

    // --- what people do -------------------------------------------------------------------------------------

    /** Runs a slash command in Eastside, {@code runs(ALICE, "coach tip", "number", "2")}; returns the callback. */
    Recorded runs(World.Person who, String path, String... optionPairs) {
        return runsIn(World.EASTSIDE, who, path, optionPairs);
    }

    /**
     * Runs a slash command in Eastside's general channel; returns the answer the member sees: the callback, or for a
     * deferred command ("thinking…") the edit that replaced it.
     */
    Recorded answer(World.Person who, String path, String... optionPairs) {
        return answerTo(runs(who, path, optionPairs));
    }

    /** Runs a slash command in a server's channel; returns the callback. */
    Recorded runsIn(World.Server server, World.Person who, String path, String... optionPairs) {
        ObjectNode data = commandData(server.id(), path, optionPairs, null);
        return interact(who, APPLICATION_COMMAND, data, 0, server.general());
    }

    /** Runs a slash command in a channel or thread of Eastside (a session's thread); returns the callback. */
    Recorded runsInChannel(long channelId, World.Person who, String path, String... optionPairs) {
        ObjectNode data = commandData(World.GUILD, path, optionPairs, null);
        return interact(who, APPLICATION_COMMAND, data, 0, channelId);
    }

    /** Types {@code typed} into {@code option} of a command; returns the callback with the suggestions. */
    Recorded autocompletes(World.Person who, String path, String option, String typed) {
        ObjectNode data = commandData(World.GUILD, path, new String[] {option, typed}, option);
        return interact(who, AUTOCOMPLETE, data, 0);
    }

    /** Presses the button with this label on the latest message the member sees that has one. */
    Recorded presses(World.Person who, String label) {
        return pressesOn(who, messageWithButton(who, label), label);
    }

    /** The id of the latest message this member sees with a button so labelled. */
    long messageWithButton(World.Person who, String label) {
        return world.latestWithButton(who.id(), label).orElseThrow(() -> new AssertionError(
                who.name() + " sees no button labelled '" + label + "'")).id();
    }

    /** Presses a button on a given message (an old message, after a restart). */
    Recorded pressesOn(World.Person who, long messageId, String label) {
        World.Shown shown = world.message(messageId).orElseThrow();
        JsonNode button = World.button(shown.message(), label).orElseThrow(() -> new AssertionError(
                "message " + messageId + " has no button labelled '" + label + "'"));
        ObjectNode data = Payloads.object().put("custom_id", button.path("custom_id").asText())
                .put("component_type", 2);
        return interact(who, MESSAGE_COMPONENT, data, messageId);
    }

    /** Picks {@code value} in the select menu of the latest message this member sees with one. */
    Recorded picks(World.Person who, String value) {
        World.Shown shown = world.latestWithSelect(who.id()).orElseThrow(() -> new AssertionError(
                who.name() + " sees no select menu"));
        JsonNode menu = World.select(shown.message()).orElseThrow();
        ObjectNode data = Payloads.object().put("custom_id", menu.path("custom_id").asText())
                .put("component_type", 3);
        data.putArray("values").add(value);
        return interact(who, MESSAGE_COMPONENT, data, shown.id());
    }

    /**
     * Presses a button on a message in the member's DM channel with the bot, as Discord sends it from a DM: no
     * server, the person as {@code user}, the DM channel, context 1 (the bot's DM). ({@link #pressesOn} sends a
     * press on a DM as if in Eastside's channel.)
     */
    Recorded pressesInDm(World.Person who, long messageId, String label) {
        World.Shown shown = world.message(messageId).orElseThrow();
        JsonNode button = World.button(shown.message(), label).orElseThrow(() -> new AssertionError(
                "message " + messageId + " has no button labelled '" + label + "'"));
        return componentInDm(who, shown, Payloads.object().put("custom_id", button.path("custom_id").asText())
                .put("component_type", 2));
    }

    /** Picks {@code value} from the {@code menu}-th select menu (from 0) of a message in the member's DM channel. */
    Recorded picksInDm(World.Person who, long messageId, int menu, String value) {
        World.Shown shown = world.message(messageId).orElseThrow();
        List<JsonNode> menus = World.selects(shown.message());
        if (menu >= menus.size()) {
            throw new AssertionError("message " + messageId + " has " + menus.size() + " select menus");
        }
        ObjectNode data = Payloads.object().put("custom_id", menus.get(menu).path("custom_id").asText())
                .put("component_type", 3);
        data.putArray("values").add(value);
        return componentInDm(who, shown, data);
    }

    /** A button or menu of a DM message used, as Discord sends it from a DM (see {@link #pressesInDm}). */
    private Recorded componentInDm(World.Person who, World.Shown shown, ObjectNode data) {
        long channel = world.dmChannelOf(who.id());
        long id = Payloads.snowflake();
        String token = "itok-" + id;
        world.opened(token, new World.Pending(id, who, channel, shown.id()));
        ObjectNode interaction = Payloads.object().put("id", String.valueOf(id))
                .put("application_id", String.valueOf(World.BOT)).put("type", MESSAGE_COMPONENT).put("token", token)
                .put("version", 1);
        interaction.set("channel", Payloads.object().put("id", String.valueOf(channel)).put("type", 1)
                .put("flags", 0).putNull("last_message_id"));
        interaction.put("channel_id", String.valueOf(channel));
        interaction.set("user", world.userOf(who));
        interaction.put("locale", "en-US").put("app_permissions", Payloads.MEMBER_PERMISSIONS).put("context", 1);
        interaction.putObject("authorizing_integration_owners").put("0", String.valueOf(World.GUILD));
        interaction.set("entitlements", Payloads.array());
        interaction.set("data", data);
        interaction.set("message", shown.message());
        int from = mark();
        gateway.dispatch("INTERACTION_CREATE", interaction, 0);
        return callback(from, id);
    }

    /** Fills in the form the bot last opened for this member ({@code fieldId, value} pairs) and submits it. */
    Recorded submits(World.Person who, String... fieldPairs) {
        World.OpenForm form = world.formOf(who.id()).orElseThrow(() -> new AssertionError(
                who.name() + " has no form open"));
        ArrayNode components = Payloads.array();
        int uniqueId = 1;
        for (int i = 0; i + 1 < fieldPairs.length; i += 2) {
            ObjectNode label = components.addObject().put("type", 18).put("id", uniqueId++);
            label.putObject("component").put("type", 4).put("id", uniqueId++).put("custom_id", fieldPairs[i])
                    .put("value", fieldPairs[i + 1]);
        }
        ObjectNode data = Payloads.object().put("custom_id", form.modal().path("custom_id").asText());
        data.set("components", components);
        return interact(who, MODAL_SUBMIT, data, form.sourceMessageId(), form.channelId());
    }

    /** Writes a DM to the bot; returns the message the bot posted back in that DM. */
    Recorded dms(World.Person who, String text) {
        long channel = world.dmChannelOf(who.id());
        ObjectNode message = typed(who, channel, text);
        int from = mark();
        gateway.dispatch("MESSAGE_CREATE", message, 0);
        return awaitRequest(from, "POST", "channels/" + channel + "/messages");
    }

    /**
     * Writes several DMs to the bot at once, as a phone sends lines queued while it was offline: every line is on the
     * gateway before the bot answers the first. Returns the bot's replies in that DM, in the order they were posted.
     */
    List<Recorded> dmsInARow(World.Person who, List<String> lines) {
        long channel = world.dmChannelOf(who.id());
        int from = mark();
        for (String line : lines) {
            gateway.dispatch("MESSAGE_CREATE", typed(who, channel, line), 0);
        }
        List<Recorded> replies = new ArrayList<>();
        int next = from;
        for (int i = 0; i < lines.size(); i++) {
            Recorded reply = awaitRequest(next, "POST", "channels/" + channel + "/messages");
            replies.add(reply);
            next = reply.index() + 1;
        }
        return replies;
    }

    /** Gateway intents, as Discord numbers them. */
    static final long GUILD_MESSAGES = 1L << 9;
    static final long MESSAGE_CONTENT = 1L << 15;
    /** The permission without which an @everyone typed by a member pings nobody. */
    private static final long MENTION_EVERYONE = 1L << 17;
    private static final java.util.regex.Pattern USER_MENTION = java.util.regex.Pattern.compile("<@!?(\\d+)>");

    /**
     * A member types a line in a thread (or channel) of Eastside: a session's thread. As Discord does, the gateway
     * sends it (MESSAGE_CREATE with the server, the author as a member, and the users it mentions, each with their
     * member) only to a bot that identified with the Guild Messages intent, and its text only with the privileged
     * Message Content intent too (else empty, unless it mentions the bot). The bot usually posts nothing back: the
     * test waits for what the line leads to (a stored answer, a question's count).
     *
     * @return whether Discord sent the line to the bot
     */
    boolean typesIn(long channelId, World.Person who, String text) {
        long guild = world.guildOfChannel(channelId);
        long intents = gateway.intentsOf(guild);
        if ((intents & GUILD_MESSAGES) == 0) {
            return false;
        }
        ObjectNode message = typed(who, channelId, text).put("guild_id", String.valueOf(guild));
        ObjectNode author = world.memberOf(who);
        author.remove("user");
        message.set("member", author);
        ArrayNode mentions = message.putArray("mentions");
        java.util.regex.Matcher named = USER_MENTION.matcher(text);
        while (named.find()) {
            long id = Long.parseLong(named.group(1));
            ObjectNode user = world.userById(id);
            world.resolvedMember(guild, id).ifPresent(member -> user.set("member", member));
            mentions.add(user);
        }
        // Discord pings everyone only for an author allowed to (the owner here); the text stays as typed
        long permissions = Long.parseLong(who.owner() ? Payloads.ALL_PERMISSIONS : Payloads.MEMBER_PERMISSIONS);
        boolean everyone = (text.contains("@everyone") || text.contains("@here"))
                && (permissions & MENTION_EVERYONE) != 0;
        message.put("mention_everyone", everyone);
        boolean mentionsBot = text.contains("<@" + World.BOT + ">") || text.contains("<@!" + World.BOT + ">");
        if ((intents & MESSAGE_CONTENT) == 0 && !mentionsBot) {
            message.put("content", "");
        }
        gateway.dispatch("MESSAGE_CREATE", message, guild);
        return true;
    }

    /** A message a person typed, as Discord sends it on the gateway: in a DM, or (with more fields) a server. */
    private ObjectNode typed(World.Person who, long channel, String text) {
        ObjectNode message = Payloads.object().put("id", String.valueOf(Payloads.snowflake()))
                .put("channel_id", String.valueOf(channel)).put("type", 0).put("content", text)
                .put("timestamp", Instant.now().toString()).put("tts", false).put("mention_everyone", false)
                .put("pinned", false).put("flags", 0);
        message.putNull("edited_timestamp");
        message.set("author", world.userOf(who));
        message.set("mentions", Payloads.array());
        message.set("mention_roles", Payloads.array());
        message.set("attachments", Payloads.array());
        message.set("embeds", Payloads.array());
        return message;
    }

    // --- how Discord misbehaves -----------------------------------------------------------------------------

    /** This member accepts no DMs from the bot: sends get Discord's error 50007. */
    void closeDms(World.Person who) {
        world.closeDms(who.id());
    }

    /** The next request matching method and path is answered 429 once, with this {@code retry_after}. */
    void rateLimitOnce(String method, String pathRegex, double retryAfterSeconds) {
        rest.rateLimitOnce(method, pathRegex, retryAfterSeconds);
    }

    /** Creates the next message in {@code channelId}, then holds Discord's answer until released. */
    FakeRest.Hold holdNextMessageIn(long channelId) {
        return rest.holdNextMessageIn(channelId);
    }

    /** Discord does not answer lookups of these members ({@code GET /guilds/{g}/members/{u}}) until released. */
    FakeRest.MemberHold holdMemberLookups(World.Person... who) {
        return rest.holdMemberLookups(java.util.Arrays.stream(who).map(World.Person::id)
                .collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * The server removes the bot (kicks it): the gateway tells the bot with GUILD_DELETE without {@code unavailable},
     * and later sessions get no GUILD_CREATE for it.
     */
    void removeBotFrom(World.Server server) {
        world.removeServer(server);
        gateway.dispatch("GUILD_DELETE", Payloads.object().put("id", String.valueOf(server.id())), server.id());
    }

    /** The server invites the bot back: GUILD_CREATE for a server it does not have, which JDA takes as a join. */
    void addBotTo(World.Server server) {
        world.addServer(server);
        gateway.dispatch("GUILD_CREATE", world.guild(server), server.id());
    }

    /** The server invites the bot back while it is down: the bot finds it among its servers when it starts. */
    void addBotWhileDown(World.Server server) {
        world.addServer(server);
    }

    /**
     * The server removes the bot while it is down: no GUILD_DELETE reaches it; the next session's READY no longer
     * lists the server, and no GUILD_CREATE comes for it.
     */
    void removeBotWhileDown(World.Server server) {
        world.removeServer(server);
    }

    /**
     * The server removes the bot while the bot's connection is lost for long: no GUILD_DELETE reaches it; the
     * session is recreated, and its READY no longer lists the server.
     */
    void removeBotWhileDisconnected(World.Server server) {
        world.removeServer(server);
        gateway.reconnectSessions();
    }

    /** Someone deletes this text channel of Eastside: the gateway tells the bot (CHANNEL_DELETE). */
    void deleteChannel(long channelId, String name) {
        gateway.dispatch("CHANNEL_DELETE", Payloads.textChannel(channelId, World.GUILD, name), World.GUILD);
    }

    /** Someone deletes this role of Eastside: the gateway tells the bot (GUILD_ROLE_DELETE). */
    void deleteRole(long roleId) {
        com.fasterxml.jackson.databind.node.ObjectNode data = Payloads.object();
        data.put("guild_id", String.valueOf(World.GUILD)).put("role_id", String.valueOf(roleId));
        gateway.dispatch("GUILD_ROLE_DELETE", data, World.GUILD);
    }

    /** What a member's DM channel with the bot holds, oldest first. */
    List<World.Shown> dmsOf(World.Person who) {
        return world.messagesIn(world.dmChannelOf(who.id()));
    }

    /** Fixes the double's clock (for the nonce window). */
    void useClock(java.time.Clock clock) {
        world.useClock(clock);
    }

    /** The REST base URL, for a client of the test's own (a child process, a raw HTTP call). */
    String restBaseUrl() {
        return rest.baseUrl();
    }

    /** The threads the bot opened, oldest first. */
    List<Long> threads() {
        return world.threads();
    }

    /** Discord archives a thread (a moderator locks it too, with {@code locked}). */
    void archiveThread(long threadId, boolean locked) {
        world.archive(threadId, locked);
    }

    boolean archived(long threadId) {
        return world.archived(threadId);
    }

    /** Each change of a thread's archived state the bot asked for: thread id, and true to archive, oldest first. */
    List<Map.Entry<Long, Boolean>> archiveChanges() {
        return world.archiveChanges();
    }

    /** The messages of a channel or thread as members see them now (after the bot's edits), oldest first. */
    List<JsonNode> shownIn(long channelId) {
        return world.messagesIn(channelId).stream().map(s -> (JsonNode) s.message()).toList();
    }

    /** From now on {@code who} has exactly these roles in the servers (none: a plain member). */
    void giveRoles(World.Person who, Long... roles) {
        world.giveRoles(who, List.of(roles));
    }

    /** {@code who} leaves the servers. */
    void leave(World.Person who) {
        world.leave(who);
    }

    /** {@code who} joins the servers again. */
    void comeBack(World.Person who) {
        world.comeBack(who);
    }

    /** From now on Discord refuses to show a member to the bot (403, Missing Access). */
    void refuseMemberLookups() {
        world.refuseMemberLookups();
    }

    long dmChannelOf(World.Person who) {
        return world.dmChannelOf(who.id());
    }

    // --- building interactions ------------------------------------------------------------------------------

    private Recorded interact(World.Person who, int type, ObjectNode data, long sourceMessageId) {
        return interact(who, type, data, sourceMessageId, World.GENERAL);
    }

    /** An interaction in {@code channel} (or, from a message, in the channel or thread of that message). */
    private Recorded interact(World.Person who, int type, ObjectNode data, long sourceMessageId, long inChannel) {
        long id = Payloads.snowflake();
        String token = "itok-" + id;
        // a button (or a form opened from one) acts in the channel or thread its message is in
        long channel = sourceMessageId != 0 ? world.channelOf(sourceMessageId) : inChannel;
        // a button on a DM is sent as before, as if in Eastside's channel (the bot reads it from the custom id)
        long guild = world.guildOfChannel(channel) == 0 ? World.GUILD : world.guildOfChannel(channel);
        world.opened(token, new World.Pending(id, who, channel, sourceMessageId));
        ObjectNode interaction = Payloads.object().put("id", String.valueOf(id))
                .put("application_id", String.valueOf(World.BOT)).put("type", type).put("token", token)
                .put("version", 1).put("guild_id", String.valueOf(guild));
        // JDA needs the guild and channel objects on every interaction
        interaction.putObject("guild").put("id", String.valueOf(guild)).put("locale", "en-US")
                .set("features", Payloads.array());
        interaction.set("channel", world.channelObject(channel));
        interaction.put("channel_id", String.valueOf(channel));
        ObjectNode member = world.memberOf(who);
        member.put("permissions", who.owner() ? Payloads.ALL_PERMISSIONS : Payloads.MEMBER_PERMISSIONS);
        interaction.set("member", member);
        long appPermissions = Long.parseLong(World.BOT_PERMISSIONS) | Long.parseLong(Payloads.MEMBER_PERMISSIONS);
        interaction.put("locale", "en-US").put("guild_locale", "en-US")
                .put("app_permissions", String.valueOf(appPermissions)).put("context", 0);
        interaction.putObject("authorizing_integration_owners").put("0", String.valueOf(guild));
        interaction.set("entitlements", Payloads.array());
        interaction.set("data", data);
        if (sourceMessageId != 0) {
            world.message(sourceMessageId).ifPresent(s -> interaction.set("message", s.message()));
        }
        int from = mark();
        gateway.dispatch("INTERACTION_CREATE", interaction, guild);
        return callback(from, id);
    }

    /** The bot's callback to interaction {@code id}; a deferral only once the answer is edited into it. */
    private Recorded callback(int from, long id) {
        Recorded callback = awaitRequest(from, "POST", "interactions/" + id + "/[^/]+/callback");
        answerTo(callback);
        return callback;
    }

    /**
     * The {@code data} of a command interaction: the registered command's id, and the options nested under the
     * subcommand (group) named by the path, each with the type the bot registered.
     */
    private ObjectNode commandData(long guildId, String path, String[] optionPairs, String focused) {
        String[] parts = path.trim().split(" ");
        JsonNode command = world.command(guildId, parts[0]).orElseThrow(() -> new AssertionError(
                "the bot registered no command /" + parts[0] + " in server " + guildId));
        ObjectNode data = Payloads.object().put("id", command.path("id").asText()).put("name", parts[0])
                .put("type", 1).put("guild_id", String.valueOf(guildId));
        ArrayNode options = data.putArray("options");
        JsonNode declared = command;
        for (int i = 1; i < parts.length; i++) {
            JsonNode child = named(declared.path("options"), parts[i]);
            ObjectNode nested = options.addObject().put("name", parts[i]).put("type", child.path("type").asInt());
            options = nested.putArray("options");
            declared = child;
        }
        for (int i = 0; i + 1 < optionPairs.length; i += 2) {
            JsonNode option = named(declared.path("options"), optionPairs[i]);
            ObjectNode value = options.addObject().put("name", optionPairs[i]).put("type", option.path("type").asInt());
            String raw = optionPairs[i + 1];
            int optionType = option.path("type").asInt();
            if (optionPairs[i].equals(focused)) {
                value.put("value", raw).put("focused", true);
            } else if (optionType == 4) {
                value.put("value", Long.parseLong(raw));
            } else if (optionType == 5) {
                value.put("value", Boolean.parseBoolean(raw));
            } else if (optionType == 6) {
                // Discord sends the user object of a user option with the command, bot accounts marked, and their
                // member object (without its user) when they are a member of the server: none for one who left
                value.put("value", raw);
                long user = Long.parseLong(raw);
                ObjectNode resolved = data.has("resolved") ? (ObjectNode) data.path("resolved")
                        : data.putObject("resolved");
                ObjectNode users = resolved.has("users") ? (ObjectNode) resolved.path("users")
                        : resolved.putObject("users");
                users.set(raw, world.userById(user));
                world.resolvedMember(guildId, user).ifPresent(member -> {
                    ObjectNode members = resolved.has("members") ? (ObjectNode) resolved.path("members")
                            : resolved.putObject("members");
                    members.set(raw, member);
                });
            } else {
                value.put("value", raw);
            }
        }
        return data;
    }

    private static JsonNode named(JsonNode options, String name) {
        for (JsonNode option : options) {
            if (option.path("name").asText().equals(name)) {
                return option;
            }
        }
        throw new AssertionError("the bot registered no option or subcommand named " + name);
    }

    @Override
    public void close() {
        gateway.stop(Duration.ofSeconds(2));
        rest.close();
    }
}
