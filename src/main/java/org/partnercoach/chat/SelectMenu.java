package org.partnercoach.chat;

import java.util.List;

/** A drop-down under a message. */
public record SelectMenu(CustomId id, String placeholder, List<Option> options, int minValues, int maxValues) {

    public record Option(String value, String label, String description) {
        public Option {
            label = Limits.clip(Shown.label(label), Limits.SELECT_OPTION_LABEL);
            description = description == null ? null : Limits.clip(Shown.label(description),
                    Limits.SELECT_OPTION_LABEL);
        }
    }

    public SelectMenu {
        if (options.isEmpty() || options.size() > Limits.SELECT_OPTIONS) {
            throw new IllegalArgumentException("a select menu takes 1 to 25 options, got " + options.size());
        }
        options = List.copyOf(options);
        placeholder = Limits.clip(placeholder, Limits.SELECT_PLACEHOLDER);
        maxValues = Math.min(maxValues, options.size());
        minValues = Math.min(minValues, maxValues);
    }

    public static SelectMenu single(CustomId id, String placeholder, List<Option> options) {
        return new SelectMenu(id, placeholder, options, 1, 1);
    }
}
