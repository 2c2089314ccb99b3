package org.partnercoach.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's limits on a whole message and on each card in it: at most 10 cards, 6,000 characters across them, 5 rows
 * of components, and one custom id per component; and per card 25 fields, a title of 256 characters, a description of
 * 4,096, a field's name of 256 and its value of 1,024, a footer of 2,048 (Discord refuses most of these, and drops a
 * sixth row or a twenty-sixth field without a word). Every {@link Reply} passes here. A reply over a limit is a
 * mistake in the feature that built it: where assertions are on (the tests) it fails there and then; in the running
 * bot it is logged and cut to what Discord takes (the last cards, fields, rows and repeated buttons left out, text
 * too long cut with an ellipsis), so the member still gets an answer. Replies built only to be checked (the coaching
 * content's cards, rendered at start-up) have their overruns collected instead: see {@link Overruns}.
 */
final class ReplyLimits {

    private static final Logger log = LoggerFactory.getLogger(ReplyLimits.class);
    /** On in the tests (Surefire runs with -ea), off in the running bot. */
    private static final boolean STRICT = ReplyLimits.class.desiredAssertionStatus();

    static final int CARDS = 10;

    record Parts(List<Card> cards, List<Row> rows) {
    }

    private ReplyLimits() {
    }

    static Parts fit(List<Card> cards, List<Row> rows) {
        return fit(cards, rows, STRICT);
    }

    /** {@code strict}: throw on the first limit broken, rather than log it and cut the reply down. */
    static Parts fit(List<Card> cards, List<Row> rows, boolean strict) {
        List<String> broken = new ArrayList<>();
        List<Card> keptCards = new ArrayList<>(cards.size());
        for (Card card : cards) {
            keptCards.add(withinCardLimits(card, broken));
        }
        if (keptCards.size() > CARDS) {
            broken.add(keptCards.size() + " cards (Discord takes " + CARDS + "; the last ones left out)");
            Overruns.found("cards in one message", keptCards.size(), CARDS, "");
            keptCards = keptCards.subList(0, CARDS);
        }
        int total = 0;
        for (Card card : keptCards) {
            total += card.length();
        }
        if (total > Limits.EMBED_TOTAL) {
            broken.add(total + " characters in its cards (Discord takes " + Limits.EMBED_TOTAL
                    + " in all; the last cards, or the last card's last fields, left out)");
            Overruns.found("the cards of one message", total, Limits.EMBED_TOTAL, allText(keptCards));
            keptCards = withinTotal(keptCards);
        }
        List<Row> keptRows = withoutRepeatedIds(rows, broken);
        if (keptRows.size() > Limits.ROWS) {
            broken.add(keptRows.size() + " rows of buttons or menus (Discord shows " + Limits.ROWS
                    + "; the last ones left out)");
            Overruns.found("rows of buttons in one message", keptRows.size(), Limits.ROWS, "");
            keptRows = keptRows.subList(0, Limits.ROWS);
        }
        if (!broken.isEmpty() && !Overruns.collecting()) {
            String problem = "a reply has " + String.join(", and ", broken);
            if (strict) {
                throw new AssertionError(problem);
            }
            log.warn("{}: sent cut down to what Discord takes", problem);
        }
        return new Parts(keptCards, keptRows);
    }

    /**
     * The card cut to Discord's limits on one card, each limit it breaks added to {@code broken}; the card itself,
     * with nothing copied, when it keeps them all (nearly every card; a reply's cards pass here again on each of its
     * {@code with...} calls).
     */
    private static Card withinCardLimits(Card card, List<String> broken) {
        int before = broken.size();
        List<Card.Field> fields = card.fields();
        if (fields.size() > Limits.EMBED_FIELDS) {
            broken.add("a card with " + fields.size() + " fields (Discord shows " + Limits.EMBED_FIELDS
                    + "; the last ones left out)");
            Overruns.found("fields in one card", fields.size(), Limits.EMBED_FIELDS, "");
            fields = fields.subList(0, Limits.EMBED_FIELDS);
        }
        List<Card.Field> keptFields = new ArrayList<>(fields.size());
        for (Card.Field f : fields) {
            int fine = broken.size();
            String name = within(f.name(), Limits.EMBED_FIELD_NAME, "field name", "a card's heading", broken);
            String value = within(f.value(), Limits.EMBED_FIELD_VALUE, "field value", "the text under a card's "
                    + "heading", broken);
            // a field is copied only when one of its texts was cut
            keptFields.add(broken.size() == fine ? f : new Card.Field(name, value, f.inline()));
        }
        String title = within(card.title(), Limits.EMBED_TITLE, "title", "a card's title", broken);
        String description = within(card.description(), Limits.EMBED_DESCRIPTION, "description", "a card's text",
                broken);
        String footer = within(card.footer(), Limits.EMBED_FOOTER, "footer", "a card's last line", broken);
        return broken.size() == before ? card : new Card(title, description, keptFields, footer);
    }

    /**
     * {@code text} cut to {@code max} characters, the part named in {@code broken} when it had to be ({@code inWords}
     * for {@link Overruns}).
     */
    private static String within(String text, int max, String part, String inWords, List<String> broken) {
        if (text == null || text.length() <= max) {
            return text;
        }
        broken.add("a card's " + part + " of " + text.length() + " characters (Discord takes " + max + "; cut)");
        Overruns.found(inWords, text.length(), max, text);
        return Limits.clip(text, max);
    }

    /** Every text of the cards, for {@link Overruns}: the one over the total is somewhere in them. */
    private static String allText(List<Card> cards) {
        StringBuilder all = new StringBuilder();
        for (Card card : cards) {
            all.append(card.title()).append('\n').append(card.description()).append('\n');
            card.fields().forEach(f -> all.append(f.name()).append('\n').append(f.value()).append('\n'));
            all.append(card.footer()).append('\n');
        }
        return all.toString();
    }

    /** The cards in order while they fit; one card alone over the total loses fields from its end, then text. */
    private static List<Card> withinTotal(List<Card> cards) {
        List<Card> kept = new ArrayList<>();
        int total = 0;
        for (Card card : cards) {
            if (total + card.length() > Limits.EMBED_TOTAL) {
                if (kept.isEmpty()) {
                    kept.add(shrink(card));
                }
                break;
            }
            kept.add(card);
            total += card.length();
        }
        return kept;
    }

    private static Card shrink(Card card) {
        List<Card.Field> fields = new ArrayList<>(card.fields());
        Card c = card;
        while (c.length() > Limits.EMBED_TOTAL && !fields.isEmpty()) {
            fields.remove(fields.size() - 1);
            c = new Card(card.title(), card.description(), fields, card.footer());
        }
        if (c.length() > Limits.EMBED_TOTAL && c.description() != null) {
            int room = Math.max(1, c.description().length() - (c.length() - Limits.EMBED_TOTAL));
            c = new Card(c.title(), Limits.clip(c.description(), room), fields, c.footer());
        }
        return c;
    }

    /** A button or menu whose custom id an earlier one has is left out (and a row it leaves empty with it). */
    private static List<Row> withoutRepeatedIds(List<Row> rows, List<String> broken) {
        int components = 0;
        for (Row row : rows) {
            components += row instanceof Row.Buttons b ? b.buttons().size() : 1;
        }
        if (components < 2) {
            return rows; // nothing to compare: most replies, which pass here again on each of their with... calls
        }
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        List<Row> kept = new ArrayList<>();
        for (Row row : rows) {
            if (row instanceof Row.Select s) {
                if (seen.add(s.menu().id().encode())) {
                    kept.add(row);
                } else {
                    repeated.add(named(s.menu().id()));
                }
            } else if (row instanceof Row.Buttons b) {
                List<Button> buttons = new ArrayList<>();
                for (Button button : b.buttons()) {
                    if (seen.add(button.id().encode())) {
                        buttons.add(button);
                    } else {
                        repeated.add(named(button.id()));
                    }
                }
                if (buttons.size() == b.buttons().size()) {
                    kept.add(row);
                } else if (!buttons.isEmpty()) {
                    kept.add(new Row.Buttons(buttons));
                }
            }
        }
        if (!repeated.isEmpty()) {
            Overruns.found("buttons with one custom id", repeated.size() + 1, 1, "");
            broken.add("two buttons or menus with one custom id, " + String.join(", ", repeated)
                    + " (Discord refuses the message; the later ones left out)");
        }
        return repeated.isEmpty() ? rows : kept;
    }

    /** A custom id as the log names it: its feature and action, never its arguments. */
    private static String named(CustomId id) {
        return id.feature() + ":" + id.action();
    }
}
