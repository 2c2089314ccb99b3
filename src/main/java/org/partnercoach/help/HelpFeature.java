package org.partnercoach.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CommandCatalogue;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;

/**
 * {@code /help}: the first step first ({@code /coach start}, or {@code /reflect}), what the bot is for, the few
 * commands members use most, then every command for the walks together, then every other member command under its
 * group, and for coordinators theirs too.
 * The lists are read from the other features' {@link CommandCatalogue}, so a new command appears by itself; a
 * command marked {@link CommandSpec#forCoordinators()} (itself or a group above it, in whatever root) or whose
 * description ends in "(coordinators)" is listed for coordinators only.
 */
public final class HelpFeature implements Feature {

    static final String FOR_COORDINATORS = CommandCatalogue.COORDINATORS_SUFFIX;

    /** What a newcomer does first: the commands it names are listed again, with the other walks', below it. */
    static final String FIRST_STEP = """
            **New here? Start with `/coach start`:** I walk you through the 5 tips for reaching out to new partners, \
            one question at a time. Or try `/reflect`, the 4 Ask Yourself questions. In a DM with me, just type your \
            answers.""";
    /**
     * Every command for the walks, in the order a newcomer meets them, listed together as the first group (under the
     * first one's group), whatever root each has: one missing from the catalogue is left out.
     */
    static final List<String> WALKS = List.of("coach start", "reflect", "coach progress", "coach answers", "coach tip",
            "partner coach");
    /** Under the walks: no command is called "resume", so how a walk stopped half-way comes back. */
    static final String PICK_UP = "Stopped half-way? Your answers are kept, and the same command picks your walk up "
            + "where you left it.";
    /** The commands members use most besides the walks, in this order (one renamed is listed in its group). */
    static final List<String> MOST_USED = List.of("partner add", "partner log", "partner list", "remind");
    static final String MOST_USED_HEADING = "**Most used**";
    /** The group of the commands that have no group of their own ({@code /help}). */
    static final String MORE = "More";
    static final String COORDINATORS_HEADING = "For coordinators";

    static final String ABOUT = """
            I help our coalition reach out to new partner organizations:
            • I coach you, one question at a time, through the 5 tips for reaching out and the 4 Ask Yourself questions;
            • I keep the outreach list (partners, stages, every contact) and show who is still missing at the table;
            • I remind the right person to keep in touch with each partner, and you of anything you ask.""";

    private final CommandCatalogue catalogue;

    /** @param features every other feature, whose commands {@code /help} lists */
    public HelpFeature(List<Feature> features) {
        this.catalogue = new CommandCatalogue(features);
    }

    /** The features with {@code /help} added after them, listing theirs. */
    public static List<Feature> with(List<Feature> features) {
        List<Feature> all = new ArrayList<>(features);
        all.add(new HelpFeature(features));
        return List.copyOf(all);
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.leaf("help", "What the bot is for, and every command you can use"));
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        List<Entry> entries = new ArrayList<>();
        List<CommandSpec> roots = new ArrayList<>(catalogue.roots());
        roots.addAll(commands());
        for (CommandSpec root : roots) {
            list(root.name(), root.isLeaf() ? MORE : root.description(), root, false, entries);
        }
        Map<String, Entry> members = new LinkedHashMap<>();
        entries.stream().filter(e -> !e.forCoordinators()).forEach(e -> members.put(e.path(), e));
        List<String> mostUsed = MOST_USED.stream().filter(members::containsKey).map(p -> members.get(p).line())
                .toList();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<Entry> walks = WALKS.stream().filter(members::containsKey).map(members::get).toList();
        if (!walks.isEmpty()) {
            List<String> lines = new ArrayList<>(walks.stream().map(Entry::line).toList());
            lines.add(PICK_UP);
            groups.put(walks.get(0).group(), lines);
        }
        // every other member command under its group, in the catalogue's order
        members.values().stream()
                .filter(e -> !WALKS.contains(e.path()) && !MOST_USED.contains(e.path()))
                .forEach(e -> groups.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e.line()));
        Card card = new Card("Partner Coach", FIRST_STEP + "\n\n" + ABOUT + "\n\n" + MOST_USED_HEADING + "\n"
                + String.join("\n", mostUsed), List.of(), null);
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            card = withFields(card, group.getKey(), group.getValue());
        }
        List<String> coordinators = entries.stream().filter(Entry::forCoordinators).map(Entry::line).toList();
        if (command.caller().coordinator() && !coordinators.isEmpty()) {
            card = withFields(card, COORDINATORS_HEADING, coordinators);
        }
        return Reply.card(card);
    }

    /** One runnable command as listed: its path, the group it is listed under, and its line. */
    private record Entry(String path, String group, String line, boolean forCoordinators) {
    }

    /**
     * {@code lines} as fields named {@code name}, as many as it takes to keep each within Discord's limit on a field
     * (the later ones named "{@code name} (more)"), never cutting a line in half.
     */
    private static Card withFields(Card card, String name, List<String> lines) {
        StringBuilder value = new StringBuilder();
        Card out = card;
        boolean first = true;
        for (String line : lines) {
            if (value.length() > 0 && value.length() + 1 + line.length() > Limits.EMBED_FIELD_VALUE) {
                out = out.withField(first ? name : name + " (more)", value.toString());
                first = false;
                value.setLength(0);
            }
            value.append(value.length() > 0 ? "\n" : "").append(Limits.clip(line, Limits.EMBED_FIELD_VALUE));
        }
        return value.length() == 0 ? out : out.withField(first ? name : name + " (more)", value.toString());
    }

    /**
     * Adds each runnable command below {@code spec} to {@code entries}: a command is for coordinators when it, or any
     * group above it, is marked for them, whatever root it shares with members' ones, or when its description ends
     * in "(coordinators)".
     */
    private static void list(String path, String group, CommandSpec spec, boolean forCoordinators,
                             List<Entry> entries) {
        boolean coordinatorsOnly = forCoordinators || spec.coordinators();
        if (!spec.isLeaf()) {
            for (CommandSpec child : spec.children()) {
                list(path + " " + child.name(), group, child, coordinatorsOnly, entries);
            }
            return;
        }
        String description = spec.description();
        coordinatorsOnly |= description.endsWith(FOR_COORDINATORS);
        if (coordinatorsOnly) {
            description = CommandCatalogue.unmarked(description);
        }
        entries.add(new Entry(path, group, "`/" + path + "` " + description, coordinatorsOnly));
    }
}
