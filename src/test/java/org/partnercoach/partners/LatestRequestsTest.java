package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The introductions a partner's page lists: the latest request of each member to each helper")
class LatestRequestsTest {

    private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");

    private static Intro request(long id, long requester, long helper, Intro.Status status, int minutes) {
        return new Intro(id, 1, 77, requester, helper, status, T0.plusSeconds(60L * minutes), null);
    }

    @Test
    @DisplayName("asking the same helper again replaces the earlier line, the row made later winning a tie; requests "
            + "of former members (helper 0) each stay; newest first")
    void latestOfEachPair() {
        List<Intro> requests = List.of(
                request(1, 100, 200, Intro.Status.NOT_WELL, 0),
                request(2, 100, 200, Intro.Status.ASKED, 10),
                request(3, 100, 201, Intro.Status.WILL_INTRODUCE, 5),
                request(4, 101, 200, Intro.Status.ASKED, 20),
                request(5, 101, 200, Intro.Status.NOT_WELL, 20),
                request(6, 100, 0, Intro.Status.ASKED, 1),
                request(7, 101, 0, Intro.Status.ASKED, 1));

        List<Intro> lines = PartnerPageStore.latestOfEachPair(requests);

        // 1 replaced by 2 (asked later), 4 by 5 (asked at the same minute, made later); 6 and 7 their own lines
        assertThat(lines).extracting(Intro::id).containsExactly(5L, 2L, 3L, 7L, 6L);
    }

    @Test
    @DisplayName("no requests: no lines")
    void none() {
        assertThat(PartnerPageStore.latestOfEachPair(List.of())).isEmpty();
    }
}
