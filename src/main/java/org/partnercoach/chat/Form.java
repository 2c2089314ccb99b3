package org.partnercoach.chat;

import java.util.List;

/** A modal form: a title and up to five text fields, answered all at once. */
public record Form(CustomId id, String title, List<Input> inputs) {

    /**
     * One text field. {@code value} pre-fills it (for editing an earlier answer); {@code placeholder} is the grey hint
     * inside the empty field, none when blank (Discord refuses a blank one, and the form would not open).
     */
    public record Input(String id, String label, boolean paragraph, boolean required, int maxLength,
                        String placeholder, String value) {
        public Input {
            label = Limits.clip(Shown.label(label), Limits.MODAL_LABEL);
            placeholder = placeholder == null || placeholder.isBlank() ? null
                    : Limits.clip(placeholder, Limits.MODAL_PLACEHOLDER);
            maxLength = Math.max(1, Math.min(maxLength, Limits.MODAL_VALUE));
            value = value == null || value.isEmpty() ? null : Limits.clip(value, maxLength);
        }

        public static Input paragraph(String id, String label, int maxLength) {
            return new Input(id, label, true, true, maxLength, null, null);
        }

        public static Input shortText(String id, String label, int maxLength) {
            return new Input(id, label, false, true, maxLength, null, null);
        }

        public Input optional() {
            return new Input(id, label, paragraph, false, maxLength, placeholder, value);
        }

        public Input prefilled(String text) {
            return new Input(id, label, paragraph, required, maxLength, placeholder, text);
        }

        public Input withPlaceholder(String text) {
            return new Input(id, label, paragraph, required, maxLength, text, value);
        }
    }

    public Form {
        if (inputs.isEmpty() || inputs.size() > 5) {
            throw new IllegalArgumentException("a form takes 1 to 5 inputs");
        }
        title = Limits.clip(Shown.label(title), Limits.MODAL_TITLE);
        inputs = List.copyOf(inputs);
    }
}
