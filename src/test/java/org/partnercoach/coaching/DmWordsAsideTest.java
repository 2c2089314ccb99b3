package org.partnercoach.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.coaching.DmWords.Aside;
import org.partnercoach.coaching.DmWords.Word;

/**
 * A line sent from a form is read once for the three asides a form does not keep ({@link DmWords#aside}); the stops,
 * emoji and spaces around a line are taken off only where they are, and a line that ends in a word is not searched
 * for them.
 */
@DisplayName("A form's line is an answer or one of three asides, with its stops and emoji read only where they are")
class DmWordsAsideTest {

    @Test
    @DisplayName("asking what it means, what to do, or not knowing yet; anything else is an answer")
    void asides() {
        assertThat(DmWords.aside("huh?")).isEqualTo(Aside.MEANING);
        assertThat(DmWords.aside("  What do you mean?? 🤔 ")).isEqualTo(Aside.MEANING);
        assertThat(DmWords.aside("what next?")).isEqualTo(Aside.HELP);
        assertThat(DmWords.aside("how do I skip")).isEqualTo(Aside.HELP);
        assertThat(DmWords.aside("idk 😅")).isEqualTo(Aside.NOT_SURE);
        assertThat(DmWords.aside("hmm, not sure yet...")).isEqualTo(Aside.NOT_SURE);
        // words the walk reads, but a form keeps them as the answer
        assertThat(DmWords.aside("skip")).isEqualTo(Aside.NONE);
        assertThat(DmWords.aside("What matters is trust")).isEqualTo(Aside.NONE);
        assertThat(DmWords.aside("What next for the food bank is a call")).isEqualTo(Aside.NONE);
        assertThat(DmWords.aside("I don't know their director yet, but the library is keen")).isEqualTo(Aside.NONE);
        assertThat(DmWords.aside("Invite the food bank's director to our next meeting 12")).isEqualTo(Aside.NONE);
        assertThat(DmWords.aside("x".repeat(10_000))).isEqualTo(Aside.NONE);
        assertThat(DmWords.aside("")).isEqualTo(Aside.NONE);
    }

    @Test
    @DisplayName("stops, symbols, emoji and line breaks after a word, and emoji before it (a server's own too, either "
            + "side), leave the word it is")
    void ends() {
        for (String typed : new String[] {"skip", "Skip.", "skip!!", "skip 👍", "skip <:ok:123>", "Skip! <a:yes:4>",
                "skip\n", "👍 skip", "<a:wave:45> skip", "skip 👍🏽", "skip…"}) {
            assertThat(DmWords.read(typed.strip())).as(typed).isEqualTo(new DmWords.Steer(Word.SKIP));
        }
        // as many of a server's emoji as a long message holds, read one after another without running deep
        assertThat(DmWords.read("skip " + "<:ok:123> ".repeat(1_000))).isEqualTo(new DmWords.Steer(Word.SKIP));
        assertThat(DmWords.read("<:ok:123>".repeat(1_400))).isNotEqualTo(new DmWords.Steer(Word.SKIP));
        // a line ending in a number, a full-width mark or an accented letter is read as it is
        assertThat(DmWords.read("edit 2")).isEqualTo(new DmWords.Steer(Word.ANSWERS));
        assertThat(DmWords.read("huh？")).isEqualTo(new DmWords.Steer(Word.MEANING));
        assertThat(DmWords.read("skipé")).isInstanceOf(DmWords.Text.class);
        assertThat(DmWords.read("sorry? 🤔")).isEqualTo(new DmWords.Steer(Word.MEANING));
        assertThat(DmWords.read("sorry")).isNotEqualTo(new DmWords.Steer(Word.MEANING));
    }
}
