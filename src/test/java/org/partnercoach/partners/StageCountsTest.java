package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.UserError;
import org.partnercoach.storage.Database;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("How many partners each sector has in each stage, kept with every change of the list (V40)")
class StageCountsTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final Member bea = bot.member("bea");
    private final Member cora = bot.coordinator("cora");

    @AfterEach
    void close() {
        bot.close();
    }

    /** The kept counts, as "server sector stage partners" lines, zero rows left out. */
    private List<String> kept() {
        return bot.storedRows().read(c -> Database.list(c, "SELECT guild_id, sector, stage, partners"
                + " FROM partner_stage_counts WHERE partners <> 0 ORDER BY guild_id, sector, stage", StageCountsTest::line));
    }

    /** The same, counted from the partners themselves. */
    private List<String> counted() {
        return bot.storedRows().read(c -> Database.list(c, "SELECT guild_id, sector, stage, COUNT(*) FROM partners"
                + " GROUP BY guild_id, sector, stage ORDER BY guild_id, sector, stage", StageCountsTest::line));
    }

    private static String line(java.sql.ResultSet rs) throws java.sql.SQLException {
        return rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4);
    }

    private void countsMatchThePartners() {
        assertThat(kept()).isEqualTo(counted());
    }

    private String gaps() {
        return ana.runs("coalition gaps").plainText();
    }

    @Test
    @DisplayName("adding, editing the sector, moving, archiving, restoring and deleting keep the counts and the gaps card right")
    void everyChangeOfTheList() {
        for (String name : List.of("Eastside Food Bank", "Community Garden", "Meals on Wheels")) {
            ana.runs(PartnerFeature.Paths.ADD, "name", name, "sector", "food");
        }
        ana.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith");
        bot.memberOfOtherServer("zed").runs(PartnerFeature.Paths.ADD, "name", "Other Food Bank", "sector", "food");
        assertThat(kept()).containsExactly(TestBot.GUILD + " faith RESEARCHING 1", TestBot.GUILD + " food RESEARCHING 3",
                TestBot.OTHER_GUILD + " food RESEARCHING 1");
        assertThat(gaps()).contains("Only researched · 2: ").contains("Food and nutrition (3)");

        assertThat(ana.runs(PartnerFeature.Paths.STAGE, "partner", "Eastside Food Bank", "stage", "partnered").text())
                .contains("Moved “Eastside Food Bank” from researching to partnered");
        countsMatchThePartners();
        assertThat(gaps()).contains("At the table (partnered) · 1: Food and nutrition (1)");

        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Community Garden", "sector", "faith");
        countsMatchThePartners();
        assertThat(gaps()).contains("Only researched · 1: Faith communities (2)");
        // an edit that leaves the sector as it was changes no count
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Community Garden", "notes", "Raised beds behind the school");
        countsMatchThePartners();

        ana.runs(PartnerFeature.Paths.ARCHIVE, "partner", "Eastside Food Bank");
        countsMatchThePartners();
        assertThat(gaps()).contains("At the table (partnered) · 0: none yet").contains("Only researched · 2: ");
        ana.runs(PartnerFeature.Paths.RESTORE, "partner", "Eastside Food Bank");
        countsMatchThePartners();
        assertThat(gaps()).contains("At the table (partnered) · 1: Food and nutrition (1)");

        ana.runs(PartnerFeature.Paths.DELETE, "partner", "Meals on Wheels");
        assertThat(ana.presses("Delete for good").text()).contains("Deleted “Meals on Wheels”");
        countsMatchThePartners();
        assertThat(kept()).contains(TestBot.GUILD + " food PARTNERED 1").noneMatch(l -> l.startsWith(TestBot.GUILD + " food RESEARCHING"));
    }

    @Test
    @DisplayName("refused changes (not the owner, unknown partner or sector, wrong server) leave the counts as they were")
    void refusalsChangeNothing() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Library", "sector", "education");
        List<String> before = kept();

        assertThat(bea.runs(PartnerFeature.Paths.DELETE, "partner", "Library").text()).contains("or a coordinator");
        assertThat(bea.runs(PartnerFeature.Paths.ARCHIVE, "partner", "Library").text()).contains("Only");
        assertThat(ana.runs(PartnerFeature.Paths.STAGE, "partner", "Nowhere Inc", "stage", "asking").text())
                .contains("I can't find a partner called “Nowhere Inc”");
        assertThat(ana.runs(PartnerFeature.Paths.EDIT, "partner", "Library", "sector", "'; DROP TABLE partners; --")
                .text()).isNotBlank();
        assertThat(ana.runs(PartnerFeature.Paths.ADD, "name", "Library", "sector", "education").text())
                .contains("already on the list");
        bot.memberOfOtherServer("zed").runs(PartnerFeature.Paths.STAGE, "partner", "Library", "stage", "asking");

        assertThat(kept()).isEqualTo(before).containsExactly(TestBot.GUILD + " education RESEARCHING 1");
        countsMatchThePartners();
    }

    @Test
    @DisplayName("a move, edit or deletion from a read that another member's change overtook is refused, and nothing changes")
    void overtakenChangesAreRefused() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "City Transit", "sector", "transportation");
        Partner read = PartnersTestSupport.partner(bot, TestBot.GUILD, "City Transit");
        // another member moves it after that read
        cora.runs(PartnerFeature.Paths.STAGE, "partner", "City Transit", "stage", "connecting");
        List<String> before = kept();
        PartnerStore store = new PartnerStore();
        Database db = bot.storedRows();
        Instant now = bot.clock().instant();

        assertThatThrownBy(() -> db.write(c -> {
            store.moveStage(c, read, Stage.ASKING, null, null, ana.id(), now);
            return null;
        })).isInstanceOf(UserError.class).hasMessageContaining("Someone else changed “City Transit” a moment ago")
                .hasMessageContaining("`/partner show`");
        Partner edited = new Partner(read.id(), read.guildId(), read.name(), "housing", read.stage(), read.ownerId(),
                read.contact(), read.notes(), read.cadenceDays(), read.createdBy(), read.createdAt(), read.activityAt(),
                read.lastTouchAt(), read.lastTouchNote(), read.archivedFrom(), read.archivedReason());
        assertThatThrownBy(() -> db.write(c -> {
            store.update(c, read, edited, null, now); // the stage read is no longer the partner's
            return null;
        })).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> db.write(c -> {
            store.delete(c, read, ana.id(), now);
            return null;
        })).isInstanceOf(UserError.class);

        assertThat(kept()).isEqualTo(before).containsExactly(TestBot.GUILD + " transportation CONNECTING 1");
        countsMatchThePartners();
        assertThat(PartnersTestSupport.partner(bot, TestBot.GUILD, "City Transit").stage()).isEqualTo(Stage.CONNECTING);
    }

    @Test
    @DisplayName("two members moving two partners between the same sectors in opposite directions at once: no deadlock")
    void oppositeMovesAtOnce() throws Exception {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Food Bank", "sector", "food");
        ana.runs(PartnerFeature.Paths.ADD, "name", "Grace Church", "sector", "faith");
        String[][] moves = {{"Food Bank", "faith", "food"}, {"Grace Church", "food", "faith"}};
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> replies = new ArrayList<>();
            for (String[] move : moves) {
                replies.add(pool.submit(() -> {
                    start.await();
                    List<String> seen = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        // each edit takes one count from one sector's row and gives it to the other's
                        seen.add(ana.runs(PartnerFeature.Paths.EDIT, "partner", move[0], "sector", move[1 + i % 2])
                                .text());
                    }
                    return seen;
                }));
            }
            start.countDown();
            for (Future<List<String>> f : replies) {
                assertThat(f.get(60, TimeUnit.SECONDS)).noneMatch(r -> r.contains("something went wrong"));
            }
        } finally {
            pool.shutdownNow();
        }
        countsMatchThePartners();
    }

    @Test
    @DisplayName("members adding to a new sector and moving one partner at the same moment: every count stays right")
    void atTheSameMoment() throws Exception {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Shared Partner", "sector", "health-care");
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> replies = new ArrayList<>();
            String[] stages = {"connecting", "cultivating", "asking", "partnered"};
            String[] newSectors = {"housing", "youth", "seniors", "arts", "parks"};
            for (int t = 0; t < threads; t++) {
                Member m = bot.member("m" + t);
                int thread = t;
                Callable<List<String>> work = () -> {
                    start.await();
                    List<String> seen = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        // each sector's first partner makes its row: four members at once, five times
                        seen.add(m.runs(PartnerFeature.Paths.ADD, "name", "Clinic " + thread + "-" + i, "sector",
                                newSectors[i]).text());
                        seen.add(m.runs(PartnerFeature.Paths.STAGE, "partner", "Shared Partner", "stage",
                                stages[(thread + i) % stages.length]).text());
                    }
                    return seen;
                };
                replies.add(pool.submit(work));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : replies) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(all.stream().filter(r -> r.startsWith("Added “Clinic"))).hasSize(threads * 5);
            assertThat(all).allMatch(r -> r.startsWith("Added “Clinic") || r.startsWith("Moved “Shared Partner”")
                    || r.contains("is already in the") || r.startsWith("Someone else changed “Shared Partner”"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(kept()).contains(TestBot.GUILD + " housing RESEARCHING " + threads,
                TestBot.GUILD + " parks RESEARCHING " + threads);
        countsMatchThePartners();
    }

    @Test
    @DisplayName("the counts read back by sector and stage, whatever order the rows come in")
    void readBackBySector() {
        for (String[] partner : List.of(new String[] {"Eastside Food Bank", "food", "partnered"},
                new String[] {"Grace Church", "faith", "asking"}, new String[] {"Meals on Wheels", "food", "asking"},
                new String[] {"Temple Beth", "faith", "asking"}, new String[] {"Community Garden", "food", ""},
                new String[] {"Old Diner", "food", "partnered"})) {
            ana.runs(PartnerFeature.Paths.ADD, "name", partner[0], "sector", partner[1]);
            if (!partner[2].isEmpty()) {
                ana.runs(PartnerFeature.Paths.STAGE, "partner", partner[0], "stage", partner[2]);
            }
        }
        ana.runs(PartnerFeature.Paths.ARCHIVE, "partner", "Old Diner");
        StageCounts.BySector read = bot.storedRows().read(c -> new StageCounts().of(c, TestBot.GUILD));
        assertThat(read.of("food")).containsExactly(1, 0, 0, 1, 1, 0);
        assertThat(read.of("faith")).containsExactly(0, 0, 0, 2, 0, 0);
        assertThat(read.of("housing")).containsOnly(0);

        // rows of one sector apart from each other (as PostgreSQL may read them): each still counts once
        StageCounts.BySector apart = new StageCounts.BySector();
        apart.add("food", Stage.PARTNERED, 1);
        apart.add("faith", Stage.ASKING, 2);
        apart.add("food", Stage.ASKING, 1);
        apart.add("food", Stage.PARTNERED, 3);
        assertThat(apart.of("food")).containsExactly(0, 0, 0, 1, 4, 0);
        assertThat(apart.of("faith")).containsExactly(0, 0, 0, 2, 0, 0);
    }

    @Test
    @DisplayName("a stage is read back from its stored name, and a name that is no stage is refused as before")
    void stageFromItsStoredName() {
        for (Stage stage : Stage.values()) {
            assertThat(Stage.stored(stage.name())).isSameAs(stage);
            assertThat(Stage.stored(new String(stage.name().toCharArray()))).isSameAs(stage);
        }
        assertThatThrownBy(() -> Stage.stored("partnered")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stage.stored("PARTNERED ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stage.stored(null)).isInstanceOf(NullPointerException.class);
    }
}
