-- When the current version of a contract's terms was made: its creation, or its last correction
-- (PRICE-<id> 250, USSD "Change terms"). A YES sent before it (the SMS's date as AT stamped it) answered
-- terms that no longer exist and does not count (domain CurrentTermsPolicy). Contracts stored before
-- this column get their creation time: the moment of an earlier correction is not kept elsewhere.
ALTER TABLE contracts ADD COLUMN terms_since TIMESTAMP WITH TIME ZONE;
UPDATE contracts SET terms_since = created_at;
ALTER TABLE contracts ALTER COLUMN terms_since SET NOT NULL;
