-- The checkout a payment retries: a typed column instead of the 'retry_of' entry of its metadata.
-- Rows written before carry theirs over. The metadata is form-encoded ('a=1&retry_of=TXN-...&transaction_id=...'),
-- so the value sits between '&retry_of=' and the next '&'; only one in our transaction id's format
-- (TXN-AG-yyyy-nnnnnn-nnn, 22 characters) is taken.
ALTER TABLE payments ADD COLUMN retry_of VARCHAR(30);

UPDATE payments
   SET retry_of = SUBSTRING('&' || metadata || '&' FROM POSITION('&retry_of=' IN '&' || metadata) + 10 FOR 22)
 WHERE POSITION('&retry_of=' IN '&' || metadata) > 0
   AND SUBSTRING('&' || metadata || '&' FROM POSITION('&retry_of=' IN '&' || metadata) + 10 FOR 23)
       LIKE 'TXN-AG-____-______-___&';
