-- suiji schema, first cut (shared design.md "Data (first cut)").
-- Written once for both engines, SQLite and PostgreSQL:
--   * ids are BIGINT handed out by the store from id_sequence (no AUTOINCREMENT/SERIAL);
--   * flags are INTEGER 0/1, timestamps TEXT ISO 8601 UTC, dates TEXT YYYY-MM-DD;
--   * {{BLOB}} becomes BLOB (SQLite) or BYTEA (PostgreSQL), the one type they spell apart;
--   * "user" and "record" are avoided as table names (reserved or awkward in PostgreSQL);
--   * the workflow tables (plan, draw, task, change_request, inspection_record, ...) carry no
--     CHECK lists on kind/status: their services own those values, and SQLite cannot alter
--     a CHECK without rebuilding the table.
-- Statements end with ";" at the end of a line; the runner splits on that.

CREATE TABLE id_sequence (
  name    TEXT PRIMARY KEY,
  next_id BIGINT NOT NULL
);

CREATE TABLE agency (
  id          BIGINT PRIMARY KEY,
  name        TEXT NOT NULL,
  level       TEXT NOT NULL CHECK (level IN ('省', '市', '县')),
  region_code TEXT NOT NULL,
  zone_name   TEXT NOT NULL DEFAULT '',
  parent_id   BIGINT REFERENCES agency(id),
  created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX agency_region_zone ON agency(region_code, zone_name);
CREATE INDEX agency_parent ON agency(parent_id);

CREATE TABLE org_unit (
  id        BIGINT PRIMARY KEY,
  agency_id BIGINT NOT NULL REFERENCES agency(id),
  name      TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('大队', '科室', '中心')),
  UNIQUE (agency_id, name)
);

CREATE TABLE app_user (
  id            BIGINT PRIMARY KEY,
  agency_id     BIGINT NOT NULL REFERENCES agency(id),
  org_unit_id   BIGINT REFERENCES org_unit(id),
  login         TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  roles         TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until  TEXT,
  last_login_at TEXT,
  created_at    TEXT NOT NULL
);

CREATE TABLE unit (
  id                BIGINT PRIMARY KEY,
  agency_id         BIGINT NOT NULL REFERENCES agency(id),
  org_unit_id       BIGINT REFERENCES org_unit(id),
  draw_id_code      TEXT NOT NULL,
  uscc              TEXT NOT NULL DEFAULT '',
  org_code          TEXT NOT NULL DEFAULT '',
  name              TEXT NOT NULL,
  address           TEXT NOT NULL DEFAULT '',
  region_code       TEXT NOT NULL,
  industry          TEXT NOT NULL DEFAULT '',
  contact           TEXT NOT NULL DEFAULT '',
  lat               DOUBLE PRECISION,
  lon               DOUBLE PRECISION,
  class             TEXT NOT NULL CHECK (class IN ('重点', '一般')),
  level             TEXT NOT NULL CHECK (level IN ('国控', '省控', '市控', '县控', '市一般', '县一般')),
  level_code        INTEGER NOT NULL CHECK (level_code IN (11, 12, 13, 14, 23, 24)),
  special           INTEGER NOT NULL DEFAULT 0 CHECK (special IN (0, 1)),
  special_reason    TEXT NOT NULL DEFAULT '',
  special_source    TEXT NOT NULL DEFAULT '',
  special_since     TEXT NOT NULL DEFAULT '',
  special_until     TEXT NOT NULL DEFAULT '',
  permit_class      TEXT NOT NULL DEFAULT '',
  credit            TEXT NOT NULL DEFAULT '',
  risk              TEXT NOT NULL DEFAULT '',
  positive_list     INTEGER NOT NULL DEFAULT 0 CHECK (positive_list IN (0, 1)),
  production_status TEXT NOT NULL CHECK (production_status IN ('在产', '停产', '关闭', '季节性生产')),
  producing_months  TEXT NOT NULL DEFAULT '',
  is_project        INTEGER NOT NULL DEFAULT 0 CHECK (is_project IN (0, 1)),
  approved_by       TEXT NOT NULL DEFAULT '',
  approved_year     INTEGER,
  reviewed_at       TEXT NOT NULL DEFAULT '',
  version           INTEGER NOT NULL,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  deleted_at        TEXT
);
-- The draw id is unique among an agency's live units; a deleted unit keeps its row.
CREATE UNIQUE INDEX unit_live_draw_id ON unit(agency_id, draw_id_code) WHERE deleted_at IS NULL;
CREATE INDEX unit_agency ON unit(agency_id, deleted_at);
CREATE INDEX unit_region ON unit(region_code);

CREATE TABLE unit_history (
  unit_id    BIGINT NOT NULL REFERENCES unit(id),
  version    INTEGER NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  diff_json  TEXT NOT NULL,
  PRIMARY KEY (unit_id, version)
);

CREATE TABLE named_list (
  id        BIGINT PRIMARY KEY,
  agency_id BIGINT NOT NULL REFERENCES agency(id),
  name      TEXT NOT NULL,
  year      INTEGER NOT NULL,
  frozen_at TEXT,
  UNIQUE (agency_id, name, year)
);

CREATE TABLE named_list_member (
  list_id BIGINT NOT NULL REFERENCES named_list(id),
  unit_id BIGINT NOT NULL REFERENCES unit(id),
  PRIMARY KEY (list_id, unit_id)
);

CREATE TABLE office_list_entry (
  id         BIGINT PRIMARY KEY,
  agency_id  BIGINT NOT NULL REFERENCES agency(id),
  kind       TEXT NOT NULL CHECK (kind IN ('处罚案件', '信访', '其他')),
  unit_id    BIGINT NOT NULL REFERENCES unit(id),
  period     TEXT NOT NULL,
  origin     TEXT NOT NULL DEFAULT '',
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

CREATE TABLE inspector (
  id          BIGINT PRIMARY KEY,
  agency_id   BIGINT NOT NULL REFERENCES agency(id),
  org_unit_id BIGINT REFERENCES org_unit(id),
  code        TEXT NOT NULL,
  name        TEXT NOT NULL,
  on_staff    INTEGER NOT NULL CHECK (on_staff IN (0, 1)),
  on_post     INTEGER NOT NULL CHECK (on_post IN (0, 1)),
  senior      INTEGER NOT NULL CHECK (senior IN (0, 1)),
  tags        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  deleted_at  TEXT
);
CREATE UNIQUE INDEX inspector_live_code ON inspector(agency_id, code) WHERE deleted_at IS NULL;

CREATE TABLE certificate (
  id           BIGINT PRIMARY KEY,
  inspector_id BIGINT NOT NULL REFERENCES inspector(id),
  kind         TEXT NOT NULL CHECK (kind IN ('行政执法证', '环境监察执法证')),
  number       TEXT NOT NULL,
  expires_on   TEXT NOT NULL
);
CREATE INDEX certificate_inspector ON certificate(inspector_id);

CREATE TABLE absence (
  id           BIGINT PRIMARY KEY,
  inspector_id BIGINT NOT NULL REFERENCES inspector(id),
  kind         TEXT NOT NULL CHECK (kind IN ('休假', '因公出差', '学习', '借调')),
  from_date    TEXT NOT NULL,
  to_date      TEXT NOT NULL,
  note         TEXT NOT NULL DEFAULT '',
  CHECK (from_date <= to_date)
);
CREATE INDEX absence_inspector ON absence(inspector_id);

CREATE TABLE conflict (
  id           BIGINT PRIMARY KEY,
  unit_id      BIGINT NOT NULL REFERENCES unit(id),
  inspector_id BIGINT NOT NULL REFERENCES inspector(id),
  reason       TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  UNIQUE (unit_id, inspector_id)
);
CREATE INDEX conflict_inspector ON conflict(inspector_id);

CREATE TABLE policy (
  id         BIGINT PRIMARY KEY,
  agency_id  BIGINT NOT NULL REFERENCES agency(id),
  year       INTEGER NOT NULL,
  json       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (agency_id, year)
);

CREATE TABLE plan (
  id         BIGINT PRIMARY KEY,
  agency_id  BIGINT NOT NULL REFERENCES agency(id),
  period     TEXT NOT NULL,
  kind       TEXT NOT NULL,
  status     TEXT NOT NULL,
  json       TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE draw (
  id             BIGINT PRIMARY KEY,
  draw_code      TEXT NOT NULL UNIQUE,
  plan_id        BIGINT REFERENCES plan(id),
  status         TEXT NOT NULL,
  input_json     TEXT NOT NULL,
  record_json    TEXT,
  commitment     TEXT NOT NULL,
  nonce          TEXT NOT NULL,
  announced_at   TEXT NOT NULL,
  revealed_at    TEXT,
  publish_on     TEXT,
  published_at   TEXT,
  operator       TEXT NOT NULL,
  witnesses_json TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE task (
  id                      BIGINT PRIMARY KEY,
  draw_id                 BIGINT REFERENCES draw(id),
  unit_id                 BIGINT NOT NULL REFERENCES unit(id),
  kind                    TEXT NOT NULL,
  team_json               TEXT NOT NULL DEFAULT '[]',
  extra_participants_json TEXT NOT NULL DEFAULT '[]',
  lead_inspector_id       BIGINT REFERENCES inspector(id),
  due                     TEXT,
  status                  TEXT NOT NULL,
  covered_by              BIGINT REFERENCES task(id)
);
CREATE INDEX task_draw ON task(draw_id);
CREATE INDEX task_unit ON task(unit_id);

CREATE TABLE change_request (
  id             BIGINT PRIMARY KEY,
  agency_id      BIGINT NOT NULL REFERENCES agency(id),
  kind           TEXT NOT NULL,
  payload        TEXT NOT NULL,
  reason         TEXT NOT NULL,
  evidence       TEXT NOT NULL DEFAULT '[]',
  status         TEXT NOT NULL,
  approvals_json TEXT NOT NULL DEFAULT '[]',
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL
);

CREATE TABLE inspection_record (
  id              BIGINT PRIMARY KEY,
  task_id         BIGINT NOT NULL REFERENCES task(id),
  fields_json     TEXT NOT NULL DEFAULT '{}',
  checklist_json  TEXT NOT NULL DEFAULT '{}',
  sampling_json   TEXT NOT NULL DEFAULT '{}',
  measures_json   TEXT NOT NULL DEFAULT '[]',
  result_category TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL,
  reviewed_by     TEXT,
  reviewed_at     TEXT,
  updated_at      TEXT NOT NULL
);
CREATE INDEX inspection_record_task ON inspection_record(task_id);

CREATE TABLE rectification (
  id                  BIGINT PRIMARY KEY,
  record_id           BIGINT NOT NULL REFERENCES inspection_record(id),
  unit_id             BIGINT NOT NULL REFERENCES unit(id),
  deadline            TEXT NOT NULL,
  status              TEXT NOT NULL,
  closed_by_record_id BIGINT REFERENCES inspection_record(id)
);

CREATE TABLE submission (
  id           BIGINT PRIMARY KEY,
  agency_id    BIGINT NOT NULL REFERENCES agency(id),
  to_agency_id BIGINT NOT NULL REFERENCES agency(id),
  kind         TEXT NOT NULL,
  ref          TEXT NOT NULL,
  due_on       TEXT,
  submitted_at TEXT,
  received_at  TEXT
);

CREATE TABLE attachment (
  id          BIGINT PRIMARY KEY,
  owner_kind  TEXT NOT NULL,
  owner_id    BIGINT NOT NULL,
  sha256      TEXT NOT NULL,
  mime        TEXT NOT NULL,
  bytes       {{BLOB}} NOT NULL,
  uploaded_by TEXT NOT NULL,
  uploaded_at TEXT NOT NULL
);
CREATE INDEX attachment_owner ON attachment(owner_kind, owner_id);

CREATE TABLE holiday (
  day    TEXT PRIMARY KEY,
  kind   TEXT NOT NULL CHECK (kind IN ('off', 'workday')),
  name   TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT ''
);

CREATE TABLE publication (
  id           BIGINT PRIMARY KEY,
  kind         TEXT NOT NULL,
  ref_id       BIGINT NOT NULL,
  scope        TEXT NOT NULL DEFAULT '',
  published_at TEXT,
  due_at       TEXT
);

CREATE TABLE audit (
  seq         BIGINT PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  before_json TEXT,
  after_json  TEXT,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL UNIQUE
);

-- One id sequence per table, so that concurrent first inserts never race to create it.
INSERT INTO id_sequence (name, next_id) VALUES ('agency', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('org_unit', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('app_user', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('unit', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('named_list', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('office_list_entry', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('inspector', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('certificate', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('absence', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('conflict', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('policy', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('plan', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('draw', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('task', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('change_request', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('inspection_record', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('rectification', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('submission', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('attachment', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('publication', 1);
