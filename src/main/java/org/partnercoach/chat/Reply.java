package org.partnercoach.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the bot answers: text, cards, components, or a form to fill in. Immutable; the {@code with...} methods
 * return changed copies.
 *
 * <p>Replies are private to the member by default (ephemeral in a server channel); {@link #inPublic()} makes one
 * visible to the channel. User text inside a reply never pings anyone: only the users named in
 * {@link #mentionUsers()} may be mentioned. A reply over Discord's limits on a whole message (cards, rows, repeated
 * custom ids) fails in the tests and is cut down in the running bot: see {@link ReplyLimits}.
 *
 * @param update when answering a button or a form opened from one: replace that message instead of sending a new one
 */
public record Reply(String text, List<Card> cards, List<Row> rows, Form form, boolean ephemeral, boolean update,
                    List<Attachment> files, Set<Long> mentionUsers) {

    public Reply {
        if (text != null && text.length() > Limits.MESSAGE_CONTENT) {
            Overruns.found("one message's text", text.length(), Limits.MESSAGE_CONTENT, text);
        }
        text = text == null ? "" : Limits.clip(text, Limits.MESSAGE_CONTENT);
        ReplyLimits.Parts fitted = ReplyLimits.fit(cards, rows);
        cards = List.copyOf(fitted.cards());
        rows = List.copyOf(fitted.rows());
        files = List.copyOf(files);
        mentionUsers = Set.copyOf(mentionUsers);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), List.of(), null, true, false, List.of(), Set.of());
    }

    public static Reply card(Card card) {
        return new Reply("", List.of(card), List.of(), null, true, false, List.of(), Set.of());
    }

    /** A card with buttons under it, checked against the limits once (not once for each, as with withButtons). */
    public static Reply card(Card card, Button... buttons) {
        return new Reply("", List.of(card), Row.grid(List.of(buttons)), null, true, false, List.of(), Set.of());
    }

    /** Opens a form; on Discord this must be the first answer to the interaction. */
    public static Reply form(Form form) {
        return new Reply("", List.of(), List.of(), form, true, false, List.of(), Set.of());
    }

    public boolean isForm() {
        return form != null;
    }

    public Reply withCard(Card card) {
        List<Card> more = new ArrayList<>(cards);
        more.add(card);
        return new Reply(text, more, rows, form, ephemeral, update, files, mentionUsers);
    }

    public Reply withText(String newText) {
        return new Reply(newText, cards, rows, form, ephemeral, update, files, mentionUsers);
    }

    public Reply withRow(Row row) {
        List<Row> more = new ArrayList<>(rows);
        more.add(row);
        return new Reply(text, cards, more, form, ephemeral, update, files, mentionUsers);
    }

    public Reply withRows(List<Row> extra) {
        List<Row> more = new ArrayList<>(rows);
        more.addAll(extra);
        return new Reply(text, cards, more, form, ephemeral, update, files, mentionUsers);
    }

    public Reply withButtons(Button... buttons) {
        return withRows(Row.grid(List.of(buttons)));
    }

    public Reply withFile(Attachment file) {
        List<Attachment> more = new ArrayList<>(files);
        more.add(file);
        return new Reply(text, cards, rows, form, ephemeral, update, more, mentionUsers);
    }

    public Reply inPublic() {
        return new Reply(text, cards, rows, form, false, update, files, mentionUsers);
    }

    /** Replaces the message whose button was pressed, instead of adding a new one. */
    public Reply replacingMessage() {
        return new Reply(text, cards, rows, form, ephemeral, true, files, mentionUsers);
    }

    /** Lets this reply ping exactly these members (a reminder to a partner's owner); nobody else. */
    public Reply mentioning(Set<Long> userIds) {
        return new Reply(text, cards, rows, form, ephemeral, update, files, userIds);
    }

    public List<Button> buttons() {
        List<Button> all = new ArrayList<>();
        for (Row row : rows) {
            if (row instanceof Row.Buttons b) {
                all.addAll(b.buttons());
            }
        }
        return all;
    }

    /** All the visible text of the reply in one string: handy for tests and the console. */
    public String plainText() {
        StringBuilder sb = new StringBuilder(text);
        for (Card card : cards) {
            append(sb, card.title());
            append(sb, card.description());
            card.fields().forEach(f -> append(sb, f.name() + ": " + f.value()));
            append(sb, card.footer());
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null && !part.isEmpty()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(part);
        }
    }
}
