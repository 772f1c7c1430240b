-- Recorded negotiation calls: the call, its recording, and what became of it.
CREATE TABLE voice_calls (
    id               VARCHAR(40)   PRIMARY KEY,
    version          BIGINT        NOT NULL,
    session_id       VARCHAR(100)  NOT NULL UNIQUE,
    parties          VARCHAR(1000) NOT NULL,
    contract_type    VARCHAR(40)   NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    recording_url    VARCHAR(1000),
    duration_seconds INT,
    hangup_cause     VARCHAR(60),
    processing       VARCHAR(20)   NOT NULL,
    transcript       TEXT,
    contract_id      VARCHAR(20),
    attempts         INT           NOT NULL,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE,
    next_attempt_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX voice_calls_due ON voice_calls (processing, next_attempt_at);
