-- Issue 13 §2–4: changes after the draw (change_request, approved in two steps) and the
-- files attached to them and to records (attachment).
--
-- attachment is rebuilt (nothing wrote it before this migration): the content is kept as
-- base64 TEXT, not BLOB/BYTEA, because SOCI 4.0 binds a blob as a PostgreSQL large object
-- rather than BYTEA and Debian 12's SQLite (3.40) has no unhex() to decode hex in SQL; the
-- same column then works on both engines for files of at most 10 MB (docs/store.md).
DROP TABLE attachment;
CREATE TABLE attachment (
  id             BIGINT PRIMARY KEY,
  owner_kind     TEXT NOT NULL,
  owner_id       BIGINT NOT NULL,
  filename       TEXT NOT NULL,
  sha256         TEXT NOT NULL,
  mime           TEXT NOT NULL,
  size           BIGINT NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_by    TEXT NOT NULL,
  uploaded_at    TEXT NOT NULL
);
CREATE INDEX attachment_owner ON attachment(owner_kind, owner_id);
ALTER TABLE change_request ADD COLUMN draw_id BIGINT REFERENCES draw(id);
ALTER TABLE change_request ADD COLUMN decided_at TEXT NOT NULL DEFAULT '';
ALTER TABLE change_request ADD COLUMN result_json TEXT NOT NULL DEFAULT '';
CREATE INDEX change_request_draw ON change_request(draw_id);
