package org.partnercoach.chat;

/** A button under a message. */
public record Button(CustomId id, String label, Style style) {

    public enum Style { PRIMARY, SECONDARY, SUCCESS, DANGER }

    public Button {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a button needs a label");
        }
        label = Limits.clip(Shown.label(label), Limits.BUTTON_LABEL);
    }

    public static Button primary(CustomId id, String label) {
        return new Button(id, label, Style.PRIMARY);
    }

    public static Button secondary(CustomId id, String label) {
        return new Button(id, label, Style.SECONDARY);
    }

    public static Button success(CustomId id, String label) {
        return new Button(id, label, Style.SUCCESS);
    }

    public static Button danger(CustomId id, String label) {
        return new Button(id, label, Style.DANGER);
    }
}
