package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A reply over Discord's limits on a whole message")
class ReplyLimitsTest {

    private static Card card(int n, int chars) {
        return Card.of("Card " + n, "x".repeat(chars));
    }

    private static Button button(String action, String label) {
        return Button.secondary(CustomId.of("partner", action, 1, 7), label);
    }

    private static List<Row> rows(int n) {
        return IntStream.range(0, n).mapToObj(i -> Row.of(button("row" + i, "Row " + i))).toList();
    }

    @Nested
    @DisplayName("fails loudly where a feature builds it (the tests)")
    class InTests {

        @Test
        @DisplayName("an eleventh card")
        void elevenCards() {
            Reply ten = Reply.text("Your partners");
            for (int i = 0; i < 10; i++) {
                ten = ten.withCard(card(i, 10));
            }
            Reply full = ten;
            assertThatThrownBy(() -> full.withCard(card(10, 10))).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("11 cards");
        }

        @Test
        @DisplayName("cards of more than 6,000 characters in all")
        void overTotal() {
            Reply one = Reply.card(card(0, 4000));
            assertThatThrownBy(() -> one.withCard(card(1, 2500))).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("characters in its cards");
        }

        @Test
        @DisplayName("two buttons with one custom id")
        void repeatedId() {
            assertThatThrownBy(() -> Reply.text("Pick one").withButtons(button("log", "Log a touchpoint"),
                    button("log", "Log it again"))).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("one custom id, partner:log");
        }

        @Test
        @DisplayName("a card built with its buttons in one step: checked as one added later, and laid out the same")
        void cardWithButtons() {
            assertThatThrownBy(() -> Reply.card(card(0, 10), button("log", "Log a touchpoint"),
                    button("log", "Log it again"))).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("one custom id, partner:log");
            Button[] six = IntStream.range(0, 6).mapToObj(i -> button("b" + i, "Button " + i)).toArray(Button[]::new);
            Reply together = Reply.card(card(0, 10), six);
            assertThat(together).isEqualTo(Reply.card(card(0, 10)).withButtons(six));
            assertThat(together.rows()).hasSize(2);
        }

        @Test
        @DisplayName("a button, or a menu, added later with the custom id of one already there")
        void repeatedIdAddedLater() {
            Reply oneButton = Reply.text("Pick one").withButtons(button("log", "Log a touchpoint"));
            assertThatThrownBy(() -> oneButton.withButtons(button("log", "Log it again")))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("one custom id, partner:log");
            SelectMenu menu = SelectMenu.single(CustomId.of("partner", "log", 1, 7), "Which one?",
                    List.of(new SelectMenu.Option("1", "Food Bank", "")));
            assertThatThrownBy(() -> oneButton.withRow(new Row.Select(menu)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("one custom id, partner:log");
        }

        @Test
        @DisplayName("a sixth row of buttons, which Discord would drop without a word")
        void sixthRow() {
            assertThatThrownBy(() -> Reply.text("Pick one").withRows(rows(6))).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("6 rows");
        }

        @Test
        @DisplayName("a card with a twenty-sixth field, which Discord would leave out without a word")
        void twentySixFields() {
            Card card = Card.of("Your partners", null);
            for (int i = 0; i < 26; i++) {
                card = card.withField("Partner " + i, "Food bank");
            }
            Card full = card;
            assertThatThrownBy(() -> Reply.card(full)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("26 fields");
        }

        @Test
        @DisplayName("a card's title, description, field name, field value or footer over Discord's limit for it")
        void textOverItsLimit() {
            assertThatThrownBy(() -> Reply.card(Card.of("t".repeat(257), "Body")))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("title of 257 characters");
            assertThatThrownBy(() -> Reply.card(Card.of("Title", "d".repeat(4097))))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("description of 4097 characters");
            assertThatThrownBy(() -> Reply.card(Card.of("Title", null).withField("n".repeat(257), "value")))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("field name of 257 characters");
            assertThatThrownBy(() -> Reply.card(Card.of("Title", null).withField("Name", "v".repeat(1025))))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("field value of 1025 characters");
            assertThatThrownBy(() -> Reply.card(Card.of("Title", null).withFooter("f".repeat(2049))))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("footer of 2049 characters");
        }

        @Test
        @DisplayName("a card at each of its limits is fine")
        void cardAtItsLimits() {
            Card card = new Card("t".repeat(256), "d".repeat(400), List.of(), "f".repeat(200));
            for (int i = 0; i < 25; i++) {
                card = card.withField(i == 0 ? "n".repeat(256) : "Step " + i, i == 0 ? "v".repeat(1024) : "ok");
            }
            assertThat(Reply.card(card).cards().get(0).fields()).hasSize(25);
        }

        @Test
        @DisplayName("ten cards within 6,000 characters and five rows are fine")
        void atTheLimits() {
            Reply reply = Reply.text("Your partners").withRows(rows(5));
            for (int i = 0; i < 10; i++) {
                reply = reply.withCard(card(i, 580));
            }
            assertThat(reply.cards()).hasSize(10);
            assertThat(reply.rows()).hasSize(5);
        }
    }

    @Nested
    @DisplayName("in the running bot is cut down to what Discord takes, so the member still gets an answer")
    class Running {

        @Test
        @DisplayName("the first ten cards")
        void tenCards() {
            List<Card> cards = IntStream.range(0, 12).mapToObj(i -> card(i, 10)).toList();
            assertThat(ReplyLimits.fit(cards, List.of(), false).cards()).extracting(Card::title)
                    .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(i -> "Card " + i).toList());
        }

        @Test
        @DisplayName("the cards that fit in 6,000 characters, whole; one card alone too long loses its last fields")
        void withinTotal() {
            List<Card> cards = List.of(card(0, 3000), card(1, 2000), card(2, 2000));
            assertThat(ReplyLimits.fit(cards, List.of(), false).cards()).extracting(Card::title)
                    .containsExactly("Card 0", "Card 1");

            Card big = card(0, 4000);
            for (int i = 0; i < 3; i++) {
                big = big.withField("Step " + i, "y".repeat(1000));
            }
            Card fitted = ReplyLimits.fit(List.of(big), List.of(), false).cards().get(0);
            assertThat(fitted.length()).isLessThanOrEqualTo(Limits.EMBED_TOTAL);
            assertThat(fitted.fields()).extracting(Card.Field::name).containsExactly("Step 0");
            assertThat(fitted.description()).isEqualTo(big.description());
        }

        @Test
        @DisplayName("a card's first 25 fields, and its text cut to Discord's limits with an ellipsis")
        void cardCutToItsLimits() {
            Card card = new Card("t".repeat(300), "Body", List.of(), "f".repeat(2100));
            for (int i = 0; i < 27; i++) {
                card = card.withField(i == 0 ? "n".repeat(300) : "Step " + i, i == 0 ? "v".repeat(1100) : "ok");
            }
            Card fitted = ReplyLimits.fit(List.of(card), List.of(), false).cards().get(0);
            assertThat(fitted.fields()).hasSize(25);
            assertThat(fitted.fields().get(24).name()).isEqualTo("Step 24");
            assertThat(fitted.title()).hasSize(256).endsWith("…");
            assertThat(fitted.footer()).hasSize(2048).endsWith("…");
            assertThat(fitted.fields().get(0).name()).hasSize(256).endsWith("…");
            Card longBody = Card.of("Title", "d".repeat(4100));
            assertThat(ReplyLimits.fit(List.of(longBody), List.of(), false).cards().get(0).description()).hasSize(4096)
                    .endsWith("…");
            assertThat(fitted.fields().get(0).value()).hasSize(1024).endsWith("…");
        }

        @Test
        @DisplayName("a repeated button left out, and a row it leaves empty with it")
        void repeatedLeftOut() {
            List<Row> rows = new ArrayList<>();
            rows.add(Row.of(button("log", "Log a touchpoint"), button("snooze", "Snooze")));
            rows.add(Row.of(button("log", "Log it again")));
            rows.add(Row.of(button("done", "Done"), button("snooze", "Snooze again")));
            List<Row> kept = ReplyLimits.fit(List.of(), rows, false).rows();
            assertThat(kept).hasSize(2);
            assertThat(new Reply("", List.of(), kept, null, true, false, List.of(), java.util.Set.of()).buttons())
                    .extracting(Button::label).containsExactly("Log a touchpoint", "Snooze", "Done");
        }

        @Test
        @DisplayName("the first five rows")
        void fiveRows() {
            assertThat(ReplyLimits.fit(List.of(), rows(7), false).rows()).hasSize(5);
        }
    }

    @Test
    @DisplayName("built only to be checked (the coaching content at start-up), says each part over a limit, with its "
            + "length, the limit and the text as built, instead of failing or logging; a message's text over 2,000 "
            + "characters too")
    void checkedOnly() {
        String body = "d".repeat(4100);
        List<Overruns.Overrun> found = Overruns.in(() -> Reply.text("t".repeat(2001))
                .withCard(new Card("Title", body, List.of(), null)));
        assertThat(found).containsExactly(
                new Overruns.Overrun("one message's text", 2001, Limits.MESSAGE_CONTENT, "t".repeat(2001)),
                new Overruns.Overrun("a card's text", 4100, Limits.EMBED_DESCRIPTION, body));
        assertThat(found.get(1).excess()).isEqualTo(4);
        // outside such a check, the same reply fails in the tests as before
        assertThatThrownBy(() -> Reply.card(Card.of("Title", body))).isInstanceOf(AssertionError.class);
    }
}
