package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Discord timestamp markup, and how the console writes it out")
class TimeMarkupTest {

    private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

    @Test
    @DisplayName("markup carries the Unix second; plain text reads it in the given zone, rounded like Discord")
    void rendersMarkup() {
        Instant at = NOW.plus(Duration.ofDays(2)).minusMillis(300);
        String text = "Due " + TimeMarkup.both(at);

        assertThat(text).isEqualTo("Due <t:" + at.getEpochSecond() + ":f> (<t:" + at.getEpochSecond() + ":R>)");
        assertThat(TimeMarkup.render(text, NOW, ZoneOffset.UTC)).isEqualTo("Due Wed 4 Mar 2026, 14:59 UTC (in 2 days)");
        assertThat(TimeMarkup.render(TimeMarkup.both(NOW.minus(Duration.ofMinutes(90))), NOW,
                ZoneId.of("Europe/Berlin"))).isEqualTo("Mon 2 Mar 2026, 14:30 CET (2 hours ago)");
        assertThat(TimeMarkup.render("<t:abc:f> and <@123>", NOW, ZoneOffset.UTC)).isEqualTo("<t:abc:f> and <@123>");
    }

    @Test
    @DisplayName("a time that is now has come: a reminder arriving at the minute asked for reads \"just now\"")
    void nowIsJustNow() {
        assertThat(TimeMarkup.render(TimeMarkup.relative(NOW), NOW, ZoneOffset.UTC)).isEqualTo("just now");
        assertThat(TimeMarkup.render(TimeMarkup.relative(NOW.plusSeconds(30)), NOW, ZoneOffset.UTC))
                .isEqualTo("in a moment");
    }
}
