-- The outreach list (partners): where a member's Check and add rounds stopped in the names found in their 5 tips
-- answer (the first `offered` names were offered), so that every Check and add button, an old message's included,
-- goes on from there. `answer_mark` tells a rewritten answer, which starts over. Re-runnable from any point.
CREATE TABLE IF NOT EXISTS partner_name_rounds (
    guild_id    BIGINT      NOT NULL,
    walk_id     BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    offered     INT         NOT NULL,
    answer_mark VARCHAR(16) NOT NULL,
    updated_at  TIMESTAMP   NOT NULL,
    PRIMARY KEY (guild_id, walk_id)
);
