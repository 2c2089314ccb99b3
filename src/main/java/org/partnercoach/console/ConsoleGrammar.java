package org.partnercoach.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.ClosestCommands;
import org.partnercoach.chat.CommandCatalogue;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.OptionSpec;

/**
 * Reads a console slash command: {@code /partner add name:"Eastside Food Bank" sector:food}. Words after the
 * slash name the command; {@code name:value} pairs give options. A value runs on to the next option's name, so
 * quotes are needed only around a value holding one of the command's option names followed by a colon, or a word
 * {@linkplain #meantAsAnOption meant as an option} it does not have. Like Discord, it refuses unknown options and
 * missing required ones before anything runs.
 */
final class ConsoleGrammar {

    /** A parsed command, or the friendly reason it could not be parsed. */
    record Parsed(String path, Map<String, String> options, String error) {
        static Parsed error(String why) {
            return new Parsed(null, Map.of(), why);
        }

        boolean ok() {
            return error == null;
        }
    }

    /**
     * A word of the typed line: its text as the grammar reads it (quotes that group it taken away) and as it was
     * typed, which a word read into the value before it keeps.
     */
    private record Word(String text, String typed) {
    }

    /** How the line to type instead begins when options were typed without their names. */
    private static final String WRITE_EACH = "Write each option as name:value";

    /** Link schemes written without {@code //}, whose colon is a link's, never an option's: {@code mailto:x@y.org}. */
    private static final java.util.Set<String> SCHEMES = java.util.Set.of("mailto", "tel", "sms", "callto",
            "facetime", "skype", "geo", "urn");
    /** Labels of a note or a mail, written capitalised before their colon: {@code Re:budget}, {@code Fwd:agenda}. */
    private static final java.util.Set<String> LABELS = java.util.Set.of("re", "fw", "fwd", "cc", "bcc", "attn", "ref",
            "ps", "nb");

    private final CommandCatalogue catalogue;
    private final ClosestCommands near;

    ConsoleGrammar(CommandCatalogue catalogue) {
        this.catalogue = catalogue;
        this.near = new ClosestCommands(catalogue);
    }

    /** {@link #parse(String, boolean)} for a member who is no coordinator. */
    Parsed parse(String line) {
        return parse(line, false);
    }

    /**
     * @param coordinator whether the member typing is a coordinator: a member is offered a coordinators' command only
     *                    after the commands they may use, and marked as one
     */
    Parsed parse(String line, boolean coordinator) {
        List<Word> tokens;
        try {
            tokens = tokenize(line.substring(1));
        } catch (IllegalArgumentException e) {
            return Parsed.error(e.getMessage());
        }
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < tokens.size() && !isOption(tokens.get(i).text())) {
            words.add(tokens.get(i).text().toLowerCase(Locale.ROOT));
            i++;
        }
        if (words.isEmpty()) {
            return Parsed.error("Type a command after the slash, for example `/coach start`. `:help` lists them.");
        }
        String path = String.join(" ", words);
        Optional<CommandSpec> leaf = catalogue.leaf(path);
        if (leaf.isEmpty() && catalogue.leaves().keySet().stream().anyMatch(p -> p.startsWith(path + " "))) {
            // a group (/partner): on Discord one picks its subcommand from a list
            return Parsed.error("`/" + path + "` needs one more word. " + suggestions(path + " ", coordinator));
        }
        if (leaf.isEmpty()) {
            return Parsed.error(withoutOptionName(words, texts(tokens.subList(0, i)),
                    texts(tokens.subList(i, tokens.size())), coordinator)
                    .orElseGet(() -> "I don't know `/" + path + "`. " + tryThese(words, coordinator)
                            + "`:help` lists every command."));
        }
        Map<String, String> options = new LinkedHashMap<>();
        String typing = null;
        // the value being typed as it was typed, until a word runs on after it: then its quotes were text
        String asTyped = null;
        for (; i < tokens.size(); i++) {
            Word token = tokens.get(i);
            String name = optionName(token.text());
            if (!known(name, leaf.get()) && typing != null && !meantAsAnOption(token.typed(), leaf.get())) {
                // a value typed without quotes runs on to the next option's name: name:Eastside Food Bank sector:food,
                // when:tomorrow 10:30, what:Note: call back, what:She said "yes" (a word with a colon is the value's
                // too, unless it is plainly meant as an option: foo:bar, Foo:bar)
                options.put(typing, (asTyped != null ? asTyped : options.get(typing)) + " " + token.typed());
                asTyped = null;
                continue;
            }
            if (!known(name, leaf.get())) {
                return Parsed.error("`/" + path + "` has no option `" + name + "`. " + usage(path, leaf.get())
                        + (typing == null || nearAnOption(name, leaf.get()) ? ""
                        : keptInQuotes(typing, asTyped != null ? asTyped : options.get(typing), tokens.subList(i,
                        tokens.size()), leaf.get())));
            }
            options.put(name, token.text().substring(token.text().indexOf(':') + 1));
            typing = name;
            String typed = token.typed();
            // a value in quotes right after its name (name:"Eastside Food Bank"), not a whole option in them
            asTyped = typed.startsWith("\"") ? null : typed.substring(typed.indexOf(':') + 1);
        }
        for (OptionSpec option : leaf.get().options()) {
            if (option.required() && (!options.containsKey(option.name())
                    || options.get(option.name()).isBlank())) {
                return Parsed.error("`/" + path + "` needs `" + option.name() + ":`. " + usage(path, leaf.get()));
            }
        }
        return new Parsed(path, options, null);
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    /** The option a word names ({@code sector} for {@code Sector:food}), or null for a word that names none. */
    private static String optionName(String text) {
        return isOption(text) ? text.substring(0, text.indexOf(':')).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean known(String name, CommandSpec leaf) {
        return name != null && leaf.options().stream().anyMatch(o -> o.name().equals(name));
    }

    /**
     * Whether a word that names none of the command's options is plainly meant as one, to be refused rather than
     * read into the value before it: a word of letters (and underscores), in lower case or capitalised, directly
     * followed by a colon and more text ({@code foo:bar}, {@code Foo:bar}, {@code re:budget}), or one of the command's
     * options mistyped in any case ({@code SECOTR:food}, {@code Note:x} for {@code notes:}). Never a word followed by a
     * colon and a space ({@code Note: call back}, {@code re: budget}), a time ({@code 10:30}), a link
     * ({@code https://…}, {@code mailto:…}), a word in capitals ({@code ID:1234}, {@code FYI:tbd}), a capitalised
     * label of a note or a mail ({@code Re:budget}), or a word with a digit, an accent, an emoji or punctuation before
     * its colon ({@code Q3:done}, {@code Café:ouvert}). One of the command's own options in another case
     * ({@code Number:3}) is that option.
     */
    private static boolean meantAsAnOption(String typed, CommandSpec leaf) {
        int colon = typed.indexOf(':');
        if (colon <= 0 || colon == typed.length() - 1) {
            return false;
        }
        String name = typed.substring(0, colon);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!name.matches("[A-Za-z][A-Za-z_]*") || typed.startsWith("//", colon + 1) || SCHEMES.contains(lower)) {
            return false;
        }
        if (name.equals(lower) || nearAnOption(lower, leaf)) {
            return true;
        }
        return !name.equals(name.toUpperCase(Locale.ROOT)) && !LABELS.contains(lower);
    }

    /**
     * How to keep a word refused as an unknown option in the value before it: that value whole, in quotes, as far as
     * it would run ({@code number:"3 foo:bar"}).
     */
    private static String keptInQuotes(String option, String before, List<Word> rest, CommandSpec leaf) {
        StringBuilder value = new StringBuilder(before);
        for (int k = 0; k < rest.size() && !known(optionName(rest.get(k).text()), leaf); k++) {
            value.append(' ').append(rest.get(k).typed());
        }
        String quoted = Limits.clip(value.toString().strip(), 80).replace("\"", "\\\"");
        return ". If `" + Limits.clip(rest.get(0).typed(), 40) + "` is part of `" + option + ":`, put that value in "
                + "quotes: `" + option + ":\"" + quoted + "\"`.";
    }

    /**
     * Whether an unknown option name is most likely one of the command's options mistyped ({@code nmae:},
     * {@code kidn:}, {@code note:} for {@code notes:}), refused as such rather than read as words of a value when text
     * follows its colon (see {@link #meantAsAnOption}).
     */
    private static boolean nearAnOption(String name, CommandSpec leaf) {
        return leaf.options().stream().map(OptionSpec::name).anyMatch(option -> ClosestCommands.sameStart(name, option) >= ClosestCommands.CLOSE
                || option.startsWith(name) || name.startsWith(option) || sameLetters(name, option));
    }

    /** The same letters in another order: a slip of two keys ({@code kidn}, {@code kind}). */
    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    /**
     * A command followed by a value typed without its option's name ({@code /coach tip 2}, as Discord's picker lets
     * one type it): the command is known, so the line to type instead is shown, the value given to the first option
     * not named yet.
     */
    private Optional<String> withoutOptionName(List<String> words, List<String> typed, List<String> options,
                                               boolean coordinator) {
        for (int k = words.size() - 1; k > 0; k--) {
            String path = String.join(" ", words.subList(0, k));
            Optional<CommandSpec> leaf = catalogue.leaf(path);
            if (leaf.isEmpty()) {
                continue;
            }
            String instead = withoutOptionName(path, leaf.get(), typed.subList(k, typed.size()), options);
            // /remind list: most likely /reminders list, not a reminder of "list"
            Optional<String> another = namedBetter(words, path);
            if (another.isEmpty()) {
                return Optional.of(instead);
            }
            return Optional.of("Did you mean " + near.offered(another.stream().toList(), coordinator, "") + "? "
                    + (instead.startsWith(WRITE_EACH) ? "If you meant `/" + path + "`, "
                    + Character.toLowerCase(instead.charAt(0)) + instead.substring(1) : instead));
        }
        return Optional.empty();
    }

    /**
     * Another command the words typed name, word for word, better than the command they begin with: as many words,
     * each near the word in its place ({@code /remind list}: {@code /reminders list}).
     */
    private Optional<String> namedBetter(List<String> words, String path) {
        return catalogue.leaves().keySet().stream().filter(p -> !p.equals(path))
                .filter(p -> {
                    String[] names = p.split(" ");
                    return names.length == words.size() && java.util.stream.IntStream.range(0, names.length)
                            .allMatch(n -> ClosestCommands.sameStart(words.get(n), names[n]) >= ClosestCommands.CLOSE);
                })
                .max(Comparator.comparingDouble(p -> ClosestCommands.closeness(words, p)));
    }

    /** What to type for {@code leaf} when {@code values} came after it without an option's name. */
    private static String withoutOptionName(String path, CommandSpec leaf, List<String> values,
                                            List<String> options) {
        if (leaf.options().isEmpty()) {
            return "`/" + path + "` takes nothing after it: type `/" + path + "`.";
        }
        Optional<OptionSpec> free = leaf.options().stream()
                .filter(o -> options.stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).startsWith(o.name() + ":")))
                .sorted(Comparator.comparing(o -> !o.required()))
                .findFirst();
        if (free.isEmpty()) {
            return WRITE_EACH + ". " + usage(path, leaf);
        }
        StringBuilder line = new StringBuilder("/").append(path).append(' ').append(free.get().name())
                .append(':').append(quoted(Limits.clip(String.join(" ", values), 80)));
        for (String option : options) {
            int colon = option.indexOf(':');
            line.append(' ').append(option, 0, colon + 1).append(quoted(option.substring(colon + 1)));
        }
        return WRITE_EACH + ": `" + line + "`. " + usage(path, leaf);
    }

    private static String quoted(String value) {
        return value.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"')
                ? "\"" + value.replace("\"", "\\\"") + "\"" : value;
    }

    static String usage(String path, CommandSpec leaf) {
        StringBuilder sb = new StringBuilder("Usage: `/").append(path);
        for (OptionSpec o : leaf.options()) {
            sb.append(' ').append(o.required() ? "" : "[").append(o.name()).append(':').append(example(o))
                    .append(o.required() ? "" : "]");
        }
        return sb.append('`').toString();
    }

    /**
     * What an option's value looks like, as the console takes it: its first choice, {@code yes|no}, a member or role
     * as {@code @…}, a channel as {@code #…}, anything else {@code …}.
     */
    private static String example(OptionSpec o) {
        return !o.choices().isEmpty() ? o.choices().get(0).value() : switch (o.type()) {
            case BOOLEAN -> "yes|no";
            case USER, ROLE -> "@…";
            case CHANNEL -> "#…";
            default -> "…";
        };
    }

    /** The commands of a group typed alone ({@code /partner}), to pick one of: those the member typing may use first. */
    private String suggestions(String group, boolean coordinator) {
        return "Try: " + near.offered(catalogue.leaves().keySet().stream().filter(p -> p.startsWith(group))
                .sorted(Comparator.comparing((String p) -> !coordinator && catalogue.forCoordinators(p))).toList(),
                coordinator, ", ");
    }

    /** "Try: `/coach status`. ": the commands closest to the words typed ({@link ClosestCommands}), or nothing. */
    private String tryThese(List<String> words, boolean coordinator) {
        List<String> best = near.closest(words, coordinator);
        return best.isEmpty() ? "" : "Try: " + near.offered(best, coordinator, " or ") + ". ";
    }

    /**
     * Every command with its options, for {@code :help}, written as the console takes them: no Discord backticks, a
     * yes/no option as {@code mine:yes|no}, a member or role as {@code @…}, a channel as {@code #…}.
     */
    String help() {
        StringBuilder members = new StringBuilder();
        StringBuilder coordinators = new StringBuilder();
        catalogue.leaves().forEach((path, leaf) -> {
            boolean theirs = catalogue.forCoordinators(path)
                    || leaf.description().strip().endsWith(CommandCatalogue.COORDINATORS_SUFFIX);
            StringBuilder sb = theirs ? coordinators : members;
            sb.append("  /").append(path);
            for (OptionSpec o : leaf.options()) {
                String option = o.name() + ':' + example(o);
                sb.append(' ').append(o.required() ? option : "[" + option + "]");
            }
            // under their heading, a coordinators' command need not say it is one
            sb.append("  ").append(theirs ? CommandCatalogue.unmarked(leaf.description()) : leaf.description())
                    .append('\n');
        });
        return coordinators.isEmpty() ? members.toString() : members + "For coordinators:\n" + coordinators;
    }

    private static boolean isOption(String token) {
        int colon = token.indexOf(':');
        return colon > 0 && token.substring(0, colon).matches("[-_\\p{L}\\p{N}]+");
    }

    /**
     * Splits on spaces, keeping "quoted text" together where quotes group a value: right after an option's name
     * ({@code what:"Asked about the partner: yes"}), and before the first option (a whole option in quotes,
     * {@code "name:St. Mary's: Clinic"}, or a value typed without its name); the quotes themselves are dropped. Any
     * other quote is text: {@code what:She said "yes" to a meeting}. Inside quotes, {@code \\"} (or {@code ""}, as a
     * spreadsheet writes it) is a quote that belongs to the value: {@code what:"She said \\"yes\\""}. Any other
     * backslash stays as typed; a line that read that way leaves a quote open, but did not before (a value ending in a
     * backslash, {@code notes:"C:\\"}), is read as before.
     */
    private static List<Word> tokenize(String text) {
        List<Word> tokens = split(text, true);
        if (tokens != null) {
            return tokens;
        }
        tokens = split(text, false);
        if (tokens == null) {
            throw new IllegalArgumentException("A quote is not closed. Close it, or leave out the quote after the "
                    + "option's name: a value runs on to the next option's name without it. A quote inside quotes is "
                    + "typed \\\" (what:\"She said \\\"yes\\\"\").");
        }
        return tokens;
    }

    /** The words of {@code text}; null when a quote that groups a value is left open. */
    private static List<Word> split(String text, boolean quotesInside) {
        List<Word> tokens = new ArrayList<>();
        boolean optionTyped = false;
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder current = new StringBuilder();
            // whether quotes group this word: once one opens, each quote in it opens or closes, as always
            boolean grouping = false;
            boolean quoted = false;
            for (; i < text.length() && (quoted || !Character.isWhitespace(text.charAt(i))); i++) {
                char ch = text.charAt(i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
                if (ch == '"' && !grouping && (i == start && !optionTyped || isOptionName(current))) {
                    grouping = true;
                }
                if (quoted && quotesInside && (ch == '\\' || ch == '"') && next == '"') {
                    current.append('"');
                    i++;
                } else if (ch == '"' && grouping) {
                    quoted = !quoted;
                } else {
                    current.append(ch);
                }
            }
            if (quoted) {
                return null;
            }
            tokens.add(new Word(current.toString(), text.substring(start, i)));
            optionTyped |= isOption(current.toString());
        }
        return tokens;
    }

    /** Whether a word typed so far is an option's name and its colon, nothing after it: {@code what:}. */
    private static boolean isOptionName(CharSequence typed) {
        int colon = typed.toString().indexOf(':');
        return colon == typed.length() - 1 && isOption(typed.toString());
    }
}
