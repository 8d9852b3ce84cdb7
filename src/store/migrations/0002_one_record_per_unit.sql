-- Issue 11, section 1. Same SQL on both engines (SQLite >= 3.35 drops columns in place).
--   * 一企一档 across levels: a draw id names one live unit in the whole database (not one per
--     agency), an inspector code one live inspector. Existing duplicates are merged: the
--     lowest id stays, lists, conflicts, tasks, rectifications and absences move to it, the
--     others are soft-deleted by the data step that follows this file (Store::migrate, it
--     writes their history entry "merged into N"), and 0003 then adds the unique indexes.
--   * unit.contact becomes contact_person + contact_phone (the data step splits old values).
--   * unit.zone_agency_id: the zone agency (园区分局) whose jurisdiction the unit is in.
--   * draw.nonce moves to draw_secret, read only by the reveal step.

ALTER TABLE unit ADD COLUMN contact_person TEXT NOT NULL DEFAULT '';
ALTER TABLE unit ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE unit ADD COLUMN zone_agency_id BIGINT REFERENCES agency(id);
UPDATE unit SET contact_person = contact;
ALTER TABLE unit DROP COLUMN contact;

-- merged_unit: each live duplicate and the live unit it merges into (lowest id of its draw id).
CREATE TABLE merged_unit (old_id BIGINT PRIMARY KEY, new_id BIGINT NOT NULL);
INSERT INTO merged_unit (old_id, new_id)
  SELECT u.id, (SELECT MIN(k.id) FROM unit k WHERE k.draw_id_code = u.draw_id_code AND k.deleted_at IS NULL)
  FROM unit u
  WHERE u.deleted_at IS NULL
    AND u.id > (SELECT MIN(k.id) FROM unit k WHERE k.draw_id_code = u.draw_id_code AND k.deleted_at IS NULL);

-- A pair or list membership the kept unit would then hold twice is dropped first.
DELETE FROM conflict
  WHERE unit_id IN (SELECT old_id FROM merged_unit)
    AND EXISTS (SELECT 1 FROM conflict c2, merged_unit m
                WHERE m.old_id = conflict.unit_id AND c2.inspector_id = conflict.inspector_id
                  AND c2.id <> conflict.id
                  AND (c2.unit_id = m.new_id
                       OR (c2.id < conflict.id
                           AND c2.unit_id IN (SELECT m2.old_id FROM merged_unit m2 WHERE m2.new_id = m.new_id))));
UPDATE conflict SET unit_id = (SELECT new_id FROM merged_unit WHERE old_id = conflict.unit_id)
  WHERE unit_id IN (SELECT old_id FROM merged_unit);
DELETE FROM named_list_member
  WHERE unit_id IN (SELECT old_id FROM merged_unit)
    AND EXISTS (SELECT 1 FROM named_list_member n2, merged_unit m
                WHERE m.old_id = named_list_member.unit_id AND n2.list_id = named_list_member.list_id
                  AND (n2.unit_id = m.new_id
                       OR (n2.unit_id < named_list_member.unit_id
                           AND n2.unit_id IN (SELECT m2.old_id FROM merged_unit m2 WHERE m2.new_id = m.new_id))));
UPDATE named_list_member SET unit_id = (SELECT new_id FROM merged_unit WHERE old_id = named_list_member.unit_id)
  WHERE unit_id IN (SELECT old_id FROM merged_unit);
UPDATE office_list_entry SET unit_id = (SELECT new_id FROM merged_unit WHERE old_id = office_list_entry.unit_id)
  WHERE unit_id IN (SELECT old_id FROM merged_unit);
UPDATE task SET unit_id = (SELECT new_id FROM merged_unit WHERE old_id = task.unit_id)
  WHERE unit_id IN (SELECT old_id FROM merged_unit);
UPDATE rectification SET unit_id = (SELECT new_id FROM merged_unit WHERE old_id = rectification.unit_id)
  WHERE unit_id IN (SELECT old_id FROM merged_unit);
DROP INDEX unit_live_draw_id;

-- The same for inspectors (an inspector code belongs to one agency). Certificates stay
-- with the merged-away row: the kept inspector has its own.
CREATE TABLE merged_inspector (old_id BIGINT PRIMARY KEY, new_id BIGINT NOT NULL);
INSERT INTO merged_inspector (old_id, new_id)
  SELECT i.id, (SELECT MIN(k.id) FROM inspector k WHERE k.code = i.code AND k.deleted_at IS NULL)
  FROM inspector i
  WHERE i.deleted_at IS NULL
    AND i.id > (SELECT MIN(k.id) FROM inspector k WHERE k.code = i.code AND k.deleted_at IS NULL);
DELETE FROM conflict
  WHERE inspector_id IN (SELECT old_id FROM merged_inspector)
    AND EXISTS (SELECT 1 FROM conflict c2, merged_inspector m
                WHERE m.old_id = conflict.inspector_id AND c2.unit_id = conflict.unit_id
                  AND c2.id <> conflict.id
                  AND (c2.inspector_id = m.new_id
                       OR (c2.id < conflict.id
                           AND c2.inspector_id IN (SELECT m2.old_id FROM merged_inspector m2 WHERE m2.new_id = m.new_id))));
UPDATE conflict SET inspector_id = (SELECT new_id FROM merged_inspector WHERE old_id = conflict.inspector_id)
  WHERE inspector_id IN (SELECT old_id FROM merged_inspector);
UPDATE absence SET inspector_id = (SELECT new_id FROM merged_inspector WHERE old_id = absence.inspector_id)
  WHERE inspector_id IN (SELECT old_id FROM merged_inspector);
UPDATE task SET lead_inspector_id = (SELECT new_id FROM merged_inspector WHERE old_id = task.lead_inspector_id)
  WHERE lead_inspector_id IN (SELECT old_id FROM merged_inspector);
DROP INDEX inspector_live_code;

-- The nonce leaves the draw row.
CREATE TABLE draw_secret (
  draw_id BIGINT PRIMARY KEY REFERENCES draw(id),
  nonce   TEXT NOT NULL
);
INSERT INTO draw_secret (draw_id, nonce) SELECT id, nonce FROM draw;
ALTER TABLE draw DROP COLUMN nonce;
