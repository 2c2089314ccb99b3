package org.partnercoach.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's REST API on 127.0.0.1, for the routes the bot uses: login (the gateway and its shards, who the bot
 * is), command registration, interaction callbacks and webhooks, DM channels, channel messages and threads, and one
 * member of a server (404 with error 10007, Unknown Member, for someone who is not in it). Every request is recorded. A request can be
 * answered once with 429 (rate limited), and messages to a member with closed DMs get error 50007. A message
 * create with {@code enforce_nonce} returns the earlier message for a repeated nonce ({@link World#posted}), and
 * its answer can be held ({@link #holdNextMessageIn}), and so can the answers to member lookups
 * ({@link #holdMemberLookups}).
 */
final class FakeRest implements AutoCloseable {

    static final String BASE = "/api/v10/";
    /** The only token this Discord accepts. */
    static final String TOKEN = "fake-token";
    private static final Pattern MULTIPART_JSON = Pattern.compile(
            "name=\"payload_json\"[^\\r\\n]*\\r\\n(?:[^\\r\\n]+\\r\\n)*\\r\\n(.*?)\\r\\n--", Pattern.DOTALL);

    /** One route: a method, a path pattern, and what it answers. */
    private interface Handler {
        Response handle(Matcher path, JsonNode body, String query);
    }

    private record Route(String method, Pattern path, Handler handler) {
    }

    record Response(int status, JsonNode body) {
        static Response ok(JsonNode body) {
            return new Response(200, body);
        }

        static Response noContent() {
            return new Response(204, null);
        }

        static Response error(int status, int code, String message) {
            return new Response(status, Payloads.object().put("message", message).put("code", code));
        }
    }

    /** A rule that answers the next matching request with 429 once. */
    private record RateLimit(String method, Pattern path, double retryAfterSeconds) {
    }

    private final World world;
    private final RequestLog log;
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "fake-discord-rest");
        t.setDaemon(true);
        return t;
    });
    private final List<Route> routes = new ArrayList<>();
    private final List<RateLimit> rateLimits = new ArrayList<>();
    private volatile Hold hold;
    private volatile MemberHold memberHold;
    private volatile String gatewayUrl;

    /**
     * Holds the answer to the next message create in one channel: the message is created (Discord has it), then
     * the response waits until {@link #release()}, as if the connection stalled. A crash test kills the bot in
     * between.
     */
    static final class Hold {
        private final long channelId;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private final AtomicBoolean taken = new AtomicBoolean();

        private Hold(long channelId) {
            this.channelId = channelId;
        }

        /** Waits until a message was created and its answer is being held; false on timeout. */
        boolean awaitHeld(Duration timeout) throws InterruptedException {
            return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Lets the held answer go (to a client that may be gone). */
        void release() {
            released.countDown();
        }

        private boolean take(long channel) {
            return channel == channelId && taken.compareAndSet(false, true);
        }

        private void block() {
            reached.countDown();
            try {
                released.await(HOLD_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Holds the answers to the lookups of some members ({@code GET /guilds/{guild}/members/{user}}) until
     * {@link #release()}, as if Discord did not answer about them: every lookup of them while the hold is on.
     */
    static final class MemberHold {
        private final Set<Long> userIds;
        private final CountDownLatch released = new CountDownLatch(1);
        private final AtomicInteger reached = new AtomicInteger();

        private MemberHold(Set<Long> userIds) {
            this.userIds = Set.copyOf(userIds);
        }

        /** How many lookups reached Discord and were held. */
        int held() {
            return reached.get();
        }

        /** Lets every held answer go, and answers the next lookups at once. */
        void release() {
            released.countDown();
        }

        private void block(long userId) {
            if (!userIds.contains(userId) || released.getCount() == 0) {
                return;
            }
            reached.incrementAndGet();
            try {
                released.await(HOLD_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A held answer never waits longer than this, so a failed test cannot hang the server. */
    private static final Duration HOLD_LIMIT = Duration.ofSeconds(60);

    FakeRest(World world, RequestLog log) throws IOException {
        this.world = world;
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", this::serve);
        defineRoutes();
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE;
    }

    /** Holds the answer to the next message created in {@code channelId} (see {@link Hold}). */
    Hold holdNextMessageIn(long channelId) {
        Hold h = new Hold(channelId);
        hold = h;
        return h;
    }

    /** Holds the answers to the lookups of these members (see {@link MemberHold}). */
    MemberHold holdMemberLookups(Set<Long> userIds) {
        MemberHold h = new MemberHold(userIds);
        memberHold = h;
        return h;
    }

    /** The next request matching {@code method} and {@code pathRegex} is answered 429 with this retry_after. */
    synchronized void rateLimitOnce(String method, String pathRegex, double retryAfterSeconds) {
        rateLimits.add(new RateLimit(method, Pattern.compile(pathRegex), retryAfterSeconds));
    }

    private void defineRoutes() {
        String app = "applications/\\d+";
        route("GET", "users/@me", (m, b, q) -> Response.ok(world.botUser()));
        route("GET", "gateway/bot", (m, b, q) -> Response.ok(gatewayBot()));
        route("PUT", app + "/guilds/(\\d+)/commands",
                (m, b, q) -> Response.ok(world.registerCommands(Long.parseLong(m.group(1)), b)));
        route("PUT", app + "/commands", (m, b, q) -> Response.ok(world.registerCommands(0, b)));
        route("POST", "interactions/(\\d+)/([^/]+)/callback", this::callback);
        route("POST", "webhooks/\\d+/([^/]+)", (m, b, q) -> found(world.followUp(m.group(1), b)));
        route("PATCH", "webhooks/\\d+/([^/]+)/messages/@original",
                (m, b, q) -> found(world.editOriginal(m.group(1), b)));
        route("POST", "users/@me/channels", (m, b, q) -> {
            long user = b.path("recipient_id").asLong();
            return Response.ok(Payloads.dmChannel(world.dmChannelOf(user), world.userOf(World.person(user))));
        });
        route("POST", "channels/(\\d+)/messages", (m, b, q) -> {
            long channel = Long.parseLong(m.group(1));
            if (world.dmsClosed(channel)) {
                return Response.error(403, 50007, "Cannot send messages to this user");
            }
            // a message sent in an archived thread reopens it, unless a moderator locked it
            if (!world.reopenedToPost(channel)) {
                return Response.error(400, 50083, "Thread is archived");
            }
            Response created = Response.ok(world.posted(channel, b));
            Hold h = hold;
            if (h != null && h.take(channel)) {
                h.block();
            }
            return created;
        });
        route("PATCH", "channels/(\\d+)/messages/(\\d+)", (m, b, q) -> {
            long channel = Long.parseLong(m.group(1));
            if (world.archived(channel)) {
                return Response.error(400, 50083, "Thread is archived");
            }
            return found(world.editMessage(channel, Long.parseLong(m.group(2)), b));
        });
        route("PATCH", "channels/(\\d+)", (m, b, q) -> world.modifyThread(Long.parseLong(m.group(1)), b)
                .map(changed -> changed.map(Response::ok)
                        .orElseGet(() -> Response.error(403, 50013, "Missing Permissions")))
                .orElseGet(() -> Response.error(404, 10003, "Unknown Channel")));
        route("GET", "channels/(\\d+)/threads/archived/public", (m, b, q) -> Response.ok(world.archivedUnder(
                Long.parseLong(m.group(1)), false, before(q), limit(q))));
        route("GET", "channels/(\\d+)/users/@me/threads/archived/private", (m, b, q) -> Response.ok(
                world.archivedUnder(Long.parseLong(m.group(1)), true, before(q), limit(q))));
        route("GET", "guilds/(\\d+)/members/(\\d+)", (m, b, q) -> {
            MemberHold h = memberHold;
            if (h != null) {
                h.block(Long.parseLong(m.group(2)));
            }
            if (world.memberLookupsRefused()) {
                return Response.error(403, 50001, "Missing Access");
            }
            return world.member(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))).map(Response::ok)
                    .orElseGet(() -> Response.error(404, 10007, "Unknown Member"));
        });
        route("POST", "channels/(\\d+)/threads",
                (m, b, q) -> Response.ok(world.openThread(Long.parseLong(m.group(1)), b.path("name").asText(),
                        b.path("type").asInt(11))));
    }

    /**
     * Where to connect and how many shards Discord recommends. {@code max_concurrency} 16 (a large bot's): shards
     * in different buckets identify at once, so a test's shards do not wait Discord's 5 seconds for each other.
     */
    private JsonNode gatewayBot() {
        ObjectNode answer = Payloads.object().put("url", gatewayUrl).put("shards", world.recommendedShards());
        answer.putObject("session_start_limit").put("total", 1000).put("remaining", 999)
                .put("reset_after", 14_400_000).put("max_concurrency", 16);
        return answer;
    }

    /** The gateway's URL, for {@code GET /gateway/bot} (the gateway starts after the REST server). */
    void gatewayUrl(String url) {
        gatewayUrl = url;
    }

    private void route(String method, String path, Handler handler) {
        routes.add(new Route(method, Pattern.compile(path), handler));
    }

    /** The {@code before} of a list of archived threads: an ISO timestamp; null for none. */
    private static java.time.Instant before(String query) {
        Matcher m = Pattern.compile("(?:^|&)before=([^&]+)").matcher(query);
        if (!m.find()) {
            return null;
        }
        String value = java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
        return java.time.OffsetDateTime.parse(value).toInstant();
    }

    private static int limit(String query) {
        Matcher m = Pattern.compile("(?:^|&)limit=(\\d+)").matcher(query);
        return m.find() ? Integer.parseInt(m.group(1)) : 50;
    }

    /** With {@code with_response=true} Discord answers the callback with the resulting message. */
    private Response callback(Matcher path, JsonNode body, String query) {
        ObjectNode message = world.answered(path.group(2), body);
        if (!query.contains("with_response=true")) {
            return Response.noContent();
        }
        ObjectNode answer = Payloads.object();
        answer.putObject("interaction").put("id", path.group(1)).put("type", 2);
        ObjectNode resource = answer.putObject("resource").put("type", body.path("type").asInt());
        if (message != null) {
            resource.set("message", message);
        }
        return Response.ok(answer);
    }

    private static Response found(JsonNode body) {
        return body == null ? Response.error(404, 10008, "Unknown Message") : Response.ok(body);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String fullPath = exchange.getRequestURI().getPath();
            String path = fullPath.startsWith(BASE) ? fullPath.substring(BASE.length()) : fullPath;
            String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
            JsonNode body = readBody(exchange);
            RateLimit limit = takeRateLimit(method, path);
            boolean authorized = ("Bot " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    || path.startsWith("interactions/") || path.startsWith("webhooks/");
            Response response = !authorized ? Response.error(401, 0, "401: Unauthorized")
                    : limit != null ? tooManyRequests(exchange, limit) : dispatch(method, path, body, query);
            log.add(method, path, query, body, response.status());
            exchange.getResponseHeaders().add("Via", "1.1 google");
            if (response.body() == null) {
                exchange.sendResponseHeaders(response.status(), -1);
                return;
            }
            byte[] bytes = Payloads.JSON.writeValueAsBytes(response.body());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private Response dispatch(String method, String path, JsonNode body, String query) {
        for (Route route : routes) {
            Matcher m = route.path().matcher(path);
            if (route.method().equals(method) && m.matches()) {
                return route.handler().handle(m, body, query);
            }
        }
        return Response.error(404, 0, "404: Not Found");
    }

    private synchronized RateLimit takeRateLimit(String method, String path) {
        RateLimit rule = rateLimits.stream().filter(r -> r.method().equals(method) && r.path().matcher(path).matches())
                .findFirst().orElse(null);
        rateLimits.remove(rule);
        return rule;
    }

    /** Discord's 429: Retry-After in whole seconds, retry_after in the body, scoped to the user. */
    private static Response tooManyRequests(HttpExchange exchange, RateLimit rule) {
        exchange.getResponseHeaders().add("Retry-After", String.valueOf((long) Math.ceil(rule.retryAfterSeconds())));
        exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
        return new Response(429, Payloads.object().put("message", "You are being rate limited.")
                .put("retry_after", rule.retryAfterSeconds()).put("global", false));
    }

    /** JSON, or the {@code payload_json} part of a multipart upload (messages with files). */
    private static JsonNode readBody(HttpExchange exchange) throws IOException {
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        if (raw.length == 0) {
            return Payloads.object();
        }
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        String text = new String(raw, StandardCharsets.UTF_8);
        if (type.startsWith("multipart/")) {
            Matcher m = MULTIPART_JSON.matcher(text);
            text = m.find() ? m.group(1) : "{}";
        }
        return Payloads.JSON.readTree(text);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
