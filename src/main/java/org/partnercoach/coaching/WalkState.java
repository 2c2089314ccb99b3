package org.partnercoach.coaching;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnercoach.curriculum.Curriculum;

/**
 * A walk as the member should now see it: where they stand (empty once done), their answers, what just happened
 * ({@code outcome}) and a short notice about it ("Saved: ...", "That button was from an earlier question.").
 */
public record WalkState(Curriculum curriculum, Walk walk, Optional<Curriculum.Position> position,
                        List<Answer> answers, WalkOutcome outcome, String notice) {

    public boolean done() {
        return walk.status() == Walk.Status.DONE;
    }

    public boolean paused() {
        return walk.status() == Walk.Status.PAUSED;
    }

    public Optional<Answer> answerFor(String questionKey) {
        return answers.stream().filter(a -> a.questionKey().equals(questionKey)).findFirst();
    }

    /** The member's own words for a question, if they gave any (a skip or a cleared answer has none). */
    public Optional<String> textFor(String questionKey) {
        return answerFor(questionKey).filter(a -> !a.skipped()).map(Answer::text);
    }

    public long answeredCount() {
        return answers.stream().filter(a -> !a.skipped() && curriculum.find(a.questionKey()).isPresent()).count();
    }

    /** The questions of the walk without an answer: skipped ones, and ones never reached. */
    public List<Curriculum.Position> unanswered() {
        return curriculum.positions().stream().filter(p -> textFor(p.question().key()).isEmpty()).toList();
    }

    public long skippedCount() {
        return answers.stream().filter(a -> a.skipped() && curriculum.find(a.questionKey()).isPresent()).count();
    }

    /**
     * The member's words for questions the content no longer asks (its question keys changed since): kept for the
     * member alone, to read, make private or delete; never shown to anyone else.
     */
    public List<Answer> retiredAnswers() {
        return answers.stream().filter(a -> !a.skipped() && curriculum.find(a.questionKey()).isEmpty()).toList();
    }

    /**
     * Where {@code back} goes from {@code at}: the question before it as the member walked. That is the one before it
     * in the content, unless the walk came round to {@code at} (past its last question, or past ones already met, to
     * the first one not met yet): then it is the question it came round from, the one answered last while {@code at}
     * waits for its answer (right after coming round, the answer just given), or met last before {@code at} once it is
     * answered (so question 1 leads back round to question 17). Read from the stored answers alone: a restart keeps it.
     */
    public Optional<Curriculum.Position> before(Curriculum.Position at) {
        return cameRoundFrom(at).or(() -> curriculum.before(at));
    }

    private Optional<Curriculum.Position> cameRoundFrom(Curriculum.Position at) {
        Optional<Answer> own = answerFor(at.question().key());
        List<Answer> met = answers.stream().filter(a -> curriculum.find(a.questionKey()).isPresent())
                .filter(a -> own.isEmpty() || a.id() < own.get().id()).toList();
        Set<String> seen = met.stream().map(Answer::questionKey).collect(Collectors.toSet());
        Comparator<Answer> last = own.isPresent() ? Comparator.comparingLong(Answer::id)
                : Comparator.comparing(Answer::updatedAt).thenComparingLong(Answer::id);
        // of the questions that lead to this one (the one before it, or one the walk comes round from), the last
        return met.stream().map(a -> Map.entry(a, curriculum.find(a.questionKey()).orElseThrow()))
                .filter(e -> e.getValue().flatIndex() + 1 == at.flatIndex() || comesRound(e.getValue(), at, seen))
                .max(Map.Entry.comparingByKey(last))
                .map(Map.Entry::getValue)
                .filter(from -> from.flatIndex() > at.flatIndex());
    }

    /** Whether the walk comes round from {@code from} to {@code at}: the first one not met, going on past the end. */
    private boolean comesRound(Curriculum.Position from, Curriculum.Position at, Set<String> seen) {
        List<Curriculum.Position> all = curriculum.positions();
        return from.flatIndex() > at.flatIndex() && Stream.concat(all.stream().skip(from.flatIndex() + 1L),
                        all.stream().limit(from.flatIndex()))
                .filter(p -> !seen.contains(p.question().key()))
                .findFirst()
                .filter(p -> p.flatIndex() == at.flatIndex())
                .isPresent();
    }

    WalkState with(WalkOutcome newOutcome, String text) {
        return new WalkState(curriculum, walk, position, answers, newOutcome, text);
    }
}
