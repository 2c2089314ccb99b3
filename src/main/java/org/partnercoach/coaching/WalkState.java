package org.partnercoach.coaching;

import java.util.List;
import java.util.Optional;
import org.partnercoach.curriculum.Curriculum;

/**
 * A walk as the member should now see it: where they stand (empty once done), their answers, and a short notice
 * about what just happened ("Saved.", "That button was from an earlier question.").
 */
public record WalkState(Curriculum curriculum, Walk walk, Optional<Curriculum.Position> position,
                        List<Answer> answers, String notice) {

    public boolean done() {
        return walk.status() == Walk.Status.DONE;
    }

    public Optional<Answer> answerFor(String questionKey) {
        return answers.stream().filter(a -> a.questionKey().equals(questionKey)).findFirst();
    }

    public long answeredCount() {
        return answers.stream().filter(a -> !a.skipped()).count();
    }

    public long skippedCount() {
        return answers.stream().filter(Answer::skipped).count();
    }

    WalkState withNotice(String text) {
        return new WalkState(curriculum, walk, position, answers, text);
    }
}
