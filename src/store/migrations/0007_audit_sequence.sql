-- Issue 13: the audit log's seq comes from id_sequence like every other id, and its row
-- lock is what makes concurrent writers append one after the other (store/audit_log.h).
-- The row exists from the start, so two first appends never race to create it.
INSERT INTO id_sequence (name, next_id)
SELECT 'audit', 1 WHERE NOT EXISTS (SELECT 1 FROM id_sequence WHERE name = 'audit');
