-- Issue 12: an agency's policy for a year is versioned. An edit (or applying a preset
-- again) adds a version; a draw names the version it used. The policy table of 0001 had
-- one row per agency and year and was never written; its rows, if any, become version 1.
CREATE TABLE policy_version (
  id         BIGINT PRIMARY KEY,
  agency_id  BIGINT NOT NULL REFERENCES agency(id),
  year       INTEGER NOT NULL,
  version    INTEGER NOT NULL,
  preset     TEXT NOT NULL DEFAULT '',
  json       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE (agency_id, year, version)
);
INSERT INTO policy_version (id, agency_id, year, version, preset, json, created_at, created_by)
  SELECT id, agency_id, year, 1, '', json, created_at, 'migration:0004' FROM policy;
DROP TABLE policy;
