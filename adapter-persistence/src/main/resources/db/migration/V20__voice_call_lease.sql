-- A dispatcher claims a recording for processing with a lease (a conditional update, as the outbox does);
-- a save of the call ends it. Recording URLs may be long signed URLs: never lose one to a column limit.
ALTER TABLE voice_calls ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE voice_calls ALTER COLUMN recording_url SET DATA TYPE VARCHAR(4000);
