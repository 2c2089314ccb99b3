package org.partnercoach.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercoach.chat.UserError;

@DisplayName("Quiet hours")
class QuietHoursTest {

    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    @Test
    @DisplayName("a window across midnight holds the evening and the early morning, not the day")
    void acrossMidnight() {
        assertThat(NIGHT.contains(LocalTime.of(21, 0))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(23, 59))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(3, 0))).isTrue();
        assertThat(NIGHT.contains(LocalTime.of(8, 0))).isFalse();
        assertThat(NIGHT.contains(LocalTime.of(12, 0))).isFalse();
        assertThat(NIGHT.contains(LocalTime.of(20, 59))).isFalse();
    }

    @Test
    @DisplayName("something due at night waits until the morning of the recipient's own zone")
    void releaseInTheMorning() {
        // 02:00 UTC is 21:00 the evening before in Chicago, 11:00 in Tokyo, 02:00 in London
        Instant at = Instant.parse("2026-06-10T02:00:00Z");
        assertThat(NIGHT.release(at, ZoneId.of("America/Chicago"))).isEqualTo(Instant.parse("2026-06-10T13:00:00Z"));
        assertThat(NIGHT.release(at, ZoneId.of("Asia/Tokyo"))).isEqualTo(at);
        assertThat(NIGHT.release(at, ZoneId.of("Europe/London"))).isEqualTo(Instant.parse("2026-06-10T07:00:00Z"));
    }

    @Test
    @DisplayName("the morning is found in local time across a daylight-saving change")
    void acrossDst() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // 23:00 EST on Saturday 7 March; clocks spring forward at 02:00; 08:00 on Sunday is EDT (UTC-4)
        assertThat(NIGHT.release(Instant.parse("2026-03-08T04:00:00Z"), newYork))
                .isEqualTo(Instant.parse("2026-03-08T12:00:00Z"));
        // an end time inside the skipped hour moves on with it
        QuietHours intoGap = new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30));
        assertThat(intoGap.release(Instant.parse("2026-03-08T04:00:00Z"), newYork))
                .isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
    }

    @Test
    @DisplayName("times written with another separator for the colon, as /remind reads them: 22h30-7h00, 22;30-07;00")
    void otherSeparators() {
        QuietHours french = QuietHours.parse("22h30-7h00");
        assertThat(french.contains(LocalTime.of(22, 30))).isTrue();
        assertThat(french.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(QuietHours.parse("22;30-07;00").contains(LocalTime.of(6, 59))).isTrue();
    }

    @Test
    @DisplayName("times written as four digits (2100-0800) or as an hour with h (21h-8h), as the digest's time reads them")
    void fourDigitsAndHourWithH() {
        assertThat(QuietHours.parse("2100-0800")).isEqualTo(NIGHT);
        assertThat(QuietHours.parse("21h-8h")).isEqualTo(NIGHT);
        assertThat(QuietHours.parse("2230-0715").describe()).isEqualTo("22:30–07:15");
        assertThat(QuietHours.parse("22h-7h30").describe()).isEqualTo("22:00–07:30");
        assertThat(QuietHours.parse("2100-2400").describe()).isEqualTo("21:00–00:00");
    }

    @Test
    @DisplayName("a same-day window and no window")
    void sameDayAndNone() {
        QuietHours lunch = QuietHours.parse("12-13");
        assertThat(lunch.release(Instant.parse("2026-06-10T12:30:00Z"), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-06-10T13:00:00Z"));
        assertThat(QuietHours.parse("off").none()).isTrue();
        assertThat(QuietHours.NONE.release(Instant.parse("2026-06-10T03:00:00Z"), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-06-10T03:00:00Z"));
    }

    @Test
    @DisplayName("reads the ways people write it")
    void parses() {
        assertThat(QuietHours.parse("21:00-08:00")).isEqualTo(NIGHT);
        assertThat(QuietHours.parse(" 21 - 8 ")).isEqualTo(NIGHT);
        assertThat(QuietHours.parse("21:00–08:00")).isEqualTo(NIGHT);
        assertThat(QuietHours.parse("22:30-07:15").describe()).isEqualTo("22:30–07:15");
        assertThat(QuietHours.parse("9pm-8am")).isEqualTo(NIGHT);
        assertThat(QuietHours.parse("9 PM - 8 a.m.")).isEqualTo(NIGHT);
        assertThat(QuietHours.parse("10:30pm-6am").describe()).isEqualTo("22:30–06:00");
        assertThat(QuietHours.parse("12am-6am").describe()).isEqualTo("00:00–06:00");
        assertThat(QuietHours.parse("12pm-1pm").describe()).isEqualTo("12:00–13:00");
        assertThat(QuietHours.parse("21:00-24:00").describe()).isEqualTo("21:00–00:00");
        assertThat(QuietHours.parse("9 p.m. - 8 a.m.")).isEqualTo(NIGHT);
        assertThat(QuietHours.parse("9p-8a")).isEqualTo(NIGHT);
        assertThat(QuietHours.parse("22.30-07.00").describe()).isEqualTo("22:30–07:00");
        assertThat(QuietHours.parse("noon-1pm").describe()).isEqualTo("12:00–13:00");
        assertThat(QuietHours.parse("10pm-midnight").describe()).isEqualTo("22:00–00:00");
    }

    @Test
    @DisplayName("knows how much of the day is quiet, across midnight or not")
    void length() {
        assertThat(NIGHT.minutesLong()).isEqualTo(11 * 60);
        assertThat(QuietHours.parse("12-13").minutesLong()).isEqualTo(60);
        assertThat(QuietHours.parse("9-7").minutesLong()).isEqualTo(22 * 60);
        assertThat(QuietHours.NONE.minutesLong()).isZero();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "night", "25:00-08:00", "21:00", "21:00-08:00-09:00", "13pm-7am", "0am-6",
        "24:30-08:00", "21:60-08:00", "🎉-🎉", "2500-0800", "2160-0800", "123-0800", "21000-0800", "25h-8h"})
    @DisplayName("refuses anything else and says how to write it")
    void refuses(String text) {
        assertThatThrownBy(() -> QuietHours.parse(text)).isInstanceOf(UserError.class)
                .hasMessageContaining("21:00-08:00").hasMessageContaining("Nothing was changed");
    }
}
