-- A dispute reason is kept whole up to what one (concatenated) SMS carries: Dispute.MAX_REASON_LENGTH.
ALTER TABLE contracts ALTER COLUMN dispute_reason SET DATA TYPE VARCHAR(1600);
