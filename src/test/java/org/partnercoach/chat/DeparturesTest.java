package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.RecordingMessenger;

@DisplayName("The memory of who left a server, and of who was heard from there since")
class DeparturesTest {

    private static final long GUILD = 1;
    private static final long ANA = 7;
    private static final Instant T0 = Instant.parse("2026-03-16T15:00:00Z");

    private final RecordingMessenger platform = new RecordingMessenger();
    private final Departures departures = new Departures(platform);

    @Test
    @DisplayName("a member found gone who then acts in the server is back: not held, and a refusal from before that "
            + "no longer says she is away; one from after it still does")
    void seenAfterFoundGone() {
        platform.leaves(GUILD, ANA);
        departures.whoLeft(GUILD, List.of(ANA), T0);
        assertThat(departures.askAgainAt(GUILD, ANA, T0.plusSeconds(60))).isEqualTo(T0.plus(Duration.ofDays(1)));

        departures.seen(GUILD, ANA, T0.plus(Duration.ofHours(2)));

        assertThat(departures.askAgainAt(GUILD, ANA, T0.plus(Duration.ofHours(2)))).isNull();
        assertThat(departures.seenSince(GUILD, ANA, T0)).isTrue();
        assertThat(departures.seenSince(GUILD, ANA, T0.plus(Duration.ofHours(3)))).isFalse();
        assertThat(departures.seenSince(GUILD, ANA + 1, T0)).isFalse();
        assertThat(departures.seenSince(GUILD + 1, ANA, T0)).isFalse();
    }

    @Test
    @DisplayName("the platform's answer, asked before she acted and heard after, does not undo her being seen; one "
            + "asked after does")
    void laterSightingWins() {
        platform.leaves(GUILD, ANA);
        departures.seen(GUILD, ANA, T0.plusSeconds(30));
        departures.whoLeft(GUILD, List.of(ANA), T0);
        assertThat(departures.seenSince(GUILD, ANA, T0)).isTrue();
        assertThat(departures.askAgainAt(GUILD, ANA, T0.plusSeconds(60))).isNull();

        departures.whoLeft(GUILD, List.of(ANA), T0.plusSeconds(90));

        assertThat(departures.seenSince(GUILD, ANA, T0)).isFalse();
        assertThat(departures.askAgainAt(GUILD, ANA, T0.plusSeconds(120)))
                .isEqualTo(T0.plusSeconds(90).plus(Duration.ofDays(1)));
    }

    @Test
    @DisplayName("being seen costs no request to the platform, and is forgotten a day later")
    void seenIsMemoryOnly() {
        departures.seen(GUILD, ANA, T0);
        assertThat(platform.membershipQuestions()).isEmpty();

        departures.forgetBefore(T0.plus(Duration.ofDays(1)));

        assertThat(departures.seenSince(GUILD, ANA, T0)).isFalse();
    }
}
