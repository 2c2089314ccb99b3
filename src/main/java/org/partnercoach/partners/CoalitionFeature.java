package org.partnercoach.partners;

import java.util.List;
import java.util.Set;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Router;

/**
 * {@code /coalition gaps}: which sectors are at the table, on the way, only researched, or missing, with the sector
 * directory a button away.
 */
public final class CoalitionFeature implements Feature {

    /** The command path, shared by the spec and tests. */
    public static final String GAPS = "coalition gaps";

    private final PartnerDirectory directory;
    private final GapsReport report;
    private final PartnerAddOns addOns;

    CoalitionFeature(PartnerDirectory directory, GapsReport report, PartnerAddOns addOns) {
        this.directory = directory;
        this.report = report;
        this.addOns = addOns;
    }

    @Override
    public List<CommandSpec> commands() {
        List<CommandSpec> leaves = new java.util.ArrayList<>();
        leaves.add(CommandSpec.leaf(GAPS, "Which sectors are at the table, on the way, or still missing"));
        leaves.addAll(addOns.coalitionCommands());
        return List.of(CommandSpec.group("coalition", "Your coalition as a whole",
                leaves.toArray(CommandSpec[]::new)));
    }

    @Override
    public Set<String> componentPrefixes() {
        return Set.of(GapsReport.COMPONENTS);
    }

    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        if (!press.customId().action().equals(GapsReport.DIRECTORY)) {
            return Router.stale();
        }
        PartnerService.requireServer(press.caller());
        return report.directory(report.ofCounts(directory.sectorStages(press.caller().guildId())));
    }

    @Override
    public Inbound.Command beforeTransaction(Inbound.Command command) {
        return command.path().equals(GAPS) ? command : addOns.beforeCoalition(command);
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        PartnerService.requireServer(command.caller());
        if (!command.path().equals(GAPS)) {
            return addOns.onCoalition(command);
        }
        return report.render(report.ofCounts(directory.sectorStages(command.caller().guildId())));
    }
}
