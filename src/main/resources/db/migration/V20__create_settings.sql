-- Per-server settings. A server without a row uses the defaults in Settings.DEFAULTS.
CREATE TABLE IF NOT EXISTS server_settings (
    guild_id             BIGINT      PRIMARY KEY,
    time_zone            VARCHAR(64) NOT NULL,
    reminder_channel_id  BIGINT      NOT NULL DEFAULT 0,
    coordinator_role_id  BIGINT      NOT NULL DEFAULT 0,
    default_cadence_days INT         NOT NULL,
    -- quiet hours as minutes after midnight, in the recipient's time zone; start = end means none
    quiet_start_minute   INT         NOT NULL,
    quiet_end_minute     INT         NOT NULL,
    delivery             VARCHAR(10) NOT NULL,
    updated_at           TIMESTAMP   NOT NULL
);

-- A member's own time zone in one server (used for their quiet hours and to read "tomorrow 9am").
CREATE TABLE IF NOT EXISTS member_settings (
    guild_id   BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    time_zone  VARCHAR(64) NOT NULL,
    updated_at TIMESTAMP   NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
