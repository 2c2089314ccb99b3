package org.partnercoach.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Coordinators;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Reply;
import org.partnercoach.coaching.WalkActivity;
import org.partnercoach.partners.Partner;
import org.partnercoach.partners.PartnerHistory;
import org.partnercoach.settings.ServerSettings;

/**
 * {@code /export partners | touchpoints | answers}: the server's data as a CSV file, for coordinators only, in a
 * private reply. Answers are exported only where their author shared them. Times are written as a spreadsheet reads
 * them ("2026-03-02 14:05"), in the coordinator's time zone (else the server's), which the reply names; members as
 * links to their Discord profile, which a spreadsheet keeps whole (the bot keeps no member's name to write instead).
 */
public final class ExportFeature implements Feature {

    private final PartnerHistory partners;
    private final WalkActivity walks;
    private final ServerSettings settings;
    private final Clock clock;
    private final Coordinators coordinators;

    public ExportFeature(PartnerHistory partners, WalkActivity walks, ServerSettings settings, Clock clock,
                         Coordinators coordinators) {
        this.coordinators = coordinators;
        this.partners = partners;
        this.walks = walks;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(CommandSpec.group("export", "Download your coalition's data as a spreadsheet (coordinators)",
                CommandSpec.leaf("partners", "Every partner on the list, one row each"),
                CommandSpec.leaf("touchpoints", "Every logged contact with a partner"),
                CommandSpec.leaf("answers", "Walk answers their authors chose to share")).forCoordinators());
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        coordinators.require(command.caller(), "export the coalition's data");
        long guildId = command.caller().guildId();
        // the coordinator's own today (their time zone, else the server's)
        ZoneId zone = settings.memberZone(guildId, command.caller().userId());
        String day = LocalDate.now(clock.withZone(zone)).toString();
        return switch (command.path()) {
            case "export partners" -> file(partners(guildId, zone), "partners", day, "partner", zone);
            case "export touchpoints" -> file(touchpoints(guildId, zone), "touchpoints", day, "touchpoint", zone);
            case "export answers" -> file(answers(guildId, zone), "answers", day, "shared answer", zone);
            default -> throw new UnsupportedOperationException(command.path());
        };
    }

    public Csv partners(long guildId, ZoneId zone) {
        Csv csv = Csv.withHeader("id", "name", "former_names", "sector", "stage", "owner", "contact", "notes", "cadence_days",
                "created_at", "last_touch_at", "last_touch_note", "moved_on_at", "moved_on_by", "moved_on_reason",
                "moved_on_from_stage");
        for (PartnerHistory.Filed f : partners.filed(guildId)) {
            Partner p = f.partner();
            boolean movedOn = !p.active();
            // the names it had before each rename, oldest first, as the digest's CSV joins a list in one cell
            csv.row(p.id(), p.name(), f.formerNames().isEmpty() ? null : String.join("; ", f.formerNames()),
                    partners.sectorName(p.sector()), p.stage().label(),
                    p.hasOwner() ? Csv.member(p.ownerId()) : null, p.contact(), p.notes(), p.cadenceDays(),
                    Csv.time(p.createdAt(), zone), Csv.time(p.lastTouchAt(), zone), p.lastTouchNote(),
                    Csv.time(f.movedOnAt(), zone), f.movedOnAt() == null ? null : Csv.doneBy(f.movedOnBy()), movedOn ? p.archivedReason() : null,
                    movedOn && p.archivedFrom() != null ? p.archivedFrom().label() : null);
        }
        return csv;
    }

    public Csv touchpoints(long guildId, ZoneId zone) {
        // partner_id is the partners export's id: a partner renamed since, or two of one name, stay told apart;
        // logged_at is when it was recorded, which decides the weekly digest's week it counts in
        Csv csv = Csv.withHeader("id", "partner_id", "partner", "member", "kind", "note", "happened_at", "logged_at");
        partners.touchpoints(guildId).forEach(t -> csv.row(t.id(), t.partnerId(), t.partnerName(),
                Csv.doneBy(t.userId()), t.kind().label(), t.note(), Csv.time(t.happenedAt(), zone),
                Csv.time(t.loggedAt(), zone)));
        return csv;
    }

    /** Only answers their authors shared: a private answer never leaves the bot. */
    public Csv answers(long guildId, ZoneId zone) {
        // partner: the one a plan is about (its name now), empty for a walk about no one in particular
        Csv csv = Csv.withHeader("id", "member", "walk", "question", "answer", "updated_at", "partner");
        walks.shared(guildId).forEach(a -> csv.row(a.answerId(), Csv.member(a.userId()), a.walkTitle(),
                a.question(), a.text(), Csv.time(a.updatedAt(), zone), a.partner()));
        return csv;
    }

    private Reply file(Csv csv, String what, String day, String noun, ZoneId zone) {
        String text = csv.size() == 0
                ? "There is no " + noun + " to export yet; the file has just its header row."
                : "Here " + (csv.size() == 1 ? "is 1 " + noun : "are " + csv.size() + " " + noun + "s")
                + ", one row each, times in " + zone.getId() + ". Open the file in any spreadsheet (UTF-8).";
        return Reply.text(text).withFile(csv.file(what + "-" + day + ".csv"));
    }
}
