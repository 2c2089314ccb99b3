-- The local console's buttons (owned by console/): what #N presses for each member (holder_kind MEMBER), and the
-- newest post with buttons in each channel (holder_kind POST), so that a later run presses the buttons an earlier
-- run printed, as buttons in Discord stay usable. Re-runnable from any point.
CREATE TABLE IF NOT EXISTS console_choices (
    holder_kind  VARCHAR(10)  NOT NULL,
    holder_id    BIGINT       NOT NULL,
    position     INT          NOT NULL,
    sequence     BIGINT       NOT NULL,
    custom_id    VARCHAR(200) NOT NULL,
    label        VARCHAR(200) NOT NULL,
    option_value VARCHAR(200),
    surface      VARCHAR(10)  NOT NULL,
    channel_id   BIGINT       NOT NULL,
    PRIMARY KEY (holder_kind, holder_id, position)
);
