-- The terms a voice contract's call left in doubt (heard with low confidence), comma-separated in a
-- fixed order ("price,quantity,place,date,product"); empty for a contract typed in or fully corrected.
-- The summary SMS marks them; a correction removes its term from the list.
ALTER TABLE contracts ADD COLUMN uncertain_terms VARCHAR(64) DEFAULT '' NOT NULL;
