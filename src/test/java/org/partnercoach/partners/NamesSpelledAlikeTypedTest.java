package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A name typed as one on the list is spelled, but for accents, case or spaces, picks it; names spelled "
        + "alike are offered in a sensible, steady order")
class NamesSpelledAlikeTypedTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");

    @AfterEach
    void close() {
        bot.close();
    }

    private int calls;

    private String logs(Member who, String typed) {
        return who.runs(PartnerFeature.Paths.LOG, "partner", typed, "what", "Call number " + ++calls).text();
    }

    private List<String> suggested(Member who, String typed) {
        return who.suggests(PartnerFeature.Paths.LOG, "partner", typed).stream().map(OptionSpec.Choice::value)
                .toList();
    }

    @Test
    @DisplayName("“SunriseClinic”, “sunrise-clinic” or “clinica esperanza” picks the one partner spelled so, with no "
            + "“did you mean”; in another server they name nothing")
    void picksTheOneSpelledAlike() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Clínica Esperanza", "sector", "health-care");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Clínica Esperanza Norte", "sector", "health-care");

        assertThat(logs(bea, "SunriseClinic")).startsWith("Logged a note with “Sunrise Clinic”");
        assertThat(logs(bea, "sunrise-clinic")).startsWith("Logged a note with “Sunrise Clinic”");
        assertThat(logs(bea, "CLINICA  esperanza")).startsWith("Logged a note with “Clínica Esperanza”");
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "Clínica Esperanza Norte").lastTouchAt()).isNull();

        assertThat(logs(bot.memberOfOtherServer("olu"), "SunriseClinic"))
                .startsWith("I can't find a partner called “SunriseClinic” in this server.")
                .doesNotContain("Sunrise Clinic”");
    }

    @Test
    @DisplayName("with “Café Sol” and “Cafe Sol” both on the list, each is picked as typed; typed as neither, both "
            + "are asked about, the newest activity first, and nothing is logged")
    void twoSpelledAlike() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Café Sol", "sector", "food");
        bea.runs(PartnerFeature.Paths.ADD, "name", "Cafe Sol", "sector", "food");
        bot.clock().advance(java.time.Duration.ofHours(1));

        assertThat(logs(bea, "CAFE  SOL")).startsWith("Logged a note with “Cafe Sol”");
        bot.clock().advance(java.time.Duration.ofHours(1));
        assertThat(logs(bea, "café sol")).startsWith("Logged a note with “Café Sol”");

        assertThat(logs(bea, "cafésol")).isEqualTo("I can't find a partner called “cafésol” in this server. "
                + "Did you mean “Café Sol”, “Cafe Sol”?");
        bot.clock().advance(java.time.Duration.ofHours(1));
        logs(bea, "Cafe Sol");
        assertThat(logs(bea, "cafésol")).endsWith("Did you mean “Cafe Sol”, “Café Sol”?");
    }

    @Test
    @DisplayName("suggestions of names spelled alike: the one spelled as typed first, whichever was active last; "
            + "others alike, the newest activity first")
    void suggestionsSpelledAlike() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Cafe Sol", "sector", "food");
        bot.clock().advance(java.time.Duration.ofHours(1));
        ana.runs(PartnerFeature.Paths.ADD, "name", "Café Sol", "sector", "food");

        assertThat(suggested(bea, "cafe sol")).containsExactly("Cafe Sol", "Café Sol");
        assertThat(suggested(bea, "cafe")).containsExactly("Cafe Sol", "Café Sol");
        bot.clock().advance(java.time.Duration.ofHours(1));
        logs(bea, "Cafe Sol");
        assertThat(suggested(bea, "café sol")).containsExactly("Café Sol", "Cafe Sol");
        assertThat(suggested(bea, "caf")).containsExactly("Cafe Sol", "Café Sol");
    }

    @Test
    @DisplayName("two names as far from what was typed are asked about the newest activity first, the same each time")
    void closeMatchesInSteadyOrder() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Lincoln Hall", "sector", "education");
        bot.clock().advance(java.time.Duration.ofHours(1));
        ana.runs(PartnerFeature.Paths.ADD, "name", "Lincoln Mall", "sector", "education");

        assertThat(logs(bea, "Lincoln Ball")).endsWith("Did you mean “Lincoln Mall”, “Lincoln Hall”?");
        assertThat(logs(bea, "Lincoln Ball")).endsWith("Did you mean “Lincoln Mall”, “Lincoln Hall”?");
        bot.clock().advance(java.time.Duration.ofHours(1));
        logs(bea, "Lincoln Hall");
        assertThat(logs(bea, "Lincoln Ball")).endsWith("Did you mean “Lincoln Hall”, “Lincoln Mall”?");
    }
    @Test
    @DisplayName("“st marys” or “stmarys” typed: suggestions offer “St. Mary's Clinic”, and a name not found asks "
            + "“did you mean” it, reading no other names; another server's is never offered")
    void typedWithoutPunctuationOffered() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "St. Mary's Clinic", "sector", "health-care");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        bot.memberOfOtherServer("olu").runs(PartnerFeature.Paths.ADD, "name", "St Marys Church", "sector",
                "faith");

        assertThat(suggested(bea, "st marys")).containsExactly("St. Mary's Clinic");
        assertThat(suggested(bea, "STMARYS")).containsExactly("St. Mary's Clinic");
        assertThat(suggested(bea, "eastside")).containsExactly("Eastside Food Bank");

        assertThat(logs(bea, "stmarys")).isEqualTo("I can't find a partner called “stmarys” in this server. "
                + "Did you mean “St. Mary's Clinic”?");
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "St. Mary's Clinic").lastTouchAt()).isNull();
        assertThat(logs(bot.memberOfOtherServer("olu"), "stmarysclin")).doesNotContain("Clinic");
    }
}
