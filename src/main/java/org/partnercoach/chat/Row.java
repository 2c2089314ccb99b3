package org.partnercoach.chat;

import java.util.List;

/** One row of components under a message: up to five buttons, or one select menu. */
public sealed interface Row {

    record Buttons(List<Button> buttons) implements Row {
        public Buttons {
            if (buttons.isEmpty() || buttons.size() > Limits.BUTTONS_PER_ROW) {
                throw new IllegalArgumentException("a row takes 1 to 5 buttons, got " + buttons.size());
            }
            buttons = List.copyOf(buttons);
        }
    }

    record Select(SelectMenu menu) implements Row {
    }

    static Row of(Button... buttons) {
        return new Buttons(List.of(buttons));
    }

    /**
     * "◀ Previous" and "Next ▶" for page {@code shown} (from 0) of {@code pages}; empty when there is one page.
     *
     * @param pageId the id of the button that shows a page
     */
    static java.util.Optional<Row> pager(int shown, int pages, java.util.function.IntFunction<CustomId> pageId) {
        List<Button> nav = new java.util.ArrayList<>();
        if (shown > 0) {
            nav.add(Button.secondary(pageId.apply(shown - 1), "◀ Previous"));
        }
        if (shown < pages - 1) {
            nav.add(Button.secondary(pageId.apply(shown + 1), "Next ▶"));
        }
        return nav.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Buttons(nav));
    }

    /** Lays buttons out five to a row. */
    static List<Row> grid(List<Button> buttons) {
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < buttons.size(); i += Limits.BUTTONS_PER_ROW) {
            rows.add(new Buttons(buttons.subList(i, Math.min(buttons.size(), i + Limits.BUTTONS_PER_ROW))));
        }
        return rows;
    }
}
