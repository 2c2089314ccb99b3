package org.partnercoach.network;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Trust and value from stored ratings. A relationship's score at a moment is the mean of the answers to its latest
 * question answered before then (trust: openness, follow-through, shared mission; value: resources, influence,
 * involvement); the coalition's is the mean over the partners that have one. Only ratings given before the moment
 * count, so a past quarter's figures read the same later (a rating changed within its 7 days aside).
 */
final class Scores {

    private final List<RatingStore.Rating> ratings;

    Scores(List<RatingStore.Rating> ratings) {
        this.ratings = List.copyOf(ratings);
    }

    /** Each partner's score of {@code kind} at {@code at}, by partner id. */
    Map<Long, Double> byPartner(Aspect.Kind kind, Instant at) {
        Map<Long, Long> latestAsk = new HashMap<>();
        Map<Long, Instant> latestAt = new HashMap<>();
        for (RatingStore.Rating r : ratings) {
            if (r.aspect().kind() != kind || !r.ratedAt().isBefore(at)) {
                continue;
            }
            Instant seen = latestAt.get(r.partnerId());
            if (seen == null || !r.ratedAt().isBefore(seen)) {
                latestAt.put(r.partnerId(), r.ratedAt());
                latestAsk.put(r.partnerId(), r.askId());
            }
        }
        Map<Long, double[]> sums = new TreeMap<>();
        for (RatingStore.Rating r : ratings) {
            Long ask = latestAsk.get(r.partnerId());
            if (ask != null && ask == r.askId() && r.aspect().kind() == kind && r.ratedAt().isBefore(at)) {
                double[] s = sums.computeIfAbsent(r.partnerId(), k -> new double[2]);
                s[0] += r.score();
                s[1]++;
            }
        }
        Map<Long, Double> out = new TreeMap<>();
        sums.forEach((partner, s) -> out.put(partner, s[0] / s[1]));
        return out;
    }

    OptionalDouble partner(long partnerId, Aspect.Kind kind, Instant at) {
        Double score = byPartner(kind, at).get(partnerId);
        return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    /** The coalition's average of {@code kind} at {@code at}: the mean over partners with a score. */
    OptionalDouble average(Aspect.Kind kind, Instant at) {
        return byPartner(kind, at).values().stream().mapToDouble(Double::doubleValue).average();
    }

    /** "4.2" */
    static String format(OptionalDouble score) {
        return score.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f", score.getAsDouble()) : "—";
    }

    /** "4.2 (+0.3 on last quarter)", "4.2 (new this quarter)", "no ratings yet". */
    static String withChange(OptionalDouble now, OptionalDouble before) {
        if (now.isEmpty()) {
            return "no ratings yet";
        }
        if (before.isEmpty()) {
            return format(now) + " (new this quarter)";
        }
        double d = Math.round((now.getAsDouble() - before.getAsDouble()) * 10) / 10.0;
        String sign = d > 0 ? "+" : d < 0 ? "−" : "±";
        return format(now) + " (" + sign + String.format(java.util.Locale.ROOT, "%.1f", Math.abs(d))
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
