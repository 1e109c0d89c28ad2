-- The messages that failed for good, newest first, for the supervisors' and the Office's list
-- (org.gflow.engine.notify.FailedMessages). Portable SQL: runs on H2 2.x and PostgreSQL 15.
create index gflow_notification_status_created on gflow_notification (status, created_at, id);
