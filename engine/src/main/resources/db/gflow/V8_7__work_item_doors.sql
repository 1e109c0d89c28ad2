-- The inbox reads a page of a user's work items through its "doors" (org.gflow.engine.inbox.WorkItemQuery):
-- the newest rows offered to each of the user's groups, to the user, assigned to or owned by the
-- user, each one index range read in creation order. A party row carries its work item's creation
-- time for that; the assignee and owner indexes end in the task id so the order is the index's own.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
alter table gflow_work_item_party add column created_at timestamp;
update gflow_work_item_party set created_at =
    (select w.created_at from gflow_work_item w where w.task_id = gflow_work_item_party.task_id);
create index gflow_work_item_party_created on gflow_work_item_party (kind, party_id, created_at, task_id);
drop index gflow_work_item_assignee;
create index gflow_work_item_assignee on gflow_work_item (assignee, created_at, task_id);
drop index gflow_work_item_owner;
create index gflow_work_item_owner on gflow_work_item (owner_id, created_at, task_id);
