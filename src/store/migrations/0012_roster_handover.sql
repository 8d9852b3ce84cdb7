-- Issue 13 §3: the monthly hand-over of paper records to the archive (文书交接单, 002:L27).
-- One sheet per agency and month; its lines (序号, 污染源名称, 执法人员名称, the task and
-- record they come from) are frozen as lines_json when the sheet is made. 交接人 signs by
-- making it, 接收人 by signing it (status handed_over → received, guarded).
-- Roster changes (执法人员库人员变动审批表) and library deletions use change_request with
-- draw_id NULL and need no table of their own.
CREATE TABLE handover_sheet (
  id            BIGINT PRIMARY KEY,
  agency_id     BIGINT NOT NULL REFERENCES agency(id),
  month         TEXT NOT NULL,
  basis         TEXT NOT NULL,
  lines_json    TEXT NOT NULL,
  status        TEXT NOT NULL,
  handed_by     TEXT NOT NULL,
  handed_name   TEXT NOT NULL,
  handed_at     TEXT NOT NULL,
  received_by   TEXT NOT NULL DEFAULT '',
  received_name TEXT NOT NULL DEFAULT '',
  received_at   TEXT NOT NULL DEFAULT '',
  UNIQUE (agency_id, month)
);
INSERT INTO id_sequence (name, next_id) VALUES ('handover_sheet', 1);
