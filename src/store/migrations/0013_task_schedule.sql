-- Issue 13 §3: monthly plans (月检查计划, 002:L16–18). Each 大队 schedules its drawn tasks
-- into a month of the quarter; the month's plan must be done that month. '' = not yet
-- scheduled.
ALTER TABLE task ADD COLUMN planned_month TEXT NOT NULL DEFAULT '';
