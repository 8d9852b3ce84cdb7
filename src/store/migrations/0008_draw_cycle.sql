-- Issue 13 §2–3: the draw life cycle prepare → announce → witness → reveal → publish, and
-- the tasks a revealed draw creates. A draw now belongs to an agency and a period and is
-- stored from the moment it is prepared (status 'prepared', commitment '' and
-- announced_at '' until announce). A task keeps the stratum that drew it, its agency and
-- period, so that caps and coverage are counted from the store's own history.
ALTER TABLE draw ADD COLUMN agency_id BIGINT REFERENCES agency(id);
ALTER TABLE draw ADD COLUMN period TEXT NOT NULL DEFAULT '';
ALTER TABLE draw ADD COLUMN policy_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE draw ADD COLUMN prepared_at TEXT NOT NULL DEFAULT '';
ALTER TABLE draw ADD COLUMN override_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE draw ADD COLUMN published_by TEXT NOT NULL DEFAULT '';
CREATE INDEX draw_agency_period ON draw(agency_id, period);
ALTER TABLE task ADD COLUMN agency_id BIGINT REFERENCES agency(id);
ALTER TABLE task ADD COLUMN stratum TEXT NOT NULL DEFAULT '';
ALTER TABLE task ADD COLUMN period TEXT NOT NULL DEFAULT '';
ALTER TABLE task ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
CREATE INDEX task_period ON task(period);
