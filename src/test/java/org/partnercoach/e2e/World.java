package org.partnercoach.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the Discord double knows: its servers (one by default, {@link #EASTSIDE}), each with a channel, their people, the bot's registered commands, the
 * messages the bot sent (and who sees them), open interactions and the forms shown. Thread-safe: the REST server,
 * the gateway and the test touch it from their own threads.
 */
final class World {

    static final long BOT = 111111111111111111L;
    static final long GUILD = 222222222222222222L;
    static final long GENERAL = 333333333333333333L;
    static final long COORDINATOR_ROLE = 666666666666666666L;
    /** A role with no special name or permissions, that a server can choose for its coordinators in /coach setup. */
    static final long HELPERS_ROLE = 676767676767676767L;
    /** A text channel of Eastside whose overrides deny the bot's role Send Messages (a read-only announcements one). */
    static final long LOCKED = 353535353535353535L;
    /** A text channel of Eastside the bot may post in, which a scenario can delete. */
    static final long REMINDERS = 363636363636363636L;
    /** A category of Eastside: it holds channels, not messages. */
    static final long CATEGORY = 373737373737373737L;
    /** The role Discord gives the bot when it is invited, with the permissions docs/discord.md asks for. */
    static final long BOT_ROLE = 888888888888888888L;
    static final String BOT_PERMISSIONS = "309237763072";

    /** A server the bot is in, with the one channel members talk in. */
    record Server(long id, long general, String name) {
    }

    /** The server every scenario has: in shard 1 when the bot has 2 shards. */
    static final Server EASTSIDE = new Server(GUILD, GENERAL, "Eastside Health Coalition");
    /** A second server, for scenarios across shards: in shard 0 when the bot has 2 shards. */
    static final Server WESTSIDE = new Server(232323232323232323L, 343434343434343434L, "Westside Health Alliance");

    /** Someone in the server. */
    record Person(long id, String name, boolean owner, List<Long> roles) {
    }

    /** The owner of the server (all permissions). */
    static final Person OLIVIA = new Person(444444444444444444L, "olivia", true, List.of());
    /** A plain member. */
    static final Person ALICE = new Person(555555555555555555L, "alice", false, List.of());
    /** A member with the role named "Coordinator". */
    static final Person CORA = new Person(777777777777777777L, "cora", false, List.of(COORDINATOR_ROLE));
    static final List<Person> PEOPLE = List.of(OLIVIA, ALICE, CORA);

    /** A message the bot sent, and who sees it (0: everyone in the channel; else only that member). */
    record Shown(long id, long viewer, ObjectNode message) {
    }

    /** An interaction sent to the bot, until it is answered (keyed by its token). */
    record Pending(long interactionId, Person person, long channelId, long sourceMessageId) {
    }

    /**
     * A form the bot opened for a member, the message whose button opened it (0 for a command), and the channel
     * it was opened in.
     */
    record OpenForm(JsonNode modal, long sourceMessageId, long channelId) {
    }

    private final Map<Long, Shown> messages = new LinkedHashMap<>();
    private final Map<String, Pending> pending = new HashMap<>();
    private final Map<String, Long> originals = new HashMap<>();
    private final Map<Long, OpenForm> forms = new HashMap<>();
    private final Map<Long, Long> dmChannels = new HashMap<>();
    private final Map<Long, Long> threads = new LinkedHashMap<>();
    private final Map<Long, String> threadNames = new HashMap<>();
    private final Map<Long, Integer> threadTypes = new HashMap<>();
    private final Set<Long> closedDms = new HashSet<>();
    /** People whose roles changed since the scenario began: id → their roles now. */
    private final Map<Long, List<Long>> rolesNow = new HashMap<>();
    /** People who left every server. */
    private final Set<Long> left = new HashSet<>();
    private boolean memberLookupsRefused;
    /** Messages created with {@code enforce_nonce}, by channel and nonce (the author is always the bot here). */
    private final Map<String, NonceUse> byNonce = new HashMap<>();
    private volatile Clock clock = Clock.systemUTC();
    private final Map<Long, JsonNode> guildCommands = new HashMap<>();
    private volatile JsonNode globalCommands = array();
    private final List<Server> servers = new java.util.concurrent.CopyOnWriteArrayList<>(List.of(EASTSIDE));
    /** How many shards Discord recommends ({@code GET /gateway/bot}). */
    private volatile int recommendedShards = 1;

    private static ArrayNode array() {
        return Payloads.array();
    }

    ObjectNode botUser() {
        ObjectNode bot = Payloads.user(BOT, "PartnerCoach", true);
        bot.put("verified", true).put("mfa_enabled", false).put("flags", 0);
        return bot;
    }

    static Person person(long id) {
        return PEOPLE.stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nobody has id " + id));
    }

    /** A user as Discord shows it: the bot itself, or one of the people. */
    ObjectNode userById(long id) {
        return id == BOT ? botUser() : userOf(person(id));
    }

    ObjectNode userOf(Person p) {
        return Payloads.user(p.id(), p.name(), false);
    }

    synchronized ObjectNode memberOf(Person p) {
        ArrayNode roles = array();
        rolesNow.getOrDefault(p.id(), p.roles()).forEach(r -> roles.add(String.valueOf(r)));
        return Payloads.member(userOf(p), roles);
    }

    /** From now on {@code p} has exactly these roles (none: a plain member). */
    synchronized void giveRoles(Person p, List<Long> roles) {
        rolesNow.put(p.id(), List.copyOf(roles));
    }

    /** {@code p} leaves the servers: Discord knows them as a user, no longer as a member. */
    synchronized void leave(Person p) {
        left.add(p.id());
    }

    /** {@code p} joins the servers again: a member once more, whose DMs the bot may write in. */
    synchronized void comeBack(Person p) {
        left.remove(p.id());
    }

    /** From now on Discord refuses to show members (error 50001, Missing Access). */
    synchronized void refuseMemberLookups() {
        memberLookupsRefused = true;
    }

    synchronized boolean memberLookupsRefused() {
        return memberLookupsRefused;
    }

    /** A member of a server as {@code GET /guilds/{guild}/members/{user}} returns it; empty: Unknown Member. */
    synchronized Optional<ObjectNode> member(long guildId, long userId) {
        boolean server = servers.stream().anyMatch(s -> s.id() == guildId);
        return PEOPLE.stream().filter(p -> server && p.id() == userId && !left.contains(p.id())).findFirst()
                .map(this::memberOf);
    }

    /**
     * A member as Discord resolves one named in a command's option: the member object without its user (which comes
     * beside it), for the bot itself or a person in the server; empty for one who left it.
     */
    synchronized Optional<ObjectNode> resolvedMember(long guildId, long userId) {
        Optional<ObjectNode> member = userId == BOT && servers.stream().anyMatch(s -> s.id() == guildId)
                ? Optional.of(Payloads.member(botUser(), array().add(String.valueOf(BOT_ROLE))))
                : member(guildId, userId);
        return member.map(m -> {
            ObjectNode partial = m.deepCopy();
            partial.remove(List.of("user", "deaf", "mute"));
            return partial;
        });
    }

    // --- servers and shards ---------------------------------------------------------------------------------

    void addServer(Server server) {
        servers.add(server);
    }

    /** The bot is no longer in this server. */
    void removeServer(Server server) {
        servers.remove(server);
    }

    List<Server> servers() {
        return List.copyOf(servers);
    }

    void recommendShards(int shards) {
        recommendedShards = shards;
    }

    int recommendedShards() {
        return recommendedShards;
    }

    /** The server a channel or thread is in (0: a DM channel); an unknown channel counts as Eastside's. */
    synchronized long guildOfChannel(long channelId) {
        if (dmChannels.containsValue(channelId)) {
            return 0;
        }
        Long parent = threads.get(channelId);
        long channel = parent == null ? channelId : parent;
        return servers.stream().filter(s -> s.general() == channel).map(Server::id).findFirst().orElse(GUILD);
    }

    /** Eastside, as Discord sends it in GUILD_CREATE. */
    ObjectNode guild() {
        return guild(EASTSIDE);
    }

    /** A server as Discord sends it in GUILD_CREATE: its roles, its channel, the bot and every person. */
    ObjectNode guild(Server server) {
        ArrayNode roles = array();
        roles.add(Payloads.role(server.id(), "@everyone", Payloads.MEMBER_PERMISSIONS, 0));
        roles.add(Payloads.role(COORDINATOR_ROLE, "Coordinator", Payloads.MEMBER_PERMISSIONS, 1));
        roles.add(Payloads.role(HELPERS_ROLE, "Helpers", Payloads.MEMBER_PERMISSIONS, 1));
        ObjectNode botRole = Payloads.role(BOT_ROLE, "PartnerCoach", BOT_PERMISSIONS, 2).put("managed", true);
        botRole.putObject("tags").put("bot_id", String.valueOf(BOT));
        roles.add(botRole);
        ArrayNode channels = array();
        channels.add(Payloads.textChannel(server.general(), server.id(), "general"));
        if (server.id() == GUILD) {
            ObjectNode locked = Payloads.textChannel(LOCKED, server.id(), "announcements");
            ((ArrayNode) locked.get("permission_overwrites")).addObject().put("id", String.valueOf(BOT_ROLE))
                    .put("type", 0).put("allow", "0").put("deny", String.valueOf(1L << 11));
            channels.add(locked);
            channels.add(Payloads.textChannel(REMINDERS, server.id(), "reminders"));
            channels.add(Payloads.textChannel(CATEGORY, server.id(), "Coalition").put("type", 4));
        }
        ArrayNode members = array();
        members.add(Payloads.member(botUser(), array().add(String.valueOf(BOT_ROLE))));
        PEOPLE.forEach(p -> members.add(memberOf(p)));
        ObjectNode guild = Payloads.guild(server.id(), server.name(), OLIVIA.id(), roles, channels, members);
        guild.set("threads", threadsOf(server.id()));
        return guild;
    }

    // --- commands -------------------------------------------------------------------------------------------

    /** A commands PUT (guildId 0: the global commands): Discord answers with the commands as stored, with ids. */
    synchronized JsonNode registerCommands(long guildId, JsonNode body) {
        boolean global = guildId == 0;
        ArrayNode stored = array();
        for (JsonNode command : body) {
            ObjectNode c = ((ObjectNode) command.deepCopy());
            long id = Payloads.snowflake();
            c.put("id", String.valueOf(id)).put("application_id", String.valueOf(BOT)).put("version",
                    String.valueOf(id));
            if (!global) {
                c.put("guild_id", String.valueOf(guildId));
            }
            if (!c.has("type")) {
                c.put("type", 1);
            }
            if (!c.has("default_member_permissions")) {
                c.putNull("default_member_permissions");
            }
            if (!c.has("nsfw")) {
                c.put("nsfw", false);
            }
            stored.add(c);
        }
        if (global) {
            globalCommands = stored;
        } else {
            guildCommands.put(guildId, stored);
        }
        return stored;
    }

    /** A command as the bot registered it in a server. */
    synchronized Optional<JsonNode> command(long guildId, String root) {
        for (JsonNode c : guildCommands.getOrDefault(guildId, array())) {
            if (c.path("name").asText().equals(root)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    // --- interactions and the messages they lead to ---------------------------------------------------------

    synchronized void opened(String token, Pending interaction) {
        pending.put(token, interaction);
    }

    synchronized Optional<Pending> pending(String token) {
        return Optional.ofNullable(pending.get(token));
    }

    /** An interaction callback: a new message, an edit of the button's message, a form, or a deferral. */
    synchronized ObjectNode answered(String token, JsonNode callback) {
        Pending p = pending.get(token);
        if (p == null) {
            return null;
        }
        JsonNode data = callback.path("data");
        int type = callback.path("type").asInt();
        switch (type) {
            case 4, 5 -> {
                long id = Payloads.snowflake();
                ObjectNode message = Payloads.message(id, p.channelId(), guildOfChannel(p.channelId()), botUser(),
                        data);
                boolean ephemeral = (data.path("flags").asInt() & 64) != 0;
                messages.put(id, new Shown(id, ephemeral ? p.person().id() : 0, message));
                originals.put(token, id);
                return message;
            }
            case 7 -> {
                Shown source = messages.get(p.sourceMessageId());
                if (source == null) {
                    return null;
                }
                ObjectNode message = Payloads.edited(source.message(), data);
                messages.put(source.id(), new Shown(source.id(), source.viewer(), message));
                originals.put(token, source.id());
                return message;
            }
            case 9 -> {
                forms.put(p.person().id(), new OpenForm(data.deepCopy(), p.sourceMessageId(), p.channelId()));
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** PATCH of an interaction's original message (the answer after a deferral). */
    synchronized ObjectNode editOriginal(String token, JsonNode edit) {
        Long id = originals.get(token);
        Shown shown = id == null ? null : messages.get(id);
        if (shown == null) {
            return null;
        }
        ObjectNode message = Payloads.edited(shown.message(), edit);
        messages.put(id, new Shown(id, shown.viewer(), message));
        return message;
    }

    /** A follow-up message to an interaction. */
    synchronized ObjectNode followUp(String token, JsonNode body) {
        Pending p = pending.get(token);
        if (p == null) {
            return null;
        }
        long id = Payloads.snowflake();
        ObjectNode message = Payloads.message(id, p.channelId(), guildOfChannel(p.channelId()), botUser(), body);
        boolean ephemeral = (body.path("flags").asInt() & 64) != 0;
        messages.put(id, new Shown(id, ephemeral ? p.person().id() : 0, message));
        return message;
    }

    /**
     * How long Discord remembers a nonce sent with {@code enforce_nonce}: "a few minutes" in its documentation (the
     * message create endpoint); the double uses 5.
     */
    static final Duration NONCE_WINDOW = Duration.ofMinutes(5);

    private record NonceUse(long messageId, Instant at) {
    }

    /** The double's notion of now, for the nonce window (a test may fix it). */
    void useClock(Clock fixed) {
        this.clock = fixed;
    }

    /**
     * A message posted in a channel, a thread or a DM. As Discord documents it: with {@code enforce_nonce} true
     * and a nonce the same author already used in that channel within the last few minutes, no new message is
     * created and the earlier one is returned.
     */
    synchronized ObjectNode posted(long channelId, JsonNode body) {
        String nonce = body.path("nonce").asText("");
        boolean enforced = body.path("enforce_nonce").asBoolean(false) && !nonce.isEmpty();
        String key = channelId + "/" + nonce;
        NonceUse used = enforced ? byNonce.get(key) : null;
        if (used != null && !clock.instant().isAfter(used.at().plus(NONCE_WINDOW))) {
            return messages.get(used.messageId()).message();
        }
        ObjectNode created = create(channelId, body);
        if (!nonce.isEmpty()) {
            created.put("nonce", nonce);
        }
        if (enforced) {
            byNonce.put(key, new NonceUse(created.path("id").asLong(), clock.instant()));
        }
        return created;
    }

    private ObjectNode create(long channelId, JsonNode body) {
        long id = Payloads.snowflake();
        Long dmOf = dmChannels.entrySet().stream().filter(e -> e.getValue() == channelId).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        ObjectNode message = Payloads.message(id, channelId, dmOf == null ? guildOfChannel(channelId) : 0, botUser(),
                body);
        messages.put(id, new Shown(id, dmOf == null ? 0 : dmOf, message));
        return message;
    }

    /** The messages in a channel (a DM channel: what the member holds), oldest first. */
    synchronized List<Shown> messagesIn(long channelId) {
        return messages.values().stream().filter(m -> m.message().path("channel_id").asLong() == channelId)
                .toList();
    }

    /** PATCH of a message the bot posted in a channel or thread (a question's live count). */
    synchronized ObjectNode editMessage(long channelId, long messageId, JsonNode edit) {
        Shown shown = messages.get(messageId);
        if (shown == null || shown.message().path("channel_id").asLong() != channelId) {
            return null;
        }
        ObjectNode message = Payloads.edited(shown.message(), edit);
        messages.put(messageId, new Shown(messageId, shown.viewer(), message));
        return message;
    }

    /** The channel or thread a message is in. */
    synchronized long channelOf(long messageId) {
        Shown shown = messages.get(messageId);
        return shown == null ? GENERAL : shown.message().path("channel_id").asLong(GENERAL);
    }

    /** The channel object Discord puts in an interaction that happened in this channel or thread. */
    synchronized ObjectNode channelObject(long channelId) {
        Long parent = threads.get(channelId);
        if (parent != null) {
            return Payloads.thread(channelId, guildOfChannel(parent), parent, BOT,
                    threadNames.getOrDefault(channelId, "thread"));
        }
        return servers.stream().filter(s -> s.general() == channelId).findFirst()
                .map(s -> Payloads.textChannel(s.general(), s.id(), "general"))
                .orElse(Payloads.textChannel(GENERAL, GUILD, "general"));
    }

    /** The threads the bot opened, oldest first. */
    synchronized List<Long> threads() {
        return List.copyOf(threads.keySet());
    }

    synchronized Optional<Shown> message(long id) {
        return Optional.ofNullable(messages.get(id));
    }

    /** The latest message this member sees that has a button with this label. */
    synchronized Optional<Shown> latestWithButton(long viewer, String label) {
        List<Shown> all = new ArrayList<>(messages.values());
        for (int i = all.size() - 1; i >= 0; i--) {
            Shown s = all.get(i);
            if ((s.viewer() == 0 || s.viewer() == viewer) && button(s.message(), label).isPresent()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    synchronized Optional<Shown> latestWithSelect(long viewer) {
        List<Shown> all = new ArrayList<>(messages.values());
        for (int i = all.size() - 1; i >= 0; i--) {
            Shown s = all.get(i);
            if ((s.viewer() == 0 || s.viewer() == viewer) && select(s.message()).isPresent()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The message's string select menu, if it has one. */
    static Optional<JsonNode> select(JsonNode message) {
        return selects(message).stream().findFirst();
    }

    /** Every select menu of a message, row by row. */
    static List<JsonNode> selects(JsonNode message) {
        List<JsonNode> menus = new ArrayList<>();
        for (JsonNode row : message.path("components")) {
            for (JsonNode component : row.path("components")) {
                if (component.path("type").asInt() == 3) {
                    menus.add(component);
                }
            }
        }
        return menus;
    }

    static Optional<JsonNode> button(JsonNode message, String label) {
        for (JsonNode row : message.path("components")) {
            for (JsonNode component : row.path("components")) {
                if (component.path("type").asInt() == 2 && component.path("label").asText().equalsIgnoreCase(label)) {
                    return Optional.of(component);
                }
            }
        }
        return Optional.empty();
    }

    synchronized Optional<OpenForm> formOf(long personId) {
        return Optional.ofNullable(forms.get(personId));
    }

    // --- DMs and threads ------------------------------------------------------------------------------------

    synchronized long dmChannelOf(long userId) {
        return dmChannels.computeIfAbsent(userId, u -> Payloads.snowflake());
    }

    /**
     * Whether a message to this DM channel is refused (error 50007): its person closed their DMs, or left the servers
     * (Discord lets a bot DM only people who share a server with it).
     */
    synchronized boolean dmsClosed(long channelId) {
        return dmChannels.entrySet().stream().anyMatch(e -> e.getValue() == channelId
                && (closedDms.contains(e.getKey()) || left.contains(e.getKey())));
    }

    synchronized void closeDms(long userId) {
        closedDms.add(userId);
    }

    synchronized ObjectNode openThread(long parentId, String name, int type) {
        long id = Payloads.snowflake();
        threads.put(id, parentId);
        threadNames.put(id, name);
        threadTypes.put(id, type);
        return threadPayload(id);
    }

    private ObjectNode threadPayload(long id) {
        long parent = threads.get(id);
        ObjectNode thread = Payloads.thread(id, guildOfChannel(parent), parent, BOT, threadNames.get(id),
                threadTypes.getOrDefault(id, 11));
        Instant archivedAt = archivedThreads.get(id);
        if (archivedAt != null) {
            ((ObjectNode) thread.path("thread_metadata")).put("archived", true)
                    .put("archive_timestamp", archivedAt.toString()).put("locked", lockedThreads.contains(id));
        }
        return thread;
    }

    /** The open threads of a server, as GUILD_CREATE lists them (the bot is in each: it made them). */
    private synchronized ArrayNode threadsOf(long guildId) {
        ArrayNode out = array();
        threads.keySet().stream().filter(id -> guildOfChannel(threads.get(id)) == guildId
                        && !archivedThreads.containsKey(id))
                .forEach(id -> out.add(threadPayload(id)));
        return out;
    }

    // --- archived threads -----------------------------------------------------------------------------------

    /** Threads archived (Discord archives a quiet one by itself), with when; a later one sorts first in lists. */
    private final Map<Long, Instant> archivedThreads = new HashMap<>();
    /** Archived threads a moderator locked: only Manage Threads reopens them. */
    private final Set<Long> lockedThreads = new HashSet<>();
    /** Each change of a thread's archived state the bot asked for: thread id, and true to archive. */
    private final List<Map.Entry<Long, Boolean>> archiveChanges = new ArrayList<>();

    /** Discord archives a thread (a moderator locks it too, with {@code locked}). */
    synchronized void archive(long threadId, boolean locked) {
        archivedThreads.put(threadId, Instant.now().plusMillis(archivedThreads.size()));
        if (locked) {
            lockedThreads.add(threadId);
        }
    }

    /**
     * Before a message is created in a channel: an archived thread is reopened, as Discord does for a message sent in
     * it, unless a moderator locked it (the bot has no Manage Threads); false then, and nothing is posted.
     */
    synchronized boolean reopenedToPost(long channelId) {
        if (!archivedThreads.containsKey(channelId)) {
            return true;
        }
        if (lockedThreads.contains(channelId)) {
            return false;
        }
        archivedThreads.remove(channelId);
        return true;
    }

    synchronized boolean archived(long threadId) {
        return archivedThreads.containsKey(threadId);
    }

    synchronized List<Map.Entry<Long, Boolean>> archiveChanges() {
        return List.copyOf(archiveChanges);
    }

    /**
     * {@code PATCH /channels/{thread}} with {@code archived}, as Discord answers it for the bot, which made the
     * thread and has no Manage Threads: it may reopen it unless it is locked, and archive it. Empty: Unknown Channel;
     * null inside: refused for a lock.
     */
    synchronized Optional<Optional<ObjectNode>> modifyThread(long threadId, JsonNode body) {
        if (!threads.containsKey(threadId)) {
            return Optional.empty();
        }
        if (body.has("archived")) {
            boolean archive = body.path("archived").asBoolean();
            if (!archive && lockedThreads.contains(threadId)) {
                return Optional.of(Optional.empty());
            }
            archiveChanges.add(Map.entry(threadId, archive));
            if (archive) {
                archivedThreads.put(threadId, Instant.now());
            } else {
                archivedThreads.remove(threadId);
            }
        }
        return Optional.of(Optional.of(threadPayload(threadId)));
    }

    /**
     * The archived threads under a channel, as {@code GET .../threads/archived/public} (or the private ones the bot
     * is in) lists them: the latest archived first, those archived before {@code before} when it is given.
     */
    synchronized ObjectNode archivedUnder(long parentId, boolean privateOnes, Instant before, int limit) {
        ObjectNode page = Payloads.object();
        ArrayNode list = page.putArray("threads");
        page.putArray("members");
        List<Long> ids = archivedThreads.entrySet().stream()
                .filter(e -> threads.get(e.getKey()) == parentId
                        && (threadTypes.getOrDefault(e.getKey(), 11) == 12) == privateOnes
                        && (before == null || e.getValue().isBefore(before)))
                .sorted(Map.Entry.<Long, Instant>comparingByValue().reversed())
                .map(Map.Entry::getKey).limit(limit).toList();
        ids.forEach(id -> list.add(threadPayload(id)));
        page.put("has_more", false);
        return page;
    }

    synchronized boolean isThread(long channelId) {
        return threads.containsKey(channelId);
    }
}
