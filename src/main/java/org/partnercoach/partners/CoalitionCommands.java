package org.partnercoach.partners;

import java.util.List;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;

/** {@code /coalition gaps}: which sectors are at the table, on the way, only researched, or missing. */
public final class CoalitionCommands implements Feature {

    private final PartnerDirectory directory;
    private final GapsReport report;

    CoalitionCommands(PartnerDirectory directory, GapsReport report) {
        this.directory = directory;
        this.report = report;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.group("coalition", "Your coalition as a whole",
                CommandSpec.leaf("gaps", "Which sectors are at the table, on the way, or still missing")));
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        PartnerService.requireServer(command.caller());
        return report.render(report.of(directory.forGaps(command.caller().guildId())));
    }
}
