package org.partnercoach.chat;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every command of every feature, and which feature owns which command path. */
public final class CommandCatalogue {

    private final Map<String, CommandSpec> roots = new LinkedHashMap<>();
    private final Map<String, CommandSpec> leaves = new LinkedHashMap<>();
    private final Map<String, Feature> owners = new LinkedHashMap<>();

    public CommandCatalogue(List<Feature> features) {
        for (Feature feature : features) {
            for (CommandSpec root : feature.commands()) {
                if (roots.putIfAbsent(root.name(), root) != null) {
                    throw new IllegalStateException("two features declare /" + root.name());
                }
                root.leaves().forEach((path, leaf) -> {
                    leaves.put(path, leaf);
                    owners.put(path, feature);
                });
            }
        }
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

    Optional<Feature> owner(String path) {
        return Optional.ofNullable(owners.get(path));
    }
}
