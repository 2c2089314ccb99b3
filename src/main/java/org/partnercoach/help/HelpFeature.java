package org.partnercoach.help;

import java.util.ArrayList;
import java.util.List;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CommandCatalogue;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Reply;

/**
 * {@code /help}: what the bot is for, in three lines, then every member command, and for coordinators theirs too.
 * The lists are read from the other features' {@link CommandCatalogue}, so a new command appears by itself; a
 * command marked {@link CommandSpec#forCoordinators()} (itself or a group above it, in whatever root) or whose
 * description ends in "(coordinators)" is listed for coordinators only.
 */
public final class HelpFeature implements Feature {

    static final String FOR_COORDINATORS = "(coordinators)";
    /** How a coordinators' command under a root members share may say so ("Coordinators: a map of ..."). */
    private static final String COORDINATORS_PREFIX = "Coordinators:";

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
        List<String> members = new ArrayList<>();
        List<String> coordinators = new ArrayList<>();
        List<CommandSpec> roots = new ArrayList<>(catalogue.roots());
        roots.addAll(commands());
        for (CommandSpec root : roots) {
            list(root.name(), root, false, members, coordinators);
        }
        Card card = new Card("Partner Coach", ABOUT + "\n\n**Your commands**\n" + String.join("\n", members),
                List.of(), "Start with /coach start. In a DM with me, just type your answers.");
        if (command.caller().coordinator() && !coordinators.isEmpty()) {
            card = card.withField("For coordinators", Limits.clip(String.join("\n", coordinators),
                    Limits.EMBED_FIELD_VALUE));
        }
        return Reply.card(card);
    }

    /**
     * Adds each runnable command below {@code spec} to the members' or the coordinators' lines: a command is for
     * coordinators when it, or any group above it, is marked for them, whatever root it shares with members' ones,
     * or when its description ends in "(coordinators)".
     */
    private static void list(String path, CommandSpec spec, boolean forCoordinators, List<String> members,
                             List<String> coordinators) {
        boolean coordinatorsOnly = forCoordinators || spec.coordinators();
        if (!spec.isLeaf()) {
            for (CommandSpec child : spec.children()) {
                list(path + " " + child.name(), child, coordinatorsOnly, members, coordinators);
            }
            return;
        }
        String description = spec.description();
        if (description.endsWith(FOR_COORDINATORS)) {
            coordinatorsOnly = true;
            description = description.substring(0, description.length() - FOR_COORDINATORS.length()).strip();
        }
        if (coordinatorsOnly && description.startsWith(COORDINATORS_PREFIX)) {
            String rest = description.substring(COORDINATORS_PREFIX.length()).strip();
            description = rest.isEmpty() ? rest : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        (coordinatorsOnly ? coordinators : members).add("`/" + path + "` " + description);
    }
}
