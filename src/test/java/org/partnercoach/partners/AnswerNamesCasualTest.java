package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Check and add reads a casual answer typed on a phone for the organizations in it, and only those")
class AnswerNamesCasualTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member maya = bot.member("maya");

    @AfterEach
    void close() {
        bot.close();
    }

    static Stream<Arguments> casualAnswers() {
        return Stream.of(
                // a report of a contact names no organization
                Arguments.of("i called her, she wants to meet", List.of()),
                Arguments.of("she said yes", List.of()),
                Arguments.of("we met them last week", List.of()),
                // marks typed for tone are no part of the name; a name's own stays
                Arguments.of("EASTSIDE FOOD BANK!!!", List.of("EASTSIDE FOOD BANK")),
                Arguments.of("Eastside Food Bank!", List.of("Eastside Food Bank")),
                Arguments.of("the YMCA?!", List.of("the YMCA")),
                Arguments.of("Yahoo!", List.of("Yahoo!")),
                Arguments.of("Who Cares?!", List.of("Who Cares?")),
                // a greeting or an "add" before the names is no part of them
                Arguments.of("hi! eastside food bank and the ymca", List.of("eastside food bank", "ymca")),
                Arguments.of("hey, Lincoln High School", List.of("Lincoln High School")),
                Arguments.of("add eastside food bank", List.of("eastside food bank")),
                Arguments.of("Add the YMCA and Grace Church", List.of("YMCA", "Grace Church")),
                // names that begin or are made so stay whole
                Arguments.of("Hello Neighbor", List.of("Hello Neighbor")),
                Arguments.of("She Leads Africa", List.of("She Leads Africa")),
                Arguments.of("ADD Coalition", List.of("ADD Coalition")),
                Arguments.of("Add Up Foundation", List.of("Add Up Foundation")),
                // a contact told before a name, or after it and a dash, leaves the name
                Arguments.of("I emailed Lincoln High School", List.of("Lincoln High School")),
                Arguments.of("we met with the YMCA", List.of("YMCA")),
                Arguments.of("Eastside Food Bank - I met their director last week", List.of("Eastside Food Bank")),
                Arguments.of("Boys & Girls Club - East", List.of("Boys & Girls Club - East")),
                // everyday replies name no one
                Arguments.of("sure, happy to introduce you!", List.of()),
                Arguments.of("yes please, sounds good", List.of()),
                Arguments.of("not yet, will do", List.of()),
                Arguments.of("Sure Start Children's Centre", List.of("Sure Start Children's Centre")));
    }

    @ParameterizedTest(name = "\"{0}\" offers {1}")
    @MethodSource("casualAnswers")
    @DisplayName("reports, greetings, \"add\" and marks typed for tone are left out of the names offered")
    void casualAnswersOfferOnlyNames(String answer, List<String> expected) {
        assertThat(AnswerNames.names(answer)).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("answering 'i called her, she wants to meet' to 'Who do you want to partner with?' offers no Check and "
            + "add, and nothing goes on the list")
    void reportOffersNothing() {
        maya.runs("coach start");
        Reply saved = maya.types("i called her, she wants to meet");
        assertThat(saved.text()).startsWith("Saved: “i called her, she wants to meet”");
        assertThat(saved.plainText()).doesNotContain("I found").doesNotContain("organization in your answer");
        assertThat(maya.findButton("Check and add")).isEmpty();
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD)).isEmpty();
    }

    @Test
    @DisplayName("'EASTSIDE FOOD BANK!!!' is offered and added as “EASTSIDE FOOD BANK”, without the marks")
    void shoutedNameIsAddedWithoutItsMarks() {
        maya.runs("coach start");
        assertThat(maya.types("EASTSIDE FOOD BANK!!!").plainText()).contains("I found 1 organization in your answer");
        Reply form = maya.presses("Check and add");
        assertThat(form.form().inputs().get(0).value()).isEqualTo("EASTSIDE FOOD BANK");

        assertThat(maya.submits("names", "EASTSIDE FOOD BANK").plainText())
                .contains("Which sector is “EASTSIDE FOOD BANK” in?");
        assertThat(maya.picks("food").plainText()).contains("Added “EASTSIDE FOOD BANK” (Food and nutrition)");
        assertThat(PartnersTestSupport.directory(bot).activePartners(TestBot.GUILD))
                .extracting(Partner::name).containsExactly("EASTSIDE FOOD BANK");
    }
}
