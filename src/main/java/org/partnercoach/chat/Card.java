package org.partnercoach.chat;

import java.util.ArrayList;
import java.util.List;

/** A framed block of text (an embed on Discord): a title, a body and a few labelled fields. */
public record Card(String title, String description, List<Field> fields, String footer) {

    public record Field(String name, String value, boolean inline) {
        public Field {
            name = Limits.clip(name == null || name.isBlank() ? "\u200b" : name, Limits.EMBED_FIELD_NAME);
            value = Limits.clip(value == null || value.isBlank() ? "—" : value, Limits.EMBED_FIELD_VALUE);
        }
    }

    public Card {
        title = title == null ? null : Limits.clip(title, Limits.EMBED_TITLE);
        description = description == null ? null : Limits.clip(description, Limits.EMBED_DESCRIPTION);
        footer = footer == null ? null : Limits.clip(footer, Limits.EMBED_FOOTER);
        fields = List.copyOf(fields.size() > Limits.EMBED_FIELDS ? fields.subList(0, Limits.EMBED_FIELDS) : fields);
    }

    public static Card of(String title, String description) {
        return new Card(title, description, List.of(), null);
    }

    public Card withField(String name, String value) {
        List<Field> more = new ArrayList<>(fields);
        more.add(new Field(name, value, false));
        return new Card(title, description, more, footer);
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
