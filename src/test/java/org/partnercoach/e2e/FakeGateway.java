package org.partnercoach.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.partnercoach.config.Shards;

/**
 * Discord's gateway on 127.0.0.1, uncompressed JSON: HELLO on connect, READY and GUILD_CREATE after IDENTIFY,
 * heartbeat ACKs, and dispatches the test asks for (INTERACTION_CREATE, MESSAGE_CREATE). Shards as Discord has
 * them: an IDENTIFY with {@code shard: [id, total]} gets only the servers of that shard
 * ({@code (server_id >> 22) % total == id}, {@link Shards#of}), and a server's events go to the newest session of
 * its shard; DMs go to shard 0. An IDENTIFY without a shard is shard 0 of 1: every server.
 */
final class FakeGateway extends WebSocketServer {

    static final int HEARTBEAT_INTERVAL_MS = 41_250;
    private static final int DISPATCH = 0;
    private static final int HEARTBEAT = 1;
    private static final int IDENTIFY = 2;
    private static final int RESUME = 6;
    private static final int RECONNECT = 7;
    private static final int INVALID_SESSION = 9;
    private static final int HELLO = 10;
    private static final int HEARTBEAT_ACK = 11;

    private final World world;
    private final int port;
    /** The newest session of each shard, by shard id. */
    private final Map<Integer, WebSocket> sessionOfShard = new HashMap<>();
    private final Map<WebSocket, Integer> sequences = new HashMap<>();
    /** The gateway intents each session identified with (bits, as Discord numbers them). */
    private final Map<WebSocket, Long> intents = new HashMap<>();
    /** The shard total the bot identified with (all its sessions use the same). */
    private int shardTotal = 1;
    private int sessions;
    private JsonNode lastIdentify;
    private final List<JsonNode> identifies = new ArrayList<>();
    /** The servers sent in GUILD_CREATE, in order, to any session. */
    private final List<Long> guildsSent = new ArrayList<>();

    private FakeGateway(World world, ServerSocketChannel channel) {
        super(channel);
        this.world = world;
        this.port = channel.socket().getLocalPort();
        setReuseAddr(true);
        setDaemon(true);
    }

    static FakeGateway start(World world) {
        try {
            ServerSocketChannel channel = ServerSocketChannel.open();
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            FakeGateway gateway = new FakeGateway(world, channel);
            gateway.start();
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + port + "/";
    }

    @Override
    public void onStart() {
        // bound before start: nothing to wait for
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        ObjectNode hello = Payloads.object().put("op", HELLO);
        hello.putNull("s");
        hello.putNull("t");
        hello.putObject("d").put("heartbeat_interval", HEARTBEAT_INTERVAL_MS);
        socket.send(hello.toString());
    }

    @Override
    public synchronized void onMessage(WebSocket socket, String text) {
        JsonNode frame;
        try {
            frame = Payloads.JSON.readTree(text);
        } catch (IOException e) {
            socket.close(4002, "Error while decoding payload.");
            return;
        }
        switch (frame.path("op").asInt()) {
            case HEARTBEAT -> {
                ObjectNode ack = Payloads.object().put("op", HEARTBEAT_ACK);
                ack.putNull("d");
                socket.send(ack.toString());
            }
            case IDENTIFY -> identify(socket, frame.path("d"));
            case RESUME -> {
                // each test session is new: make the client identify again
                socket.send(Payloads.object().put("op", INVALID_SESSION).put("d", false).toString());
            }
            default -> {
                // presence updates and the like: ignored, as Discord would
            }
        }
    }

    private void identify(WebSocket socket, JsonNode identify) {
        JsonNode shard = identify.path("shard");
        int shardId = shard.isArray() ? shard.path(0).asInt() : 0;
        int total = shard.isArray() ? shard.path(1).asInt(1) : 1;
        sessionOfShard.put(shardId, socket);
        shardTotal = total;
        sequences.put(socket, 0);
        intents.put(socket, identify.path("intents").asLong());
        sessions++;
        lastIdentify = identify;
        identifies.add(identify);
        notifyAll();
        List<World.Server> servers = world.servers().stream()
                .filter(s -> Shards.of(s.id(), total) == shardId).toList();
        ObjectNode ready = Payloads.object().put("v", 10);
        ready.set("user", world.botUser());
        var guilds = ready.putArray("guilds");
        servers.forEach(s -> guilds.addObject().put("id", String.valueOf(s.id())).put("unavailable", true));
        ready.putArray("private_channels");
        ready.put("session_id", "fake-session-" + sessions).put("resume_gateway_url", url());
        ready.putObject("application").put("id", String.valueOf(World.BOT)).put("flags", 0);
        ready.putArray("shard").add(shardId).add(total);
        send(socket, "READY", ready);
        for (World.Server server : servers) {
            guildsSent.add(server.id());
            send(socket, "GUILD_CREATE", world.guild(server));
        }
    }

    /**
     * Sends an event about a server (0: a DM) to the bot's session of that server's shard (shard 0 for a DM).
     *
     * @throws AssertionError when no session of the bot runs that shard
     */
    synchronized void dispatch(String type, JsonNode data, long guildId) {
        WebSocket session = sessionOf(guildId);
        if (session == null) {
            throw new AssertionError("the bot has no open gateway session of shard " + shardOf(guildId)
                    + " to receive " + type);
        }
        send(session, type, data);
    }

    /** The intents the bot's open session of this server's shard identified with; 0 when it has none open. */
    synchronized long intentsOf(long guildId) {
        WebSocket session = sessionOf(guildId);
        return session == null ? 0 : intents.getOrDefault(session, 0L);
    }

    /** Whether the bot has an open session of the shard of this server (0: a DM, shard 0). */
    synchronized boolean reaches(long guildId) {
        return sessionOf(guildId) != null;
    }

    private WebSocket sessionOf(long guildId) {
        WebSocket session = sessionOfShard.get(shardOf(guildId));
        return session != null && session.isOpen() ? session : null;
    }

    private int shardOf(long guildId) {
        return guildId == 0 ? 0 : Shards.of(guildId, shardTotal);
    }

    /** Every IDENTIFY so far, oldest first. */
    synchronized List<JsonNode> identifies() {
        return List.copyOf(identifies);
    }

    /** The servers the gateway has sent to the bot (GUILD_CREATE), oldest first. */
    synchronized List<Long> guildsSent() {
        return List.copyOf(guildsSent);
    }

    private void send(WebSocket socket, String type, JsonNode data) {
        int sequence = sequences.merge(socket, 1, Integer::sum);
        ObjectNode frame = Payloads.object().put("op", DISPATCH).put("s", sequence).put("t", type);
        frame.set("d", data);
        socket.send(frame.toString());
    }

    /** Waits until the bot has identified {@code count} times in all; returns the last IDENTIFY payload. */
    synchronized JsonNode awaitIdentify(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sessions < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the bot did not identify on the gateway within " + timeout);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return lastIdentify;
    }

    @Override
    public synchronized void onClose(WebSocket socket, int code, String reason, boolean remote) {
        // the bot disconnects when it shuts down
        sequences.remove(socket);
        intents.remove(socket);
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
        // a connection dropping mid-test shows up as the test's own timeout, with the requests made so far
    }

    /**
     * Asks every session to reconnect (RECONNECT, as Discord does when it moves a session): the bot connects again
     * and asks to resume, which this double refuses, so the session is recreated with a new READY.
     */
    void reconnectSessions() {
        ObjectNode reconnect = Payloads.object().put("op", RECONNECT);
        reconnect.putNull("d");
        List.copyOf(getConnections()).forEach(socket -> socket.send(reconnect.toString()));
    }

    /** Stops the server and every connection, waiting at most {@code timeout}. */
    void stop(Duration timeout) {
        try {
            List<WebSocket> open = List.copyOf(getConnections());
            open.forEach(WebSocket::close);
            stop((int) timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
