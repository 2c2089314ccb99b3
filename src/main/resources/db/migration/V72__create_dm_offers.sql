-- The word a "Did you mean `skip`?" reply last offered in a member's DM (owned by coaching/): a yes typed next does
-- it, a no keeps nothing, and the next line takes the row away whatever it says, so no later "yes" reads it. walk_id
-- and question_key are where the open walk stood then (0 and '' with none open): a walk moved since lets it lapse.
-- At most one row per member and server. Re-runnable from any point.
CREATE TABLE IF NOT EXISTS dm_offers (
    guild_id     BIGINT      NOT NULL,
    user_id      BIGINT      NOT NULL,
    word         VARCHAR(20) NOT NULL,
    walk_id      BIGINT      NOT NULL,
    question_key VARCHAR(80) NOT NULL,
    offered_at   TIMESTAMP   NOT NULL,
    PRIMARY KEY (guild_id, user_id)
);
