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

    /** Lays buttons out five to a row. */
    static List<Row> grid(List<Button> buttons) {
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < buttons.size(); i += Limits.BUTTONS_PER_ROW) {
            rows.add(new Buttons(buttons.subList(i, Math.min(buttons.size(), i + Limits.BUTTONS_PER_ROW))));
        }
        return rows;
    }
}
