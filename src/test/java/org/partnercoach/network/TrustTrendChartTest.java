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
            assertThat(b.scaleMin()).isEqualTo(1.0);
            assertThat(b.scaleMax()).isEqualTo(5.0);
        });
        // a quarter without ratings has no bar: a 0 on a 1-to-5 scale would read as the worst score
        assertThat(bars.get(0).values()).isEqualTo(java.util.Arrays.asList(null, 3.3));
        assertThat(bars.get(1).values()).isEqualTo(java.util.Arrays.asList(null, 2.0));
    }

    @Test
    @DisplayName("the picture is drawn with a quarter without ratings, and with no ratings at all")
    void drawnWithoutRatings() throws Exception {
        Quarter q = Quarter.of(ZonedDateTime.parse("2026-02-01T12:00:00Z"));
        for (List<QuarterReport.Trend> trends : List.of(
                List.of(new QuarterReport.Trend(q.previous(), OptionalDouble.empty(), OptionalDouble.empty()),
                        new QuarterReport.Trend(q, OptionalDouble.of(3.3), OptionalDouble.of(2.0))),
                List.of(new QuarterReport.Trend(q.previous(), OptionalDouble.empty(), OptionalDouble.empty()),
                        new QuarterReport.Trend(q, OptionalDouble.empty(), OptionalDouble.empty())))) {
            List<DigestChart.Bars> bars = QuarterReport.trendBars(trends);

            byte[] png = DigestChart.pair("Trust and value", bars.get(0), bars.get(1));

            assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth()).isPositive();
        }
    }
}
