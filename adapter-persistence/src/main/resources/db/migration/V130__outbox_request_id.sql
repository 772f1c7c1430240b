-- The id of the request (a provider callback, an operator call) that caused an outbox message, so the dispatcher's
-- logs of the SMS or payout sent later carry it (docs/operations.md, "Logs"). NULL: caused by no request.
ALTER TABLE outbox_messages ADD COLUMN request_id VARCHAR(64);
