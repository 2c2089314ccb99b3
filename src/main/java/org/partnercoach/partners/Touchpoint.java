package org.partnercoach.partners;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnercoach.chat.OptionSpec;

/** One contact with a partner: who, what kind, what about, and when it happened. */
public record Touchpoint(long id, long guildId, long partnerId, long userId, Kind kind, String note,
                         Instant happenedAt) {

    public enum Kind {
        MEETING("meeting", "Meeting"),
        CALL("call", "Call"),
        EMAIL("email", "Email"),
        INTRO("intro", "Introduction"),
        EVENT("event", "Event"),
        NOTE("note", "Note");

        private final String key;
        private final String label;

        Kind(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public static Optional<Kind> parse(String text) {
            String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(k -> k.key.equals(wanted)).findFirst();
        }

        static List<OptionSpec.Choice> choices() {
            return Arrays.stream(values()).map(k -> new OptionSpec.Choice(k.label, k.key)).toList();
        }
    }
}
