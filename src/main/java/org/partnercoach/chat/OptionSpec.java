package org.partnercoach.chat;

import java.util.List;

/** One option of a slash command. */
public record OptionSpec(String name, Type type, String description, boolean required, List<Choice> choices,
                         boolean autocomplete, Long min, Long max) {

    /** {@link #CHANNEL}: a channel the bot posts in, so only text and announcement channels are offered. */
    public enum Type { TEXT, INTEGER, BOOLEAN, USER, CHANNEL, ROLE }

    /** A fixed value the member picks from a list (or one suggested while typing); its value is sent as it is. */
    public record Choice(String name, String value) {
        public Choice {
            name = Shown.label(name);
        }
    }

    public OptionSpec {
        choices = List.copyOf(choices);
    }

    public static OptionSpec text(String name, String description) {
        return new OptionSpec(name, Type.TEXT, description, false, List.of(), false, null, null);
    }

    public static OptionSpec integer(String name, String description, long min, long max) {
        return new OptionSpec(name, Type.INTEGER, description, false, List.of(), false, min, max);
    }

    public static OptionSpec of(String name, Type type, String description) {
        return new OptionSpec(name, type, description, false, List.of(), false, null, null);
    }

    public OptionSpec mandatory() {
        return new OptionSpec(name, type, description, true, choices, autocomplete, min, max);
    }

    public OptionSpec withAutocomplete() {
        return new OptionSpec(name, type, description, required, choices, true, min, max);
    }

    public OptionSpec withChoices(List<Choice> list) {
        return new OptionSpec(name, type, description, required, list, autocomplete, min, max);
    }

    /** Length bounds for text options (min and max characters). */
    public OptionSpec withLength(long minLength, long maxLength) {
        return new OptionSpec(name, type, description, required, choices, autocomplete, minLength, maxLength);
    }
}
