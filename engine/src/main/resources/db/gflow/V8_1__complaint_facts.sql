-- The hotline's figures (org.gflow.engine.figures): one row per complaint with what the
-- dashboards count, kept by the engine in the same transaction as the events that change it
-- (registration, routing, answer published, reopen, rating, close) and filled from the history
-- at start-up for complaints older than this table. A dashboard reads only this table.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
create table gflow_complaint_fact (
    case_id                 varchar(64)   not null primary key,
    case_number             varchar(64),
    title                   varchar(500),
    -- the responsible organisation once routed (moic, bokeo, …); null while in triage
    organisation            varchar(64),
    province                varchar(64),
    category                varchar(64),
    received_at             timestamp     not null,
    -- received + the verification deadline, in working days (the business calendar)
    deadline_at             timestamp,
    -- the first answer published to the citizen
    answered_at             timestamp,
    answered_on_time        boolean,
    working_days_to_answer  integer,
    -- an answer is out now: false while in work, again after a reopen
    answer_out              boolean       not null,
    reopen_count            integer       not null,
    rating                  integer,
    closed_at               timestamp
);
create index gflow_complaint_fact_received on gflow_complaint_fact (received_at);
create index gflow_complaint_fact_org_received on gflow_complaint_fact (organisation, received_at);
create index gflow_complaint_fact_answered on gflow_complaint_fact (answered_at);
