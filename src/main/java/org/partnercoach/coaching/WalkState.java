package org.partnercoach.coaching;

import java.util.List;
import java.util.Optional;
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

    WalkState with(WalkOutcome newOutcome, String text) {
        return new WalkState(curriculum, walk, position, answers, newOutcome, text);
    }
}
