-- The task's name for an English reader (the model list's English name of its key, else the
-- model's own name), so that sorting the task list by name follows the reader's language as one
-- indexed query, and its words are search terms like the Lao name's.
-- Rows written before this column are filled by the engine at its next start
-- (org.gflow.engine.inbox.WorkItemBackfill re-projects every work item without it).
alter table gflow_work_item add column task_name_en varchar(255);
create index gflow_work_item_name on gflow_work_item (task_name);
create index gflow_work_item_name_en on gflow_work_item (task_name_en);
