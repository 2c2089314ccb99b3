package org.partnercoach.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.chat.CommandCatalogue;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Slips;
import org.partnercoach.chat.OptionSpec;

/**
 * Reads a console slash command: {@code /partner add name:"Eastside Food Bank" sector:food}. Words after the
 * slash name the command; {@code name:value} pairs give options. A value runs on to the next option's name, so
 * quotes are needed only around a value holding one of the command's option names followed by a colon.
 * Like Discord, it refuses unknown options and missing required ones before anything runs.
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

    /** How near a typed word must come to a command's word to count: "partnr" to "partner", not "st" to "status". */
    private static final double CLOSE = 0.6;

    private final CommandCatalogue catalogue;

    ConsoleGrammar(CommandCatalogue catalogue) {
        this.catalogue = catalogue;
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
        List<String> tokens;
        try {
            tokens = tokenize(line.substring(1));
        } catch (IllegalArgumentException e) {
            return Parsed.error(e.getMessage());
        }
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < tokens.size() && !isOption(tokens.get(i))) {
            words.add(tokens.get(i).toLowerCase(Locale.ROOT));
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
            return Parsed.error(withoutOptionName(words, tokens.subList(0, i), tokens.subList(i, tokens.size()))
                    .orElseGet(() -> "I don't know `/" + path + "`. " + closest(words, coordinator)
                            + "`:help` lists every command."));
        }
        Map<String, String> options = new LinkedHashMap<>();
        String typing = null;
        for (; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String name = isOption(token) ? token.substring(0, token.indexOf(':')).toLowerCase(Locale.ROOT) : null;
            boolean known = name != null && leaf.get().options().stream().anyMatch(o -> o.name().equals(name));
            if (!known && typing != null && (name == null || !nearAnOption(name, leaf.get()))) {
                // a value typed without quotes runs on to the next option's name: name:Eastside Food Bank sector:food,
                // when:tomorrow 10:30 (a word with a colon is the value's too, unless it looks like a mistyped option)
                options.merge(typing, token, (before, word) -> before + " " + word);
                continue;
            }
            if (!known) {
                return Parsed.error("`/" + path + "` has no option `" + name + "`. " + usage(path, leaf.get()));
            }
            options.put(name, token.substring(token.indexOf(':') + 1));
            typing = name;
        }
        for (OptionSpec option : leaf.get().options()) {
            if (option.required() && (!options.containsKey(option.name())
                    || options.get(option.name()).isBlank())) {
                return Parsed.error("`/" + path + "` needs `" + option.name() + ":`. " + usage(path, leaf.get()));
            }
        }
        return new Parsed(path, options, null);
    }

    /**
     * Whether an unknown option name is most likely one of the command's options mistyped ({@code nmae:},
     * {@code kidn:}, {@code note:} for {@code notes:}), to be refused as such rather than read as words of a value.
     */
    private static boolean nearAnOption(String name, CommandSpec leaf) {
        return leaf.options().stream().map(OptionSpec::name).anyMatch(option -> sameStart(name, option) >= CLOSE
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
    private Optional<String> withoutOptionName(List<String> words, List<String> typed, List<String> options) {
        for (int k = words.size() - 1; k > 0; k--) {
            String path = String.join(" ", words.subList(0, k));
            Optional<CommandSpec> leaf = catalogue.leaf(path);
            if (leaf.isEmpty()) {
                continue;
            }
            String value = String.join(" ", typed.subList(k, typed.size()));
            Optional<OptionSpec> free = leaf.get().options().stream()
                    .filter(o -> options.stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).startsWith(o.name() + ":")))
                    .sorted(Comparator.comparing(o -> !o.required()))
                    .findFirst();
            if (leaf.get().options().isEmpty()) {
                return Optional.of("`/" + path + "` takes nothing after it: type `/" + path + "`.");
            }
            if (free.isEmpty()) {
                return Optional.of("Write each option as name:value. " + usage(path, leaf.get()));
            }
            StringBuilder line = new StringBuilder("/").append(path).append(' ').append(free.get().name())
                    .append(':').append(quoted(Limits.clip(value, 80)));
            for (String option : options) {
                int colon = option.indexOf(':');
                line.append(' ').append(option, 0, colon + 1).append(quoted(option.substring(colon + 1)));
            }
            return Optional.of("Write each option as name:value: `" + line + "`. " + usage(path, leaf.get()));
        }
        return Optional.empty();
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
        return "Try: " + offered(catalogue.leaves().keySet().stream().filter(p -> p.startsWith(group))
                .sorted(Comparator.comparing((String p) -> !coordinator && catalogue.forCoordinators(p))).toList(),
                coordinator, ", ");
    }

    /**
     * The one or two commands whose names are closest to the words typed ({@code /status}: {@code /coach status};
     * {@code /partners}: {@code /partner list}), one of each group for a single word; for a member, coordinators'
     * commands only when none they may use is close, and marked; nothing when none is close.
     */
    private String closest(List<String> words, boolean coordinator) {
        List<String> paths = List.copyOf(catalogue.leaves().keySet());
        List<String> close = paths.stream().filter(p -> closeness(words, p) > 0)
                .sorted(Comparator.comparingDouble((String p) -> closeness(words, p)).reversed()
                        .thenComparing(Comparator.comparingLong(this::groupSize).reversed())
                        .thenComparingInt(paths::indexOf))
                .toList();
        if (!coordinator && close.stream().anyMatch(p -> !catalogue.forCoordinators(p))) {
            close = close.stream().filter(p -> !catalogue.forCoordinators(p)).toList();
        }
        List<String> best = new ArrayList<>();
        java.util.Set<String> groups = new java.util.HashSet<>();
        for (String path : close) {
            if (best.size() < 2 && (words.size() > 1 || groups.add(path.split(" ")[0]))) {
                best.add(path);
            }
        }
        return best.isEmpty() ? "" : "Try: " + offered(best, coordinator, " or ") + ". ";
    }

    /** Commands as offered to the member typing: for a member, a coordinators' command is marked as one. */
    private String offered(List<String> paths, boolean coordinator, String joiner) {
        boolean allTheirs = !coordinator && paths.stream().allMatch(catalogue::forCoordinators);
        String list = String.join(joiner, paths.stream().map(p -> "`/" + p + "`"
                + (!coordinator && !allTheirs && catalogue.forCoordinators(p) ? " (for coordinators)" : "")).toList());
        if (!allTheirs) {
            return list;
        }
        return list + switch (paths.size()) {
            case 1 -> " (for coordinators)";
            case 2 -> " (both for coordinators)";
            default -> " (all for coordinators)";
        };
    }

    /**
     * How closely a command's name fits the words typed, 0 when none of them is near any of its words: each typed
     * word adds how much of the nearest word it begins the same way (a plural or a typo near the end counts), the
     * command's first word typed first adds half, and a group's {@code list} is what a group's name typed alone asks.
     */
    private static double closeness(List<String> words, String path) {
        String[] names = path.split(" ");
        double sum = 0;
        for (String word : words) {
            double near = java.util.Arrays.stream(names).mapToDouble(name -> sameStart(word, name)).max().orElse(0);
            sum += near >= CLOSE ? near : 0;
        }
        if (sum == 0) {
            return 0;
        }
        if (sameStart(words.get(0), names[0]) >= CLOSE) {
            sum += 0.5;
        }
        return words.size() == 1 && names.length > 1 && names[names.length - 1].equals("list") ? sum + 0.1 : sum;
    }

    /**
     * How near two words are: the larger of how much of a word's start they share (1 for the same word, 7/8 for
     * "partners" and "partner") and how much is left once the slips of the keys between them are counted (7/8 for
     * "progess" and "progress", 3/4 for "lsit" and "list"), so a typo in the middle counts as one near the end does.
     */
    private static double sameStart(String a, String b) {
        int same = 0;
        while (same < Math.min(a.length(), b.length()) && a.charAt(same) == b.charAt(same)) {
            same++;
        }
        int longer = Math.max(a.length(), b.length());
        // words longer than a command's name are never near one
        int slips = Slips.between(a, b, 40);
        return (slips == Integer.MAX_VALUE ? same : Math.max(same, longer - slips)) / (double) longer;
    }

    /** Under a shared word ({@code /status}), the larger group is the likelier home of it: {@code /coach}. */
    private long groupSize(String path) {
        String root = path.split(" ")[0];
        return catalogue.leaves().keySet().stream().filter(p -> p.split(" ")[0].equals(root)).count();
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
     * Splits on spaces, keeping "quoted text" together (the quotes themselves are dropped). Inside quotes, {@code \\"}
     * (or {@code ""}, as a spreadsheet writes it) is a quote that belongs to the value: {@code what:"She said
     * \\"yes\\""}. Any other backslash stays as typed; a line that read that way leaves a quote open, but did not
     * before (a value ending in a backslash, {@code notes:"C:\\"}), is read as before.
     */
    static List<String> tokenize(String text) {
        List<String> tokens = split(text, true);
        if (tokens != null) {
            return tokens;
        }
        tokens = split(text, false);
        if (tokens == null) {
            throw new IllegalArgumentException("A quote is not closed. Close it, or leave the quotes out: a value "
                    + "runs on to the next option's name. A quote inside a value is typed \\\" (what:\"She said \\\"yes\\\"\").");
        }
        return tokens;
    }

    /** The words of {@code text}; null when a quote is left open. */
    private static List<String> split(String text, boolean quotesInside) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (quoted && quotesInside && (ch == '\\' || ch == '"') && next == '"') {
                current.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(ch) && !quoted) {
                if (any) {
                    tokens.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(ch);
                any = true;
            }
        }
        if (quoted) {
            return null;
        }
        if (any) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
