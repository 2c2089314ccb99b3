package org.partnercoach.coaching;

import java.util.List;
import java.util.stream.Collectors;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Surface;
import org.partnercoach.curriculum.Curriculum;

/**
 * How a walk looks to the member: one question at a time with the step's guidance, then a summary at the end.
 * In a server the member presses buttons; in a DM they type their answer or a word (back, skip, pause, help).
 * Texts may name the walk's subject as {@code {partner}}.
 */
public final class WalkView {

    static final String FEATURE = "walk";
    static final String ANSWER_FIELD = "answer";
    static final String DM_INVITE = "*Rather type than press buttons? Send me a direct message: whatever you "
            + "write there answers the current question.*";
    static final String DM_WORDS = "Type your answer, or `back`, `skip`, `pause` or `help`.";
    private static final int BAR_WIDTH = 10;

    private WalkView() {
    }

    /** The walk where it stands: the current question, a pause note, or the summary. */
    public static Reply render(WalkState state, Surface surface, String subjectName) {
        if (state.done()) {
            return finished(state, subjectName);
        }
        if (state.walk().status() == Walk.Status.PAUSED) {
            return paused(state, surface);
        }
        Curriculum c = state.curriculum();
        Curriculum.Position at = state.position().orElseThrow();
        Curriculum.Step step = at.step();
        StringBuilder body = new StringBuilder();
        if (at.questionIndex() == 0 && at.stepIndex() == 0 && state.answers().isEmpty()) {
            body.append(named(c.intro(), subjectName)).append("\n\n");
            if (surface != Surface.DM) {
                body.append(DM_INVITE).append("\n\n");
            }
        }
        // the step's guidance opens the step, and greets a member coming back; later questions stay short
        boolean movingOn = state.notice().startsWith("Saved") || state.notice().startsWith("Skipped");
        if (at.questionIndex() == 0 || !movingOn) {
            body.append(named(step.guidance(), subjectName)).append("\n\n");
        }
        body.append("**Question ").append(at.questionIndex() + 1).append(" of ").append(step.questions().size())
                .append(":** ").append(named(at.question().text(), subjectName));
        state.answerFor(at.question().key()).filter(a -> !a.skipped()).ifPresent(a -> body
                .append("\n\n*Your answer so far:* ").append(quote(a.text(), 600)));
        Card card = new Card(heading(c, at, subjectName), body.toString(), List.of(), progressLine(state));
        String text = noticeLine(state.notice());
        if (surface == Surface.DM) {
            return Reply.text(join(text, DM_WORDS)).withCard(card);
        }
        long walkId = state.walk().id();
        String key = at.question().key();
        return Reply.text(text).withCard(card).withButtons(
                Button.primary(CustomId.of(FEATURE, "answer", walkId, key), "Answer"),
                Button.secondary(CustomId.of(FEATURE, "skip", walkId, key), "Skip"),
                Button.secondary(CustomId.of(FEATURE, "back", walkId, key), "Back"),
                Button.secondary(CustomId.of(FEATURE, "pause", walkId), "Pause"));
    }

    /** The form that takes an answer to the current question. */
    public static Form answerForm(WalkState state, String subjectName) {
        Curriculum.Position at = state.position().orElseThrow();
        String hint = at.question().hint() != null ? at.question().hint() : named(at.question().text(), subjectName);
        Form.Input input = Form.Input.paragraph(ANSWER_FIELD, "Your answer", Walks.MAX_ANSWER)
                .withPlaceholder(hint);
        String previous = state.answerFor(at.question().key()).filter(a -> !a.skipped()).map(Answer::text)
                .orElse(null);
        return new Form(CustomId.of(FEATURE, "answered", state.walk().id(), at.question().key()),
                formTitle(state.curriculum(), at), List.of(previous == null ? input : input.prefilled(previous)));
    }

    static String formTitle(Curriculum c, Curriculum.Position at) {
        return c.stepNoun() + " " + at.stepNumber() + " of " + c.steps().size() + " · " + at.step().title();
    }

    static String heading(Curriculum c, Curriculum.Position at, String subjectName) {
        String about = subjectName == null || subjectName.isBlank() ? "" : " — " + subjectName;
        return formTitle(c, at) + about;
    }

    /** "▰▰▰▱▱▱▱▱▱▱ 3 of 10 questions answered · 1 skipped" */
    static String progressLine(WalkState state) {
        int total = state.curriculum().questionCount();
        long answered = state.answeredCount();
        String skipped = state.skippedCount() > 0 ? " · " + state.skippedCount() + " skipped" : "";
        return bar(answered, total) + " " + answered + " of " + total + " questions answered" + skipped;
    }

    static String bar(long done, long total) {
        int filled = total == 0 ? 0 : (int) Math.round((double) BAR_WIDTH * done / total);
        return "▰".repeat(filled) + "▱".repeat(BAR_WIDTH - filled);
    }

    private static Reply paused(WalkState state, Surface surface) {
        String how = surface == Surface.DM ? "type `start` here" : "run `" + state.curriculum().command() + "`";
        return Reply.text(join(noticeLine(state.notice()), "Paused. Your answers are saved; " + how
                + " whenever you're ready to pick up where you left off."));
    }

    private static Reply finished(WalkState state, String subjectName) {
        Curriculum c = state.curriculum();
        Card card = new Card("✓ " + c.title() + (subjectName == null || subjectName.isBlank() ? "" : " — "
                + subjectName), c.finish().message() + "\n\n" + c.finish().nextStep(), List.of(),
                progressLine(state));
        for (Curriculum.Step step : c.steps()) {
            String answers = step.questions().stream()
                    .map(q -> state.answerFor(q.key()).filter(a -> !a.skipped()).map(a -> "• " + clip(a.text(), 300))
                            .orElse("• (skipped)"))
                    .collect(Collectors.joining("\n"));
            card = card.withField(step.title(), answers);
        }
        return Reply.text(noticeLine(state.notice())).withCard(card).withButtons(
                Button.primary(CustomId.of(FEATURE, "answers", 0), "See or edit my answers"),
                Button.secondary(CustomId.of(FEATURE, "restart", state.walk().id()), "Start over"));
    }

    static String noticeLine(String notice) {
        return notice == null || notice.isBlank() ? "" : notice;
    }

    /** Puts the walk's subject into a text of the curriculum ("{partner}"). */
    public static String named(String text, String subjectName) {
        return text.replace("{partner}", subjectName == null || subjectName.isBlank() ? "this organization"
                : subjectName);
    }

    /** Member text shown back as a quote, cut to fit. */
    static String quote(String text, int max) {
        return "“" + clip(text, max) + "”";
    }

    static String clip(String text, int max) {
        return Limits.clip(text.replace("\n", " "), max);
    }

    static String join(String a, String b) {
        if (a.isBlank()) {
            return b;
        }
        return b.isBlank() ? a : a + "\n" + b;
    }
}
