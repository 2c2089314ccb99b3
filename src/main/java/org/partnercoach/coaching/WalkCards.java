package org.partnercoach.coaching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.Surface;
import org.partnercoach.curriculum.CardFit;
import org.partnercoach.curriculum.Curriculum;
import org.partnercoach.curriculum.CurriculumLoader;

/**
 * Every message a walk shows from its content, rendered at start-up through {@link WalkView} (and {@code /coach tip}'s
 * card) at its longest: each question as the walk opens there (introduction, guidance, question and, in a server, the
 * invitation to the DM) and as every other outcome shows it, in a server and in a DM (there with the step's guidance
 * owed, and both with a long answer so far: each only adds to the card), paused, and the end of the walk with each
 * next step; so that no text that passes is cut where it is shown.
 */
public final class WalkCards {

    /**
     * A long answer: longer than the room any of these cards gives an answer (the walk's card quotes 600 characters of
     * it, the end of the walk a field's worth at most), so that each shows as much of it as of the longest answer.
     */
    private static final String ANSWER = "x".repeat(Limits.EMBED_FIELD_VALUE + 1);

    private WalkCards() {
    }

    /**
     * Checks the walk of {@code c}, read from {@code file}; throws a {@code CurriculumException} naming the file, the
     * keys and by how much, for the message that would be cut the most.
     *
     * @param key     the walk's key (the 5 tips also show {@code /coach tip}'s cards)
     * @param subject the longest name of a walk's subject as typed (a partner's), or null for walks without one
     */
    public static void check(String file, String key, Curriculum c, String subject) {
        String shownName = Shown.text(subject);
        String about = subject == null ? "" : " (for a partner with the longest name there can be)";
        List<CardFit.Shown> messages = new ArrayList<>();
        for (Curriculum.Position at : c.positions()) {
            String question = "question " + (at.flatIndex() + 1);
            for (WalkOutcome outcome : WalkOutcome.values()) {
                // a walk begins at its first question or at the step it is opened at, with no answer yet
                boolean begins = outcome == WalkOutcome.STARTED;
                if (begins && at.questionIndex() != 0) {
                    continue;
                }
                String what = (begins ? at.flatIndex() == 0 ? "the card that opens the walk"
                        : "the card that opens the walk at " + c.stepNoun() + " " + at.stepNumber()
                        : "the walk's card for " + question) + about;
                // a new walk has no answer yet
                WalkState state = state(c, at, Walk.Status.ACTIVE, !begins, outcome);
                messages.add(new CardFit.Shown(what, () -> {
                    WalkView.render(state, Surface.SERVER, subject, c.finish().nextStep(), false, false);
                    WalkView.render(state, Surface.DM, subject, c.finish().nextStep(), false, true);
                }));
            }
        }
        Curriculum.Position last = c.positions().get(c.questionCount() - 1);
        WalkState paused = state(c, last, Walk.Status.PAUSED, true, WalkOutcome.PAUSED);
        messages.add(new CardFit.Shown("the walk's message when paused" + about, () -> {
            for (Surface surface : List.of(Surface.SERVER, Surface.DM)) {
                WalkView.render(paused, surface, subject, c.finish().nextStep(), false, false);
                WalkView.render(paused, surface, subject, c.finish().nextStep(), true, false);
            }
        }));
        List<String> nextSteps = new ArrayList<>(List.of(c.finish().nextStep()));
        nextSteps.addAll(c.finish().nextStepOnceDone().values());
        for (boolean answered : new boolean[] {false, true}) {
            WalkState done = state(c, null, Walk.Status.DONE, answered, WalkOutcome.FINISHED);
            WalkState halfDone = answered ? done : new WalkState(c, done.walk(), Optional.empty(),
                    answers(c, c.positions().subList(0, c.questionCount() / 2)), WalkOutcome.FINISHED, "");
            messages.add(new CardFit.Shown("the card at the end of the walk" + about, () -> {
                for (String next : nextSteps) {
                    WalkView.render(done, Surface.SERVER, subject, next, false, false);
                    WalkView.render(halfDone, Surface.DM, subject, next, false, false);
                }
            }));
        }
        if (key.equals(CurriculumLoader.FIVE_TIPS)) {
            for (int tip = 1; tip <= c.steps().size(); tip++) {
                int number = tip;
                messages.add(new CardFit.Shown("`/coach tip number:" + tip + "`",
                        () -> CoachingFeature.tipCard(c, number)));
            }
        }
        CardFit.check(file, c, text -> WalkView.named(text, shownName), messages);
    }

    /**
     * The walk at {@code at} (null once done), answered there (a question's card shows its own answer so far; the end
     * of the walk shows every answer) or not at all.
     */
    private static WalkState state(Curriculum c, Curriculum.Position at, Walk.Status status, boolean answered,
                                   WalkOutcome outcome) {
        Walk walk = new Walk(1, 1, 1, c.key(), 1, at == null ? null : at.question().key(), status, Instant.EPOCH,
                Instant.EPOCH);
        List<Answer> answers = !answered ? List.of() : answers(c, at == null ? c.positions() : List.of(at));
        return new WalkState(c, walk, Optional.ofNullable(at), answers, outcome, "");
    }

    private static List<Answer> answers(Curriculum c, List<Curriculum.Position> of) {
        List<Answer> answers = new ArrayList<>();
        for (Curriculum.Position p : of) {
            answers.add(new Answer(p.flatIndex() + 1, 1, 1, p.question().key(), ANSWER, false, Instant.EPOCH, false));
        }
        return answers;
    }
}
