package org.partnercoach.settings;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercoach.chat.Caller;
import org.partnercoach.chat.Card;
import org.partnercoach.chat.CommandSpec;
import org.partnercoach.chat.Count;
import org.partnercoach.chat.Feature;
import org.partnercoach.chat.Inbound;
import org.partnercoach.chat.Limits;
import org.partnercoach.chat.Mentions;
import org.partnercoach.chat.Messenger;
import org.partnercoach.chat.Coordinators;
import org.partnercoach.chat.OptionSpec;
import org.partnercoach.chat.Reply;
import org.partnercoach.chat.Shown;
import org.partnercoach.chat.UserError;

/** {@code /coach setup} (coordinators) and {@code /settings timezone} (each member). */
public final class SettingsFeature implements Feature {

    /** The command paths, shared by the spec, the dispatch and tests. */
    public static final String SETUP = "coach setup";
    public static final String MY_TIMEZONE = "settings timezone";
    public static final String OPTION_TIMEZONE = "timezone";
    public static final String OPTION_CHANNEL = "channel";
    public static final String OPTION_ROLE = "role";
    public static final String OPTION_CADENCE = "cadence";
    public static final String OPTION_QUIET = "quiet";
    public static final String OPTION_DELIVERY = "delivery";
    public static final String OPTION_CLEAR = "clear";
    public static final String OPTION_ZONE = "zone";
    /** What a member types as their zone to go back to the server's. */
    public static final String SERVER_ZONE = "server";
    static final String COMPONENTS = "settings";

    /* Discord's ids have 19 digits for channels and roles made since 2022 */
    private static final Pattern ID = Pattern.compile("<?[#@&!]*(\\d{1,19})>?");
    /** Quiet hours longer than this leave so little of the day that the reply says when reminders still go. */
    private static final int LONGEST_USUAL_QUIET_MINUTES = 16 * 60;
    /** Quiet hours over noon are seldom meant: the reply says reminders then go out only at night. */
    private static final LocalTime MIDDAY = LocalTime.NOON;
    /** Shorter quiet hours over noon (a lunch break) leave the day to send in, and say nothing more. */
    private static final int HALF_A_WAKING_DAY_MINUTES = 8 * 60;
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("EEEE HH:mm", Locale.ENGLISH);

    private final ServerSettings settings;
    private final Prompts prompts;
    private final Clock clock;
    private final Messenger messenger;
    private final String roleName;
    private final ZoneNotes zoneNotes;
    /** Who gives the coordinator role, named to a member refused. */
    private final Coordinators coordinators;

    /**
     * @param messenger asked whether the bot can post in the reminder channel
     * @param roleName  members with a role of this name are coordinators too ({@code discord.coordinatorRoleName};
     *                  empty: none)
     */
    public SettingsFeature(ServerSettings settings, Prompts prompts, Clock clock, Messenger messenger,
                           String roleName) {
        this(settings, prompts, clock, messenger, roleName, ZoneNotes.NONE);
    }

    /** @param zoneNotes what a change of the server's zone changes elsewhere, added to the reply that made it */
    public SettingsFeature(ServerSettings settings, Prompts prompts, Clock clock, Messenger messenger,
                           String roleName, ZoneNotes zoneNotes) {
        this.zoneNotes = zoneNotes;
        this.settings = settings;
        this.prompts = prompts;
        this.clock = clock;
        this.messenger = messenger;
        this.coordinators = new Coordinators(messenger);
        this.roleName = roleName == null ? "" : roleName.strip();
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                CommandSpec.group("coach", "Coaching for reaching out to new partners",
                        CommandSpec.leaf(SETUP, "Set the bot up for this server (coordinators)",
                                OptionSpec.text(OPTION_TIMEZONE, "The server's time zone, like Europe/Berlin")
                                        .withAutocomplete(),
                                OptionSpec.of(OPTION_CHANNEL, OptionSpec.Type.CHANNEL,
                                        "Where reminders are posted (and where they go when DMs are closed)"),
                                OptionSpec.of(OPTION_ROLE, OptionSpec.Type.ROLE,
                                        "Members with this role are coordinators too"),
                                OptionSpec.integer(OPTION_CADENCE, "Days between reminders to keep in touch "
                                        + "with a partner", Settings.MIN_CADENCE_DAYS, Settings.MAX_CADENCE_DAYS),
                                OptionSpec.text(OPTION_QUIET, "Quiet hours with no reminders, like 21:00-08:00 "
                                        + "or 9pm-8am, or off").withLength(3, 20),
                                OptionSpec.text(OPTION_DELIVERY, "How reminders reach people").withChoices(List.of(
                                        new OptionSpec.Choice("By DM", "dm"),
                                        new OptionSpec.Choice("In the reminder channel", "channel"))),
                                OptionSpec.text(OPTION_CLEAR, "Remove a setting").withChoices(List.of(
                                        new OptionSpec.Choice("The reminder channel", OPTION_CHANNEL),
                                        new OptionSpec.Choice("The coordinator role", OPTION_ROLE))))
                                // /coach is shared with members, so Discord shows it; setup() checks at run time
                                .forCoordinators()),
                CommandSpec.group("settings", "Your own settings",
                        CommandSpec.leaf(MY_TIMEZONE, "Your time zone, for reminders and quiet hours",
                                OptionSpec.text(OPTION_ZONE, "Your time zone, like America/Chicago, or `server` "
                                        + "for the server's").withAutocomplete().mandatory())));
    }

    @Override
    public Reply onCommand(Inbound.Command command) {
        return switch (command.path()) {
            case SETUP -> setup(command);
            case MY_TIMEZONE -> memberZone(command);
            default -> throw new IllegalArgumentException(command.path());
        };
    }

    @Override
    public java.util.Set<String> componentPrefixes() {
        return java.util.Set.of(COMPONENTS);
    }

    @Override
    public Reply onButton(Inbound.ButtonPress press) {
        return org.partnercoach.chat.Router.stale();
    }

    /** The time zone picked in the menu offered to a new server's first coordinator. */
    @Override
    public Reply onSelect(Inbound.Selection selection) {
        Caller who = selection.caller();
        if (!selection.customId().action().equals(ZoneOffer.ACTION) || selection.values().isEmpty()
                || who.guildId() == 0) {
            return org.partnercoach.chat.Router.stale();
        }
        if (!who.coordinator()) {
            throw new UserError("Only coordinators can set the server's time zone. You can set your own with "
                    + "`/settings timezone`.");
        }
        ZoneId zone = TimeZones.parse(selection.values().get(0));
        ZoneId before = settings.of(who.guildId()).zone();
        Settings now = settings.change(who.guildId(), new SettingsChange(zone, null, null, null, null, null));
        return Reply.card(card(who.guildId(), now)).withText("Saved: this server now runs on " + TimeZones.label(zone) + " (it's "
                + now(zone) + " there). " + (now.quietHours().none()
                ? "Quiet hours are off, so reminders go out at any hour; turn them on with "
                + "`/coach setup quiet:21:00-08:00`."
                : "Quiet hours are " + now.quietHours().describe() + " in each person's time zone; change them "
                + "with `/coach setup quiet:`.") + zoneNote(who.guildId(), before, now).map(n -> " " + n).orElse(""));
    }

    @Override
    public List<OptionSpec.Choice> onAutocomplete(Inbound.Autocomplete request) {
        List<OptionSpec.Choice> zones = TimeZones.suggest(request.typed());
        boolean serverToo = request.option().equals(OPTION_ZONE)
                && SERVER_ZONE.startsWith(request.typed().strip().toLowerCase(Locale.ROOT));
        if (!serverToo) {
            return zones;
        }
        List<OptionSpec.Choice> choices = new ArrayList<>();
        choices.add(new OptionSpec.Choice("The server's time zone", SERVER_ZONE));
        choices.addAll(zones.subList(0, Math.min(zones.size(), Limits.AUTOCOMPLETE_CHOICES - 1)));
        return choices;
    }

    private Reply setup(Inbound.Command command) {
        Caller who = command.caller();
        if (who.guildId() == 0 || who.inDm()) {
            throw new UserError("Run `/coach setup` in your coalition's server, so I know which server to set up.");
        }
        if (noOptions(command)) {
            return Reply.card(card(who.guildId(), settings.of(who.guildId()))).withText(who.coordinator()
                    ? "Here is how the bot is set up. Change any of it with the options of `/coach setup`, for "
                    + "example `/coach setup quiet:22:00-07:00`."
                    : "Here is how the bot is set up in this server. Coordinators change it; your own time zone "
                    + "is yours to set with `/settings timezone`.");
        }
        if (!who.coordinator()) {
            // as every coordinators' command refuses: nothing changed, and whom to ask for the role, by name
            throw new UserError("Only coordinators (Manage Server, or the coordinator role) can change how the "
                    + "bot works in this server. Nothing was changed. Your own time zone is yours to set with "
                    + "`/settings timezone`. " + coordinators.askToBeOne(who));
        }
        String clear = command.option(OPTION_CLEAR).orElse("");
        if (!clear.isEmpty() && !clear.equals(OPTION_CHANNEL) && !clear.equals(OPTION_ROLE)) {
            throw new UserError("`clear` takes `channel` (the reminder channel) or `role` (the coordinator role). "
                    + "Nothing was changed.");
        }
        if (command.option(clear).isPresent()) {
            throw new UserError("Give a new " + clear + " or clear it, not both at once. Nothing was changed.");
        }
        SettingsChange change = new SettingsChange(
                command.option(OPTION_TIMEZONE).map(TimeZones::parse).orElse(null),
                clear.equals(OPTION_CHANNEL) ? Long.valueOf(0)
                        : command.option(OPTION_CHANNEL).map(v -> reminderChannel(v, who.guildId())).orElse(null),
                clear.equals(OPTION_ROLE) ? Long.valueOf(0)
                        : command.option(OPTION_ROLE).map(v -> role(v, who.guildId())).orElse(null),
                command.option(OPTION_CADENCE).map(SettingsFeature::cadence).orElse(null),
                command.option(OPTION_QUIET).map(QuietHours::parse).orElse(null),
                command.option(OPTION_DELIVERY).map(SettingsFeature::delivery).orElse(null));
        Settings was = settings.of(who.guildId());
        Settings now = settings.change(who.guildId(), change);
        // the zone chosen (UTC too, on purpose): the new server's offer of one is not made; the first time, that is
        // a choice kept even when it was the zone already, so "Saved." holds; once the offer is over, nothing changed
        boolean offerEnded = change.zone() != null && prompts.asked(who.guildId(), 0, Prompts.SERVER_ZONE);
        if (now.equals(was) && !offerEnded) {
            return Reply.card(card(who.guildId(), now)).withText(unchanged(clear, was) + " Here is how the bot is "
                    + "set up.");
        }
        return Reply.card(card(who.guildId(), now))
                .withText("Saved. " + quietOff(command.option(OPTION_QUIET).orElse(null), change.quietHours())
                        + quietAllDay(change.quietHours()) + zoneNote(who.guildId(), was.zone(), now).map(n -> n + " ")
                        .orElse("") + fixedOffset(change.zone()) + "Here is how the bot is set up now.");
    }

    /** Why a change asked for left the settings as they were: "Saved." would claim something happened. */
    private static String unchanged(String clear, Settings was) {
        if (clear.equals(OPTION_CHANNEL) && was.reminderChannelId() == 0) {
            return "There is no reminder channel to clear, so nothing changed.";
        }
        if (clear.equals(OPTION_ROLE) && was.coordinatorRoleId() == 0) {
            // the card under it says who the coordinators are without one
            return "There is no coordinator role to clear, so nothing changed.";
        }
        return "That's how the bot is set up already, so nothing changed.";
    }

    /** When {@code zone} (the one just set, or null) is a fixed offset: that it won't follow daylight saving. */
    private String fixedOffset(ZoneId zone) {
        return zone == null ? "" : TimeZones.fixedOffsetNote(zone, clock.instant()).map(n -> n + " ").orElse("");
    }

    /** What the change of the server's zone from {@code before} changes elsewhere; empty when the zone stayed. */
    private Optional<String> zoneNote(long guildId, ZoneId before, Settings now) {
        return now.zone().equals(before) ? Optional.empty() : zoneNotes.afterServerZoneChange(guildId);
    }

    /**
     * When this change makes most of the day quiet, a plain sentence that says when reminders can still go out:
     * "9-7" reads as 09:00 to 07:00, which is seldom what was meant.
     */
    private static String quietAllDay(QuietHours quiet) {
        if (quiet == null || quiet.none()) {
            return "";
        }
        if (quiet.minutesLong() <= LONGEST_USUAL_QUIET_MINUTES && quiet.minutesLong() >= HALF_A_WAKING_DAY_MINUTES
                && quiet.contains(MIDDAY)) {
            // "7am-10pm" reads as the hours to send, the other way round: said with the night written out to paste
            return "Note: quiet hours now cover the day (" + quiet.describe() + "), so reminders go out only at "
                    + "night, between " + quiet.end() + " and " + quiet.start() + ". If you meant the night to be "
                    + "quiet, run `/coach setup quiet:" + quiet.end() + "-" + quiet.start() + "`. ";
        }
        if (quiet.minutesLong() <= LONGEST_USUAL_QUIET_MINUTES) {
            return "";
        }
        int hours = Math.round(quiet.minutesLong() / 60f);
        return "Note: quiet hours now last " + (hours == 24 ? "almost 24" : hours) + " hours a day ("
                + quiet.describe() + "), so reminders go out only between " + quiet.end() + " and " + quiet.start()
                + ". If you meant the night, write it like `21:00-07:00` or `9pm-7am`. ";
    }

    /** The role's id; the server's own id is {@code @everyone}, which is every member and makes nobody special. */
    private static long role(String value, long guildId) {
        long role = id(value, "role");
        if (role == guildId) {
            throw new UserError("`@everyone` can't be the coordinator role: it is every member of the server, and "
                    + "coordinators change these settings, read the digest and export the coalition's data. Pick "
                    + "a role only your coordinators have (a server admin can make one in Server Settings → "
                    + "Roles), then run `/coach setup role:` again. Nothing was changed.");
        }
        return role;
    }

    /** When this change turns quiet hours off, a plain sentence that says so (a start equal to the end means off). */
    private static String quietOff(String typed, QuietHours quiet) {
        if (quiet == null || !quiet.none()) {
            return "";
        }
        String word = typed.strip().toLowerCase(Locale.ROOT);
        String sameTime = word.equals("off") || word.equals("none") ? ""
                : " (" + quiet.start() + "–" + quiet.end() + " starts and ends at the same time)";
        return "Quiet hours are now off" + sameTime + ": reminders go out at any hour. To keep nights quiet, give "
                + "two different times, like `/coach setup quiet:21:00-08:00`. ";
    }

    private static boolean noOptions(Inbound.Command command) {
        return List.of(OPTION_TIMEZONE, OPTION_CHANNEL, OPTION_ROLE, OPTION_CADENCE, OPTION_QUIET, OPTION_DELIVERY,
                OPTION_CLEAR).stream().allMatch(o -> command.option(o).isEmpty());
    }

    private Reply memberZone(Inbound.Command command) {
        Caller who = command.caller();
        if (who.guildId() == 0) {
            throw new UserError("Run `/settings timezone` in your coalition's server first, so I know which "
                    + "server it is for.");
        }
        String typed = command.option(OPTION_ZONE).orElse("");
        if (typed.equalsIgnoreCase(SERVER_ZONE)) {
            settings.setOwnZone(who.guildId(), who.userId(), Optional.empty());
            // they told us: "tomorrow 9am" no longer asks which zone they are in
            prompts.asked(who.guildId(), who.userId(), Prompts.MEMBER_ZONE);
            ZoneId zone = settings.of(who.guildId()).zone();
            return Reply.text("Done: you follow the server's time zone, " + TimeZones.label(zone) + " (it's "
                    + now(zone) + " there).");
        }
        ZoneId zone = TimeZones.parse(typed);
        settings.setOwnZone(who.guildId(), who.userId(), Optional.of(zone));
        return Reply.text(("Your time zone is now " + TimeZones.label(zone) + " (it's " + now(zone) + " there). I'll use it "
                + "to read times like `tomorrow 9am` and to keep your reminders out of your night. "
                + fixedOffset(zone)).stripTrailing());
    }

    private String now(ZoneId zone) {
        return clock.instant().atZone(zone).format(CLOCK_TIME);
    }

    /**
     * The channel picked for reminders, or a refusal that says what keeps the bot from posting there and what to do
     * (reminders would only fail there).
     */
    private long reminderChannel(String value, long guildId) {
        long channel = id(value, "channel");
        messenger.cannotPost(guildId, channel, false).ifPresent(trouble -> {
            throw new UserError("Reminders can't go to " + Mentions.channel(channel) + ": "
                    + trouble.describe(channel) + ". " + trouble.remedy(false, "/coach setup channel:")
                    + " Nothing was changed.");
        });
        return channel;
    }

    /** The settings, with a warning under a reminder channel the bot can no longer post in. */
    private Card card(long guildId, Settings s) {
        String channel = "Not set: reminders go by DM only";
        if (s.hasReminderChannel()) {
            long id = s.reminderChannelId();
            channel = Mentions.channel(id) + messenger.cannotPost(guildId, id, false).map(trouble -> "\n⚠️ "
                    + (s.delivery() == DeliveryMode.CHANNEL ? "Reminders can't be posted there now, so they go by DM "
                    + "(and fail for members whose DMs are closed)" : "Reminders for members whose DMs are closed "
                    + "fail there now") + ": " + trouble.describe(id) + ". "
                    + trouble.remedy(false, "/coach setup channel:")).orElse("");
        }
        return Card.of("Server settings", null)
                .withField("Time zone", TimeZones.label(s.zone()))
                .withField("Reminder channel", channel)
                .withField("Coordinator role", coordinatorRole(guildId, s))
                .withField("Keep in touch with partners", "every " + Count.of(s.defaultCadenceDays(), "day")
                        + ", unless a partner has its own cadence")
                .withField("Quiet hours", s.quietHours().none() ? "Off: reminders go out at any hour"
                        : s.quietHours().describe() + " in each person's time zone; reminders due then wait "
                        + "until " + s.quietHours().end())
                .withField("Delivery", delivery(s));
    }

    /** How reminders go; by DM with no channel to fall back on, those of members whose DMs are closed are missed. */
    private static String delivery(Settings s) {
        if (s.delivery() == DeliveryMode.DM && !s.hasReminderChannel()) {
            return "By DM. With no reminder channel, members whose DMs are closed miss theirs: set one with "
                    + "`/coach setup channel:`";
        }
        return s.delivery().description();
    }

    /**
     * Who is a coordinator by role: the chosen one, and any named like the configured name (renaming it ends that),
     * with a warning under a chosen role that was deleted, or that is {@code @everyone} (saved before it was
     * refused), and what to do.
     */
    private String coordinatorRole(long guildId, Settings s) {
        String named = "a role named “" + Shown.text(Limits.clip(roleName, 100)) + "”";
        long role = s.coordinatorRoleIn(guildId);
        if (role != 0) {
            String gone = !messenger.roleGone(guildId, role) ? "" : "\n⚠️ This role was deleted in Discord, so it "
                    + "makes nobody a coordinator now (members with Manage Server" + (roleName.isEmpty() ? ""
                    : ", or with " + named + ",") + " still are). Pick another with `/coach setup role:`, or "
                    + "remove it with `/coach setup clear:role`.";
            return Mentions.role(role) + (roleName.isEmpty() ? "" : " (" + named + " counts too)") + gone;
        }
        String everyone = !s.everyoneAsCoordinatorRole(guildId) ? "" : "\n⚠️ `@everyone` was saved as the "
                + "coordinator role before the bot refused it. It makes nobody a coordinator, as it is every member "
                + "of the server: pick a role only your coordinators have with `/coach setup role:`.";
        if (roleName.isEmpty()) {
            return "Not set: members with Manage Server are coordinators" + everyone;
        }
        return "Not set: members with Manage Server, or with " + named + ", are coordinators. A role renamed no "
                + "longer counts; choose it with `/coach setup role:` to keep it whatever its name." + everyone;
    }

    private static long id(String value, String what) {
        Matcher m = ID.matcher(value.strip());
        try {
            if (m.matches()) {
                return Long.parseLong(m.group(1));
            }
        } catch (NumberFormatException e) {
            // 19 digits beyond a Discord id: answered below
        }
        throw new UserError("Pick a " + what + " from the list Discord shows for that option. Nothing was "
                + "changed.");
    }

    private static int cadence(String value) {
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= Settings.MIN_CADENCE_DAYS && days <= Settings.MAX_CADENCE_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UserError("The cadence is a number of days from " + Settings.MIN_CADENCE_DAYS + " to "
                + Settings.MAX_CADENCE_DAYS + ", for example `cadence:14`. Nothing was changed.");
    }

    private static DeliveryMode delivery(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "dm" -> DeliveryMode.DM;
            case "channel" -> DeliveryMode.CHANNEL;
            default -> throw new UserError("Delivery is `dm` or `channel`. Nothing was changed.");
        };
    }
}
