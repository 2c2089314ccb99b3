package org.partnercoach.sessions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnercoach.chat.UserError;
import org.partnercoach.curriculum.Curriculum;
import org.partnercoach.curriculum.CurriculumException;
import org.partnercoach.curriculum.CurriculumLoader;

/**
 * The plans a session can follow: {@code ask-yourself} (the four Ask Yourself questions), {@code tip-1} to
 * {@code tip-5} (one of the 5 tips), or a curriculum file of the override folder. Every plan is checked at start-up
 * like the rest of the content ({@link #checkAll}), its posts included; a plan file is read again when a session
 * starts with it, so one added or changed while the bot runs is used, after the same check.
 */
final class SessionPlans {

    /** A plan as a session keeps it: its questions are copied into the session when it starts. */
    record Plan(String name, String curriculum, String title, String intro, List<PlanQuestion> questions) {
    }

    record PlanQuestion(String key, String stepTitle, String text) {
    }

    static final String ASK_YOURSELF = "ask-yourself";
    private static final Pattern TIP = Pattern.compile("tip-(\\d{1,2})");
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** At most this many questions in one session (each question is one message in the thread). */
    static final int MAX_QUESTIONS = 25;

    private final Map<String, Curriculum> builtIn;
    private final CurriculumLoader loader;

    SessionPlans(Map<String, Curriculum> builtIn, CurriculumLoader loader) {
        this.builtIn = Map.copyOf(builtIn);
        this.loader = loader;
    }

    /** The plan names offered while typing: the built-in ones. */
    List<String> builtInNames() {
        List<String> names = new ArrayList<>(List.of(ASK_YOURSELF));
        Curriculum tips = builtIn.get(CurriculumLoader.FIVE_TIPS);
        for (int i = 1; tips != null && i <= tips.steps().size(); i++) {
            names.add("tip-" + i);
        }
        return names;
    }

    /** The tip a group takes on to after a tip's plan ("tip-2" after "tip-1"); none after the last, nor another plan. */
    Optional<String> nextTip(String plan) {
        var tip = TIP.matcher(plan == null ? "" : plan);
        Curriculum tips = builtIn.get(CurriculumLoader.FIVE_TIPS);
        if (!tip.matches() || tips == null) {
            return Optional.empty();
        }
        int next = Integer.parseInt(tip.group(1)) + 1;
        return next <= tips.steps().size() ? Optional.of("tip-" + next) : Optional.empty();
    }

    /** Reads a plan by name; a friendly error names what to type instead. */
    Plan resolve(String rawName) {
        String name = rawName == null ? "" : rawName.strip().toLowerCase(Locale.ROOT);
        var tip = TIP.matcher(name);
        if (tip.matches()) {
            Curriculum tips = builtIn.get(CurriculumLoader.FIVE_TIPS);
            int n = Integer.parseInt(tip.group(1));
            if (n < 1 || n > tips.steps().size()) {
                throw new UserError("There is no tip " + n + ". Pick `tip-1` to `tip-" + tips.steps().size()
                        + "`, or `ask-yourself`.");
            }
            Curriculum.Step step = tips.steps().get(n - 1);
            return new Plan(name, tips.key(), "Tip " + n + " · " + step.title(), step.guidance(),
                    step.questions().stream().map(q -> new PlanQuestion(q.key(), step.title(), q.text())).toList());
        }
        if (name.equals(ASK_YOURSELF)) {
            return whole(name, builtIn.get(CurriculumLoader.ASK_YOURSELF));
        }
        // the bot's other content files (the sectors, the cultivate ideas, a partner's plan) are no group plans
        boolean contentFile = loader.isBuiltIn(name) && !name.equals(CurriculumLoader.FIVE_TIPS);
        if (!FILE_NAME.matcher(name).matches() || !loader.has(name) || contentFile) {
            throw unknown(rawName);
        }
        try {
            return fromFile(name);
        } catch (CurriculumException e) {
            throw new UserError("I couldn't use the plan `" + name + "`: " + e.getMessage() + ". Ask a "
                    + "coordinator to check the file, or pick `ask-yourself` or `tip-1` to `tip-5`.");
        }
    }

    /**
     * A plan file of the folder, read now and checked as at start-up: its content and every post a session makes of
     * it (a problem names the file and the key); a plan of too many questions is refused as {@link #whole} says.
     */
    private Plan fromFile(String name) {
        Curriculum c = loader.load(name);
        Plan plan = whole(name, c);
        SessionCards.check(loader.source(name), c, plan);
        return plan;
    }

    /**
     * Checks at start-up every plan a session can follow from the coalition's own files, as a session would show it:
     * {@code ask-yourself}, {@code tip-1} to {@code tip-5} and the whole 5 tips (their posts) when their file is the
     * coalition's copy (the built-in ones are checked by the tests), and each plan file of the folder (read, checked,
     * its questions counted and its posts). Throws a {@code CurriculumException} naming the file and the key of the
     * first problem.
     */
    void checkAll() {
        Curriculum tips = builtIn.get(CurriculumLoader.FIVE_TIPS);
        for (String name : builtInNames()) {
            String key = name.equals(ASK_YOURSELF) ? CurriculumLoader.ASK_YOURSELF : CurriculumLoader.FIVE_TIPS;
            if (loader.overridden(key)) {
                SessionCards.check(loader.source(key), builtIn.get(key), resolve(name));
            }
        }
        if (loader.overridden(CurriculumLoader.FIVE_TIPS) && tips.questionCount() <= MAX_QUESTIONS) {
            SessionCards.check(loader.source(CurriculumLoader.FIVE_TIPS), tips,
                    whole(CurriculumLoader.FIVE_TIPS, tips));
        }
        for (String name : ownPlanFiles()) {
            String file = loader.source(name);
            Curriculum c = loader.load(name);
            if (c.questionCount() > MAX_QUESTIONS) {
                throw new CurriculumException(file + ": steps: a session takes at most " + MAX_QUESTIONS
                        + " questions, and this plan has " + c.questionCount() + "; split it into smaller plans");
            }
            SessionCards.check(file, c, whole(name, c));
        }
    }

    /** The names of the folder's own plan files a member can type (lowercase letters, digits and dashes). */
    private List<String> ownPlanFiles() {
        return loader.ownFiles().stream().filter(n -> FILE_NAME.matcher(n).matches()).toList();
    }

    /** Whether the plan file {@code name} can be used now: a broken one is not offered. */
    private boolean usable(String name) {
        try {
            fromFile(name);
            return true;
        } catch (CurriculumException | UserError e) {
            return false;
        }
    }

    /** At most this many of the coalition's own plan files are named when a plan is not found. */
    private static final int OWN_NAMED = 10;

    /**
     * A plan the bot doesn't have: the plans a member can pick, by the names they type (the built-in ones and the
     * coalition's own plan files that can be used now: a broken one is not offered), and what to run. A member never
     * sees a file's path here: that is for a broken file.
     */
    private UserError unknown(String rawName) {
        Curriculum tips = builtIn.get(CurriculumLoader.FIVE_TIPS);
        Curriculum askYourself = builtIn.get(CurriculumLoader.ASK_YOURSELF);
        List<String> picks = new ArrayList<>();
        picks.add("`" + ASK_YOURSELF + "`" + (askYourself == null ? ""
                : " (the " + askYourself.positions().size() + " " + askYourself.title() + " questions)"));
        if (tips != null) {
            picks.add("`tip-1` to `tip-" + tips.steps().size() + "` (one of the " + tips.steps().size() + " tips each)");
        }
        List<String> own = ownPlanFiles().stream().filter(this::usable).toList();
        own.stream().limit(OWN_NAMED).forEach(n -> picks.add("`" + n + "`"));
        String last = picks.remove(picks.size() - 1);
        String list = (picks.isEmpty() ? last : String.join(", ", picks) + " or " + last)
                + (own.size() > OWN_NAMED ? " (and " + (own.size() - OWN_NAMED) + " more of the coalition's own)" : "");
        return new UserError("I don't have a plan called `" + clip(rawName) + "`. The plans you can pick: " + list
                + ". Run `/session start plan:tip-1`, with the plan you pick after `plan:`. Nothing was created.");
    }

    private static Plan whole(String name, Curriculum c) {
        List<PlanQuestion> questions = c.positions().stream()
                .map(p -> new PlanQuestion(p.question().key(), p.step().title(), p.question().text())).toList();
        if (questions.size() > MAX_QUESTIONS) {
            throw new UserError("The plan `" + name + "` has " + questions.size() + " questions; a session takes "
                    + "at most " + MAX_QUESTIONS + ". Split it into smaller plans.");
        }
        return new Plan(name, c.key(), c.title(), c.intro(), questions);
    }

    private static String clip(String text) {
        String t = text == null ? "" : text.strip().replace("`", "");
        return t.length() > 40 ? t.substring(0, 39) + "…" : t;
    }
}
