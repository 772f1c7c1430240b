-- The provider's receipt of a payment's collection (M-Pesa's MpesaReceiptNumber), recorded when the payment is
-- locked: a refund reverses the collection by it, after any restart of the service (issue 11).
ALTER TABLE payments ADD COLUMN collection_receipt VARCHAR(100);
