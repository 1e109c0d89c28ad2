-- "My cases" (org.gflow.engine.mycases): who took part in which case, kept by the engine in the
-- same transaction as the events — starting a case, holding or completing one of its tasks,
-- following it — so a person's cases are one indexed query per page.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.

-- One row per case: what the list shows of it, rebuilt whenever the case moves.
create table gflow_case_summary (
    case_id        varchar(64)   not null primary key,
    process_key    varchar(255),
    process_name   varchar(255),
    case_title     varchar(500),
    case_number    varchar(64),
    started_at     timestamp,
    ended_at       timestamp,
    last_activity  timestamp     not null
);

-- One row per person and case, with how they take part; last_activity is the case's, copied
-- here so the person's newest cases come straight off the index.
create table gflow_case_participant (
    user_id        varchar(255)  not null,
    case_id        varchar(64)   not null,
    started        boolean       not null,
    worked         boolean       not null,
    follows        boolean       not null,
    last_activity  timestamp     not null,
    primary key (user_id, case_id)
);
create index gflow_case_participant_recent on gflow_case_participant (user_id, last_activity, case_id);
create index gflow_case_participant_case on gflow_case_participant (case_id);

-- Search terms of a case: the words of its title, number and model name (Lao text segmented
-- into words, lower case), searched by prefix within one person's cases.
create table gflow_case_term (
    case_id  varchar(64)   not null,
    term     varchar(100)  not null,
    primary key (case_id, term)
);
