-- Issue 13 §5: on-site records (检查记录) entered against a task, reviewed in one step
-- (未录入 → 待审核 → 退回 / 通过), and the rectifications (整改) they open and close.
-- Who did what and when is kept on the row; every move is appended to history_json.
ALTER TABLE inspection_record ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE inspection_record ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
ALTER TABLE inspection_record ADD COLUMN submitted_at TEXT NOT NULL DEFAULT '';
ALTER TABLE inspection_record ADD COLUMN return_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE inspection_record ADD COLUMN evidence_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE inspection_record ADD COLUMN history_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE rectification ADD COLUMN opened_at TEXT NOT NULL DEFAULT '';
ALTER TABLE rectification ADD COLUMN closed_at TEXT NOT NULL DEFAULT '';
CREATE INDEX rectification_unit ON rectification(unit_id, status);
