package org.partnercoach.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.support.Member;
import org.partnercoach.support.RecordingMessenger;
import org.partnercoach.support.TestBot;

@DisplayName("The quarterly value question and an owner who has left the server")
class ValueAskOwnerLeftTest {

    private final TestBot bot = TestBot.inMemory();

    @AfterEach
    void close() {
        bot.close();
    }

    /** ana cultivates the food bank (hers to look after); the clock: 2 March 2026, the first quarter. */
    private Member anaCultivatingTheFoodBank() {
        Member ana = bot.member("ana");
        ana.runs("partner add", "name", "Eastside Food Bank", "sector", "food");
        ana.runs("partner stage", "partner", "Eastside Food Bank", "stage", "cultivating");
        return ana;
    }

    private List<RecordingMessenger.Sent> valueAsks(Member m) {
        return bot.messenger().directTo(m.id()).stream()
                .filter(s -> s.reply().plainText().contains("Once a quarter")).toList();
    }

    private int failedValueSends() {
        return bot.storedRows().read(c -> org.partnercoach.storage.Database.one(c, "SELECT COUNT(*) FROM"
                + " scheduled_sends WHERE kind = 'partner-value' AND status = 'FAILED'", rs -> rs.getInt(1)))
                .orElseThrow();
    }

    private String valueLineOfStatus() {
        return bot.coordinator("cora").runs("coach status").text().lines()
                .filter(line -> line.contains("value question")).findFirst().orElse("");
    }

    @Test
    @DisplayName("an owner who left the server before the quarter began is not asked (no DM, no failed send), and "
            + "once a coordinator hands the partner over, its new owner is asked")
    void ownerWhoLeftIsNotAsked() {
        // GIVEN ana looks after the food bank and has left the server (Discord refuses DMs to her, as to anyone it
        // shares no server with)
        Member ana = anaCultivatingTheFoodBank();
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().closeDmsOf(ana.id());

        // WHEN the second quarter begins
        bot.advance(Duration.ofDays(30));   // 1 April 2026, 15:00 UTC

        // THEN no question went to her, and none failed: coordinators are not told her DMs are closed
        assertThat(valueAsks(ana)).isEmpty();
        assertThat(failedValueSends()).isZero();
        assertThat(valueLineOfStatus()).isEmpty();

        // WHEN cora hands the food bank to bea
        Member bea = bot.member("bea");
        bot.coordinator("cora").runs("partner owner", "partner", "Eastside Food Bank", "member",
                String.valueOf(bea.id()));
        bot.advance(Duration.ofHours(1));

        // THEN bea is asked its value
        assertThat(valueAsks(bea)).singleElement().satisfies(dm -> assertThat(dm.reply().plainText())
                .contains("what Eastside Food Bank brings"));
    }

    @Test
    @DisplayName("a question that waited for her quiet hours and then found she had left reads, in /coach status and "
            + "the weekly digest, that she left the server and that the partner can be handed over with /partner "
            + "owner, not that her DMs are closed; she is not asked again")
    void questionFailedBecauseSheLeft() {
        // GIVEN the quarter's question to ana is planned at midnight and held for her quiet hours
        Member ana = anaCultivatingTheFoodBank();
        bot.advance(Duration.ofDays(30).minusHours(14));   // 1 April 2026, 01:00 UTC
        assertThat(valueAsks(ana)).isEmpty();
        // AND before 08:00 she leaves the server, and Discord refuses DMs to her
        bot.messenger().leaves(TestBot.GUILD, ana.id());
        bot.messenger().closeDmsOf(ana.id());

        // WHEN her quiet hours end
        bot.advance(Duration.ofHours(8));

        // THEN coordinators read that she left and what to do
        assertThat(valueLineOfStatus()).contains("a quarterly value question to <@" + ana.id() + ">",
                "left the server", "/partner owner").doesNotContain("DMs are closed", "allow DMs");
        Member cora = bot.coordinator("cora");
        assertThat(cora.runs("digest preview").plainText()).contains("left the server", "/partner owner")
                .doesNotContain("their DMs are closed");

        // AND a week on, she is not tried again
        bot.advance(Duration.ofDays(8));
        assertThat(failedValueSends()).isEqualTo(1);
        assertThat(valueAsks(ana)).isEmpty();
    }
}
