package org.partnercoach.settings;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * One server's settings.
 *
 * @param reminderChannelId where reminders are posted (channel mode, or when DMs are closed); 0 when not set
 * @param coordinatorRoleId members with this role are coordinators, like those with Manage Server; 0 when not set
 */
public record Settings(ZoneId zone, long reminderChannelId, long coordinatorRoleId, int defaultCadenceDays,
                       QuietHours quietHours, DeliveryMode delivery) {

    public static final int MIN_CADENCE_DAYS = 1;
    public static final int MAX_CADENCE_DAYS = 365;

    /** What a server has until a coordinator runs {@code /coach setup}. */
    public static final Settings DEFAULTS = new Settings(TimeZones.UTC, 0, 0, 14,
            new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)), DeliveryMode.DM);

    public Settings {
        zone = TimeZones.named(zone);
    }

    public boolean hasReminderChannel() {
        return reminderChannelId != 0;
    }

    /**
     * The coordinator role of server {@code guildId}, 0 for none. {@code @everyone} (the role whose id is the
     * server's own), which servers could save before the bot refused it, counts as none: it is every member.
     */
    public long coordinatorRoleIn(long guildId) {
        return everyoneAsCoordinatorRole(guildId) ? 0 : coordinatorRoleId;
    }

    /** Whether {@code @everyone} is the saved coordinator role (saved before the bot refused it). */
    public boolean everyoneAsCoordinatorRole(long guildId) {
        return coordinatorRoleId != 0 && coordinatorRoleId == guildId;
    }
}
