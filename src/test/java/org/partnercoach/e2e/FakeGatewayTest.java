package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercoach.e2e.World.EASTSIDE;
import static org.partnercoach.e2e.World.WESTSIDE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The double's gateway keeps Discord's shard rules, seen by a plain WebSocket client. */
@DisplayName("The Discord double's gateway and shards")
class FakeGatewayTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeGateway gateway;
    private WebSocket client;
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        World world = new World();
        world.addServer(WESTSIDE);
        gateway = FakeGateway.start(world);
        client = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(gateway.url()), new Collector()).get(10, TimeUnit.SECONDS);
        assertThat(next().path("op").asInt()).as("HELLO").isEqualTo(10);
    }

    @AfterEach
    void stop() {
        client.abort();
        gateway.stop(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("an IDENTIFY without a shard is shard 0 of 1: READY and GUILD_CREATE for every server")
    void noShardEveryServer() throws Exception {
        identify(null);

        JsonNode ready = next();
        assertThat(ready.path("t").asText()).isEqualTo("READY");
        assertThat(ready.path("d").path("guilds")).hasSize(2);
        assertThat(ready.path("d").path("shard").toString()).isEqualTo("[0,1]");
        assertThat(List.of(guildCreated(), guildCreated())).containsExactly(EASTSIDE.id(), WESTSIDE.id());
        assertThat(gateway.reaches(EASTSIDE.id())).isTrue();
        assertThat(gateway.reaches(WESTSIDE.id())).isTrue();
    }

    @Test
    @DisplayName("shard 0 of 2 gets only the servers with (id >> 22) % 2 == 0, and only their events")
    void shardZeroOfTwo() throws Exception {
        identify(new int[] {0, 2});

        JsonNode ready = next();
        assertThat(ready.path("d").path("shard").toString()).isEqualTo("[0,2]");
        assertThat(ready.path("d").path("guilds")).singleElement()
                .satisfies(g -> assertThat(g.path("id").asLong()).isEqualTo(WESTSIDE.id()));
        assertThat(guildCreated()).isEqualTo(WESTSIDE.id());
        assertThat(gateway.guildsSent()).containsExactly(WESTSIDE.id());

        // a Westside event and a DM go to this session; an Eastside event (shard 1) has nowhere to go
        gateway.dispatch("MESSAGE_CREATE", Payloads.object().put("content", "west"), WESTSIDE.id());
        assertThat(next().path("d").path("content").asText()).isEqualTo("west");
        gateway.dispatch("MESSAGE_CREATE", Payloads.object().put("content", "dm"), 0);
        assertThat(next().path("d").path("content").asText()).isEqualTo("dm");
        assertThat(gateway.reaches(EASTSIDE.id())).isFalse();
        assertThatThrownBy(() -> gateway.dispatch("MESSAGE_CREATE", Payloads.object(), EASTSIDE.id()))
                .hasMessageContaining("no open gateway session of shard 1");
    }

    private void identify(int[] shard) {
        ObjectNode identify = Payloads.object().put("op", 2);
        ObjectNode d = identify.putObject("d").put("token", FakeRest.TOKEN).put("intents", 0);
        if (shard != null) {
            d.putArray("shard").add(shard[0]).add(shard[1]);
        }
        client.sendText(identify.toString(), true).join();
    }

    private long guildCreated() throws InterruptedException {
        JsonNode frame = next();
        assertThat(frame.path("t").asText()).isEqualTo("GUILD_CREATE");
        return frame.path("d").path("id").asLong();
    }

    private JsonNode next() throws InterruptedException {
        JsonNode frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(frame).as("a frame from the gateway within %s", WAIT).isNotNull();
        return frame;
    }

    /** Collects whole text frames as JSON. */
    private final class Collector implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(Payloads.JSON.readTree(partial.toString()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
