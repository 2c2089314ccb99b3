package org.partnercoach.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The nonce Discord uses to refuse a second copy of a message")
class ScheduledSendNonceTest {

    private static ScheduledSend row(long id) {
        Instant at = Instant.parse("2026-03-02T15:00:00Z");
        return new ScheduledSend(id, 1, "personal", 7, 0, 0, "Call Lincoln High", null, 0, at, at,
                ScheduledSend.Status.CLAIMED, 1, at, null, null, null, at);
    }

    @Test
    @DisplayName("reminders sent as one message: the same rows give the same nonce on a resend, one more row another, "
            + "so a reminder that fell due meanwhile is shown, not taken for the first copy")
    void severalAsOne() {
        String first = ScheduledSend.nonceOf(List.of(row(41), row(42)));

        assertThat(ScheduledSend.nonceOf(List.of(row(41), row(42)))).isEqualTo(first);
        assertThat(ScheduledSend.nonceOf(List.of(row(41), row(42), row(57)))).isNotEqualTo(first);
        assertThat(ScheduledSend.nonceOf(List.of(row(41), row(57)))).isNotEqualTo(first);
        // never a single row's own nonce, which that row sent alone may have used
        assertThat(first).isNotEqualTo(row(41).nonce());
        // one row alone keeps its own
        assertThat(ScheduledSend.nonceOf(List.of(row(41)))).isEqualTo("pc41");
    }

    @Test
    @DisplayName("a nonce is at most 25 characters (Discord's limit), whatever the ids")
    void withinDiscordsLimit() {
        List<ScheduledSend> ten = java.util.stream.LongStream.range(0, 10).mapToObj(i -> row(Long.MAX_VALUE - i))
                .toList();

        assertThat(ScheduledSend.nonceOf(ten)).hasSizeLessThanOrEqualTo(25);
        assertThat(row(Long.MAX_VALUE).nonce()).hasSizeLessThanOrEqualTo(25);
    }
}
