-- The number of the current version of a contract's terms: 1 for the terms it was made with, one more at each
-- correction (PRICE-<id> 250, USSD "Change terms"). Once the terms changed, a YES by SMS must name it
-- (YES-<id>-<n>, the reply the new summary asks for; domain CurrentTermsPolicy): a plain YES-<id> is an answer to
-- terms the texter may never have seen. Contracts stored before this column: a terms_since later than created_at
-- means the terms were changed at least once (how often is not kept elsewhere), so they are read as version 2 and
-- the summary their parties were last sent (YES-<id>) is answered with the versioned reply to send.
ALTER TABLE contracts ADD COLUMN terms_version INTEGER DEFAULT 1 NOT NULL;
UPDATE contracts SET terms_version = 2 WHERE terms_since > created_at;
