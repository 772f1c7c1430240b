-- The operator console's read models (issue 15).
-- When a message was queued (the backlog's age) and when it was given up (the given-up list's order). Rows written
-- before keep them null: the backlog then reads their next attempt's time, the list shows them last.
ALTER TABLE outbox_messages ADD COLUMN queued_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbox_messages ADD COLUMN given_up_at TIMESTAMP WITH TIME ZONE;

-- A contract's SMS for its timeline (the log was indexed by recipient only).
CREATE INDEX sms_log_contract ON sms_log (contract_id, sent_at);

-- Audit entries of one action, newest first (surplus refunds for the payments needing attention).
CREATE INDEX audit_entries_action ON audit_entries (action, sequence);

-- The disputes waiting for a decision, the longest waiting first.
CREATE INDEX contracts_disputes ON contracts (status, dispute_raised_at);
