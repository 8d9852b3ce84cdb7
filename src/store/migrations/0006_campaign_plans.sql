-- Issue 12: special campaigns (专项) and random joint inspections with other departments
-- (联合, Baoding ≥ 3 a year, 003:L27) are plans too, several per agency and period, told
-- apart by their name. Annual plans keep the empty name (one per agency and year, 0005).
ALTER TABLE plan ADD COLUMN name TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX plan_campaign ON plan (agency_id, kind, period, name) WHERE kind <> 'annual';
