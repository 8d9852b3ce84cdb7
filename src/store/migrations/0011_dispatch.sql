-- Issue 13 §2–3: the 双随机任务派遣单 (dispatch order) of a revealed draw, requested by the
-- operator and approved by the 分管局长 before it is issued (002:L16), and the 承诺书
-- (integrity pledge, 002 after L200) each team member of a task signs. A draw voided with
-- an approved change_request (kind 'void_draw') keeps its row with status 'voided'; no
-- column is needed for that.
CREATE TABLE dispatch_order (
  id            BIGINT PRIMARY KEY,
  draw_id       BIGINT NOT NULL UNIQUE REFERENCES draw(id),
  agency_id     BIGINT NOT NULL REFERENCES agency(id),
  status        TEXT NOT NULL,  -- requested | approved
  requested_by  TEXT NOT NULL,
  requested_at  TEXT NOT NULL,
  approved_by   TEXT NOT NULL DEFAULT '',
  approved_at   TEXT NOT NULL DEFAULT '',
  record_sha256 TEXT NOT NULL DEFAULT ''
);

CREATE TABLE pledge (
  id           BIGINT PRIMARY KEY,
  task_id      BIGINT NOT NULL REFERENCES task(id),
  inspector_id BIGINT NOT NULL REFERENCES inspector(id),
  text         TEXT NOT NULL,
  signed_on    TEXT NOT NULL,
  signed_by    TEXT NOT NULL,
  signed_at    TEXT NOT NULL,
  UNIQUE (task_id, inspector_id)
);
CREATE INDEX pledge_task ON pledge(task_id);
INSERT INTO id_sequence (name, next_id) VALUES ('dispatch_order', 1);
INSERT INTO id_sequence (name, next_id) VALUES ('pledge', 1);
