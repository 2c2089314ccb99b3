package org.partnercoach.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Counted;
import org.partnercoach.support.CsvText;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Exports for coordinators")
class ExportTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    private static String csv(Reply reply) {
        assertThat(reply.files()).hasSize(1);
        return CsvText.of(reply.files().get(0));
    }

    @Test
    @DisplayName("CSV cells are quoted where needed and formulas are neutralised with a single quote")
    void quotingAndFormulas() {
        String out = CsvText.of(Csv.withHeader("a", "b", "c")
                .row("=HYPERLINK(\"http://x\")", "Food, \"fresh\" and\nmore", "-5")
                .row("+1", "@everyone", "\ttab")
                .row("plain", "émoji 🍎", null).bytes());
        assertThat(out).isEqualTo("a,b,c\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",\"Food, \"\"fresh\"\" and\nmore\",'-5\r\n"
                + "'+1,'@everyone,'\ttab\r\n"
                + "plain,émoji 🍎,\r\n");
    }

    @Test
    @DisplayName("every CSV begins with UTF-8's byte order mark, so Excel on Windows shows \"Clínica\" and not "
            + "\"ClÃ­nica\": the coordinators' exports, the funders' report and the weekly digest")
    void byteOrderMark() {
        // GIVEN a partner whose name has an accent, with a touchpoint
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Clínica del Pueblo", "sector", "food");
        ana.runs("partner log", "partner", "Clínica del Pueblo", "what", "Café with the director");
        Member cora = bot.coordinator("cora");

        // WHEN cora exports the partners and the touchpoints
        for (String export : List.of("export partners", "export touchpoints")) {
            byte[] file = cora.runs(export).files().get(0).bytes();
            // THEN the file starts with EF BB BF, then the header, and the accents are UTF-8
            assertThat(file).as(export).startsWith(0xEF, 0xBB, 0xBF, 'i', 'd', ',');
            assertThat(new String(file, StandardCharsets.UTF_8)).as(export).startsWith("\uFEFFid,")
                    .contains(export.endsWith("partners") ? "Clínica del Pueblo" : "Café with the director");
        }
        // and once only, at the very start
        assertThat(new String(Csv.withHeader("a").row("é").bytes(), StandardCharsets.UTF_8)).isEqualTo("\uFEFFa\r\né\r\n");
    }

    @Test
    @DisplayName("a cell that begins with spaces before = + - @ (or a tab or a line's return) is neutralised too, as a "
            + "spreadsheet skips the spaces and runs the formula; spaces before plain text are kept as typed")
    void formulasAfterSpaces() {
        String out = CsvText.of(Csv.withHeader("a", "b", "c", "d")
                .row("  =1+1", " +1", "\u00a0-2", "   @everyone")
                .row(" \t=x", "  \r=x", "  plain", "   ").bytes());
        assertThat(out).isEqualTo("a,b,c,d\r\n"
                + "'  =1+1,' +1,'\u00a0-2,'   @everyone\r\n"
                + "' \t=x,\"'  \r=x\",  plain,   \r\n");
    }

    @Test
    @DisplayName("/export partners and touchpoints: one row per record with a header, in a private reply")
    void partnersAndTouchpoints() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "=Eastside Food Bank", "sector", "food");
        ana.runs("partner log", "partner", "=Eastside Food Bank", "what", "Coffee, then a tour");
        Member cora = bot.coordinator("cora");

        Reply partners = cora.runs("export partners");
        assertThat(partners.ephemeral()).isTrue();
        assertThat(partners.text()).contains("Here is 1 partner");
        assertThat(partners.files().get(0).fileName()).isEqualTo("partners-2026-03-02.csv");
        assertThat(csv(partners)).startsWith("id,name,former_names,sector,stage,owner").contains(",'=Eastside Food Bank,")
                .hasLineCount(2);
        assertThat(csv(cora.runs("export touchpoints"))).startsWith("id,partner_id,partner,member,kind,note,happened_at")
                .contains("\"Coffee, then a tour\"").hasLineCount(2);
    }

    @Test
    @DisplayName("a touchpoint logged late says when it was logged beside the day it happened: the weekly digest "
            + "counts it in the week it was logged")
    void touchpointsSayWhenTheyWereLogged() {
        // GIVEN on Thursday 5 March ana logs the coffee she had on Monday 2 March
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        bot.advance(java.time.Duration.ofDays(3));
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee", "when", "2026-03-02");

        // WHEN a coordinator exports the touchpoints THEN the row gives both
        String csv = csv(bot.coordinator("cora").runs("export touchpoints"));
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",note,happened_at,logged_at");
        assertThat(csv).contains(",Coffee,2026-03-02 ", ",2026-03-05 15:00");
    }

    @Test
    @DisplayName("each touchpoint names its partner's id, as the partners export does, so a partner renamed since "
            + "and a new one under its old name are told apart")
    void touchpointsNameTheirPartnersId() {
        // GIVEN the food bank is renamed after a contact, and a new partner is added under its old name
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee");
        ana.runs("partner edit", "partner", "Eastside Food Bank", "name", "Eastside Pantry");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Tour");
        Member cora = bot.coordinator("cora");

        // WHEN a coordinator exports the partners and the touchpoints
        String partners = csv(cora.runs("export partners"));
        String touchpoints = csv(cora.runs("export touchpoints"));

        // THEN each touchpoint carries the id its partner has in the partners export
        String pantry = partners.lines().filter(l -> l.contains(",Eastside Pantry,")).findFirst().orElseThrow()
                .split(",")[0];
        String foodBank = partners.lines().filter(l -> l.contains(",Eastside Food Bank,")).findFirst().orElseThrow()
                .split(",")[0];
        assertThat(pantry).isNotEqualTo(foodBank);
        assertThat(touchpoints.lines()).anySatisfy(l -> assertThat(l).contains("," + pantry + ",Eastside Pantry,",
                        ",Coffee,"))
                .anySatisfy(l -> assertThat(l).contains("," + foodBank + ",Eastside Food Bank,", ",Tour,"));
    }

    @Test
    @DisplayName("members in an export are links to their Discord profile, which a spreadsheet keeps whole, where a "
            + "bare id of 19 digits showed as 1.23457E+18; none is written as a formula")
    void membersAsSpreadsheetsKeepThem() {
        // GIVEN ana looks after a partner, logs a contact with it and shares an answer
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee");
        ana.runs("coach start");
        ana.presses("Answer");
        ana.submits("answer", "The library");
        ana.runs("coach answers");
        ana.presses("Share 1");
        Member cora = bot.coordinator("cora");

        // WHEN a coordinator exports the partners, the touchpoints and the answers
        String partners = csv(cora.runs("export partners"));
        String touchpoints = csv(cora.runs("export touchpoints"));
        String answers = csv(cora.runs("export answers"));

        // THEN each names ana by the link to her profile, a text cell that opens who she is
        String profile = "https://discord.com/users/" + ana.id();
        assertThat(partners).startsWith("id,name,former_names,sector,stage,owner,").contains(",Eastside Food Bank,")
                .contains("," + profile + ",");
        assertThat(touchpoints).startsWith("id,partner_id,partner,member,").contains(",Eastside Food Bank," + profile + ",");
        assertThat(answers).startsWith("id,member,").contains("," + profile + ",");
        // AND no cell is her bare id, which a spreadsheet would read as a number
        for (String file : List.of(partners, touchpoints, answers)) {
            assertThat(file.split("[,\r\n]")).doesNotContain(String.valueOf(ana.id()));
        }
    }

    @Test
    @DisplayName("an export's file is named by the coordinator's own day, in their time zone")
    void fileNamedByTheCoordinatorsDay() {
        // GIVEN a server on UTC and a coordinator in Tokyo, at 07:00 on 3 March there (22:00 UTC on 2 March)
        Member cora = bot.coordinator("cora");
        cora.runs("settings timezone", "zone", "Asia/Tokyo");
        bot.clock().advance(java.time.Duration.ofHours(7));

        assertThat(cora.runs("export touchpoints").files().get(0).fileName())
                .isEqualTo("touchpoints-2026-03-03.csv");
        assertThat(bot.coordinator("dee").runs("export partners").files().get(0).fileName())
                .isEqualTo("partners-2026-03-02.csv");
    }

    @Test
    @DisplayName("/export partners lists the names a partner had before each rename, oldest first, in one read however "
            + "many were renamed")
    void partnersFormerNames() {
        // GIVEN ana adds two partners, and one is renamed twice
        Member ana = bot.member("ana");
        Member cora = bot.coordinator("cora");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner add", "name", "Grace Church", "sector", "faith");
        cora.homeKnown().runs("export partners");
        Counted before = Counted.of(() -> cora.runs("export partners"));
        ana.runs("partner edit", "partner", "Eastside Food Bank", "name", "Eastside Pantry, Inc.");
        ana.runs("partner edit", "partner", "Eastside Pantry, Inc.", "name", "Eastside Pantry");

        // WHEN cora exports the partners
        Counted export = Counted.of(() -> cora.runs("export partners"));
        String file = csv(export.reply());

        // THEN the column after the name holds its former names, oldest first; empty for one never renamed
        assertThat(file).startsWith("id,name,former_names,sector,")
                .contains(",Eastside Pantry,\"Eastside Food Bank; Eastside Pantry, Inc.\",Food and nutrition,")
                .contains(",Grace Church,,Faith communities,");
        // AND reading them takes no more statements than before any rename
        assertThat(export.statements()).isEqualTo(before.statements());
    }

    @Test
    @DisplayName("a touchpoint logged, or a partner moved on, by a member who asked to be forgotten reads \"a former "
            + "member\" in the export, as the partner's page says, not an empty cell; a partner she looked after has "
            + "no owner, an empty cell")
    void forgottenMemberReadsAsAFormerMember() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner log", "partner", "Eastside Food Bank", "what", "Coffee");
        ana.runs("partner add", "name", "Old Mill", "sector", "business");
        ana.runs("partner archive", "partner", "Old Mill", "reason", "closed");
        ana.runs("privacy forget");
        ana.presses("Delete my data");
        Member cora = bot.coordinator("cora");

        String touchpoints = csv(cora.runs("export touchpoints"));
        String partners = csv(cora.runs("export partners"));

        assertThat(touchpoints).contains(",Eastside Food Bank,a former member,");
        assertThat(partners).containsPattern(",Old Mill,,Business,Moved on,,.*,a former member,closed,Researching\r\n")
                .containsPattern(",Eastside Food Bank,,Food.*?,Researching,,.*,,,,\r\n");
        assertThat(partners + touchpoints).doesNotContain(String.valueOf(ana.id()));
    }

    @Test
    @DisplayName("/export partners says when, by whom, why and from which stage a partner was moved on (the last time, "
            + "after a restore), in one read however many partners moved on")
    void partnersMovedOn() {
        // GIVEN a server in Chicago; ana adds three partners, one of which stays on the list
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "America/Chicago");
        Member ana = bot.member("ana");
        for (String name : List.of("Grace Church", "Youth League", "Hope Housing")) {
            ana.runs("partner add", "name", name, "sector", "faith");
        }
        ana.runs("partner stage", "partner", "Grace Church", "stage", "cultivating");
        // AND on 2 March at 09:00 (Chicago) ana moves Grace Church on, then brings it back the next day
        ana.runs("partner archive", "partner", "Grace Church", "reason", "Wrong season");
        bot.advance(java.time.Duration.ofDays(1));
        ana.runs("partner restore", "partner", "Grace Church");
        cora.homeKnown();
        Counted one = Counted.of(() -> cora.runs("export partners"));
        // AND on 4 March at 09:00 cora moves it on again, with a reason that has a comma and Markdown
        bot.advance(java.time.Duration.ofDays(1));
        cora.runs("partner archive", "partner", "Grace Church", "reason", "Closed, for **now**");
        // AND Youth League is moved on without a reason
        ana.runs("partner archive", "partner", "Youth League");

        // WHEN cora exports the partners
        Counted export = Counted.of(() -> cora.runs("export partners"));
        String file = csv(export.reply());

        // THEN the header names the new columns, and each moved-on partner says when, by whom, why and from where
        assertThat(file).startsWith("id,name,former_names,sector,stage,owner,contact,notes,cadence_days,created_at,last_touch_at,"
                + "last_touch_note,moved_on_at,moved_on_by,moved_on_reason,moved_on_from_stage\r\n");
        assertThat(file).containsPattern(",Grace Church,.*,Moved on,.*,2026-03-04 09:00,https://discord.com/users/"
                        + cora.id() + ",\"Closed, for \\*\\*now\\*\\*\",Cultivating\r\n")
                .containsPattern(",Youth League,.*,Moved on,.*,2026-03-04 09:00,https://discord.com/users/"
                        + ana.id() + ",,Researching\r\n");
        // AND a partner still on the list has those cells empty
        assertThat(file).containsPattern(",Hope Housing,.*,,,,\r\n");
        // AND the file is read in as many statements with two partners moved on as with none
        assertThat(export.statements()).isEqualTo(one.statements());
    }

    @Test
    @DisplayName("times in an export read as the coordinator's clock shows them, to the minute, and the reply says "
            + "which time zone")
    void timesInTheCoordinatorsZone() {
        // GIVEN a server in Chicago; ana adds the food bank and logs coffee at 15:00 UTC on 2 March (09:00 there)
        Member cora = bot.coordinator("cora");
        cora.runs("coach setup", "timezone", "America/Chicago");
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank 🍎", "sector", "food");
        ana.runs("partner log", "partner", "Eastside Food Bank 🍎", "what", "Coffee with the director");

        // WHEN the coordinator exports the partners and the touchpoints
        Reply partners = cora.runs("export partners");
        Reply touchpoints = cora.runs("export touchpoints");

        // THEN the times are Chicago's, as a spreadsheet reads them, and the reply names the zone
        assertThat(partners.text()).contains("times in America/Chicago");
        assertThat(csv(partners)).contains(",2026-03-02 09:00,2026-03-02 09:00,Coffee with the director")
                .doesNotContain("15:00", "Z\r\n");
        assertThat(csv(touchpoints)).contains("Coffee with the director,2026-03-02 09:00,2026-03-02 09:00\r\n")
                .doesNotContain("15:00");
    }

    @Test
    @DisplayName("a private answer never appears; a shared one does, until its author stops sharing")
    void privateAnswers() {
        Member bea = bot.member("bea");
        bea.runs("coach start");
        bea.presses("Answer");
        bea.submits("answer", "Secret plan for the food bank");
        bea.presses("Answer");
        bea.submits("answer", "Shared idea: the library");
        Member cora = bot.coordinator("cora");

        assertThat(csv(cora.runs("export answers"))).doesNotContain("Secret plan").doesNotContain("Shared idea")
                .hasLineCount(1);
        assertThat(cora.runs("digest preview").plainText()).doesNotContain("Secret plan");

        Reply page = bea.runs("coach answers");
        assertThat(page.buttons()).extracting(b -> b.label()).contains("Share 2");
        assertThat(bea.presses("Share 2").plainText()).contains("(shared with coordinators)");
        String shared = csv(cora.runs("export answers"));
        assertThat(shared).contains("Shared idea: the library").doesNotContain("Secret plan");
        assertThat(cora.runs("digest preview").plainText()).contains("Shared idea: the library")
                .doesNotContain("Secret plan");

        bea.presses("Stop sharing 2");
        assertThat(csv(cora.runs("export answers"))).doesNotContain("Shared idea");
    }

    @Test
    @DisplayName("members are refused and get no file")
    void membersRefused() {
        Reply reply = bot.member("ana").runs("export touchpoints");
        assertThat(reply.text()).contains("Only coordinators");
        assertThat(reply.files()).isEmpty();
    }
}
