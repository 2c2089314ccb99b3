package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Numbers and counts as replies write them")
class CountTest {

    @Test
    @DisplayName("thousands set apart by commas, as a member reads them: 12, 4,000, 10,000, -1,234")
    void numbers() {
        assertThat(Count.number(0)).isEqualTo("0");
        assertThat(Count.number(12)).isEqualTo("12");
        assertThat(Count.number(999)).isEqualTo("999");
        assertThat(Count.number(1000)).isEqualTo("1,000");
        assertThat(Count.number(4000)).isEqualTo("4,000");
        assertThat(Count.number(10_000)).isEqualTo("10,000");
        assertThat(Count.number(123_456)).isEqualTo("123,456");
        assertThat(Count.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(Count.number(-999)).isEqualTo("-999");
        assertThat(Count.number(-1234)).isEqualTo("-1,234");
        assertThat(Count.number(Long.MAX_VALUE)).isEqualTo("9,223,372,036,854,775,807");
        assertThat(Count.number(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
    }

    @Test
    @DisplayName("the same as Java's own grouping for any number")
    void sameAsJavasGrouping() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 20_000; i++) {
            long n = i < 5_000 ? i - 2_500 : random.nextLong() >> random.nextInt(64);
            assertThat(Count.number(n)).as("%d", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }

    @Test
    @DisplayName("a count takes its noun's plural unless it is one: 1 day, 14 days, 4,000 partners")
    void counts() {
        assertThat(Count.of(1, "day")).isEqualTo("1 day");
        assertThat(Count.of(14, "day")).isEqualTo("14 days");
        assertThat(Count.of(4000, "partner")).isEqualTo("4,000 partners");
        assertThat(Count.of(0, "answer")).isEqualTo("0 answers");
    }
}
