-- A repeated Idempotency-Key gets its first request's answer: what that request asked (to refuse the
-- key with another request) and how it was answered (sent, refused by the provider, provider down).
ALTER TABLE idempotency_keys ADD COLUMN request_summary VARCHAR(200);
ALTER TABLE idempotency_keys ADD COLUMN answer_kind VARCHAR(30);
ALTER TABLE idempotency_keys ADD COLUMN answer_description VARCHAR(500);
ALTER TABLE idempotency_keys ADD COLUMN answer_refusal VARCHAR(30);
-- Keys kept before: their checkouts were sent (the payment shows how they went).
UPDATE idempotency_keys SET answer_kind = 'ACCEPTED', answer_description = 'the first checkout' WHERE answer_kind IS NULL;
