package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercoach.chat.TimeMarkup;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A partner deleted for good is named as deleted when someone types its name later")
class DeletedPartnerNamedTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");

    @AfterEach
    void close() {
        bot.close();
    }

    private static void deletes(Member who, String name) {
        who.runs(PartnerFeature.Paths.DELETE, "partner", name);
        assertThat(who.presses("Delete for good").text()).startsWith("Deleted “" + name + "”");
    }

    private static String deletedLine(String name, java.time.Instant at, Member by) {
        return "“" + name + "” was deleted from the list on " + TimeMarkup.full(at) + " by <@" + by.id() + ">. "
                + "To add it again, use `/partner add name:\"" + name + "\"` and pick its sector.";
    }

    /** The stored deletion records of a server: name key, name, deleted by, deleted at. */
    private static List<List<Object>> deletions(TestBot bot, long guildId) {
        return bot.storedRows().read(c -> Database.list(c, "SELECT name_key, name, deleted_by, deleted_at"
                + " FROM partner_deletions WHERE guild_id = ? ORDER BY id", rs -> List.<Object>of(rs.getString(1),
                rs.getString(2), rs.getLong(3), Database.instant(rs, 4)), guildId));
    }

    @Test
    @DisplayName("GIVEN ana deleted “Sunrise Clinic” WHEN bea types its name, in any case or spacing, THEN she hears "
            + "when and by whom, and how to add it again; the record is stored with the delete")
    void typedAfterDelete() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        java.time.Instant at = bot.clock().instant();
        deletes(ana, "Sunrise Clinic");

        assertThat(bea.runs(PartnerFeature.Paths.LOG, "partner", "Sunrise Clinic", "what", "Called them").text())
                .isEqualTo(deletedLine("Sunrise Clinic", at, ana));
        assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "  SUNRISE   clinic. ").text())
                .isEqualTo(deletedLine("Sunrise Clinic", at, ana));
        assertThat(deletions(bot, TestBot.GUILD)).containsExactly(List.of("sunrise clinic", "Sunrise Clinic",
                ana.id(), at));
        // the console renders the date as a reader sees it
        assertThat(TimeMarkup.render(bea.runs(PartnerFeature.Paths.SHOW, "partner", "Sunrise Clinic").text(),
                at, java.time.ZoneOffset.UTC)).contains("on Mon 2 Mar 2026, 15:00 UTC by");
    }

    @Test
    @DisplayName("GIVEN ana renamed “Grace Church” to “Grace Community Church” and deleted it WHEN bea types the old "
            + "name THEN she hears when and by whom it was deleted, as for its last name; a button made before the "
            + "delete names it by its last name")
    void formerNameTypedAfterDelete() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith");
        long id = PartnersTestSupport.partner(bot, TestBot.GUILD, "Grace Church").id();
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Grace Church", "name", "Grace Community Church");
        java.time.Instant at = bot.clock().instant();
        deletes(ana, "Grace Community Church");

        assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "Grace Church").text())
                .isEqualTo(deletedLine("Grace Church", at, ana));
        assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "Grace Community Church").text())
                .isEqualTo(deletedLine("Grace Community Church", at, ana));
        assertThat(deletions(bot, TestBot.GUILD)).containsExactly(
                List.of("grace church", "Grace Church", ana.id(), at),
                List.of("grace community church", "Grace Community Church", ana.id(), at));
        assertThat(bea.pressesId(org.partnercoach.chat.CustomId.of(PartnerView.FEATURE, "coach", id)).text())
                .startsWith("“Grace Community Church” was deleted from the list on");
        // AND a partner called by the old name since is found as it is
        bea.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith");
        assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "Grace Church").plainText())
                .doesNotContain("was deleted");
    }

    @Test
    @DisplayName("a partner added again under the same name is found as it is, with no word of the deletion; deleted "
            + "again, the newest deletion is the one told")
    void addedAgain() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        deletes(ana, "Sunrise Clinic");

        bea.runs(PartnerFeature.Paths.ADD, "name", "Sunrise clinic", "sector", "health-care");
        String shown = bea.runs(PartnerFeature.Paths.SHOW, "partner", "Sunrise Clinic").plainText();
        assertThat(shown).contains("Sunrise clinic").doesNotContain("was deleted");
        assertThat(bea.runs(PartnerFeature.Paths.LOG, "partner", "sunrise clinic", "what", "Called them").text())
                .startsWith("Logged");

        bot.clock().advance(java.time.Duration.ofDays(3));
        java.time.Instant again = bot.clock().instant();
        deletes(bea, "Sunrise clinic");
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "Sunrise Clinic").text())
                .isEqualTo(deletedLine("Sunrise clinic", again, bea));
    }

    @Test
    @DisplayName("the deletion record survives a restart")
    void survivesRestart(@TempDir Path dir) {
        try (TestBot fileBot = TestBot.onFile(dir)) {
            Member cora = fileBot.coordinator("cora");
            fileBot.member("ana").runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
            java.time.Instant at = fileBot.clock().instant();
            deletes(cora, "Sunrise Clinic");

            fileBot.restart();

            assertThat(fileBot.member("bea").runs(PartnerFeature.Paths.SHOW, "partner", "Sunrise Clinic").text())
                    .isEqualTo(deletedLine("Sunrise Clinic", at, cora));
            assertThat(deletions(fileBot, TestBot.GUILD)).hasSize(1);
        }
    }

    @Test
    @DisplayName("a deletion in one server is never told in another, where the name is simply not found")
    void otherServer() {
        Member olu = bot.memberOfOtherServer("olu");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        deletes(ana, "Sunrise Clinic");

        assertThat(olu.runs(PartnerFeature.Paths.SHOW, "partner", "Sunrise Clinic").text())
                .startsWith("I can't find a partner called “Sunrise Clinic” in this server.")
                .doesNotContain("deleted", "<@" + ana.id() + ">");
        assertThat(deletions(bot, TestBot.OTHER_GUILD)).isEmpty();

        // AND the other server's own deletion of the same name is told there, by its own member
        olu.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        deletes(olu, "Sunrise Clinic");
        assertThat(olu.runs(PartnerFeature.Paths.SHOW, "partner", "Sunrise Clinic").text())
                .contains("by <@" + olu.id() + ">").doesNotContain("<@" + ana.id() + ">");
        assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "Sunrise Clinic").text())
                .contains("by <@" + ana.id() + ">").doesNotContain("<@" + olu.id() + ">");
    }

    @Test
    @DisplayName("emoji, 10,000 characters or SQL typed as a name get the usual not-found reply, and lose nothing; "
            + "an emoji before the deleted name still names it")
    void badInput() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Eastside Food Bank", "sector", "food");
        deletes(ana, "Sunrise Clinic");

        for (String typed : List.of("🍎🏥", "x".repeat(10_000), "Sunrise Clinic'; DROP TABLE partner_deletions; --",
                "' OR '1'='1")) {
            assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", typed).text()).as(typed)
                    .startsWith("I can't find a partner called").doesNotContain("was deleted");
        }
        // an emoji before its letters is still its name, as it would find the partner were it on the list
        assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "🏥 Sunrise Clinic").text())
                .startsWith("“Sunrise Clinic” was deleted from the list on");
        assertThat(deletions(bot, TestBot.GUILD)).hasSize(1);
        assertThat(PartnersTestSupport.directory(bot).allPartners(TestBot.GUILD)).extracting(Partner::name)
                .containsExactly("Eastside Food Bank");
    }

    @Test
    @DisplayName("a name deleted whose part is in another name is told as deleted, not taken for that other one")
    void deletedBeforeAPartOfAnother() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic Annex", "sector", "health-care");
        java.time.Instant at = bot.clock().instant();
        deletes(ana, "Sunrise Clinic");

        assertThat(bea.runs(PartnerFeature.Paths.LOG, "partner", "Sunrise Clinic", "what", "Called them").text())
                .isEqualTo(deletedLine("Sunrise Clinic", at, ana));
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "Sunrise Clinic Annex").lastTouchAt()).isNull();
        // a part of the other name still finds it
        assertThat(bea.runs(PartnerFeature.Paths.LOG, "partner", "annex", "what", "Called them").text())
                .startsWith("Logged");
    }
    @Test
    @DisplayName("GIVEN ana deleted “St. Mary's Clinic” WHEN bea types it without its spaces or punctuation "
            + "(“StMarysClinic”, “st marys clinic”) THEN she hears it was deleted; a partner on the list spelled so "
            + "is still the one found, and another server hears nothing of it")
    void typedWithOtherSpacesOrPunctuation() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "St. Mary's Clinic", "sector", "health-care");
        java.time.Instant at = bot.clock().instant();
        deletes(ana, "St. Mary's Clinic");

        for (String typed : List.of("StMarysClinic", "st marys clinic", "ST MARY'S-CLINIC")) {
            assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", typed).text()).as(typed)
                    .isEqualTo(deletedLine("St. Mary's Clinic", at, ana));
        }
        assertThat(bot.memberOfOtherServer("olu").runs(PartnerFeature.Paths.SHOW, "partner", "StMarysClinic").text())
                .startsWith("I can't find a partner called").doesNotContain("was deleted");

        bea.runs(PartnerFeature.Paths.ADD, "name", "St Marys Clinic", "sector", "health-care");
        assertThat(bea.runs(PartnerFeature.Paths.LOG, "partner", "StMarysClinic", "what", "Called them").text())
                .startsWith("Logged a note with “St Marys Clinic”");
    }

    @Test
    @DisplayName("a server with hundreds of deletions since still tells the oldest by its exact name, and the newest "
            + "by its letters")
    void manyDeletions() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Sunrise Clinic", "sector", "health-care");
        java.time.Instant at = bot.clock().instant();
        deletes(ana, "Sunrise Clinic");
        bot.clock().advance(java.time.Duration.ofDays(1));
        java.time.Instant later = bot.clock().instant();
        bot.storedRows().write(c -> {
            for (int i = 0; i < 600; i++) {
                Database.update(c, "INSERT INTO partner_deletions (guild_id, name_key, name, deleted_by, deleted_at)"
                        + " VALUES (?, ?, ?, ?, ?)", TestBot.GUILD, "org " + i, "Org " + i, ana.id(), later);
            }
            return null;
        });

        assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "sunrise clinic").text())
                .isEqualTo(deletedLine("Sunrise Clinic", at, ana));
        assertThat(bea.runs(PartnerFeature.Paths.SHOW, "partner", "Org-599").text())
                .isEqualTo(deletedLine("Org 599", later, ana));
    }
}
