package org.partnercoach.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One slash command as a feature declares it: a name, a description, and either options or children
 * (subcommands, or groups of subcommands). The Discord adapter registers these; the console parses them.
 *
 * @param slow         the answer may take more than a moment: the adapter acknowledges (defers) first
 * @param coordinators a coordinators' command: the platform shows it only to members with Manage Server (a server
 *                     can widen that, so the feature checks {@link Caller#coordinator()} again when it runs)
 */
public record CommandSpec(String name, String description, List<OptionSpec> options, List<CommandSpec> children,
                          boolean slow, boolean coordinators) {

    public CommandSpec(String name, String description, List<OptionSpec> options, List<CommandSpec> children,
                       boolean slow) {
        this(name, description, options, children, slow, false);
    }

    public CommandSpec {
        options = List.copyOf(options);
        children = List.copyOf(children);
        if (!options.isEmpty() && !children.isEmpty()) {
            throw new IllegalArgumentException(name + ": a command has options or subcommands, not both");
        }
    }

    /**
     * A runnable command. {@code pathOrName} may be its whole path ("partner add"): the leaf takes the last word, so
     * a feature writes each path once, as a constant its spec, its dispatch and its tests share.
     */
    public static CommandSpec leaf(String pathOrName, String description, OptionSpec... options) {
        String name = pathOrName.substring(pathOrName.lastIndexOf(' ') + 1);
        return new CommandSpec(name, description, List.of(options), List.of(), false);
    }

    public static CommandSpec group(String name, String description, CommandSpec... children) {
        return new CommandSpec(name, description, List.of(), List.of(children), false);
    }

    public CommandSpec deferred() {
        return new CommandSpec(name, description, options, children, true, coordinators);
    }

    /**
     * A coordinators' command. On a root: hidden from members without Manage Server. Discord's permission is per
     * root, so on a subcommand under a root members share (like {@code /coach setup}) it stays visible and only the
     * feature's run-time check ({@link Caller#coordinator()}) refuses; a root whose every subcommand is for
     * coordinators is hidden too.
     */
    public CommandSpec forCoordinators() {
        return new CommandSpec(name, description, options, children, slow, true);
    }

    /** Whether the platform should hide this root from members: it, or every command below it, is for coordinators. */
    public boolean hiddenFromMembers() {
        return coordinators || !isLeaf() && leaves().values().stream().allMatch(CommandSpec::coordinators);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** Every runnable command below this one, keyed by its full path ("partner add"). */
    public Map<String, CommandSpec> leaves() {
        Map<String, CommandSpec> out = new LinkedHashMap<>();
        collect(name, this, out);
        return out;
    }

    private static void collect(String path, CommandSpec spec, Map<String, CommandSpec> out) {
        if (spec.isLeaf()) {
            out.put(path, spec);
            return;
        }
        for (CommandSpec child : spec.children()) {
            collect(path + " " + child.name(), child, out);
        }
    }

    public List<String> optionNames() {
        List<String> names = new ArrayList<>();
        options.forEach(o -> names.add(o.name()));
        return names;
    }
}
