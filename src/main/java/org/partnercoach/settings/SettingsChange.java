package org.partnercoach.settings;

import java.time.ZoneId;
import org.partnercoach.chat.UserError;

/** What {@code /coach setup} was given: each value is null when that option was left out (kept as it is). */
record SettingsChange(ZoneId zone, Long reminderChannelId, Long coordinatorRoleId, Integer cadenceDays,
                      QuietHours quietHours, DeliveryMode delivery) {

    boolean empty() {
        return zone == null && reminderChannelId == null && coordinatorRoleId == null && cadenceDays == null
                && quietHours == null && delivery == null;
    }

    /** The settings with this change made; refuses a combination that could not deliver. */
    Settings applyTo(Settings now) {
        Settings next = new Settings(
                zone != null ? zone : now.zone(),
                reminderChannelId != null ? reminderChannelId : now.reminderChannelId(),
                coordinatorRoleId != null ? coordinatorRoleId : now.coordinatorRoleId(),
                cadenceDays != null ? cadenceDays : now.defaultCadenceDays(),
                quietHours != null ? quietHours : now.quietHours(),
                delivery != null ? delivery : now.delivery());
        if (next.delivery() == DeliveryMode.CHANNEL && !next.hasReminderChannel()) {
            // clearing the channel the reminders are posted in: they would have nowhere to go
            throw new UserError(delivery == null && now.hasReminderChannel()
                    ? "Reminders are posted in the reminder channel, so it can't be cleared on its own. To send them"
                    + " by DM and clear it, use `/coach setup delivery:dm clear:channel`. Nothing was changed."
                    : "Reminders posted in a channel need a reminder channel: run `/coach setup` again with `channel`"
                    + " too. Nothing was changed.");
        }
        return next;
    }
}
