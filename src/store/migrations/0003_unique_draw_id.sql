-- Issue 11, section 1, after the data step of 0002 soft-deleted the merged duplicates:
-- one live unit per draw id and one live inspector per code in the whole database.
CREATE UNIQUE INDEX unit_live_draw_id ON unit(draw_id_code) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX inspector_live_code ON inspector(code) WHERE deleted_at IS NULL;
CREATE INDEX unit_zone ON unit(zone_agency_id);
DROP TABLE merged_unit;
DROP TABLE merged_inspector;
