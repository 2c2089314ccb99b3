package org.partnercoach.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.partnercoach.curriculum.CardFit;
import org.partnercoach.curriculum.Curriculum;

/**
 * Every post a session shows from its plan, rendered through {@link SessionView} at its longest (the plan, each
 * question, the summaries), so that a plan whose texts would be cut there is refused naming its file and keys: at
 * start-up for the built-in plans (from the coalition's copy of their file) and the folder's own plan files, and
 * again when a session starts with a file.
 */
final class SessionCards {

    /** As long as a member's name in a server can be. */
    private static final String NAME = "x".repeat(32);

    private SessionCards() {
    }

    /** Checks {@code plan}'s posts; {@code c} is the curriculum it comes from, read from {@code file}. */
    static void check(String file, Curriculum c, SessionPlans.Plan plan) {
        String of = " (plan:" + plan.name() + ")";
        List<SessionQuestion> questions = new ArrayList<>();
        List<SessionAnswer> answers = new ArrayList<>();
        for (int i = 0; i < plan.questions().size(); i++) {
            SessionPlans.PlanQuestion q = plan.questions().get(i);
            questions.add(new SessionQuestion(1, i, q.key(), q.stepTitle(), q.text(), Instant.EPOCH, false, 0, 0, 0,
                    false, null));
            answers.add(new SessionAnswer(i + 1, 1, 1, i, 4, NAME, "x".repeat(SessionView.FOLD_OVER), Instant.EPOCH,
                    Instant.EPOCH));
        }
        Session open = session(plan, Session.Status.OPEN);
        Session ended = session(plan, Session.Status.ENDED);
        SessionView.After after = new SessionView.After(true, Optional.of("tip-" + Integer.MAX_VALUE));
        List<CardFit.Shown> posts = new ArrayList<>();
        posts.add(new CardFit.Shown("a session's plan post" + of, () -> {
            SessionView.starting(open);
            for (boolean left : new boolean[] {false, true}) {
                SessionView.plan(open, questions, left);
                SessionView.plan(ended, questions, left);
            }
        }));
        for (SessionQuestion q : questions) {
            posts.add(new CardFit.Shown("the post of question " + q.number() + " in a session" + of, () -> {
                SessionView.question(open, q, questions.size(), Integer.MAX_VALUE, false);
                SessionView.question(open, q, questions.size(), Integer.MAX_VALUE, true);
            }));
        }
        posts.add(new CardFit.Shown("a session's summary" + of, () -> {
            for (Session s : List.of(open, ended)) {
                SessionView.summary(s, questions, answers, true, after);
                SessionView.summary(s, questions, answers, SessionView.UPDATED, after);
                SessionView.summary(s, questions, List.of(), false, after);
                SessionView.closedIdle(s, questions, answers, after, false);
                SessionView.olderSummary(s);
            }
        }));
        CardFit.check(file, c, UnaryOperator.identity(), posts);
    }

    /** A session of {@code plan} under its own title (none typed), timed, private and led by a member. */
    private static Session session(SessionPlans.Plan plan, Session.Status status) {
        return new Session(1, 1, 1, 2, true, plan.name(), plan.curriculum(), plan.title(), false, 240, 3, status, 0,
                null, Instant.EPOCH, status == Session.Status.ENDED ? Instant.EPOCH : null);
    }
}
