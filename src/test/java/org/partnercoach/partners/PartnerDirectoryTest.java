package org.partnercoach.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.UserError;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("PartnerDirectory: what other features (reminders, the digest) read and write")
class PartnerDirectoryTest {

    private final TestBot bot = TestBot.inMemory();
    private final Member ana = bot.member("ana");
    private final PartnerDirectory directory = PartnersTestSupport.directory(bot);

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("active partners come with their owner, last touchpoint and cadence")
    void activePartners() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Food Bank", "sector", "food");
        ana.runs(PartnerFeature.Paths.EDIT, "partner", "Food Bank", "cadence", "21");
        ana.runs(PartnerFeature.Paths.LOG, "partner", "Food Bank", "what", "Coffee with Maria", "kind", "meeting");

        Partner p = directory.activePartners(TestBot.GUILD).get(0);

        assertThat(p.ownerId()).isEqualTo(ana.id());
        assertThat(p.cadenceDays()).isEqualTo(21);
        assertThat(p.lastTouchAt()).isEqualTo(TestBot.START);
        assertThat(p.lastTouchNote()).isEqualTo("Coffee with Maria");
        assertThat(directory.find(TestBot.GUILD, p.id())).contains(p);
        assertThat(directory.nameOf(TestBot.GUILD, p.id())).isEqualTo("Food Bank");
        assertThat(directory.nameOf(TestBot.OTHER_GUILD, p.id())).isEmpty();
    }

    @Test
    @DisplayName("another feature can log a touchpoint: it resets the reminder clock and shows on the page")
    void logFromAnotherFeature() {
        ana.runs(PartnerFeature.Paths.ADD, "name", "Food Bank", "sector", "food");
        long id = directory.activePartners(TestBot.GUILD).get(0).id();
        bot.clock().advance(Duration.ofDays(10));
        Instant now = bot.clock().instant();

        Touchpoint t = directory.logTouchpoint(TestBot.GUILD, id, ana.id(), Touchpoint.Kind.CALL,
                "Checked in from a reminder", now).orElseThrow();

        assertThat(t.happenedAt()).isEqualTo(now);
        assertThat(directory.find(TestBot.GUILD, id).orElseThrow().lastTouchAt()).isEqualTo(now);
        assertThat(directory.recentTouchpoints(TestBot.GUILD, id, 5)).extracting(Touchpoint::note)
                .containsExactly("Checked in from a reminder");
        assertThat(ana.runs(PartnerFeature.Paths.SHOW, "partner", "Food Bank").plainText()).contains("Checked in from a reminder");
        assertThatThrownBy(() -> directory.logTouchpoint(TestBot.OTHER_GUILD, id, ana.id(), Touchpoint.Kind.CALL,
                "x", now)).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> directory.logTouchpoint(TestBot.GUILD, id, ana.id(), Touchpoint.Kind.CALL,
                "x".repeat(1001), now)).isInstanceOf(UserError.class).hasMessageContaining("1,000");
    }
}
