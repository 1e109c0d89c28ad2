-- The task's definition key (its element id in the process model), so the web app names each
-- task in the reader's language, as it does on the task page and in the history.
-- Rows written before this column are filled by the engine at its next start
-- (org.gflow.engine.inbox.WorkItemBackfill re-projects every work item without its key): this
-- migration may run before the engine's own tables exist, so it cannot read them here.
alter table gflow_work_item add column task_key varchar(255);
