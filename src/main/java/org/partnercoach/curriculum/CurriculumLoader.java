package org.partnercoach.curriculum;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnercoach.chat.Limits;
import org.partnercoach.config.YamlSlip;

/**
 * Reads coaching content from YAML: the built-in files under {@code curriculum/} on the class path, each replaced by
 * a file of the same name in the override folder when there is one. Every file is checked against Discord's
 * limits so that no reply built from it can be refused.
 */
public final class CurriculumLoader {

    public static final String FIVE_TIPS = "five-tips";
    public static final String ASK_YOURSELF = "ask-yourself";

    /** Room kept in a form's title for "Tip 5 of 5 · ". */
    private static final int TITLE_PREFIX = 14;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static {
        // an empty list entry ("-" alone) is a mistake to name, not a null for the code to trip over
        YAML.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    /** Where the built-in files are on the class path. */
    private static final String BUILT_IN = "curriculum/";

    private final Path overrideDirectory;

    public CurriculumLoader(Path overrideDirectory) {
        this.overrideDirectory = overrideDirectory;
    }

    /** Reads {@code <name>.yml}, from the override folder when present, else the built-in copy. */
    public <T> T readData(String name, Class<T> type) {
        Path override = override(name);
        String source = source(name);
        try {
            if (override != null) {
                return parse(source, Files.newInputStream(override), type);
            }
            InputStream builtIn = CurriculumLoader.class.getResourceAsStream("/" + source);
            if (builtIn == null) {
                throw new CurriculumException(source + ": no such file");
            }
            return parse(source, builtIn, type);
        } catch (IOException e) {
            throw new CurriculumException(source + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Whether there is a file {@code <name>.yml} to read, in the override folder or built in. */
    public boolean has(String name) {
        return override(name) != null || builtIn(name);
    }

    /**
     * Whether {@code <name>.yml} is read from the override folder (the coalition's own copy, or a file of its own)
     * rather than built in: only such a file can differ from the one the bot's tests checked.
     */
    public boolean overridden(String name) {
        return override(name) != null;
    }

    /**
     * Whether {@code <name>.yml} is one of the bot's own content files (the coaching content, the sectors, the
     * cultivate ideas), whether or not the coalition's folder replaces it.
     */
    public boolean isBuiltIn(String name) {
        return builtIn(name);
    }

    private static boolean builtIn(String name) {
        return CurriculumLoader.class.getResource("/" + BUILT_IN + name + ".yml") != null;
    }

    /**
     * The names of the override folder's files that replace no built-in one ({@code board-retreat} for
     * {@code board-retreat.yml}), sorted: the coalition's own plans.
     */
    public List<String> ownFiles() {
        if (overrideDirectory == null || !Files.isDirectory(overrideDirectory)) {
            return List.of();
        }
        try (var files = Files.list(overrideDirectory)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yml")).map(f -> f.substring(0, f.length() - ".yml".length()))
                    .filter(n -> !builtIn(n)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The override folder's {@code <name>.yml}, or null when there is none. */
    private Path override(String name) {
        Path override = overrideDirectory == null ? null : overrideDirectory.resolve(name + ".yml");
        return override != null && Files.isRegularFile(override) ? override : null;
    }

    /**
     * Which file {@code <name>.yml} is read from, as its problems name it: the override folder's copy
     * ({@code config/curriculum/five-tips.yml}) when there is one, else the built-in {@code curriculum/five-tips.yml}.
     */
    public String source(String name) {
        Path override = override(name);
        return override != null ? override.toString() : BUILT_IN + name + ".yml";
    }

    private static <T> T parse(String source, InputStream in, Class<T> type) throws IOException {
        try (in) {
            T value = YAML.readValue(in, type);
            if (value == null) {
                throw new CurriculumException(source + ": the file is empty");
            }
            return value;
        } catch (com.fasterxml.jackson.databind.exc.InvalidNullException e) {
            throw new CurriculumException(source + ": " + path(e) + " is empty; write it or remove the line");
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            String plain = plainWords(e);
            if (plain != null) {
                throw new CurriculumException(source + ": " + (e.getPath().isEmpty() ? "" : path(e) + ": ") + plain);
            }
            throw new CurriculumException(source + ": " + path(e) + ": " + YamlSlip.firstLine(e.getOriginalMessage()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // a YAML slip (a key indented by mistake, a quote left open): one line, with where it is
            throw new CurriculumException(source + ": " + YamlSlip.describe(e));
        }
    }

    /** Keys a file may leave out: they are not named among those a section expects. */
    private static final Set<String> OPTIONAL_KEYS = Set.of("hint", "nextStepOnceDone");

    /**
     * A key the reader does not know, or a value of the wrong shape, in plain words: "expected `message:` and
     * `nextStep:` under it, found a line of text"; null for anything else (the reader's own first line is said then).
     */
    private static String plainWords(com.fasterxml.jackson.databind.JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            List<String> known = u.getReferringClass() != null && u.getReferringClass().isRecord()
                    ? java.util.Arrays.stream(u.getReferringClass().getRecordComponents())
                            .map(java.lang.reflect.RecordComponent::getName).toList()
                    : u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return "not a key of this file" + (known.isEmpty() ? "" : " (the keys at this level: "
                    + listed(known.stream().map(k -> "`" + k + ":`").toList()) + ")") + "; correct or remove it";
        }
        if (!(e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m)
                || m.getTargetType() == null) {
            return null;
        }
        String found = found(String.valueOf(e.getOriginalMessage()));
        Class<?> target = m.getTargetType();
        String expected;
        if (target.isRecord()) {
            expected = listed(java.util.Arrays.stream(target.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).filter(k -> !OPTIONAL_KEYS.contains(k))
                    .map(k -> "`" + k + ":`").toList()) + (e.getPath().isEmpty() ? " at the top of the file"
                    : " under it");
        } else if (java.util.Collection.class.isAssignableFrom(target)) {
            expected = "a list under it, each entry on its own line starting with `- `";
        } else if (java.util.Map.class.isAssignableFrom(target)) {
            expected = "keys under it, each with its text";
        } else if (target == String.class) {
            expected = "a line of text";
        } else {
            return null;
        }
        return found == null ? null : "expected " + expected + ", found " + found;
    }

    /** What the reader met instead, in words, from its message ("... from String value ..."); null when unclear. */
    private static String found(String message) {
        if (message.contains("from String value") || message.contains("from String \"")) {
            return "a line of text";
        }
        if (message.contains("empty String")) {
            return "an empty text";
        }
        if (message.contains("from Array value")) {
            return "a list";
        }
        if (message.contains("from Object value")) {
            return "keys under it";
        }
        if (message.contains("from Number value") || message.contains("from Integer value")
                || message.contains("from Floating-point value")) {
            return "a number";
        }
        if (message.contains("from Boolean value")) {
            return "true or false";
        }
        return null;
    }

    /** "`a:`", "`a:` and `b:`", "`a:`, `b:` and `c:`". */
    private static String listed(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Where in the file: {@code sectors[1].examples[0]}. */
    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(top)" : path.toString();
    }

    /** Reads and checks one curriculum. */
    public Curriculum load(String key) {
        Curriculum curriculum = readData(key, Curriculum.class);
        validate(source(key), curriculum);
        return curriculum;
    }

    /** Checks keys and lengths; throws naming the file and the key of the first problem. */
    public static void validate(String file, Curriculum c) {
        List<String> problems = new ArrayList<>();
        text(problems, "key", c.key(), 40);
        text(problems, "title", c.title(), Limits.EMBED_TITLE);
        text(problems, "intro", c.intro(), Limits.EMBED_DESCRIPTION);
        text(problems, "stepNoun", c.stepNoun(), 20);
        text(problems, "command", c.command(), 60);
        if (c.finish() == null) {
            problems.add("finish is missing");
        } else {
            text(problems, "finish.message", c.finish().message(), 1000);
            text(problems, "finish.nextStep", c.finish().nextStep(), 1000);
            c.finish().nextStepOnceDone().forEach((other, step) ->
                    text(problems, "finish.nextStepOnceDone." + other, step, 1000));
        }
        if (c.steps().isEmpty()) {
            problems.add("steps: at least one step is needed");
        }
        Set<String> stepKeys = new HashSet<>();
        Set<String> questionKeys = new HashSet<>();
        for (int s = 0; s < c.steps().size(); s++) {
            Curriculum.Step step = c.steps().get(s);
            String at = "steps[" + s + "]";
            if (text(problems, at + ".key", step.key(), 40) && !stepKeys.add(step.key())) {
                problems.add(at + ".key '" + step.key() + "' is used twice");
            }
            text(problems, at + ".title", step.title(), Limits.MODAL_TITLE - TITLE_PREFIX);
            text(problems, at + ".guidance", step.guidance(), 3000);
            if (step.questions().isEmpty() || step.questions().size() > 5) {
                problems.add(at + ".questions: a step has 1 to 5 questions, found " + step.questions().size());
            }
            // questions are counted across the walk ("Question 3 of 4"): steps called questions must be one each
            if ("question".equalsIgnoreCase(c.stepNoun()) && step.questions().size() > 1) {
                problems.add(at + ".questions: a step called 'Question' asks one question, found "
                        + step.questions().size());
            }
            for (int q = 0; q < step.questions().size(); q++) {
                Curriculum.Question question = step.questions().get(q);
                String qat = at + ".questions[" + q + "]";
                // keys travel in button ids (100 characters in all)
                if (text(problems, qat + ".key", question.key(), 40) && !questionKeys.add(question.key())) {
                    problems.add(qat + ".key '" + question.key() + "' is used twice");
                }
                if (question.key() != null && question.key().contains(":")) {
                    problems.add(qat + ".key must not contain ':'");
                }
                text(problems, qat + ".text", question.text(), 900);
                if (question.hint() != null && question.hint().length() > Limits.MODAL_PLACEHOLDER) {
                    problems.add(qat + ".hint is longer than " + Limits.MODAL_PLACEHOLDER + " characters");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CurriculumException(file + ": " + problems.get(0));
        }
    }

    private static boolean text(List<String> problems, String key, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(key + " is missing");
            return false;
        }
        if (value.length() > max) {
            problems.add(key + " is longer than " + max + " characters (" + value.length() + ")");
            return false;
        }
        return true;
    }
}
