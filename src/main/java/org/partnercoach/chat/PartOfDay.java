package org.partnercoach.chat;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The parts of a day members name in words: a reminder "tomorrow morning" or "friday evening", a contact "this
 * afternoon" or "tonight". One definition, so that {@code /remind} and a touchpoint's day agree on the words and on
 * when the afternoon (12:00) and the evening (17:00) begin; where they differ on purpose, a field says so.
 */
public enum PartOfDay {
    MORNING("morning", LocalTime.of(5, 0), LocalTime.MIDNIGHT, LocalTime.of(9, 0)),
    AFTERNOON("afternoon", LocalTime.NOON, LocalTime.NOON, LocalTime.of(14, 0)),
    EVENING("evening|night", LocalTime.of(17, 0), LocalTime.of(17, 0), LocalTime.of(19, 0));

    /** Every word for a part of the day, as alternatives in a pattern: "morning|afternoon|evening|night". */
    public static final String WORDS = Arrays.stream(values()).map(p -> p.words).collect(Collectors.joining("|"));

    /** Its words, as alternatives in a pattern ("evening|night"). */
    public final String words;
    /**
     * When it begins, for a time still to come. The morning begins at 05:00: the small hours before it still belong
     * to the night before, as a member awake then sees it ("Tomorrow morning" pressed at 00:30 is 09:00 that day,
     * "tonight 4" is 04:00 after tonight, "friday morning" said early on a Friday is that Friday's).
     */
    public final LocalTime begins;
    /**
     * When it began, for a time gone by (a contact logged "this morning"): the morning from midnight, since a call
     * at two in the morning was in the morning too; the afternoon and the evening as {@link #begins}.
     */
    public final LocalTime beganLookingBack;
    /** The time a reminder set for it without a clock time comes: "tomorrow morning" 09:00, "tonight" 19:00. */
    public final LocalTime remindAt;

    PartOfDay(String words, LocalTime begins, LocalTime beganLookingBack, LocalTime remindAt) {
        this.words = words;
        this.begins = begins;
        this.beganLookingBack = beganLookingBack;
        this.remindAt = remindAt;
    }

    /** The part {@code word} (lower case, alone: "evening", "night") names; empty for any other word. */
    public static Optional<PartOfDay> of(String word) {
        return Arrays.stream(values()).filter(p -> word.matches(p.words)).findFirst();
    }
}
