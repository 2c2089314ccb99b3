package org.partnercoach.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A guided walk's content: steps (the 5 tips, the 4 Ask Yourself questions...), each with guidance and questions.
 *
 * @param stepNoun what a step is called in progress lines ("Tip", "Question")
 * @param finish   what the member reads at the end, and the next step suggested to them
 * @param command  how a member comes back to this walk ("/coach start")
 */
public record Curriculum(String key, String title, String intro, String stepNoun, String command, List<Step> steps,
                         Finish finish) {

    /** One step: a title, short guidance, and the questions it asks. */
    public record Step(String key, String title, String guidance, List<Question> questions) {
        public Step {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    /** A question the member answers in their own words. {@code hint} is shown inside the empty answer box. */
    public record Question(String key, String text, String hint) {
    }

    /**
     * What the end of the walk says. {@code nextStepOnceDone} maps another curriculum's key to the next step shown
     * instead of {@code nextStep} once the member has finished that walk too (the 5 tips stop suggesting
     * {@code /reflect} to a member who did it); empty when none.
     */
    public record Finish(String message, String nextStep, java.util.Map<String, String> nextStepOnceDone) {
        public Finish {
            nextStepOnceDone = nextStepOnceDone == null ? java.util.Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nextStepOnceDone));
        }

        public Finish(String message, String nextStep) {
            this(message, nextStep, null);
        }
    }

    /** A question with where it stands in the walk. */
    public record Position(int stepIndex, Step step, int questionIndex, Question question, int flatIndex) {
        public int stepNumber() {
            return stepIndex + 1;
        }
    }

    public Curriculum {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** Every question in walk order, with its step. */
    public List<Position> positions() {
        List<Position> all = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            for (int q = 0; q < step.questions().size(); q++) {
                all.add(new Position(s, step, q, step.questions().get(q), all.size()));
            }
        }
        return all;
    }

    public Optional<Position> find(String questionKey) {
        return positions().stream().filter(p -> p.question().key().equals(questionKey)).findFirst();
    }

    public Position first() {
        return positions().get(0);
    }

    public Optional<Position> after(Position p) {
        List<Position> all = positions();
        return p.flatIndex() + 1 < all.size() ? Optional.of(all.get(p.flatIndex() + 1)) : Optional.empty();
    }

    public Optional<Position> before(Position p) {
        return p.flatIndex() > 0 ? Optional.of(positions().get(p.flatIndex() - 1)) : Optional.empty();
    }

    /** The first question of step {@code number} (1-based). */
    public Optional<Position> startOfStep(int number) {
        return positions().stream().filter(p -> p.stepNumber() == number && p.questionIndex() == 0).findFirst();
    }

    public int questionCount() {
        return positions().size();
    }
}
