-- Out-of-office delegation (org.gflow.engine.absence).
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.

-- A civil servant's absence: from and until are Lao calendar dates, both days included. While
-- today (in Lao time, by the engine's clock) lies between them, work assigned or offered to the
-- person by name goes to the delegate. Nothing runs when it ends: the choice is made each time a
-- task is assigned, so the period ends by itself.
create table gflow_absence (
    id           varchar(64)   not null primary key,
    user_id      varchar(255)  not null,
    delegate_id  varchar(255)  not null,
    from_date    date          not null,
    until_date   date          not null,
    -- who set it: the person, their manager, a supervisor of their organisation or an administrator
    set_by       varchar(255)  not null,
    created_at   timestamp     not null
);
create index gflow_absence_user on gflow_absence (user_id, until_date);

-- A task that went to a delegate because the person it was meant for was away: the case history
-- and the inbox say "delegate on behalf of person". Kept after the task ends, for the history.
create table gflow_task_on_behalf (
    task_id       varchar(64)   not null primary key,
    case_id       varchar(64),
    delegate_id   varchar(255)  not null,
    on_behalf_of  varchar(255)  not null,
    assigned_at   timestamp     not null
);
create index gflow_task_on_behalf_case on gflow_task_on_behalf (case_id);
