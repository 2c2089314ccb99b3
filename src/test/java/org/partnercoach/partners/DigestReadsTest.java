package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.storage.Database;
import org.partnercoach.support.TestBot;

@DisplayName("What the weekly digest reads of the list: active partners as listed, names by id, partners by stage at a moment")
class DigestReadsTest {

    private static final Instant NOW = TestBot.START;
    private static final long G = TestBot.GUILD;

    private final TestBot bot = TestBot.inMemory();
    private final PartnerDirectory directory = PartnersTestSupport.directory(bot);
    private final Database db = bot.storedRows();
    private long nextId = 500;

    @AfterEach
    void close() {
        bot.close();
    }

    /** A partner as stored: its stage, owner (0: nobody), own cadence (null: the server's), times. */
    private long partner(long guildId, String stage, long owner, Integer cadence, Instant created, Instant lastTouch,
                         Instant activity) {
        long id = nextId++;
        db.write(c -> Database.update(c, "INSERT INTO partners (id, guild_id, name, name_key, sector, stage, owner_id,"
                + " cadence_days, created_by, created_at, activity_at, last_touch_at, archived_from)"
                + " VALUES (?, ?, ?, ?, 'food', ?, ?, ?, 1, ?, ?, ?, ?)", id, guildId, "Org " + id, "org " + id,
                stage, owner, cadence, created, activity, lastTouch, stage.equals("MOVED_ON") ? "CONNECTING" : null));
        return id;
    }

    private void move(long id, String from, String to, Instant at) {
        db.write(c -> Database.update(c, "INSERT INTO partner_stage_changes (guild_id, partner_id, user_id,"
                + " from_stage, to_stage, changed_at) VALUES (?, ?, 1, ?, ?, ?)", G, id, from, to, at));
    }

    private static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    @DisplayName("active partners as a list shows them: the same partners, fields and order as the whole rows")
    void activeListed() {
        partner(G, "ASKING", 0, null, daysAgo(9), null, daysAgo(2));
        partner(G, "CONNECTING", 4, 21, daysAgo(30), daysAgo(3), daysAgo(1));
        partner(G, "PARTNERED", 5, null, daysAgo(30), daysAgo(8), daysAgo(1));
        partner(G, "MOVED_ON", 5, null, daysAgo(30), null, NOW);
        partner(TestBot.OTHER_GUILD, "CONNECTING", 5, null, daysAgo(30), null, NOW);

        assertThat(directory.activeListed(G)).isEqualTo(directory.activePartners(G).stream()
                .map(p -> new PartnerDirectory.Listed(p.id(), p.name(), p.stage(), p.ownerId(), p.cadenceDays(),
                        p.createdAt(), p.lastTouchAt(), p.restoredAt())).toList());
        // the same activity: the newer partner first
        assertThat(directory.activeListed(G)).extracting(PartnerDirectory.Listed::lastContact)
                .containsExactly(daysAgo(8), daysAgo(3), daysAgo(9));
        assertThat(directory.activeListed(G).get(2).hasOwner()).isFalse();
    }

    @Test
    @DisplayName("names by id in one read: moved-on ones too, never another server's, unknown ids left out")
    void namesOf() {
        long a = partner(G, "CONNECTING", 1, null, daysAgo(3), null, NOW);
        long gone = partner(G, "MOVED_ON", 1, null, daysAgo(3), null, NOW);
        long other = partner(TestBot.OTHER_GUILD, "CONNECTING", 1, null, daysAgo(3), null, NOW);

        assertThat(directory.namesOf(G, List.of(a, gone, other, 99_999L, a)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(a, "Org " + a, gone, "Org " + gone));
        assertThat(directory.namesOf(G, List.of())).isEmpty();
    }

    @Test
    @DisplayName("partners by stage at any moment: counted for those that never moved, replayed for the others")
    void stagesAt() {
        PartnerHistory history = new PartnerHistory(bot.app().database(), new PartnerStore(),
                new Sectors(List.of()), new GapsReport(new Sectors(List.of())));
        partner(G, "RESEARCHING", 1, null, daysAgo(40), null, NOW);
        partner(G, "PARTNERED", 1, null, daysAgo(5), null, NOW);
        long twice = partner(G, "PARTNERED", 1, null, daysAgo(30), null, NOW);
        move(twice, "RESEARCHING", "ASKING", daysAgo(20));
        move(twice, "ASKING", "PARTNERED", daysAgo(10));
        long gone = partner(G, "MOVED_ON", 1, null, daysAgo(30), null, NOW);
        move(gone, "CONNECTING", "MOVED_ON", daysAgo(15));
        partner(TestBot.OTHER_GUILD, "ASKING", 1, null, daysAgo(30), null, NOW);

        for (long days : new long[] {50, 35, 25, 20, 15, 12, 10, 6, 5, 1, 0}) {
            Map<Stage, Integer> replayed = new EnumMap<>(Stage.class);
            for (Stage s : Stage.values()) {
                replayed.put(s, 0);
            }
            history.stageOfEach(G, daysAgo(days)).values().forEach(s -> replayed.merge(s, 1, Integer::sum));
            assertThat(history.stagesAt(G, daysAgo(days))).as("%d days ago", days).isEqualTo(replayed);
        }
        Map<Stage, Integer> elevenDaysAgo = history.stagesAt(G, daysAgo(11));
        assertThat(elevenDaysAgo.get(Stage.ASKING)).isEqualTo(1);
        assertThat(elevenDaysAgo.get(Stage.MOVED_ON)).isEqualTo(1);
        assertThat(elevenDaysAgo.get(Stage.RESEARCHING)).isEqualTo(1);
        assertThat(elevenDaysAgo.get(Stage.PARTNERED)).isZero();
    }
}
