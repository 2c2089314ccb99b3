package org.partnercoach.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercoach.e2e.World.ALICE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Discord double keeps Discord's documented nonce rule for message creates, asked over plain HTTP. */
@DisplayName("The Discord double: nonce and enforce_nonce on message create")
class NonceTest {

    private static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeDiscord discord;
    private String dm;

    @BeforeEach
    void start() throws Exception {
        discord = FakeDiscord.start();
        discord.useClock(Clock.fixed(T0, ZoneOffset.UTC));
        dm = "channels/" + discord.dmChannelOf(ALICE) + "/messages";
    }

    @AfterEach
    void stop() {
        discord.close();
    }

    private HttpResponse<String> create(String text, String nonce, boolean enforce) throws Exception {
        ObjectNode body = Payloads.object().put("content", text);
        if (nonce != null) {
            body.put("nonce", nonce).put("enforce_nonce", enforce);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + dm))
                .header("Authorization", "Bot " + FakeRest.TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Payloads.JSON.writeValueAsString(body))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String id(HttpResponse<String> response) throws Exception {
        JsonNode message = Payloads.JSON.readTree(response.body());
        return message.path("id").asText();
    }

    @Test
    @DisplayName("a repeated nonce with enforce_nonce returns the first message (200, same id) and creates none")
    void repeatedNonceReturnsFirst() throws Exception {
        HttpResponse<String> first = create("Call Lincoln High", "pc42", true);
        HttpResponse<String> again = create("Call Lincoln High", "pc42", true);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(id(again)).isEqualTo(id(first));
        assertThat(Payloads.JSON.readTree(again.body()).path("nonce").asText()).isEqualTo("pc42");
        assertThat(discord.dmsOf(ALICE)).hasSize(1);
    }

    @Test
    @DisplayName("without enforce_nonce, with another nonce, or after the window, a new message is created")
    void otherwiseNewMessages() throws Exception {
        String first = id(create("One", "pc1", true));
        assertThat(id(create("One", "pc1", false))).isNotEqualTo(first);
        assertThat(id(create("Two", "pc2", true))).isNotEqualTo(first);
        assertThat(id(create("Three", null, false))).isNotEqualTo(first);
        assertThat(discord.dmsOf(ALICE)).hasSize(4);

        // within the window the nonce still holds; once it has passed, the same nonce makes a new message
        discord.useClock(Clock.fixed(T0.plus(World.NONCE_WINDOW), ZoneOffset.UTC));
        assertThat(id(create("One", "pc1", true))).isEqualTo(first);
        discord.useClock(Clock.fixed(T0.plus(World.NONCE_WINDOW).plusSeconds(1), ZoneOffset.UTC));
        assertThat(id(create("One", "pc1", true))).isNotEqualTo(first);
        assertThat(discord.dmsOf(ALICE)).hasSize(5);
    }

    @Test
    @DisplayName("a held answer comes only after release, while the message already exists")
    void heldAnswer() throws Exception {
        FakeRest.Hold hold = discord.holdNextMessageIn(discord.dmChannelOf(ALICE));
        var sending = http.sendAsync(HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + dm))
                .header("Authorization", "Bot " + FakeRest.TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"held\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(hold.awaitHeld(Duration.ofSeconds(10))).isTrue();
        assertThat(discord.dmsOf(ALICE)).hasSize(1);
        assertThat(sending).isNotDone();
        hold.release();
        assertThat(sending.get().statusCode()).isEqualTo(200);
    }
}
