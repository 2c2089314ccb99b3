package org.partnercoach.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * A framed block of text (an embed on Discord): a title, a body and a few labelled fields. Discord's limits on one
 * card (25 fields, a title of 256 characters, ...) are checked with the whole reply's in {@link ReplyLimits}: a card
 * over them is a mistake in the feature that built it, never cut here without a word.
 */
public record Card(String title, String description, List<Field> fields, String footer) {

    public record Field(String name, String value, boolean inline) {
        public Field {
            name = name == null || name.isBlank() ? "\u200b" : name;
            value = value == null || value.isBlank() ? "—" : value;
        }
    }

    public Card {
        fields = List.copyOf(fields);
    }

    public static Card of(String title, String description) {
        return new Card(title, description, List.of(), null);
    }

    public Card withField(String name, String value) {
        List<Field> more = new ArrayList<>(fields);
        more.add(new Field(name, value, false));
        return new Card(title, description, more, footer);
    }

    /**
     * A field whose value may be longer than Discord takes in one (notes of 1,000 characters grow with their escapes):
     * it goes on in fields with no heading of their own, which read as its continuation, so nothing is cut.
     */
    public Card withLongField(String name, String value) {
        Card card = this;
        String heading = name;
        for (String piece : Shown.pieces(value, Limits.EMBED_FIELD_VALUE)) {
            card = card.withField(heading, piece);
            heading = "";
        }
        return card;
    }

    public Card withFooter(String text) {
        return new Card(title, description, fields, text);
    }

    /** All the text in the card, for Discord's 6000-character limit on a message's embeds. */
    public int length() {
        int n = (title == null ? 0 : title.length()) + (description == null ? 0 : description.length())
                + (footer == null ? 0 : footer.length());
        for (Field f : fields) {
            n += f.name().length() + f.value().length();
        }
        return n;
    }
}
