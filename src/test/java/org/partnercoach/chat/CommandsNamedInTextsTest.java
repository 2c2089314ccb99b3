package org.partnercoach.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.TestBot;

/**
 * A reply, a DM or a page of the README that tells a member to run `/partner log when:yesterday` is only as good as
 * that command: renamed, moved under another group or given another option, the text would send her to a command
 * Discord does not have. This reads every command written in code marks in the bot's sources, its coaching content
 * and its documentation, and checks it against the commands the bot registers.
 */
@DisplayName("Every command the texts and docs tell a member to run is one the bot has, with those options")
class CommandsNamedInTextsTest {

    /** A command in code marks: `/partner log partner:Eastside when:yesterday`. */
    private static final Pattern COMMAND = Pattern.compile("`(/[a-z][a-z-]*(?: [^`\\n]*)?)`");
    /** An option given in a command: {@code when:} (the word before the colon). */
    private static final Pattern OPTION = Pattern.compile("(?:^|\\s)([a-z][a-z_-]*):(\\S*)");
    /**
     * Commands the README writes as a member might mistype them, to show what the console answers ("`/partners`:
     * `/partner list`"), its own words typed with a slash, and a folder: none is a command the bot tells anyone to run.
     */
    private static final java.util.Set<String> NOT_COMMANDS = java.util.Set.of("/cancel", "/status", "/partners",
            "/coalition report", "/partner rename", "/partner remove", "/reminders delete", "/digest statsu", "/quit",
            "/user bea", "/session next", "/data");

    private static TestBot bot;
    private static CommandCatalogue catalogue;

    @BeforeAll
    static void start() {
        bot = TestBot.inMemory();
        catalogue = bot.app().router().catalogue();
    }

    @AfterAll
    static void stop() throws Exception {
        bot.close();
    }

    @Test
    @DisplayName("in the bot's own texts (the Java sources) and its coaching content")
    void inTheBot() {
        List<String> wrong = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (Path file : files(Path.of("src/main"), ".java", ".yaml", ".yml", ".txt", ".md")) {
            check(file, wrong, checked);
        }
        assertThat(checked).as("commands found in the sources").hasSizeGreaterThan(300);
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("in the README and the docs")
    void inTheDocs() {
        List<String> wrong = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        check(Path.of("README.md"), wrong, checked);
        for (Path file : files(Path.of("docs"), ".md")) {
            check(file, wrong, checked);
        }
        assertThat(checked).as("commands found in the docs").hasSizeGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("a command that is not the bot's, a subcommand it lacks, or an option it lacks is told")
    void catchesWhatIsWrong() {
        assertThat(problem("/partner lgo")).hasValueSatisfying(p -> assertThat(p).contains("/partner lgo"));
        assertThat(problem("/partner log partner:Eastside on:yesterday")).hasValueSatisfying(p ->
                assertThat(p).contains("on:"));
        assertThat(problem("/partnr add")).isPresent();
        assertThat(problem("/coach setup clear:rolez")).hasValueSatisfying(p -> assertThat(p).contains("rolez"));
        assertThat(problem("/coach start|tipz")).hasValueSatisfying(p -> assertThat(p).contains("tipz"));
        assertThat(problem("/partner log partner:Eastside when:yesterday")).isEmpty();
        assertThat(problem("/partner")).isEmpty();
    }

    private static void check(Path file, List<String> wrong, List<String> checked) {
        String text = read(file);
        Matcher m = COMMAND.matcher(text);
        while (m.find()) {
            String command = m.group(1);
            if (command.contains("\"") || command.contains("+")) {
                continue; // a Java string cut around a value put in: the rest of it is checked where it stands whole
            }
            if (NOT_COMMANDS.contains(command)) {
                continue;
            }
            checked.add(command);
            int line = (int) text.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
            problem(command).ifPresent(p -> wrong.add(file + ":" + line + ": " + p));
        }
    }

    /** What is wrong with a command as written, if anything. */
    static Optional<String> problem(String command) {
        if (command.matches("/[a-z]+ [a-z]+(\\|[a-z]+)+")) {
            // "`/coach start|tip|progress|answers`": each of them
            String root = command.substring(0, command.indexOf(' ') + 1);
            return Stream.of(command.substring(root.length()).split("\\|"))
                    .map(sub -> problem(root + sub)).flatMap(Optional::stream).findFirst();
        }
        String[] words = command.substring(1).split("\\s+");
        Optional<CommandSpec> root = catalogue.roots().stream().filter(r -> r.name().equals(words[0])).findFirst();
        if (root.isEmpty()) {
            return Optional.of("`" + command + "`: the bot has no /" + words[0]);
        }
        CommandSpec at = root.get();
        String path = at.name();
        int next = 1;
        while (!at.isLeaf()) {
            if (next == words.length) {
                return Optional.empty(); // a group named alone: "see `/partner`"
            }
            String word = words[next++];
            Optional<CommandSpec> child = at.children().stream().filter(c -> c.name().equals(word)).findFirst();
            if (child.isEmpty()) {
                return Optional.of("`" + command + "`: /" + path + " has no " + word);
            }
            at = child.get();
            path += " " + word;
        }
        String rest = String.join(" ", List.of(words).subList(next, words.length));
        Map<String, OptionSpec> options = new java.util.HashMap<>();
        at.options().forEach(o -> options.put(o.name(), o));
        Matcher option = OPTION.matcher(rest);
        while (option.find()) {
            OptionSpec spec = options.get(option.group(1));
            if (spec == null) {
                return Optional.of("`" + command + "`: /" + path + " has no option " + option.group(1) + ":");
            }
            String value = option.group(2);
            if (!spec.choices().isEmpty() && value.matches("[a-z][a-z0-9_-]*") && spec.choices().stream()
                    .noneMatch(c -> c.value().equals(value) || c.name().equalsIgnoreCase(value))) {
                return Optional.of("`" + command + "`: /" + path + "'s " + spec.name() + ": has no choice " + value);
            }
        }
        return Optional.empty();
    }

    private static List<Path> files(Path root, String... endings) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
