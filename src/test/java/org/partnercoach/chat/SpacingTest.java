package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What a member typed, with single spaces")
class SpacingTest {

    @Test
    @DisplayName("tabs, line breaks and runs of spaces inside come to one space; the ends stay unless tidied")
    void runsComeToOneSpace() {
        assertThat(Spacing.oneSpaced("Eastside  Food\tBank")).isEqualTo("Eastside Food Bank");
        assertThat(Spacing.oneSpaced("Lincoln\r\nHigh \u000B\fSchool")).isEqualTo("Lincoln High School");
        assertThat(Spacing.oneSpaced("  YMCA\t")).isEqualTo(" YMCA ");
        assertThat(Spacing.tidied("  YMCA\t\n")).isEqualTo("YMCA");
        assertThat(Spacing.tidied(" \t ")).isEmpty();
        assertThat(Spacing.tidied("")).isEmpty();
    }

    @Test
    @DisplayName("what has single spaces alone comes back as it is, emoji and other scripts too")
    void singleSpacesUnchanged() {
        String typed = "Boys & Girls Club 🎉 de la Comunidad 東京";
        assertThat(Spacing.oneSpaced(typed)).isSameAs(typed);
        // a no-break space is part of a word as typed, not a space to take in
        assertThat(Spacing.oneSpaced("St.\u00A0Mary's  Clinic")).isEqualTo("St.\u00A0Mary's Clinic");
    }

    @Test
    @DisplayName("the same as replacing every run of \\s with one space, for any mix of spaces, tabs and letters")
    void sameAsTheRegex() {
        SplittableRandom random = new SplittableRandom(59);
        String alphabet = "ab \t\n\r\u000B\f\u00A0é";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String typed = text.toString();
            assertThat(Spacing.oneSpaced(typed)).as("%s", typed.codePoints().boxed().toList())
                    .isEqualTo(typed.replaceAll("\\s+", " "));
        }
    }

    @Test
    @DisplayName("10,000 characters of spaces and tabs come to one space")
    void longRun() {
        assertThat(Spacing.oneSpaced("a" + " \t".repeat(5_000) + "b")).isEqualTo("a b");
    }
}
