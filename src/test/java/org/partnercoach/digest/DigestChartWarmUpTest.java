package org.partnercoach.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.PartnerCoach;

@DisplayName("The bot draws a sample chart at start-up, so the first digest picture does not wait for graphics to load")
class DigestChartWarmUpTest {

    @Test
    @DisplayName("the sample is a real chart, drawn once per process whoever asks")
    void drawnOncePerProcess() throws Exception {
        CompletableFuture<Integer> first = PartnerCoach.warmUpPictures();
        // a real picture: as large as a small digest chart, not an empty image
        assertThat(first.get(60, TimeUnit.SECONDS)).isGreaterThan(10_000);
        assertThat(PartnerCoach.warmUpPictures()).isSameAs(first);
        assertThat(DigestChart.warmUp()).isSameAs(first);
    }
}
