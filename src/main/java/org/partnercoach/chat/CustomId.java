package org.partnercoach.chat;

import java.util.List;
import java.util.Optional;

/**
 * The id a button, select menu or modal carries: {@code feature:action:arg:arg}. It names the row it acts on, so
 * a component keeps working after a restart: everything else is read from the database.
 */
public record CustomId(String feature, String action, List<String> args) {

    /** Discord's limit for a component's custom id. */
    public static final int MAX_LENGTH = 100;
    private static final String SEPARATOR = ":";

    public CustomId {
        args = List.copyOf(args);
        if (feature.contains(SEPARATOR) || action.contains(SEPARATOR)) {
            throw new IllegalArgumentException("feature and action may not contain ':'");
        }
    }

    public static CustomId of(String feature, String action, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new CustomId(feature, action, List.of(texts));
    }

    /** Parses an id; an id that is not ours comes back empty. */
    public static Optional<CustomId> parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = raw.split(SEPARATOR, -1);
        if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new CustomId(parts[0], parts[1], List.of(parts).subList(2, parts.length)));
    }

    public String arg(int index) {
        return index < args.size() ? args.get(index) : "";
    }

    /** The numeric argument at {@code index}, or -1 when it is missing or not a number. */
    public long longArg(int index) {
        try {
            return Long.parseLong(arg(index));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String encode() {
        StringBuilder sb = new StringBuilder(feature).append(SEPARATOR).append(action);
        args.forEach(a -> sb.append(SEPARATOR).append(a));
        String encoded = sb.toString();
        if (encoded.length() > MAX_LENGTH) {
            throw new IllegalStateException("custom id longer than " + MAX_LENGTH + ": " + encoded);
        }
        return encoded;
    }

    @Override
    public String toString() {
        return encode();
    }
}
