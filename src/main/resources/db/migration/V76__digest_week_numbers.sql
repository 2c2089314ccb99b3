-- The numbers each week's digest showed (owned by digest/), kept as it is queued, in the same transaction as its
-- digest_weeks row: every copy of that digest shows them, the next week's "on the week before" compares with them and
-- the chart draws that week's bar from them. Counted again from stored history, they changed once a partner was
-- deleted (its touchpoints and moves go with it) or a member deleted her data (she no longer counts as active), so a
-- later digest compared with a number no digest had shown. Counts only: no row names a member. Weeks queued before
-- this version have none and are counted from stored history, as before. Re-runnable from any point.
CREATE TABLE IF NOT EXISTS digest_week_numbers (
    week_id         BIGINT PRIMARY KEY REFERENCES digest_weeks (id) ON DELETE CASCADE,
    guild_id        BIGINT NOT NULL,
    active_members  INT    NOT NULL,
    walks_started   INT    NOT NULL,
    walks_finished  INT    NOT NULL,
    partners_added  INT    NOT NULL,
    stage_moves     INT    NOT NULL,
    touchpoints     INT    NOT NULL,
    session_answers INT    NOT NULL
);
