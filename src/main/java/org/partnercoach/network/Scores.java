package org.partnercoach.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Trust and value from stored ratings. A relationship's score at a moment is the mean of the answers to its latest
 * question answered on every line before then (trust: openness, follow-through, shared mission; value: resources,
 * influence, involvement); the coalition's is the mean over the partners on the list then that have one. Only ratings given before the moment
 * count, so a past quarter's figures read the same later (a rating changed within its 7 days aside).
 */
final class Scores {

    /** How the report says which answers its averages count. */
    static final String COUNTED = "A partner's score is its latest question answered on all three lines; "
            + "one answered in part does not count.";

    private final List<RatingStore.Rating> ratings;

    Scores(List<RatingStore.Rating> ratings) {
        this.ratings = List.copyOf(ratings);
    }

    /**
     * Each partner's score of {@code kind} at {@code at}, by partner id: the mean of the lines of its latest question
     * answered on every line before then. A question answered on one line of three is left out (its lines are kept,
     * for the member), so that one line never stands for the whole of trust or value.
     */
    Map<Long, Double> byPartner(Aspect.Kind kind, Instant at) {
        int lines = kind.aspects().size();
        Map<Long, List<RatingStore.Rating>> byAsk = new LinkedHashMap<>();
        for (RatingStore.Rating r : ratings) {
            if (r.aspect().kind() == kind && r.ratedAt().isBefore(at)) {
                byAsk.computeIfAbsent(r.askId(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Long, List<RatingStore.Rating>> latest = new HashMap<>();
        Map<Long, Instant> latestAt = new HashMap<>();
        byAsk.forEach((ask, answers) -> {
            if (answers.stream().map(RatingStore.Rating::aspect).distinct().count() < lines) {
                return;
            }
            long partner = answers.get(0).partnerId();
            // answered when its last line was
            Instant done = answers.stream().map(RatingStore.Rating::ratedAt).max(Instant::compareTo).orElseThrow();
            Instant seen = latestAt.get(partner);
            if (seen == null || done.isAfter(seen)
                    || done.equals(seen) && ask > latest.get(partner).get(0).askId()) {
                latestAt.put(partner, done);
                latest.put(partner, answers);
            }
        });
        Map<Long, Double> out = new TreeMap<>();
        latest.forEach((partner, answers) -> out.put(partner, answers.stream()
                .mapToInt(RatingStore.Rating::score).average().orElseThrow()));
        return out;
    }

    OptionalDouble partner(long partnerId, Aspect.Kind kind, Instant at) {
        Double score = byPartner(kind, at).get(partnerId);
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    /**
     * The coalition's average of {@code kind} at {@code at}: the mean over the partners on the list then (by id) that
     * have a score. A partner deleted since, or moved on by then, keeps its ratings but is in no average.
     */
    OptionalDouble average(Aspect.Kind kind, Instant at, java.util.Set<Long> onList) {
        return byPartner(kind, at).entrySet().stream().filter(e -> onList.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).average();
    }

    /**
     * What an average or a partner's score with no rating to count says, wherever trust and value are shown (the
     * map, the report's text, PDF, picture and CSV, a partner's page).
     */
    static final String NO_RATINGS = "no ratings yet";

    /** "4.2" */
    static String format(OptionalDouble score) {
        return score.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f", score.getAsDouble()) : "—";
    }

    /** What an average with no partner to count says when partners were rated, but none of them is on the list. */
    static final String NONE_ON_LIST = "none among the partners on the list (the rated ones moved on or were deleted)";
    /** The same, short, beside each quarter of the trend (explained once by {@link #NONE_ON_LIST_EXPLAINED}). */
    static final String NONE_ON_LIST_SHORT = "none on the list";
    /** The same in the trend picture's empty slot, which has no text beside it to explain it. */
    static final String NONE_ON_LIST_NOTE = "none on the list (the rated ones moved on or were deleted)";
    static final String NONE_ON_LIST_EXPLAINED = "\u201cNone on the list\u201d: partners were rated, but the rated "
            + "ones had moved on or have been deleted since; their ratings are kept and count in no average.";

    /**
     * "4.2 (+0.3 on last quarter)", "4.2 (new this quarter)", {@link #NO_RATINGS}, or {@link #NONE_ON_LIST} when
     * {@code ratedOffList} (partners no longer on the list had scores).
     */
    static String withChange(OptionalDouble now, OptionalDouble before, boolean ratedOffList) {
        if (now.isEmpty()) {
            return ratedOffList ? NONE_ON_LIST : NO_RATINGS;
        }
        if (before.isEmpty()) {
            return format(now) + " (new this quarter)";
        }
        double d = Math.round((now.getAsDouble() - before.getAsDouble()) * 10) / 10.0;
        if (d == 0) {
            return format(now) + " (same as last quarter)";
        }
        return format(now) + " (" + (d > 0 ? "+" : "−") + String.format(java.util.Locale.ROOT, "%.1f", Math.abs(d))
                + " on last quarter)";
    }

    /** ↑ ↓ → between two scores (a tenth or less is steady). */
    static String arrow(OptionalDouble now, OptionalDouble before) {
        if (now.isEmpty() || before.isEmpty()) {
            return "";
        }
        double d = now.getAsDouble() - before.getAsDouble();
        return d > 0.1 ? "↑" : d < -0.1 ? "↓" : "→";
    }
}
