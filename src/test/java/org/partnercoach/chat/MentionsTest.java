package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Mentions in a place that shows plain text (a thread's name)")
class MentionsTest {

    private static final Map<Long, String> ALICE = Map.of(1L, "alice");

    @Test
    @DisplayName("a member left out takes the joining word before it along, so no name ends on 'and' or 'with'")
    void noDanglingJoinerAtTheEnd() {
        assertThat(Mentions.plain("Planning with <@1> and <@2>", ALICE)).isEqualTo("Planning with @alice");
        assertThat(Mentions.plain("Planning with <@2>", ALICE)).isEqualTo("Planning");
        assertThat(Mentions.plain("Planning with <@2> & <@3>", ALICE)).isEqualTo("Planning");
        assertThat(Mentions.plain("Board retreat: <@2>", ALICE)).isEqualTo("Board retreat");
        assertThat(Mentions.plain("Check-in - <@2>, <@3>", ALICE)).isEqualTo("Check-in");
        assertThat(Mentions.plain("Planning WITH <@2>", ALICE)).isEqualTo("Planning");
    }

    @Test
    @DisplayName("one left out at the start or between two joining words takes one of them along")
    void noDanglingJoinerAtTheStartOrBetween() {
        assertThat(Mentions.plain("<@2> and <@1>: planning", ALICE)).isEqualTo("@alice: planning");
        assertThat(Mentions.plain("<@2>: planning", ALICE)).isEqualTo("planning");
        assertThat(Mentions.plain("Planning with <@2> and <@1> today", ALICE)).isEqualTo("Planning with @alice today");
    }

    @Test
    @DisplayName("words the member typed stay as typed: only joiners next to a member left out go")
    void typedWordsStay() {
        assertThat(Mentions.plain("Tea & biscuits with <@1>", ALICE)).isEqualTo("Tea & biscuits with @alice");
        assertThat(Mentions.plain("Planning with", ALICE)).isEqualTo("Planning with");
        assertThat(Mentions.plain("Q&A <@2>", ALICE)).isEqualTo("Q&A");
        assertThat(Mentions.plain("Hand <@2>", ALICE)).isEqualTo("Hand");
        assertThat(Mentions.plain("Planning with <@2> today", ALICE)).isEqualTo("Planning with today");
        assertThat(Mentions.plain("Sand and <#5> sea", ALICE)).isEqualTo("Sand and sea");
    }
}
