-- H2 hands out sequence values in blocks of 32 and forgets the unused rest of a block when the
-- process dies, so contract numbers jumped by up to 32 after every restart. One at a time, every
-- value handed out is written (PostgreSQL's default is the same). A number can still be skipped
-- by a creation that was rolled back, never by a restart.
ALTER SEQUENCE contract_number_seq CACHE 1;
