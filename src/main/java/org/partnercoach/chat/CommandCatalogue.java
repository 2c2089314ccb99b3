package org.partnercoach.chat;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every command of every feature, and which feature owns which command path. */
public final class CommandCatalogue {

    /** How a command's description says it is for coordinators, at its end: "Set the bot up (coordinators)". */
    public static final String COORDINATORS_SUFFIX = "(coordinators)";
    /** ... or at its start, under a root members share: "Coordinators: a map of ...". */
    private static final String COORDINATORS_PREFIX = "Coordinators:";

    private final Map<String, CommandSpec> roots = new LinkedHashMap<>();
    private final Map<String, CommandSpec> leaves = new LinkedHashMap<>();
    private final Map<String, Feature> owners = new LinkedHashMap<>();

    public CommandCatalogue(List<Feature> features) {
        for (Feature feature : features) {
            for (CommandSpec root : feature.commands()) {
                // features may share a root (/coach start, /coach setup): their subcommands are merged
                roots.merge(root.name(), root, CommandCatalogue::merge);
                root.leaves().forEach((path, leaf) -> {
                    if (leaves.putIfAbsent(path, leaf) != null) {
                        throw new IllegalStateException("two features declare /" + path);
                    }
                    owners.put(path, feature);
                });
            }
        }
    }

    private static CommandSpec merge(CommandSpec a, CommandSpec b) {
        if (a.isLeaf() || b.isLeaf()) {
            throw new IllegalStateException("/" + a.name() + " is declared twice");
        }
        Map<String, CommandSpec> children = new LinkedHashMap<>();
        for (CommandSpec child : a.children()) {
            children.put(child.name(), child);
        }
        for (CommandSpec child : b.children()) {
            children.merge(child.name(), child, CommandCatalogue::merge);
        }
        // a root shared by members' and coordinators' commands stays visible: Discord hides whole roots only
        return new CommandSpec(a.name(), a.description(), List.of(), List.copyOf(children.values()), false,
                a.coordinators() && b.coordinators());
    }

    public Collection<CommandSpec> roots() {
        return roots.values();
    }

    public Map<String, CommandSpec> leaves() {
        return leaves;
    }

    public Optional<CommandSpec> leaf(String path) {
        return Optional.ofNullable(leaves.get(path));
    }

    /**
     * Whether {@code path} is a coordinators' command: its root is one ({@link CommandSpec#forCoordinators()}), or
     * the leaf itself is, under a root members share (like {@code /coach setup}), which Discord cannot hide.
     */
    public boolean forCoordinators(String path) {
        String root = path.contains(" ") ? path.substring(0, path.indexOf(' ')) : path;
        return Optional.ofNullable(roots.get(root)).map(CommandSpec::coordinators).orElse(false)
                || leaf(path).map(CommandSpec::coordinators).orElse(false);
    }

    /**
     * A coordinators' command's description as a list under a coordinators' heading shows it: without what says it is
     * theirs, "(coordinators)" at its end or "Coordinators:" at its start ("Coordinators: a map of ..." is "A map of
     * ..."), which Discord's command list needs where it shows a coordinators' command among members' ones.
     */
    public static String unmarked(String description) {
        String text = description.strip();
        if (text.endsWith(COORDINATORS_SUFFIX)) {
            text = text.substring(0, text.length() - COORDINATORS_SUFFIX.length()).strip();
        }
        if (text.startsWith(COORDINATORS_PREFIX)) {
            String rest = text.substring(COORDINATORS_PREFIX.length()).strip();
            text = rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return text;
    }

    Optional<Feature> owner(String path) {
        return Optional.ofNullable(owners.get(path));
    }
}
