-- The inbox's work-item projection: one row per open user task with what the task list shows
-- and filters on, kept by the engine in the same transaction as the task change
-- (org.gflow.engine.inbox.WorkItemProjection). The inbox reads only these tables.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
create table gflow_work_item (
    task_id       varchar(64)   not null primary key,
    task_name     varchar(255),
    case_id       varchar(64),
    process_key   varchar(255),
    process_name  varchar(255),
    case_title    varchar(500),
    case_number   varchar(64),
    -- the organisation of the first candidate group (<org>-<role>), for display
    organisation  varchar(64),
    assignee      varchar(255),
    owner_id      varchar(255),
    due_date      timestamp,
    created_at    timestamp     not null,
    priority      integer       not null
);
create index gflow_work_item_created on gflow_work_item (created_at);
create index gflow_work_item_assignee on gflow_work_item (assignee, created_at);
create index gflow_work_item_owner on gflow_work_item (owner_id);
create index gflow_work_item_case on gflow_work_item (case_id);
create index gflow_work_item_number on gflow_work_item (case_number);

-- To whom a work item is offered: kind 'g' = candidate group, 'u' = candidate user.
-- The primary key answers "offered to any of my groups or to me".
create table gflow_work_item_party (
    kind      char(1)       not null,
    party_id  varchar(255)  not null,
    task_id   varchar(64)   not null,
    primary key (kind, party_id, task_id)
);
create index gflow_work_item_party_task on gflow_work_item_party (task_id);

-- Search terms of a work item: the words of its case title, number and task name, Lao text
-- segmented into words, all lower case. Searched by prefix.
create table gflow_work_item_term (
    term      varchar(100)  not null,
    task_id   varchar(64)   not null,
    primary key (term, task_id)
);
create index gflow_work_item_term_task on gflow_work_item_term (task_id);
