-- Saved inbox filters (org.gflow.engine.filters): a person's named task-list filters, and the
-- filters an organisation's supervisors share with everyone in it (shared_with = the
-- organisation's code, e.g. bokeo; null for a personal filter). The criteria are the task list's
-- own parameters as JSON, checked when saved; applying a filter still goes through the task
-- list's visibility rule, so a filter never shows anyone more than their own inbox.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
create table gflow_saved_filter (
    id           varchar(36)   not null primary key,
    name         varchar(80)   not null,
    owner_id     varchar(255)  not null,
    shared_with  varchar(64),
    criteria     varchar(2000) not null,
    created_at   timestamp     not null,
    updated_at   timestamp     not null
);
create index gflow_saved_filter_owner on gflow_saved_filter (owner_id);
create index gflow_saved_filter_shared on gflow_saved_filter (shared_with);
