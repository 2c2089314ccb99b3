package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Partnership health with 2,000 partners")
class ManyPartnersTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** 2,000 partners with long names over 8 sectors and 100 members, a touchpoint on every third, as rows. */
    private void seed() {
        seed(2000);
    }

    /** {@code partners} partners with long names over 8 sectors and 100 members, a touchpoint on every third. */
    private void seed(int partners) {
        String[] sectors = {"food", "faith", "youth", "housing", "education", "health-care", "business", "seniors"};
        String[] stages = {"RESEARCHING", "CONNECTING", "CULTIVATING", "ASKING", "PARTNERED"};
        // as the bot stores a time: its time of day in UTC
        java.time.LocalDateTime at = java.time.LocalDateTime.parse("2026-01-15T10:00:00");
        bot.storedRows().write(c -> {
            org.partnercoach.storage.Database.begin(c); // one transaction for the rows written below
            try (PreparedStatement p = c.prepareStatement("INSERT INTO partners (id, guild_id, name, name_key, sector,"
                    + " stage, owner_id, created_by, created_at, activity_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement t = c.prepareStatement("INSERT INTO partner_touchpoints (guild_id, partner_id,"
                         + " user_id, kind, note, happened_at, created_at) VALUES (?, ?, ?, 'NOTE', 'met', ?, ?)")) {
                for (int i = 1; i <= partners; i++) {
                    String name = "The Very Long Named Community Organisation Number " + i + " 🌱 of the County";
                    long owner = 500 + i % 100;
                    p.setLong(1, i);
                    p.setLong(2, TestBot.GUILD);
                    p.setString(3, name.substring(0, Math.min(100, name.length())));
                    p.setString(4, ("key " + i));
                    p.setString(5, sectors[i % sectors.length]);
                    p.setString(6, stages[i % stages.length]);
                    p.setLong(7, owner);
                    p.setLong(8, owner);
                    p.setObject(9, at);
                    p.setObject(10, at);
                    p.addBatch();
                    for (int k = 0; i % 3 == 0 && k < i % 7; k++) {
                        t.setLong(1, TestBot.GUILD);
                        t.setLong(2, i);
                        t.setLong(3, owner);
                        t.setObject(4, java.time.LocalDateTime.parse("2026-02-10T10:00:00"));
                        t.setObject(5, at);
                        t.addBatch();
                    }
                }
                p.executeBatch();
                t.executeBatch();
            }
            return null;
        });
    }

    @Test
    @DisplayName("the map and the report stay within Discord's limits, and only the largest partners are named")
    void withinLimits() throws IOException {
        seed();
        Member cora = bot.coordinator("cora");
        long start = System.nanoTime();
        Reply map = cora.runs("coalition map");
        long mapMillis = (System.nanoTime() - start) / 1_000_000;
        // thousands are set apart, in the counts and their changes alike
        assertThat(map.plainText()).contains("2,000 partners and 100 members",
                "Names on the map: the 12 partners with the most touchpoints", "Fragile partners: 2,000: ", "…and 1,992 more");
        assertThat(ImageIO.read(new ByteArrayInputStream(map.files().get(0).bytes())).getWidth())
                .isEqualTo(NetworkMap.WIDTH);
        QuarterReportTest.withinDiscordLimits(map);

        start = System.nanoTime();
        Reply report = cora.runs("report quarter", "which", "this");
        long reportMillis = (System.nanoTime() - start) / 1_000_000;
        QuarterReportTest.withinDiscordLimits(report);
        // this quarter is not over: its figures are the day's
        assertThat(report.plainText()).contains("2,000 partners on 2 Mar 2026 (the quarter isn't over)");
        assertThat(QuarterReportTest.pdfText(QuarterReportTest.file(report, ".pdf")))
                .contains("Partners by stage", "The network map", "The Very Long Named Community Organisation");
        System.out.printf("2,000 partners: map %d ms, report %d ms, report files %d bytes%n", mapMillis, reportMillis,
                report.files().stream().mapToLong(f -> f.bytes().length).sum());
    }

    @Test
    @DisplayName("10,000 partners: the map is made within Discord's limits, names the 12 largest and counts the rest")
    void tenThousand() throws IOException {
        seed(10_000);
        Reply map = bot.coordinator("cora").runs("coalition map");
        assertThat(map.plainText()).contains("10,000 partners and 100 members", "Fragile partners: 10,000: ",
                "…and 9,992 more", "Names on the map: the 12 partners with the most touchpoints");
        assertThat(ImageIO.read(new ByteArrayInputStream(map.files().get(0).bytes())).getWidth())
                .isEqualTo(NetworkMap.WIDTH);
        QuarterReportTest.withinDiscordLimits(map);
    }
}
