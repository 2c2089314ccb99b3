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
        assertThat(Mentions.plain("Sand and sea with <#5>", ALICE)).isEqualTo("Sand and sea");
        assertThat(Mentions.plain("Q&A with <@2> today", ALICE)).isEqualTo("Q&A today");
        assertThat(Mentions.plain("Check-in with <@2> - today", ALICE)).isEqualTo("Check-in - today");
    }

    @Test
    @DisplayName("a member left out between plain words reads naturally wherever they stood: the joining word that "
            + "only tied them in goes, one that ties the names left stays")
    void leftOutBetweenPlainWords() {
        assertThat(Mentions.plain("Planning with <@2> today", ALICE)).isEqualTo("Planning today");
        assertThat(Mentions.plain("Planning with <@1> and <@2> today", ALICE)).isEqualTo("Planning with @alice today");
        assertThat(Mentions.plain("Planning with <@2> and <@1> today", ALICE)).isEqualTo("Planning with @alice today");
        assertThat(Mentions.plain("Planning <@2> with <@1> today", ALICE)).isEqualTo("Planning with @alice today");
        assertThat(Mentions.plain("Planning with <@2>, <@3> and <@1> today", ALICE))
                .isEqualTo("Planning with @alice today");
        assertThat(Mentions.plain("Planning with <@2> & <@3> today", ALICE)).isEqualTo("Planning today");
        assertThat(Mentions.plain("Planning <@2> today", ALICE)).isEqualTo("Planning today");
        assertThat(Mentions.plain("Planning WITH <@2> TODAY", ALICE)).isEqualTo("Planning TODAY");
    }

    @Test
    @DisplayName("a member left out of a list of names keeps the list whole: 'Ana, Bea and Cal' without Bea reads "
            + "'Ana and Cal'")
    void leftOutOfAList() {
        Map<Long, String> three = Map.of(1L, "ana", 3L, "cal", 4L, "dev");
        assertThat(Mentions.plain("Planning with <@1>, <@2> and <@3> today", three))
                .isEqualTo("Planning with @ana and @cal today");
        assertThat(Mentions.plain("Planning with <@1>, <@2>, <@3> and <@4> today", three))
                .isEqualTo("Planning with @ana, @cal and @dev today");
        assertThat(Mentions.plain("Planning with <@2>, <@1> and <@3> today", three))
                .isEqualTo("Planning with @ana and @cal today");
        assertThat(Mentions.plain("Planning with <@1>, <@3> and <@2> today", three))
                .isEqualTo("Planning with @ana and @cal today");
        assertThat(Mentions.plain("Planning with <@1>, <@3> and <@2>", three)).isEqualTo("Planning with @ana and @cal");
        assertThat(Mentions.plain("Planning with <@1>, <@2>, <@3> and <@4>", three))
                .isEqualTo("Planning with @ana, @cal and @dev");
    }
}
