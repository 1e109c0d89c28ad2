-- An escalation that passed over an absent person (org.gflow.engine.absence).
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.

-- A step of an escalation ladder that the model gave to a person who was away: the step went to
-- their nearest present manager in the directory (taken_by), or to the model's last resort group
-- when no one up the chain was present (taken_by null). Kept after the task ends, for the history.
create table gflow_task_passed_over (
    task_id       varchar(64)   not null primary key,
    case_id       varchar(64),
    passed_over   varchar(255)  not null,
    taken_by      varchar(255),
    recorded_at   timestamp     not null
);
create index gflow_task_passed_over_case on gflow_task_passed_over (case_id);
