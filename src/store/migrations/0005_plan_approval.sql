-- Issue 12: plans are approved before they are final (an annual plan by the agency's
-- approver before it is filed with the parent, 000:L17, 001:L59). The plan table of 0001
-- was never written; it gains who made it from which policy version, and who approved it.
-- One annual plan per agency and year: a draft is recomputed in place, an approved one
-- never changes.
ALTER TABLE plan ADD COLUMN policy_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plan ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN approved_at TEXT;
ALTER TABLE plan ADD COLUMN approved_by TEXT;
CREATE UNIQUE INDEX plan_annual ON plan (agency_id, period) WHERE kind = 'annual';
