package org.partnercoach.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercoach.storage.Database;

/**
 * Each server's settings and each member's own time zone. Other features read them here:
 * {@code settings.of(guildId)} and {@code settings.memberZone(guildId, userId)}. A server without settings gets
 * {@link Settings#DEFAULTS}.
 */
public final class ServerSettings {

    /**
     * The servers with settings, as one read of {@code guild_id}: storage's {@code MemberHomes} reads it with the other
     * packages' lists in one statement when the bot connects, to find the servers that removed the bot meanwhile.
     */
    public static final String SERVERS = "SELECT guild_id FROM server_settings";

    private static final String FIND = """
            SELECT time_zone, reminder_channel_id, coordinator_role_id, default_cadence_days, quiet_start_minute,
                   quiet_end_minute, delivery
            FROM server_settings WHERE guild_id = ?""";
    private static final String DEFAULT_CADENCES = "SELECT guild_id, default_cadence_days FROM server_settings";
    private static final String ZONES = "SELECT DISTINCT time_zone FROM server_settings";
    private static final String UPDATE = """
            UPDATE server_settings SET time_zone = ?, reminder_channel_id = ?, coordinator_role_id = ?,
                   default_cadence_days = ?, quiet_start_minute = ?, quiet_end_minute = ?, delivery = ?,
                   updated_at = ?
            WHERE guild_id = ?""";
    private static final String INSERT = """
            INSERT INTO server_settings (time_zone, reminder_channel_id, coordinator_role_id, default_cadence_days,
                   quiet_start_minute, quiet_end_minute, delivery, updated_at, guild_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String FIND_MEMBER_ZONE =
            "SELECT time_zone FROM member_settings WHERE guild_id = ? AND user_id = ?";
    /* each id looked up through the key (guild_id, user_id), as in the cultivate states' read of several partners */
    private static final String FIND_MEMBER_ZONES = "SELECT m.user_id, m.time_zone FROM UNNEST(?) AS ids(id)"
            + " JOIN member_settings m ON m.guild_id = ? AND m.user_id = ids.id";
    /*
     * The own zones of a member and of another (a row for each, its zone null when they set none), each through the
     * key (guild_id, user_id), with the server's settings through theirs (null when a coordinator changed none)
     */
    static final String MEMBER_ZONES_AND_SERVER = "SELECT ids.id, m.time_zone AS own_zone, s.time_zone,"
            + " s.reminder_channel_id, s.coordinator_role_id, s.default_cadence_days, s.quiet_start_minute,"
            + " s.quiet_end_minute, s.delivery FROM UNNEST(?) AS ids(id)"
            + " LEFT JOIN member_settings m ON m.guild_id = ? AND m.user_id = ids.id"
            + " LEFT JOIN server_settings s ON s.guild_id = ?";
    private static final String UPDATE_MEMBER_ZONE =
            "UPDATE member_settings SET time_zone = ?, updated_at = ? WHERE guild_id = ? AND user_id = ?";
    private static final String INSERT_MEMBER_ZONE =
            "INSERT INTO member_settings (time_zone, updated_at, guild_id, user_id) VALUES (?, ?, ?, ?)";
    private static final String DELETE_MEMBER_ZONE = "DELETE FROM member_settings WHERE guild_id = ? AND user_id = ?";
    private static final String MEMBERS_WITH_OWN_ZONE = "SELECT user_id FROM member_settings WHERE guild_id = ?";

    private final Database db;
    private final Clock clock;
    private final TimesListener times;

    public ServerSettings(Database db, Clock clock) {
        this(db, clock, TimesListener.NONE);
    }

    /** @param times told of each change of a zone or of quiet hours, in the change's transaction */
    public ServerSettings(Database db, Clock clock, TimesListener times) {
        this.db = db;
        this.clock = clock;
        this.times = times;
    }

    /**
     * The server's settings (the defaults until a coordinator changes them), read once per member action: the
     * reminder line, the pulse and the time zone of one reply all ask for them.
     */
    public Settings of(long guildId) {
        return db.remembered(key(guildId), () -> db.read(c -> Database.one(c, FIND, ServerSettings::settings,
                guildId)).orElse(Settings.DEFAULTS));
    }

    private static Object key(long guildId) {
        return java.util.List.of("server_settings", guildId);
    }

    /**
     * Every server's default cadence in days, in one read (the cultivate planner serves all servers at once); a
     * server missing here uses {@link Settings#DEFAULTS}.
     */
    public Map<Long, Integer> defaultCadences() {
        Map<Long, Integer> byServer = new HashMap<>();
        db.read(c -> Database.list(c, DEFAULT_CADENCES, rs -> Map.entry(rs.getLong(1), rs.getInt(2))))
                .forEach(e -> byServer.put(e.getKey(), e.getValue()));
        return byServer;
    }

    /**
     * Every time zone a server uses, in one read, with the default of servers that set none: what falls due at the
     * start of a day or a quarter falls due at the start of it in one of these.
     */
    public java.util.Set<ZoneId> serverZones() {
        java.util.Set<ZoneId> zones = new java.util.HashSet<>(db.read(c -> Database.list(c, ZONES,
                ServerSettings::zone)));
        zones.add(Settings.DEFAULTS.zone());
        return zones;
    }

    /** The time zone to use for a member: their own if they set one, else the server's. */
    public ZoneId memberZone(long guildId, long userId) {
        return ownZone(guildId, userId).orElseGet(() -> of(guildId).zone());
    }

    /**
     * {@link #memberZone} of {@code userId}, with the own zone of {@code alsoUserId} (0: nobody) and the server's
     * settings read in the same statement, for a {@link #memberZone} of theirs and the {@link #of} that follow in the
     * member's action: a partner's owner, whose quiet hours the reply's reminder line tells of, with the server's
     * default cadence and reminder channel.
     */
    public ZoneId memberZoneWith(long guildId, long userId, long alsoUserId) {
        Long[] ids = alsoUserId == 0 || alsoUserId == userId ? new Long[] {userId} : new Long[] {userId, alsoUserId};
        record Read(long userId, Optional<ZoneId> own, Settings server) {
        }
        List<Read> read = db.read(c -> Database.list(c, MEMBER_ZONES_AND_SERVER, rs -> new Read(rs.getLong(1),
                Optional.ofNullable(rs.getString("own_zone")).map(z -> TimeZones.named(ZoneId.of(z))),
                rs.getString("time_zone") == null ? Settings.DEFAULTS : settings(rs)), ids, guildId, guildId));
        for (Read r : read) {
            db.remember(zoneKey(guildId, r.userId()), r.own());
            db.remember(key(guildId), r.server());
        }
        return read.stream().filter(r -> r.userId() == userId).findFirst()
                .map(r -> r.own().orElseGet(() -> r.server().zone())).orElseGet(() -> memberZone(guildId, userId));
    }

    /** The zone a member set with {@code /settings timezone}, if any; read once per member action. */
    public Optional<ZoneId> ownZone(long guildId, long userId) {
        return db.remembered(zoneKey(guildId, userId), () -> db.read(c -> Database.one(c, FIND_MEMBER_ZONE,
                ServerSettings::zone, guildId, userId)));
    }

    /**
     * Reads the own zones of several members of one server at once, for the {@link #memberZone} calls that follow in
     * the same transaction or {@link Database#remembering} scope: a batch of sends asks for hundreds of them.
     */
    public void readZonesOf(long guildId, java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        Map<Long, ZoneId> zones = new HashMap<>();
        db.read(c -> Database.list(c, FIND_MEMBER_ZONES, rs -> Map.entry(rs.getLong(1), zone(rs)),
                userIds.stream().distinct().toArray(Long[]::new), guildId))
                .forEach(e -> zones.put(e.getKey(), e.getValue()));
        userIds.forEach(id -> db.remember(zoneKey(guildId, id), Optional.ofNullable(zones.get(id))));
    }

    private static ZoneId zone(ResultSet rs) throws SQLException {
        return TimeZones.named(ZoneId.of(rs.getString("time_zone")));
    }

    private static Object zoneKey(long guildId, long userId) {
        return java.util.List.of("member_settings", guildId, userId);
    }

    /**
     * Makes the change and returns the settings as they now are. A new zone or new quiet hours are passed on to
     * {@link TimesListener#serverTimesChanged} in the same transaction.
     */
    Settings change(long guildId, SettingsChange change) {
        return db.write(c -> {
            Settings before = Database.one(c, FIND, ServerSettings::settings, guildId).orElse(Settings.DEFAULTS);
            Settings next = change.applyTo(before);
            Object[] values = {next.zone().getId(), next.reminderChannelId(), next.coordinatorRoleId(),
                next.defaultCadenceDays(), next.quietHours().startMinute(), next.quietHours().endMinute(),
                next.delivery(), clock.instant(), guildId};
            if (Database.update(c, UPDATE, values) == 0) {
                Database.update(c, INSERT, values);
            }
            db.forget(key(guildId));
            if (!next.quietHours().equals(before.quietHours())) {
                times.serverTimesChanged(c, guildId, java.util.List.of(), clock.instant());
            } else if (!next.zone().equals(before.zone())) {
                times.serverTimesChanged(c, guildId, Database.list(c, MEMBERS_WITH_OWN_ZONE, rs -> rs.getLong(1),
                        guildId), clock.instant());
            }
            return next;
        });
    }

    /**
     * Sets a member's own zone; an empty zone goes back to the server's. {@link TimesListener#memberZoneChanged} is
     * told in the same transaction.
     */
    public void setOwnZone(long guildId, long userId, Optional<ZoneId> zone) {
        db.write(c -> {
            db.forget(zoneKey(guildId, userId));
            if (zone.isEmpty()) {
                Database.update(c, DELETE_MEMBER_ZONE, guildId, userId);
            } else {
                Object[] values = {zone.get().getId(), clock.instant(), guildId, userId};
                if (Database.update(c, UPDATE_MEMBER_ZONE, values) == 0) {
                    Database.update(c, INSERT_MEMBER_ZONE, values);
                }
            }
            times.memberZoneChanged(c, guildId, userId, clock.instant());
            return null;
        });
    }

    private static Settings settings(ResultSet rs) throws SQLException {
        return new Settings(ZoneId.of(rs.getString("time_zone")), rs.getLong("reminder_channel_id"),
                rs.getLong("coordinator_role_id"), rs.getInt("default_cadence_days"),
                QuietHours.ofMinutes(rs.getInt("quiet_start_minute"), rs.getInt("quiet_end_minute")),
                DeliveryMode.valueOf(rs.getString("delivery")));
    }
}
