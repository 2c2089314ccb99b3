package org.partnercoach.coaching;

import java.util.ArrayList;
import java.util.List;
import org.partnercoach.chat.Button;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Form;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.Surface;
import org.partnercoach.coaching.DmWords.Word;
import org.partnercoach.curriculum.Curriculum;

/**
 * How a walk looks to the member: one question at a time with the step's guidance, then a summary at the end.
 * In a server the member presses buttons; in a DM they type their answer or a word (back, skip, pause, resume, help).
 * Texts may name the walk's subject as {@code {partner}}. The subject's name comes in as the member typed it: in a
 * message it is shown literally ({@link Shown#text}), in a form and inside a command to copy it stays as typed.
 */
public final class WalkView {

    static final String FEATURE = "walk";
    static final String ANSWER_FIELD = "answer";
    static final String DM_INVITE = "*Rather type than press buttons? Send me a direct message: whatever you "
            + "write there answers the current question.*";
    /** How to answer by typing, said when a walk opens in a DM; its words are those {@link DmWords} reads. */
    static final String DM_WORDS = "Type your answer, or " + Word.BACK.shown() + ", " + Word.SKIP.shown() + ", "
            + Word.PAUSE.shown() + " or " + Word.HELP.shown() + ".";
    /** {@link #DM_WORDS} at a walk's first question, where {@code back} has nothing before it. */
    static final String DM_WORDS_AT_FIRST = "Type your answer, or " + Word.SKIP.shown() + ", " + Word.PAUSE.shown()
            + " or " + Word.HELP.shown() + ".";
    private static final int BAR_WIDTH = 10;
    /** Buttons back to open questions at the end of a walk: three rows, leaving one for the walk's own buttons. */
    static final int MAX_OPEN_BUTTONS = 15;

    private WalkView() {
    }

    /** The walk where it stands: the current question, a pause note, or the summary. */
    public static Reply render(WalkState state, Surface surface, String typedName) {
        return render(state, surface, typedName, state.curriculum().finish().nextStep());
    }

    /** {@link #render}, with the next step the end of the walk suggests to this member. */
    static Reply render(WalkState state, Surface surface, String typedName, String nextStep) {
        return render(state, surface, typedName, nextStep, false);
    }

    /**
     * {@link #render}; {@code waitsForSubject}: the walk is a plan for a partner the coalition moved on from, which
     * {@code resume} passes over, so a pause says how it opens instead.
     */
    static Reply render(WalkState state, Surface surface, String typedName, String nextStep, boolean waitsForSubject) {
        return render(state, surface, typedName, nextStep, waitsForSubject, false);
    }

    /**
     * {@link #render}; {@code guidanceOwed}: the walk opened in the DM without its first step's guidance
     * ({@link #holdsGuidanceBack}), which comes with the question the member moves on to.
     */
    static Reply render(WalkState state, Surface surface, String typedName, String nextStep, boolean waitsForSubject,
                        boolean guidanceOwed) {
        if (state.done()) {
            return finished(state, typedName, nextStep);
        }
        if (state.paused()) {
            return paused(state, surface, typedName, waitsForSubject);
        }
        String subjectName = Shown.text(typedName);
        Curriculum c = state.curriculum();
        Curriculum.Position at = state.position().orElseThrow();
        Curriculum.Step step = at.step();
        WalkOutcome outcome = state.outcome();
        StringBuilder body = new StringBuilder();
        // the introduction greets a new walk once; the DM invitation goes with it
        if (outcome == WalkOutcome.STARTED) {
            body.append(named(c.intro(), subjectName)).append("\n\n");
            if (surface != Surface.DM) {
                body.append(DM_INVITE).append("\n\n");
            }
        }
        // the step's guidance opens the step, and greets a member coming back; later questions stay short, and so
        // does the question shown again under a line that was not kept (no words, or too long). In a DM, whose
        // messages stay in view, `back` within a step stays short too: the guidance is shown again only on going
        // back into the step before (a server's message is replaced, so its guidance comes with every question)
        boolean backWithinStep = surface == Surface.DM && outcome == WalkOutcome.BACK
                && at.questionIndex() < at.step().questions().size() - 1;
        boolean owed = surface == Surface.DM && guidanceOwed && outcome.movedOn();
        if (owed || outcome != WalkOutcome.NOT_KEPT && !backWithinStep && !holdsGuidanceBack(state, surface)
                && (at.questionIndex() == 0 || !outcome.movedOn())) {
            body.append(named(step.guidance(), subjectName)).append("\n\n");
        }
        body.append("**").append(questionLabel(c, at)).append(":** ").append(named(at.question().text(), subjectName));
        state.textFor(at.question().key()).ifPresent(a -> body
                .append("\n\n*Your answer so far:* ").append(quote(a, 600)));
        Card card = new Card(heading(c, at, subjectName), body.toString(), List.of(), progressLine(state));
        String text = noticeLine(state.notice());
        if (surface == Surface.DM) {
            // how to answer by typing is said when the walk opens, not under every question
            String words = state.before(at).isEmpty() ? DM_WORDS_AT_FIRST : DM_WORDS;
            return Reply.text(join(text, outcome.opened() ? words : "")).withCard(card);
        }
        String key = at.question().key();
        return Reply.text(text).withCard(card).withButtons(
                Button.primary(questionId("answer", state.walk(), key), "Answer"),
                Button.secondary(questionId("skip", state.walk(), key), "Skip"),
                Button.secondary(questionId("back", state.walk(), key), "Back"),
                Button.secondary(state.walk().subjectId() == 0 ? CustomId.of(FEATURE, "pause", state.walk().id())
                        : questionId("pause", state.walk(), key), "Pause"));
    }

    /**
     * The id of a question's button or form: the walk and the question, and for a plan its subject too ({@link
     * #SUBJECT_ARG}), so that a press after the partner was deleted, its plan with it, can say so.
     */
    private static CustomId questionId(String action, Walk walk, String key) {
        return walk.subjectId() == 0 ? CustomId.of(FEATURE, action, walk.id(), key)
                : CustomId.of(FEATURE, action, walk.id(), key, walk.subjectId());
    }

    /** Where a question's button or form names the plan's subject (-1 in a walk about no one in particular). */
    static final int SUBJECT_ARG = 2;

    /**
     * Whether the walk opens without its first step's guidance: begun in a DM at its first question, it opens short
     * enough for a phone, with its introduction, question and how to answer. The guidance comes with the step's next
     * question, after the first answer (the 5 tips); a step of one question (Ask Yourself) has it from {@code help},
     * which the opening names.
     */
    static boolean holdsGuidanceBack(WalkState state, Surface surface) {
        return surface == Surface.DM && state.outcome() == WalkOutcome.STARTED && state.position()
                .filter(at -> at.questionIndex() == 0 && at.stepNumber() == 1)
                .isPresent();
    }

    /** "Question 5 of 16": a walk's questions are counted across the whole walk, the same way everywhere. */
    static String questionLabel(Curriculum c, Curriculum.Position at) {
        return "Question " + (at.flatIndex() + 1) + " of " + c.questionCount();
    }

    /** The form that takes an answer to the current question. */
    public static Form answerForm(WalkState state, String subjectName) {
        return answerForm(state, state.position().orElseThrow(), subjectName);
    }

    /** The form that takes an answer to one question of the walk (the current one, or one left open). */
    static Form answerForm(WalkState state, Curriculum.Position at, String subjectName) {
        String hint = at.question().hint() != null ? at.question().hint() : named(at.question().text(), subjectName);
        Form.Input input = Form.Input.paragraph(ANSWER_FIELD, "Your answer", Walks.MAX_ANSWER)
                .withPlaceholder(hint);
        String previous = state.textFor(at.question().key()).orElse(null);
        return new Form(questionId("answered", state.walk(), at.question().key()),
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

    /** Why a plan waits, in the same words wherever its card says so: "(paused: the coalition has moved on ...)". */
    static final String MOVED_ON_FROM_PARTNER = "the coalition has moved on from this partner";

    /**
     * The line over a plan opened for a partner the coalition moved on from (archived): it opens all the same, its
     * answers being the member's, and the partner comes back with {@code /partner restore}.
     */
    public static String movedOnNote(String typedName) {
        return "The coalition has moved on from “" + Shown.text(typedName) + "”: here is your plan for it all the "
                + "same. `/partner restore` brings the partner back to the outreach list.";
    }

    /** What a walk is called when the member has several: "Ask Yourself", "Plan for one partner — Food Bank". */
    static String walkName(WalkState state, String typedName) {
        return walkName(state.curriculum().title(), typedName);
    }

    /** {@link #walkName(WalkState, String)} from the walk's title. */
    static String walkName(String title, String typedName) {
        return walkName(title, typedName, true);
    }

    /** {@link #walkName(String, String)}, the name {@code shown} literally in a message, or as typed (for a file). */
    static String walkName(String title, String typedName, boolean shown) {
        return title + (typedName == null || typedName.isBlank() ? "" : " — "
                + (shown ? Shown.text(typedName) : typedName));
    }

    /** How to come back to a walk: its own command, or the DM word that resumes the walk paused last. */
    static String resumeHow(WalkState state, Surface surface, String subjectName) {
        String command = Shown.code(named(state.curriculum().command(), subjectName));
        return surface == Surface.DM
                ? "Type " + Word.RESUME.shown() + " here whenever you're ready to pick up where you left off (or run "
                        + command
                        + " in the server)."
                : "Press Resume, run " + command + ", or type " + Word.RESUME.shown()
                        + " in a DM with me whenever you're ready.";
    }

    /**
     * How to carry on with a walk after a detour (checking the names of an answer): where it waits, and how to
     * answer there; "" once the walk is finished.
     *
     * @param shownAbove whether the question it waits at is in the message the detour started from
     */
    public static String carryOn(WalkState state, Surface surface, String typedName, boolean shownAbove) {
        if (state.done() || state.position().isEmpty()) {
            return "";
        }
        String question = questionLabel(state.curriculum(), state.position().get()).toLowerCase();
        if (state.paused()) {
            return "Your walk is paused at " + question + ". " + resumeHow(state, surface, Shown.text(typedName));
        }
        String command = Shown.code(named(state.curriculum().command(), Shown.text(typedName)));
        String how;
        if (surface == Surface.DM) {
            how = shownAbove ? "type your answer here whenever you're ready."
                    : "type your answer here whenever you're ready (" + Word.HELP.shown()
                            + " shows the question again).";
        } else {
            how = shownAbove ? "press its **Answer** button, or run " + command + " to see it again."
                    : "run " + command + " to see it.";
        }
        return "Your walk is waiting at " + question + (shownAbove ? ", in the message above: " : ": ") + how;
    }

    /**
     * How to come back to a plan that waits for its partner, which the coalition moved on from: {@code resume} passes
     * over it, so its own command (or its Resume button, in the server).
     */
    static String reopenHow(WalkState state, Surface surface, String typedName) {
        String command = Shown.code(named(state.curriculum().command(), typedName));
        return "The coalition has moved on from “" + Shown.text(typedName) + "”, so " + Word.RESUME.shown()
                + " passes over this plan: " + (surface == Surface.DM ? "run " + command + " in the server"
                : "press Resume or run " + command) + " to open it all the same.";
    }

    private static Reply paused(WalkState state, Surface surface, String subjectName, boolean waitsForSubject) {
        String where = state.position().map(at -> ", at " + questionLabel(state.curriculum(), at).toLowerCase())
                .orElse("");
        Reply reply = Reply.text(join(noticeLine(state.notice()), "Paused: **" + walkName(state, subjectName)
                + "**" + where + ". Your answers are saved. " + (waitsForSubject
                ? reopenHow(state, surface, subjectName) : resumeHow(state, surface, subjectName))));
        return surface == Surface.DM ? reply : reply.withButtons(
                Button.primary(CustomId.of(FEATURE, "resume", state.walk().id()), "Resume"));
    }

    /**
     * The end of a walk: each question with its answer, the open ones with a button back to each, and praise only
     * for what was done.
     */
    private static Reply finished(WalkState state, String typedName, String nextStep) {
        Curriculum c = state.curriculum();
        String subjectName = Shown.text(typedName);
        List<Curriculum.Position> open = state.unanswered();
        long answered = c.questionCount() - open.size();
        String summary;
        // past the buttons' room, the answers page has every open question
        String beyondButtons = open.size() > MAX_OPEN_BUTTONS ? " (the first " + MAX_OPEN_BUTTONS + " have one; "
                + "**See or edit my answers** has every question)" : "";
        if (open.isEmpty()) {
            summary = c.finish().message() + "\n\n" + nextStep;
        } else if (answered == 0) {
            summary = "You reached the end, but every question was skipped, so there is nothing to look back on "
                    + "yet. That's fine: press a question's button below to answer it whenever you're ready"
                    + beyondButtons + ".";
        } else {
            summary = "You reached the end with " + answered + " of " + c.questionCount() + " questions answered. "
                    + open.size() + (open.size() == 1 ? " is" : " are") + " still open: press "
                    + (open.size() == 1 ? "its button" : "a question's button") + " below to answer it"
                    + beyondButtons + ".\n\n" + nextStep;
        }
        Card card = new Card("✓ " + walkName(state, typedName), summary, List.of(), progressLine(state));
        int perStep = Math.min(Limits.EMBED_FIELD_VALUE, (Limits.EMBED_TOTAL - card.length() - 300)
                / Math.max(1, c.steps().size()));
        for (Curriculum.Step step : c.steps()) {
            int perQuestion = perStep / step.questions().size();
            StringBuilder lines = new StringBuilder();
            for (Curriculum.Question q : step.questions()) {
                Curriculum.Position at = c.find(q.key()).orElseThrow();
                String question = (at.flatIndex() + 1) + ". " + clip(named(q.text(), subjectName),
                        Math.min(120, perQuestion / 2));
                lines.append(lines.length() == 0 ? "" : "\n").append(state.textFor(q.key())
                        .map(a -> "**" + question + "**\n> "
                                + shown(a, Math.max(30, perQuestion - question.length() - 12)))
                        .orElse("*" + question + "* (skipped)"));
            }
            card = card.withField(step.title(),
                    lines.toString());
        }
        List<Button> buttons = new ArrayList<>();
        for (Curriculum.Position at : open.subList(0, Math.min(open.size(), MAX_OPEN_BUTTONS))) {
            buttons.add(Button.secondary(CustomId.of(FEATURE, "fill", state.walk().id(), at.question().key()),
                    "Answer " + (at.flatIndex() + 1)));
        }
        Reply reply = Reply.text(noticeLine(state.notice())).withCard(card).withRows(Row.grid(buttons));
        return reply.withButtons(answersButton(),
                Button.secondary(CustomId.of(FEATURE, "restart", state.walk().id()), "Start over"));
    }

    /** The button that opens {@code /coach answers}' page where it is pressed, a DM too: each answer's Edit, Answer. */
    static Button answersButton() {
        return Button.primary(CustomId.of(FEATURE, "answers", 0), "See or edit my answers");
    }

    /** How to change a finished walk's answers, the same from a DM as in the server: the button under the line. */
    static final String CHANGE_ANSWERS = "To change an answer or fill in a skipped one, press **See or edit my "
            + "answers** below (the same as `/coach answers` in the server).";

    static String noticeLine(String notice) {
        return notice == null || notice.isBlank() ? "" : notice;
    }

    /** Puts the walk's subject into a text of the curriculum ("{partner}") as given: for a form, or a shown name. */
    public static String named(String text, String subjectName) {
        return text.replace("{partner}", subjectName == null || subjectName.isBlank() ? "this organization"
                : subjectName);
    }

    /** Puts the subject's typed name into a text of the curriculum shown in a message, its Markdown kept literal. */
    static String namedShown(String text, String typedName) {
        return named(text, Shown.text(typedName));
    }

    /** Member text shown back as a quote, on one line and cut to fit, as typed (its Markdown literal). */
    /** An answer sent back as it was, from a walk's Answer form or an Edit form: nothing to save. */
    static String nothingChanged(String answer) {
        return "Nothing changed: your answer is still " + quote(answer, 200) + ".";
    }

    static String quote(String text, int max) {
        return "“" + shown(text, max) + "”";
    }

    /**
     * Member text shown back on one line, cut to fit, as typed: a heading, a masked link or bold they wrote reads as
     * the characters they typed, as it does for everyone else who sees what a member wrote.
     */
    static String shown(String text, int max) {
        return Shown.text(Shown.oneLine(text), max);
    }

    /** Text on one line, cut to fit: its line breaks show as " / ", so a list written one per line stays one. */
    static String clip(String text, int max) {
        return Limits.clip(Shown.oneLine(text), max);
    }

    /** Two notices as sentences of one line: a full stop after the first when it has none ("Saved: “x”"). */
    static String sentences(String first, String then) {
        if (first == null || first.isBlank()) {
            return then;
        }
        return first + (first.matches("(?s).*[.!?)]$") ? " " : ". ") + then;
    }

    static String join(String a, String b) {
        if (a.isBlank()) {
            return b;
        }
        return b.isBlank() ? a : a + "\n" + b;
    }
}
