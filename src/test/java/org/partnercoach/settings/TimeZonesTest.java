package org.partnercoach.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Time zones: how dates are written there")
class TimeZonesTest {

    @Test
    @DisplayName("12/01 reads as 1 December first in the Americas, as 12 January first elsewhere, with the other "
            + "reading second")
    void bothReadingsInTheUsualOrder() {
        assertThat(TimeZones.readings(12, 1, ZoneId.of("America/Chicago"))).containsExactly(
                new TimeZones.DayMonth(1, 12), new TimeZones.DayMonth(12, 1));
        assertThat(TimeZones.readings(12, 1, ZoneId.of("Europe/Berlin"))).containsExactly(
                new TimeZones.DayMonth(12, 1), new TimeZones.DayMonth(1, 12));
        assertThat(TimeZones.readings(5, 5, TimeZones.UTC)).containsExactly(
                new TimeZones.DayMonth(5, 5), new TimeZones.DayMonth(5, 5));
    }
}
