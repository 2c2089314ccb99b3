package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.digest.DigestChart;

@DisplayName("The report's trust and value picture reads on the ratings' own scale")
class TrustTrendChartTest {

    @Test
    @DisplayName("its axis runs to 5 whatever the averages, so a 3.3 is not drawn as a full bar for a funder")
    void axisRunsToFive() {
        Quarter q = Quarter.of(ZonedDateTime.parse("2026-02-01T12:00:00Z"));
        List<QuarterReport.Trend> trends = List.of(
                new QuarterReport.Trend(q.previous(), OptionalDouble.empty(), OptionalDouble.empty()),
                new QuarterReport.Trend(q, OptionalDouble.of(3.3), OptionalDouble.of(2.0)));

        List<DigestChart.Bars> bars = QuarterReport.trendBars(trends);

        assertThat(bars).extracting(DigestChart.Bars::title).containsExactly("Average trust", "Average value");
        assertThat(bars).allSatisfy(b -> {
            assertThat(b.labels()).containsExactly("Q4 2025", "Q1 2026");
            assertThat(b.scaleMax()).isEqualTo(5.0);
        });
        assertThat(bars.get(0).values().stream().map(Number::doubleValue).toList()).containsExactly(0.0, 3.3);
    }
}
