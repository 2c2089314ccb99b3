package org.partnercoach.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partnercoach.chat.Capability;
import org.partnercoach.chat.ChannelTrouble;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.support.Member;
import org.partnercoach.support.TestBot;

@DisplayName("Server settings and each member's time zone")
class SettingsFeatureTest {

    private final TestBot bot = TestBot.inMemory();
    private final ServerSettings settings = bot.app().settings();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    @DisplayName("a server nobody has set up has the defaults")
    void defaults() {
        assertThat(settings.of(TestBot.GUILD)).isEqualTo(Settings.DEFAULTS);
        assertThat(Settings.DEFAULTS.defaultCadenceDays()).isEqualTo(14);
        assertThat(Settings.DEFAULTS.delivery()).isEqualTo(DeliveryMode.DM);
        assertThat(settings.memberZone(TestBot.GUILD, 42)).isEqualTo(ZoneId.of("UTC"));

        Reply shown = bot.coordinator("ana").runs("coach setup");
        assertThat(shown.plainText()).contains("Time zone: UTC", "every 14 days", "21:00–08:00", "By DM")
                .doesNotContain("Time zone: Z");
    }

    @Test
    @DisplayName("with no reminder channel, delivery by DM does not promise the channel for closed DMs: it says those "
            + "reminders are missed and how to set one")
    void deliveryWithNoChannel() {
        Member ana = bot.coordinator("ana");

        assertThat(ana.runs("coach setup").plainText())
                .contains("Delivery: By DM. With no reminder channel, members whose DMs are closed miss theirs: set "
                        + "one with `/coach setup channel:`")
                .doesNotContain("in the reminder channel when someone's DMs are closed");
        assertThat(ana.runs("coach setup", "channel", "555").plainText())
                .contains("Delivery: By DM (in the reminder channel when someone's DMs are closed)");
    }

    @Test
    @DisplayName("the settings say that a role named Coordinator makes coordinators too, and how to keep them when "
            + "it is renamed")
    void coordinatorsByRoleName() {
        Member ana = bot.coordinator("ana");

        assertThat(ana.runs("coach setup").plainText()).contains("Coordinator role: Not set: members with "
                + "Manage Server, or with a role named “Coordinator”, are coordinators. A role renamed no longer "
                + "counts; choose it with `/coach setup role:` to keep it whatever its name.");
        assertThat(ana.runs("coach setup", "role", "777").plainText())
                .contains("<@&777> (a role named “Coordinator” counts too)");
    }

    @Test
    @DisplayName("/coach setup with no options shows any member the settings; changing them stays with coordinators")
    void memberSeesSettings() {
        Member bo = bot.member("bo");

        Reply shown = bo.runs("coach setup");
        assertThat(shown.plainText()).contains("Time zone: UTC", "Quiet hours: 21:00–08:00", "Coordinators change it",
                "/settings timezone");

        Reply refused = bo.runs("coach setup", "quiet", "off");
        assertThat(refused.text()).contains("Only coordinators");
        assertThat(settings.of(TestBot.GUILD)).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    @DisplayName("a coordinator changes only the options given and sees the result")
    void coordinatorSetsUp() {
        Member ana = bot.coordinator("ana");

        Reply first = ana.runs("coach setup", "timezone", "america/chicago", "channel", "555", "cadence", "21");
        Reply second = ana.runs("coach setup", "quiet", "22:00-07:00", "delivery", "channel", "role", "777");

        assertThat(first.plainText()).contains("Saved", "America/Chicago", "<#555>", "every 21 days");
        assertThat(second.plainText()).contains("America/Chicago", "<#555>", "<@&777>", "22:00–07:00",
                "reminder channel, mentioning only");
        Settings stored = settings.of(TestBot.GUILD);
        assertThat(stored).isEqualTo(new Settings(ZoneId.of("America/Chicago"), 555, 777, 21,
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)), DeliveryMode.CHANNEL));
        assertThat(settings.of(TestBot.OTHER_GUILD)).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    @DisplayName("a default cadence of one day reads \"every 1 day\", not \"every 1 days\"")
    void oneDayCadenceReadsInTheSingular() {
        Member ana = bot.coordinator("ana");

        Reply saved = ana.runs("coach setup", "cadence", "1");

        assertThat(saved.plainText()).contains("Keep in touch with partners: every 1 day, unless a partner has its "
                + "own cadence").doesNotContain("1 days");
        assertThat(settings.of(TestBot.GUILD).defaultCadenceDays()).isEqualTo(1);
    }

    @Test
    @DisplayName("a coordinator can clear the reminder channel and the coordinator role again")
    void clear() {
        Member ana = bot.coordinator("ana");
        ana.runs("coach setup", "channel", "777", "role", "888");

        assertThat(ana.runs("coach setup", "clear", "channel", "channel", "999").text())
                .contains("not both at once");
        assertThat(settings.of(TestBot.GUILD).reminderChannelId()).isEqualTo(777);

        ana.runs("coach setup", "clear", "channel");
        ana.runs("coach setup", "clear", "role");
        assertThat(settings.of(TestBot.GUILD).reminderChannelId()).isZero();
        assertThat(settings.of(TestBot.GUILD).coordinatorRoleId()).isZero();

        ana.runs("coach setup", "channel", "777", "delivery", "channel");
        // the reminders are posted there: she hears how to move them to DMs and clear it in one go
        assertThat(ana.runs("coach setup", "clear", "channel").text()).isEqualTo("Reminders are posted in the"
                + " reminder channel, so it can't be cleared on its own. To send them by DM and clear it, use"
                + " `/coach setup delivery:dm clear:channel`. Nothing was changed.");
        assertThat(settings.of(TestBot.GUILD).reminderChannelId()).isEqualTo(777);
        ana.runs("coach setup", "delivery", "dm", "clear", "channel");
        assertThat(settings.of(TestBot.GUILD).reminderChannelId()).isZero();
        assertThat(ana.runs("coach setup", "delivery", "channel").text()).contains("need a reminder channel:"
                + " run `/coach setup` again with `channel` too");
    }

    @Test
    @DisplayName("@everyone as the coordinator role is refused with what to pick instead, and the role set before "
            + "stays")
    void everyoneIsNoCoordinatorRole() {
        Member ana = bot.coordinator("ana");
        ana.runs("coach setup", "role", "777");

        // on Discord, @everyone is the role whose id is the server's own
        Reply refused = ana.runs("coach setup", "role", String.valueOf(TestBot.GUILD), "cadence", "30");

        assertThat(refused.text()).contains("`@everyone` can't be the coordinator role", "Pick a role only your "
                + "coordinators have", "Nothing was changed");
        assertThat(settings.of(TestBot.GUILD).coordinatorRoleId()).isEqualTo(777);
        assertThat(settings.of(TestBot.GUILD).defaultCadenceDays()).isEqualTo(14);
    }

    @Test
    @DisplayName("@everyone saved as the coordinator role before it was refused counts as no role: the settings say "
            + "so and how to pick one, and it makes nobody a coordinator")
    void everyoneSavedBeforeIsNoRole() {
        // GIVEN a server that saved @everyone (the role whose id is the server's own) before the bot refused it
        settings.change(TestBot.GUILD, new SettingsChange(null, null, TestBot.GUILD, null, null, null));
        Member ana = bot.coordinator("ana");

        // WHEN a coordinator, or a member, looks at the settings
        String shown = ana.runs("coach setup").plainText();

        // THEN the role reads as not set, with a note saying why and what to do
        assertThat(shown).contains("Coordinator role: Not set: members with Manage Server, or with a role named "
                + "“Coordinator”, are coordinators.", "⚠️ `@everyone` was saved as the coordinator role before the "
                + "bot refused it. It makes nobody a coordinator, as it is every member of the server: pick a role "
                + "only your coordinators have with `/coach setup role:`.").doesNotContain("<@&" + TestBot.GUILD);
        assertThat(bot.member("bo").runs("coach setup").plainText()).contains("⚠️ `@everyone` was saved");
        // AND the platform is told of no chosen role, so @everyone makes nobody a coordinator
        assertThat(bot.app().coordinatorRoles().roleOf(TestBot.GUILD)).isZero();

        // WHEN the coordinator changes something else, the note stays until a role is chosen or cleared
        assertThat(ana.runs("coach setup", "cadence", "30").plainText()).contains("⚠️ `@everyone` was saved");
        assertThat(ana.runs("coach setup", "role", "777").plainText()).contains("Coordinator role: <@&777>")
                .doesNotContain("⚠️");
        assertThat(bot.app().coordinatorRoles().roleOf(TestBot.GUILD)).isEqualTo(777);
    }

    @Test
    @DisplayName("clearing what was never set, or setting what is set already, says nothing changed, not \"Saved.\"")
    void nothingToChange() {
        Member ana = bot.coordinator("ana");

        // WHEN the coordinator clears a channel and a role the server never had
        assertThat(ana.runs("coach setup", "clear", "channel").text()).isEqualTo("There is no reminder channel to "
                + "clear, so nothing changed. Here is how the bot is set up.");
        assertThat(ana.runs("coach setup", "clear", "role").text()).isEqualTo("There is no coordinator role to "
                + "clear, so nothing changed. Here is how the bot is set up.");
        // AND sets the cadence it has (14 days by default), then a channel twice
        assertThat(ana.runs("coach setup", "cadence", "14").text()).isEqualTo("That's how the bot is set up "
                + "already, so nothing changed. Here is how the bot is set up.");
        assertThat(ana.runs("coach setup", "channel", "4242").text()).startsWith("Saved.");
        Reply again = ana.runs("coach setup", "channel", "4242");

        // THEN only the real change said "Saved.", and the card still shows how it is set up
        assertThat(again.text()).startsWith("That's how the bot is set up already");
        assertThat(again.plainText()).contains("Reminder channel: <#4242>");
        // AND clearing the channel it now has is a change
        assertThat(ana.runs("coach setup", "clear", "channel").text()).startsWith("Saved.");
        assertThat(settings.of(TestBot.GUILD).reminderChannelId()).isZero();
        // AND the time zone chosen is saved once; chosen again, it is how the bot is set up already
        assertThat(ana.runs("coach setup", "timezone", "America/Chicago").text()).startsWith("Saved.");
        assertThat(ana.runs("coach setup", "timezone", "America/Chicago").text()).isEqualTo("That's how the bot is "
                + "set up already, so nothing changed. Here is how the bot is set up.");
        assertThat(settings.of(TestBot.GUILD).zone()).isEqualTo(ZoneId.of("America/Chicago"));
    }

    @Test
    @DisplayName("a channel or role made since 2022 (a 19-digit Discord id) is saved; an id too big for Discord is "
            + "refused and nothing changes")
    void nineteenDigitIds() {
        Member ana = bot.coordinator("ana");
        long channel = 1_234_567_890_123_456_789L;
        long role = 1_187_654_321_098_765_432L;

        Reply saved = ana.runs("coach setup", "channel", String.valueOf(channel), "role", String.valueOf(role));

        assertThat(saved.plainText()).startsWith("Saved.").contains("Reminder channel: <#" + channel + ">",
                "Coordinator role: <@&" + role + ">");
        assertThat(settings.of(TestBot.GUILD).reminderChannelId()).isEqualTo(channel);
        assertThat(settings.of(TestBot.GUILD).coordinatorRoleId()).isEqualTo(role);
        assertThat(bot.app().coordinatorRoles().roleOf(TestBot.GUILD)).isEqualTo(role);

        assertThat(ana.runs("coach setup", "channel", "9999999999999999999").text()).isEqualTo("Pick a channel "
                + "from the list Discord shows for that option. Nothing was changed.");
        assertThat(settings.of(TestBot.GUILD).reminderChannelId()).isEqualTo(channel);
    }

    @Test
    @DisplayName("a coordinator role deleted in Discord shows in /coach setup with a warning and how to pick another")
    void roleDeletedLater() {
        Member ana = bot.coordinator("ana");
        ana.runs("coach setup", "role", "777");

        // WHEN someone deletes the role in Discord
        bot.messenger().deleteRole(777);

        // THEN the settings card says it is gone and how to set another, to coordinators and members alike
        String warning = "⚠️ This role was deleted in Discord, so it makes nobody a coordinator now (members with "
                + "Manage Server, or with a role named “Coordinator”, still are). Pick another with `/coach setup "
                + "role:`, or remove it with `/coach setup clear:role`.";
        assertThat(ana.runs("coach setup").plainText()).contains("Coordinator role: <@&777>", warning);
        assertThat(bot.member("bo").runs("coach setup").plainText()).contains(warning);
        // AND once another role is chosen the warning is gone
        assertThat(ana.runs("coach setup", "role", "778").plainText()).contains("<@&778>").doesNotContain("⚠️");
    }

    @Test
    @DisplayName("quiet hours written with am and pm are kept as the 24-hour times they mean")
    void quietHoursWithAmPm() {
        Member ana = bot.coordinator("ana");

        Reply saved = ana.runs("coach setup", "quiet", "9pm-7am");

        assertThat(saved.plainText()).startsWith("Saved.").contains("Quiet hours: 21:00–07:00")
                .doesNotContain("Note:");
        assertThat(settings.of(TestBot.GUILD).quietHours())
                .isEqualTo(new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0)));
        ana.runs("coach setup", "quiet", "22:00-24:00");
        assertThat(settings.of(TestBot.GUILD).quietHours())
                .isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.MIDNIGHT));
    }

    @Test
    @DisplayName("quiet hours written with noon or midnight (\"noon-1pm\", \"10pm-midnight\") are kept as the times "
            + "they mean, as /remind reads them")
    void quietHoursWithNoonAndMidnight() {
        Member ana = bot.coordinator("ana");

        Reply lunch = ana.runs("coach setup", "quiet", "noon-1pm");

        assertThat(lunch.plainText()).startsWith("Saved.").contains("Quiet hours: 12:00–13:00");
        assertThat(settings.of(TestBot.GUILD).quietHours())
                .isEqualTo(new QuietHours(LocalTime.NOON, LocalTime.of(13, 0)));
        // AND midnight ends an evening, and starts a night
        Reply evening = ana.runs("coach setup", "quiet", "10pm-midnight");
        assertThat(evening.plainText()).startsWith("Saved.").contains("Quiet hours: 22:00–00:00");
        // AND the settings say reminders due then wait until midnight, when they go out, not "until morning"
        assertThat(ana.runs("coach setup").plainText()).contains("reminders due then wait until 00:00")
                .doesNotContain("morning");
        assertThat(settings.of(TestBot.GUILD).quietHours())
                .isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.MIDNIGHT));
        ana.runs("coach setup", "quiet", "Midnight - 7am");
        assertThat(settings.of(TestBot.GUILD).quietHours())
                .isEqualTo(new QuietHours(LocalTime.MIDNIGHT, LocalTime.of(7, 0)));
    }

    @Test
    @DisplayName("quiet hours written with dots, as many in the UK write times (22.30-07.00), are kept as those times")
    void quietHoursWithDots() {
        Member ana = bot.coordinator("ana");

        Reply saved = ana.runs("coach setup", "quiet", "22.30-07.00");

        assertThat(saved.plainText()).startsWith("Saved.").contains("Quiet hours: 22:30–07:00");
        assertThat(settings.of(TestBot.GUILD).quietHours())
                .isEqualTo(new QuietHours(LocalTime.of(22, 30), LocalTime.of(7, 0)));
        // AND the dots of "p.m." still go
        ana.runs("coach setup", "quiet", "9.30 p.m.-7 a.m.");
        assertThat(settings.of(TestBot.GUILD).quietHours())
                .isEqualTo(new QuietHours(LocalTime.of(21, 30), LocalTime.of(7, 0)));
    }

    @Test
    @DisplayName("quiet hours that take most of the day (\"9-7\" is 09:00 to 07:00) are saved, and the reply says "
            + "when reminders can still go out and how to write the night")
    void quietMostOfTheDay() {
        Member ana = bot.coordinator("ana");

        Reply saved = ana.runs("coach setup", "quiet", "9-7");

        assertThat(saved.text()).contains("quiet hours now last 22 hours a day (09:00–07:00)",
                "reminders go out only between 07:00 and 09:00", "`21:00-07:00` or `9pm-7am`");
        assertThat(settings.of(TestBot.GUILD).quietHours())
                .isEqualTo(new QuietHours(LocalTime.of(9, 0), LocalTime.of(7, 0)));
        assertThat(ana.runs("coach setup", "quiet", "21-7").text()).doesNotContain("Note:");
    }

    @Test
    @DisplayName("quiet hours over the day (\"7am-10pm\", the hours to send written the other way round) are saved, "
            + "and the reply says reminders now go out only at night, with the command for quiet nights")
    void quietOverTheDay() {
        Member ana = bot.coordinator("ana");

        Reply saved = ana.runs("coach setup", "quiet", "7am-10pm");

        assertThat(saved.text()).contains("quiet hours now cover the day (07:00–22:00)",
                "reminders go out only at night, between 22:00 and 07:00", "`/coach setup quiet:22:00-07:00`");
        assertThat(settings.of(TestBot.GUILD).quietHours())
                .isEqualTo(new QuietHours(LocalTime.of(7, 0), LocalTime.of(22, 0)));
        // the night, an evening or a short afternoon break said nothing more
        assertThat(ana.runs("coach setup", "quiet", "22:00-07:00").text()).doesNotContain("Note:");
        assertThat(ana.runs("coach setup", "quiet", "18:00-23:00").text()).doesNotContain("Note:");
        assertThat(ana.runs("coach setup", "quiet", "12:00-13:30").text()).doesNotContain("Note:");
    }

    @Test
    @DisplayName("a reminder channel the bot may not post in is refused with what to give the bot, and the channel "
            + "set before stays")
    void channelTheBotCannotPostIn() {
        Member ana = bot.coordinator("ana");
        ana.runs("coach setup", "channel", "555");
        bot.messenger().cannotPostIn(777, ChannelTrouble.lacks(Set.of(Capability.VIEW_CHANNEL,
                Capability.SEND_MESSAGES)));
        bot.messenger().cannotPostIn(888, ChannelTrouble.notForPosts());

        Reply refused = ana.runs("coach setup", "channel", "777", "delivery", "channel");
        Reply category = ana.runs("coach setup", "channel", "888");

        assertThat(refused.text()).isEqualTo("Reminders can't go to <#777>: the bot lacks View Channel and Send "
                + "Messages in <#777>. Give the bot's role View Channel, Send Messages and Embed Links in that channel "
                + "(Edit Channel → Permissions), or pick another channel with `/coach setup channel:`. Nothing was "
                + "changed.");
        assertThat(category.text()).contains("<#888> is a category or a forum", "Pick a text channel the bot can see",
                "Nothing was changed");
        assertThat(settings.of(TestBot.GUILD).reminderChannelId()).isEqualTo(555);
        assertThat(settings.of(TestBot.GUILD).delivery()).isEqualTo(DeliveryMode.DM);
    }

    @Test
    @DisplayName("a voice channel saved as the reminder channel earlier shows in /coach setup with a warning, as the "
            + "other channels the bot cannot use")
    void voiceChannelSavedEarlier() {
        // GIVEN reminders are posted in a channel that Discord says is a voice channel
        Member ana = bot.coordinator("ana");
        ana.runs("coach setup", "channel", "555", "delivery", "channel");
        bot.messenger().cannotPostIn(555, ChannelTrouble.voice());

        // THEN the settings card warns, says why and what to do
        assertThat(ana.runs("coach setup").plainText()).contains("<#555>", "⚠️ Reminders can't be posted there now, "
                + "so they go by DM (and fail for members whose DMs are closed): <#555> is a voice channel, whose chat "
                + "most members never open. Pick a text channel the bot can see with `/coach setup "
                + "channel:`.");
    }

    @Test
    @DisplayName("a reminder channel deleted after it was set shows in /coach setup with what to do")
    void channelGoneLater() {
        Member ana = bot.coordinator("ana");
        ana.runs("coach setup", "channel", "555", "delivery", "channel");

        bot.messenger().cannotPostIn(555, ChannelTrouble.gone());

        assertThat(ana.runs("coach setup").plainText()).contains("Reminder channel:", "<#555>",
                "⚠️ Reminders can't be posted there now, so they go by DM (and fail for members whose DMs are "
                        + "closed): <#555> was deleted, or the bot can't see it. Pick a text channel the bot can see "
                        + "with `/coach setup channel:`.");
        assertThat(bot.member("bo").runs("coach setup").plainText()).contains("⚠️ Reminders can't be posted there");
        ana.runs("coach setup", "delivery", "dm");
        assertThat(ana.runs("coach setup").plainText()).contains("⚠️ Reminders for members whose DMs are closed "
                + "fail there now");
        ana.runs("coach setup", "channel", "556");
        assertThat(ana.runs("coach setup").plainText()).contains("<#556>").doesNotContain("⚠️");
    }

    @Test
    @DisplayName("a member who is not a coordinator is refused and nothing changes")
    void nonCoordinatorRefused() {
        Reply reply = bot.member("bo").runs("coach setup", "timezone", "Europe/Berlin");

        assertThat(reply.text()).contains("Only coordinators", "/settings timezone");
        assertThat(settings.of(TestBot.GUILD)).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    @DisplayName("bad values get a friendly message, and nothing already set is lost")
    void badInput() {
        Member ana = bot.coordinator("ana");
        ana.runs("coach setup", "timezone", "Europe/Berlin", "cadence", "10");

        assertThat(ana.runs("coach setup", "timezone", "Mars/Olympus_Mons").text()).contains("don't know the time "
                + "zone", "Europe/Berlin");
        // given with another option, a refusal says the other was not saved either
        assertThat(ana.runs("coach setup", "cadence", "30", "timezone", "Mars").text()).startsWith("I don't know "
                + "the time zone `Mars`.").endsWith("Nothing was changed.");
        assertThat(ana.runs("coach setup", "cadence", "30", "clear", "banana").text()).endsWith("Nothing was "
                + "changed.");
        assertThat(ana.runs("coach setup", "timezone", "'; DROP TABLE server_settings; --").text())
                .contains("don't know the time zone");
        assertThat(ana.runs("coach setup", "timezone", "x".repeat(10_000)).text()).hasSizeLessThan(400);
        // a backtick typed in the zone does not end the code span early and turn the rest into Markdown
        assertThat(ana.runs("coach setup", "timezone", "a`b **bold** @everyone").text()).startsWith("I don't know "
                + "the time zone `` a`b **bold** @everyone ``.");
        assertThat(bot.member("bo").runs("settings timezone", "zone", "Chi`cago").text()).startsWith("I don't know "
                + "the time zone `` Chi`cago ``.");
        assertThat(ana.runs("coach setup", "cadence", "0").text()).contains("from 1 to 365");
        assertThat(ana.runs("coach setup", "cadence", "🎉").text()).contains("from 1 to 365");
        assertThat(ana.runs("coach setup", "quiet", "all night").text()).contains("21:00-08:00");
        assertThat(ana.runs("coach setup", "channel", "@everyone").text()).contains("Pick a channel");
        assertThat(ana.runs("coach setup", "delivery", "pigeon").text()).contains("`dm` or `channel`");
        assertThat(ana.runs("coach setup", "delivery", "channel").text()).contains("need a reminder channel");

        Settings stored = settings.of(TestBot.GUILD);
        assertThat(stored.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(stored.defaultCadenceDays()).isEqualTo(10);
        assertThat(stored.delivery()).isEqualTo(DeliveryMode.DM);
    }

    @Test
    @DisplayName("time zones autocomplete case-insensitively, 25 at the most")
    void zoneAutocomplete() {
        Member bo = bot.member("bo");

        assertThat(bo.suggests("coach setup", SettingsFeature.OPTION_TIMEZONE, "CHICAGO"))
                .extracting(OptionSpec.Choice::value).containsExactly("America/Chicago");
        assertThat(bo.suggests("coach setup", SettingsFeature.OPTION_TIMEZONE, "america")).hasSize(25)
                .allSatisfy(c -> assertThat(c.value().toLowerCase()).contains("america"));
        assertThat(bo.suggests("settings timezone", SettingsFeature.OPTION_ZONE, "new y"))
                .extracting(OptionSpec.Choice::value).contains("America/New_York");
        assertThat(bo.suggests("settings timezone", SettingsFeature.OPTION_ZONE, ""))
                .hasSize(25).first().extracting(OptionSpec.Choice::value).isEqualTo(SettingsFeature.SERVER_ZONE);
    }

    @Test
    @DisplayName("a short name like EST is answered with the zone it most often means, to pick; nothing changes")
    void shortZoneNames() {
        Member bo = bot.member("bo");
        bo.runs("settings timezone", "zone", "Europe/Berlin");

        assertThat(bo.runs("settings timezone", "zone", "EST").text()).isEqualTo("`EST` is a short name, not a time"
                + " zone I can follow through daylight saving. Did you mean `America/New_York`? Run it again with that"
                + " (or another city in your zone). Nothing was changed.");
        assertThat(bo.runs("remind", "when", "tomorrow 9am", "what", "Call", "timezone", " pdt ").text())
                .contains("Did you mean `America/Los_Angeles`?");
        assertThat(bot.coordinator("ana").runs("coach setup", "timezone", "cst").text())
                .contains("Did you mean `America/Chicago`?");
        assertThat(settings.memberZone(TestBot.GUILD, bo.id())).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.of(TestBot.GUILD).zone()).isEqualTo(ZoneId.of("UTC"));

        // on Discord the list offers it first as the name is typed
        assertThat(bo.suggests("settings timezone", SettingsFeature.OPTION_ZONE, "est"))
                .extracting(OptionSpec.Choice::value).first().isEqualTo("America/New_York");
        assertThat(bo.suggests("coach setup", SettingsFeature.OPTION_TIMEZONE, "MST"))
                .extracting(OptionSpec.Choice::value).first().isEqualTo("America/Denver");
    }

    @Test
    @DisplayName("each member sets their own zone, or goes back to the server's")
    void memberZone() {
        bot.coordinator("ana").runs("coach setup", "timezone", "Europe/Berlin");
        Member bo = bot.member("bo");

        Reply set = bo.runs("settings timezone", "zone", "asia/tokyo");
        assertThat(set.text()).contains("Asia/Tokyo", "Tuesday 00:00");
        assertThat(settings.memberZone(TestBot.GUILD, bo.id())).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(settings.memberZone(TestBot.OTHER_GUILD, bo.id())).isEqualTo(ZoneId.of("UTC"));

        assertThat(bo.runs("settings timezone", "zone", "Atlantis").text()).contains("don't know the time zone");
        assertThat(settings.memberZone(TestBot.GUILD, bo.id())).isEqualTo(ZoneId.of("Asia/Tokyo"));

        assertThat(bo.runs("settings timezone", "zone", "server").text()).contains("Europe/Berlin");
        assertThat(settings.memberZone(TestBot.GUILD, bo.id())).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    @DisplayName("a zone typed as its city alone is found (the console, or a name typed without the list); a city "
            + "in two zones asks which, and changes nothing")
    void cityAlone() {
        Member bo = bot.member("bo");

        assertThat(bo.runs("settings timezone", "zone", "Chicago").text())
                .startsWith("Your time zone is now America/Chicago");
        assertThat(settings.memberZone(TestBot.GUILD, bo.id())).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(bo.runs("settings timezone", "zone", " new york ").text())
                .startsWith("Your time zone is now America/New_York");
        // one city under two names with the same clocks
        assertThat(bo.runs("settings timezone", "zone", "buenos aires").text())
                .startsWith("Your time zone is now America/Argentina/Buenos_Aires");

        assertThat(bo.runs("settings timezone", "zone", "Pacific").text()).isEqualTo("`Pacific` is a city in more "
                + "than one time zone: `Canada/Pacific`, `US/Pacific`. Run it again with the one you mean. Nothing "
                + "was changed.");
        assertThat(settings.memberZone(TestBot.GUILD, bo.id())).isEqualTo(ZoneId.of("America/Argentina/Buenos_Aires"));
        assertThat(bo.runs("settings timezone", "zone", "/").text()).contains("don't know the time zone");
    }

    @Test
    @DisplayName("an offset typed as GMT-5 or UTC+2 is read the way it is written: GMT-5 is five hours behind UTC, "
            + "not the zone list's Etc/GMT-5 (five hours ahead)")
    void offsetsAsWritten() {
        // GIVEN Monday 2 March, 15:00 UTC
        Member bo = bot.member("bo");

        // WHEN Bo types GMT-5 THEN his clock is 10:00, five hours behind, and tomorrow 9am is 14:00 UTC
        assertThat(bo.runs("settings timezone", "zone", "GMT-5").text())
                .startsWith("Your time zone is now UTC-05:00 (it's Monday 10:00 there)");
        assertThat(settings.memberZone(TestBot.GUILD, bo.id())).isEqualTo(ZoneId.of("UTC-05:00"));
        assertThat(bo.runs("remind", "when", "tomorrow 9am", "what", "Call").text())
                .contains(org.partnercoach.chat.TimeMarkup.full(java.time.Instant.parse("2026-03-03T14:00:00Z")));

        // AND UTC+2 and "utc + 5:30" are ahead, as written
        assertThat(bo.runs("settings timezone", "zone", "UTC+2").text())
                .startsWith("Your time zone is now UTC+02:00 (it's Monday 17:00 there)");
        assertThat(bo.runs("settings timezone", "zone", "utc + 5:30").text())
                .startsWith("Your time zone is now UTC+05:30 (it's Monday 20:30 there)");

        // AND a coordinator's GMT+1 is the server's zone, an hour ahead; an offset past any clock's is refused
        Member ana = bot.coordinator("ana");
        assertThat(ana.runs("coach setup", "timezone", "GMT+1").plainText()).contains("Saved", "UTC+01:00");
        assertThat(settings.of(TestBot.GUILD).zone()).isEqualTo(ZoneId.of("UTC+01:00"));
        assertThat(bo.runs("settings timezone", "zone", "GMT+20").text()).contains("don't know the time zone");
        assertThat(settings.memberZone(TestBot.GUILD, bo.id())).isEqualTo(ZoneId.of("UTC+05:30"));

        // AND on Discord the list offers the offset as written first, and says where the list's own Etc/GMT-5 is
        assertThat(bo.suggests("settings timezone", SettingsFeature.OPTION_ZONE, "GMT-5"))
                .extracting(OptionSpec.Choice::name).containsExactly("UTC-05:00", "Etc/GMT-5 (UTC+05:00)");
        assertThat(bo.suggests("settings timezone", SettingsFeature.OPTION_ZONE, "GMT-5").get(0).value())
                .isEqualTo("UTC-05:00");
    }

    @Test
    @DisplayName("a fixed offset (UTC-5, +02:00) set by a member or a coordinator is kept, and the reply says it will "
            + "not follow daylight saving and names the region to use instead")
    void fixedOffsetsSaySo() {
        // GIVEN Monday 2 March (winter in the north)
        Member bo = bot.member("bo");
        assertThat(bo.runs("settings timezone", "zone", "UTC-5").text()).contains(
                "UTC-05:00 is a fixed offset: it will not follow daylight saving",
                "use your region instead, like `America/New_York`");
        assertThat(bo.runs("settings timezone", "zone", "+02:00").text())
                .startsWith("Your time zone is now UTC+02:00").contains("like `Europe/Helsinki`");
        assertThat(settings.memberZone(TestBot.GUILD, bo.id())).isEqualTo(ZoneId.of("UTC+02:00"));
        // AND an offset no listed region has names two to pick from; a region, and UTC, say nothing of it
        assertThat(bo.runs("settings timezone", "zone", "UTC+5:30").text())
                .contains("fixed offset", "like `America/Chicago` or `Europe/Berlin`");
        assertThat(bo.runs("settings timezone", "zone", "America/Chicago").text()).doesNotContain("fixed offset");
        assertThat(bo.runs("settings timezone", "zone", "UTC").text()).doesNotContain("fixed offset");

        // AND a coordinator setting the server's zone, and a member's timezone: on /remind, are told the same
        Member ana = bot.coordinator("ana");
        assertThat(ana.runs("coach setup", "timezone", "GMT-6").plainText())
                .contains("Saved", "UTC-06:00 is a fixed offset", "like `America/Chicago`");
        assertThat(bo.runs("remind", "when", "tomorrow 9am", "what", "Call", "timezone", "UTC-5").text())
                .contains("UTC-05:00 is a fixed offset", "like `America/New_York`", "Got it.");
    }
}
