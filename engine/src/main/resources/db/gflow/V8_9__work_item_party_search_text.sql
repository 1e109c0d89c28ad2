-- A search that tests its words on each row (org.gflow.engine.inbox.WorkItemQuery) walks the rows
-- offered to a group newest first. With the words only on the work item, each walked party row
-- looked its work item up by key to test them: at 200 users on PostgreSQL those look-ups were most
-- of the database's time. The party row now carries its work item's search text, so on PostgreSQL
-- the walk tests the words on the row it reads and looks up only the work items it keeps
-- (org.gflow.engine.inbox.TermSearch says why H2 does not).
-- Rows whose work item has no search text yet are rewritten whole by the work-item backfill.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
alter table gflow_work_item_party add column search_text varchar;
update gflow_work_item_party set search_text =
    (select w.search_text from gflow_work_item w where w.task_id = gflow_work_item_party.task_id);
