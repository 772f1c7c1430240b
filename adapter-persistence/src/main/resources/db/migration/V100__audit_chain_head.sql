-- The audit chain's head (issue 14): an appender locks this one row (SELECT ... FOR UPDATE) before it reads the
-- last entry, and holds it until its transaction ends. Concurrent appenders then queue here instead of colliding on
-- the next sequence (the primary key of audit_entries) and running their whole transactions again.
CREATE TABLE audit_chain_head (
    id INT PRIMARY KEY
);

INSERT INTO audit_chain_head (id) VALUES (1);
