package org.partnercoach.partners;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.CustomId;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.UserError;
import org.partnercoach.coaching.WalkState;
import org.partnercoach.coaching.Walks;
import org.partnercoach.storage.Database;

/** Reading the list: {@code /partner list} a page at a time, and {@code /partner show} for one partner. */
final class PartnerBrowser {

    static final int PAGE_SIZE = 10;
    private static final int RECENT_TOUCHPOINTS = 3;
    /** Stands for "no filter" inside a button id. */
    private static final String ANY = "-";

    private final Database db;
    private final PartnerStore partners;
    private final PartnerPageStore pages;
    private final Walks walks;
    private final Sectors sectors;
    private final PartnerView view;
    /** Which helpers on a page had left the server when last asked for an introduction. */
    private final IntroFlow intros;

    PartnerBrowser(Database db, PartnerStore partners, PartnerPageStore pages, Walks walks, Sectors sectors,
                   PartnerView view, IntroFlow intros) {
        this.intros = intros;
        this.db = db;
        this.partners = partners;
        this.pages = pages;
        this.walks = walks;
        this.sectors = sectors;
        this.view = view;
    }

    /** The list from the command's options (stage, sector, mine). */
    Reply list(Caller who, String stageKey, String sectorKey, String mine) {
        PartnerService.requireServer(who);
        Stage stage = stageKey == null ? null : Stage.parse(stageKey).orElseThrow(() -> new UserError(
                "Pick a stage: researching, connecting, cultivating, asking, partnered or moved-on."));
        String sector = sectorKey == null ? null : sectors.require(sectorKey).key();
        return page(who, stage, sector, Boolean.parseBoolean(mine), 0);
    }

    /** A page from a Previous/Next button: {@code list:page:stage:sector:mine}. */
    Reply page(Caller who, CustomId id) {
        Stage stage = Stage.parse(id.arg(1)).orElse(null);
        String sector = sectors.find(id.arg(2)).map(Sector::key).orElse(null);
        return page(who, stage, sector, "1".equals(id.arg(3)), (int) Math.max(0, id.longArg(0))).replacingMessage();
    }

    private Reply page(Caller who, Stage stage, String sector, boolean mine, int wanted) {
        PartnerStore.Filter filter = new PartnerStore.Filter(stage, sector, mine ? who.userId() : null);
        return db.read(c -> {
            int page = Math.min(wanted, Integer.MAX_VALUE / PAGE_SIZE);
            PartnerStore.Page read = partners.page(c, who.guildId(), filter, PAGE_SIZE, page * PAGE_SIZE);
            int total = read.matching();
            int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            if (page > pages - 1) {
                // a button of a page the list has since lost: its last page
                page = pages - 1;
                read = partners.page(c, who.guildId(), filter, PAGE_SIZE, page * PAGE_SIZE);
            }
            List<Partner> shown = read.partners();
            // nothing matches: what is around it (moved on, or in the sector or the whole list) says where to look,
            // one more read, for an empty list only
            PartnerStore.Around around = total == 0 ? partners.around(c, who.guildId(), filter) : null;
            // the list leaves out partners the coalition moved on from: with none else, say they are there
            int movedOn = around != null && stage == null && sector == null && !mine ? around.movedOn() : 0;
            String stageArg = stage == null ? ANY : stage.key();
            String sectorArg = sector == null ? ANY : sector;
            String mineArg = mine ? "1" : "0";
            Reply list = view.list(shown, page, pages, total, movedOn, stage == null, describe(stage, sector, mine),
                    around == null ? "" : view.noneMatch(stage, sector, mine, around),
                    to -> CustomId.of(PartnerView.FEATURE, "list", to, stageArg, sectorArg, mineArg));
            return mine ? view.withMissedCheckIn(list, who.guildId(), who.userId()) : list;
        });
    }

    private String describe(Stage stage, String sector, boolean mine) {
        List<String> parts = new ArrayList<>();
        if (stage != null) {
            parts.add(stage.label().toLowerCase());
        }
        if (sector != null) {
            parts.add(sectors.nameOf(sector));
        }
        if (mine) {
            parts.add("mine");
        }
        return String.join(" · ", parts);
    }

    /**
     * One partner's page as {@code who} reads it (days in their time zone), marking those of {@code gone} (its owner,
     * those who know someone there) as gone from the server, as the platform said just before.
     */
    Reply show(Caller who, Partner p, java.util.Set<Long> gone) {
        List<WalkState> plans = walks.aboutSubject(p.guildId(), PartnerCoaching.CURRICULUM, p.id());
        ZoneId zone = view.zoneOf(who.guildId(), who.userId(), p);
        return db.read(c -> {
            // the touchpoints, who knows someone there, the introductions, the waits and who doesn't know them well:
            // one read of the list's tables
            PartnerPageStore.Rows rows = pages.of(c, p.guildId(), p.id(), RECENT_TOUCHPOINTS, PartnerView.INTROS_SHOWN);
            // the helpers a request shown could not reach, and which of them had left the server then (as stored:
            // one more read, only for a page that shows such a request, so a usual page reads no more; the platform
            // is not asked here)
            java.util.Set<Long> helpers = new java.util.HashSet<>();
            rows.intros().stream().filter(i -> i.status() == Intro.Status.UNREACHABLE && i.helperId() != 0)
                    .forEach(i -> helpers.add(i.helperId()));
            java.util.Map<Long, java.time.Instant> left = helpers.isEmpty() ? java.util.Map.of()
                    : intros.leftWhenAsked(c, p.guildId(), helpers);
            return view.show(new PartnerView.Page(p, rows.recent(), rows.knowSomeone(), rows.intros(), rows.waits(),
                    rows.notWell(), plans, left, gone), zone, who.userId());
        });
    }
}
