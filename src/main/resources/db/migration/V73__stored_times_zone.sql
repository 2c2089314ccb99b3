-- The time zone of the times of day stored in every TIMESTAMP column (owned by storage/). Releases before this one
-- wrote each time as the time of day in the zone of the machine running the bot, and read it back in the zone of the
-- machine reading it: the same database read elsewhere (a container in UTC, then a laptop in New York) moved every
-- time by the difference. From this release every time is stored in UTC. The row says which zone the times already
-- stored were written in: the zone of the machine that runs this migration (${stored_times_zone}, from storage/Engine).
-- At start-up, after the migrations, storage/UtcTimes converts them to UTC once, in one transaction that also sets
-- the row to UTC. A new database (no Flyway history yet) holds no time: storage/Migrations sets the placeholder to
-- UTC for it. Re-runnable from any point.
CREATE TABLE IF NOT EXISTS stored_times_zone (
    id   INT         NOT NULL PRIMARY KEY,
    zone VARCHAR(64) NOT NULL
);
INSERT INTO stored_times_zone (id, zone)
    SELECT 1, '${stored_times_zone}'
    WHERE NOT EXISTS (SELECT 1 FROM stored_times_zone);
