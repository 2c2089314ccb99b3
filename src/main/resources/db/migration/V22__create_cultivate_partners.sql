-- Cultivate reminders: where each partner stands in its reminder cycle (one row per partner once reminded).
-- The counts belong to one stretch without contact: touch_marker is the partner's last_touch_at when they were
-- written, so a newer touchpoint (from /partner log or a reminder's form) makes them void: the count starts again
-- at 0, and a pause or an unanswered question ends.
CREATE TABLE IF NOT EXISTS cultivate_partners (
    guild_id      BIGINT      NOT NULL,
    partner_id    BIGINT      NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    touch_marker  TIMESTAMP,
    -- reminders sent since that touchpoint
    reminders     INT         NOT NULL DEFAULT 0,
    reminded_at   TIMESTAMP,
    -- "Snooze": no reminder before this time (it replaces the wait of a cadence after the last reminder)
    snoozed_until TIMESTAMP,
    -- after 3 reminders the owner is asked once: pause reminders (PAUSE) or keep going (KEEP)
    asked_at      TIMESTAMP,
    decision      VARCHAR(10),
    decided_at    TIMESTAMP,
    updated_at    TIMESTAMP   NOT NULL,
    PRIMARY KEY (guild_id, partner_id)
);
