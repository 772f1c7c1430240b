-- USSD sessions (shared by every node), each phone's language, and the log of every SMS sent.

CREATE TABLE ussd_sessions (
    session_id  VARCHAR(100)  PRIMARY KEY,
    version     BIGINT        NOT NULL,
    phone       VARCHAR(16)   NOT NULL,
    state       VARCHAR(120)  NOT NULL,
    last_text   VARCHAR(200)  NOT NULL,
    last_screen VARCHAR(400)  NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    hops        INT           NOT NULL
);

CREATE INDEX ussd_sessions_updated ON ussd_sessions (updated_at);

CREATE TABLE language_preferences (
    phone      VARCHAR(16) PRIMARY KEY,
    language   VARCHAR(2)  NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sms_log (
    message_id     VARCHAR(100)  PRIMARY KEY,
    recipient      VARCHAR(16)   NOT NULL,
    text           TEXT          NOT NULL,
    type           VARCHAR(30)   NOT NULL,
    status         VARCHAR(30)   NOT NULL,
    cost           VARCHAR(30),
    contract_id    VARCHAR(20),
    sent_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at   TIMESTAMP WITH TIME ZONE,
    failure_reason VARCHAR(300)
);

CREATE INDEX sms_log_recipient ON sms_log (recipient, sent_at);
