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

    CoalitionFeature(PartnerDirectory directory, GapsReport report) {
        this.directory = directory;
        this.report = report;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.group("coalition", "Your coalition as a whole",
                CommandSpec.leaf(GAPS, "Which sectors are at the table, on the way, or still missing")));
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
        return report.directory(report.of(directory.forGaps(press.caller().guildId())));
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        PartnerService.requireServer(command.caller());
        return report.render(report.of(directory.forGaps(command.caller().guildId())));
    }
}
