package org.partnercoach.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Row;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("A new server says it runs on UTC and offers its first coordinator the time zone, once")
class ZoneOfferTest {

    private final TestBot bot = TestBot.inMemory();

    private ServerSettings settings() {
        return new ServerSettings(bot.app().database(), bot.clock());
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("the coordinator's first command comes with the offer; picking a zone saves it; never offered again")
    void offeredOnce() {
        // GIVEN a member's command gets no offer (they cannot set the server up)
        assertThat(bot.member("bo").runs("coach progress").plainText()).doesNotContain("runs on UTC");
        Member cora = bot.coordinator("cora");

        // WHEN the first coordinator runs any command
        Reply first = cora.runs("coach progress");

        // THEN the answer says the server runs on UTC with quiet hours, and offers zones in a menu
        assertThat(first.plainText()).contains("This server runs on UTC", "21:00–08:00 UTC", "/coach setup timezone:",
                "only mention this once");
        assertThat(first.rows()).anySatisfy(r -> assertThat(r).isInstanceOf(Row.Select.class));

        // AND the next command, even after a restart, has no offer
        bot.restart();
        assertThat(bot.coordinator("cora").runs("coach progress").plainText()).doesNotContain("runs on UTC");

        // WHEN she picks a zone from the first answer's menu THEN it is saved and shown by name
        Reply picked = cora.picks("America/Chicago");
        assertThat(picked.plainText()).contains("this server now runs on America/Chicago", "Time zone: America/Chicago");
        assertThat(settings().of(TestBot.GUILD).zone()).isEqualTo(ZoneId.of("America/Chicago"));

        // AND a member cannot use that menu to change it
        Member bo = bot.member("bo");
        bo.reads(first);
        assertThat(bo.picks("Europe/Berlin").text()).contains("Only coordinators can set the server's time zone");
        assertThat(settings().of(TestBot.GUILD).zone()).isEqualTo(ZoneId.of("America/Chicago"));
    }

    @Test
    @DisplayName("a first coordinator who sets the zone herself, even to UTC, is not offered a zone in the same reply "
            + "nor later")
    void zoneSetFirstIsNotOffered() {
        Member cora = bot.coordinator("cora");

        // WHEN her first command sets the server's zone to UTC, on purpose
        Reply set = cora.runs("coach setup", "timezone", "UTC");

        // THEN the reply saves it and asks nothing about the zone, then or afterwards
        assertThat(set.plainText()).startsWith("Saved.").doesNotContain("runs on UTC", "Pick this server's time zone");
        assertThat(set.rows()).noneSatisfy(r -> assertThat(r).isInstanceOf(Row.Select.class));
        assertThat(cora.runs("coach progress").plainText()).doesNotContain("runs on UTC");
        assertThat(bot.coordinator("dee").runs("coach progress").plainText()).doesNotContain("runs on UTC");
    }

    @Test
    @DisplayName("with quiet hours turned off (quiet:08:00-08:00), the reply and the offer say plainly they are off")
    void quietHoursOff() {
        Member cora = bot.coordinator("cora");

        // WHEN the first coordinator turns quiet hours off with a start equal to the end
        Reply off = cora.runs("coach setup", "quiet", "08:00-08:00");

        // THEN she is told quiet hours are now off, and the offer's sentence reads right
        assertThat(off.plainText()).contains("Quiet hours are now off (08:00–08:00 starts and ends at the same "
                        + "time): reminders go out at any hour.", "like `/coach setup quiet:21:00-08:00`",
                        "Quiet hours: Off: reminders go out at any hour")
                .contains("Reminders are read and sent on UTC time, at any hour, since quiet hours are off. Pick "
                        + "your coalition's time zone below")
                .doesNotContain("off UTC").doesNotContain("none go out");

        // AND picking a zone from the offer does not call them "off in each person's time zone"
        assertThat(cora.picks("America/Chicago").plainText()).contains("this server now runs on America/Chicago",
                "Quiet hours are off, so reminders go out at any hour; turn them on with "
                        + "`/coach setup quiet:21:00-08:00`.").doesNotContain("off in each person's time zone");

        // AND `off` itself is told the same, without the note about equal times; hours again are not called off
        assertThat(cora.runs("coach setup", "quiet", "off").plainText())
                .contains("Saved. Quiet hours are now off: reminders go out at any hour.");
        assertThat(cora.runs("coach setup", "quiet", "22:00-07:00").plainText())
                .contains("Saved. Here is how the bot is set up now.").doesNotContain("Quiet hours are now off");
    }

    @Test
    @DisplayName("a server whose zone is already set is not offered one")
    void notWhenSet() {
        Member cora = bot.coordinator("cora");
        assertThat(cora.runs("coach setup", "timezone", "Europe/Berlin").plainText()).doesNotContain("runs on UTC");
        assertThat(cora.runs("coach progress").plainText()).doesNotContain("runs on UTC");
    }
}
