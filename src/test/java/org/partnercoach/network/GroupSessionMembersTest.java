package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("The report's and the map's network count members who took part only by answering in a group session")
class GroupSessionMembersTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /**
     * In one week: ana adds the food bank, dan begins a walk, and cara's only part is answering in the group session
     * cora leads.
     */
    private Member seed() {
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "UTC");
        bot.member("ana").runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.member("dan").runs("coach start");
        cora.runs("session start", "plan", "tip-1", "title", "Tuesday circle");
        bot.app().scheduler().runDue();
        long thread = bot.messenger().threads().keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<RecordingMessenger.Sent> posts = bot.messenger().postsIn(thread);
        bot.member("cara").answersInThread(thread, posts.get(posts.size() - 1).reply(),
                "We could reach the public library");
        return cora;
    }

    @Test
    @DisplayName("cara answered in a group session: the digest, the report and the map each count 3 members, and the "
            + "report and the map list her among the members with no partner, beside dan who walked")
    void sessionOnlyMemberCounts() {
        // GIVEN ana, dan and cara each took part this week, cara only in a group session
        Member cora = seed();
        String dan = "<@" + bot.member("dan").id() + ">";
        String cara = "<@" + bot.member("cara").id() + ">";

        // WHEN the coordinator previews the digest, makes this quarter's report and looks at the map
        String digest = cora.runs("digest preview").plainText();
        String report = cora.runs("report quarter", "which", "this").plainText();
        String map = cora.runs("coalition map").plainText();

        // THEN they agree on who took part: 3 members, cara with no partner as dan
        assertThat(digest).contains("**Active members:** 3", "**Answers in group sessions:** 1");
        for (String network : List.of(report, map)) {
            assertThat(network).contains("1 partner and 3 members, 1 tie", "Members with no partner: 2")
                    .contains(dan, cara);
        }
    }

    @Test
    @DisplayName("cara answered in a group session in Q1 and left the server since: Q1's report counts her as one "
            + "who took part, as it counts a walker who left")
    void sessionOnlyMemberWhoLeftCounts() {
        // GIVEN cara's only part in Q1 was a group session answer; she left the server in Q2
        Member cora = seed();
        bot.advance(Duration.ofDays(40));
        bot.messenger().leaves(TestBot.GUILD, bot.member("cara").id());

        // WHEN a coordinator makes Q1's report
        String report = cora.runs("report quarter", "which", "2026-Q1").plainText();

        // THEN she is among its members, counted, not named by a mention Discord no longer shows
        assertThat(report).contains("1 partner and 3 members",
                        "Counted: 1 person who has left the server since, as they took part in the quarter")
                .doesNotContain("Not counted", "<@" + bot.member("cara").id() + ">");
    }
}
