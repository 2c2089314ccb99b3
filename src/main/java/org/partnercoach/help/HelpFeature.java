package org.partnercoach.help;

import java.util.ArrayList;
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
 * {@code /help}: what the bot is for, in three lines, then every member command, and for coordinators theirs too.
 * The lists are read from the other features' {@link CommandCatalogue}, so a new command appears by itself; a
 * command whose description ends in "(coordinators)" is listed for coordinators only.
 */
public final class HelpFeature implements Feature {

    static final String FOR_COORDINATORS = "(coordinators)";

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
        Map<String, CommandSpec> leaves = new java.util.LinkedHashMap<>();
        java.util.Set<String> coordinatorPaths = new java.util.HashSet<>();
        List<CommandSpec> roots = new ArrayList<>(catalogue.roots());
        roots.addAll(commands());
        for (CommandSpec root : roots) {
            leaves.putAll(root.leaves());
            if (root.coordinators()) {
                coordinatorPaths.addAll(root.leaves().keySet());
            }
        }
        for (Map.Entry<String, CommandSpec> leaf : leaves.entrySet()) {
            String description = leaf.getValue().description();
            boolean forCoordinators = coordinatorPaths.contains(leaf.getKey())
                    || description.endsWith(FOR_COORDINATORS);
            String line = "`/" + leaf.getKey() + "` " + (description.endsWith(FOR_COORDINATORS)
                    ? description.substring(0, description.length() - FOR_COORDINATORS.length()).strip()
                    : description);
            (forCoordinators ? coordinators : members).add(line);
        }
        Card card = new Card("Partner Coach", ABOUT + "\n\n**Your commands**\n" + String.join("\n", members),
                List.of(), "Start with /coach start. In a DM with me, just type your answers.");
        if (command.caller().coordinator() && !coordinators.isEmpty()) {
            card = card.withField("For coordinators", Limits.clip(String.join("\n", coordinators),
                    Limits.EMBED_FIELD_VALUE));
        }
        return Reply.card(card);
    }
}
