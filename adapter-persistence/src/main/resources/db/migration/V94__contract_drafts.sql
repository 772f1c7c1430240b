-- Calls that lacked product, quantity or price: kept under the contract id reserved for them, so the
-- parties can send the missing terms by SMS; the contract made when one completes carries the same id.
-- parties: "phone|ROLE|url-encoded name" entries joined by ";", as voice_calls keeps them.
-- heard: one "field=confidence:url-encoded value" entry per term heard or sent, joined by ";"
-- (fields as the negotiation corpus names them: product, quantity, unit, unit_price, ...).
CREATE TABLE contract_drafts (
    id            VARCHAR(20)   PRIMARY KEY,
    version       BIGINT        NOT NULL,
    contract_type VARCHAR(40)   NOT NULL,
    parties       VARCHAR(1000) NOT NULL,
    transcript    TEXT          NOT NULL,
    heard         TEXT          NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE
);
