-- The callback guard's replay memory: the signed callbacks received whose signature could still be
-- presented (kept until its timestamp leaves the window). Rows past kept_until are deleted on each write.
CREATE TABLE callback_replays (
    callback_key VARCHAR(128)             NOT NULL PRIMARY KEY,
    kept_until   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX callback_replays_kept_until ON callback_replays (kept_until);
