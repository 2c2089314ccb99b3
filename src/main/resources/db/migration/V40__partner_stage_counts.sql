-- How many partners each server has in each sector and stage. /coalition gaps and the digest's "missing at the
-- table" read these few rows where they counted every partner of the server (10,000 at coalition scale: 10 ms a
-- request on PostgreSQL, and growing with the list). Kept by partners.StageCounts in the same transaction as every
-- write that adds a partner, deletes one, or changes its sector or stage. Moved-on partners are counted too (the
-- readers leave them out). Re-runnable from any point: the counts are made again from the partners.
CREATE TABLE IF NOT EXISTS partner_stage_counts (
    guild_id BIGINT      NOT NULL,
    sector   VARCHAR(40) NOT NULL,
    stage    VARCHAR(20) NOT NULL,
    partners INT         NOT NULL,
    PRIMARY KEY (guild_id, sector, stage)
);
DELETE FROM partner_stage_counts;
INSERT INTO partner_stage_counts (guild_id, sector, stage, partners)
    SELECT guild_id, sector, stage, COUNT(*) FROM partners GROUP BY guild_id, sector, stage;
