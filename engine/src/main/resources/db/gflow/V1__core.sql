-- G-Flow's own tables beside Camunda's. Portable SQL: runs on H2 2.x and PostgreSQL 15.

-- Gapless case numbers (tracking numbers, registry numbers, receipts), one row per number.
-- The primary key forbids duplicates; the unique key ties a number to the case it was issued
-- for, so asking again for the same case returns the same number and a retry burns nothing.
create table gflow_case_number (
    series      varchar(64)  not null,
    issue_year  integer      not null,
    seq_number  bigint       not null,
    case_key    varchar(64)  not null,
    issued_at   timestamp    not null,
    primary key (series, issue_year, seq_number),
    constraint gflow_case_number_case unique (series, issue_year, case_key)
);

-- The public answers page of the hotline.
create table gflow_published_answer (
    tracking_number   varchar(32)   not null primary key,
    category          varchar(64),
    summary           varchar(4000) not null,
    answer            varchar(8000) not null,
    responsible_body  varchar(64)   not null,
    substantiated     boolean       not null,
    published_at      timestamp     not null
);

-- What G-Flow has told citizens, applicants and offices (SMS/e-mail gateways read it).
create table gflow_notification (
    id                   varchar(36)   not null primary key,
    dedup_key            varchar(128)  not null,
    process_instance_id  varchar(64),
    business_key         varchar(64),
    recipient_kind       varchar(16)   not null,
    recipient            varchar(255)  not null,
    channel              varchar(16)   not null,
    subject              varchar(255)  not null,
    body                 varchar(8000) not null,
    created_at           timestamp     not null,
    constraint gflow_notification_dedup unique (dedup_key, recipient)
);
create index gflow_notification_case on gflow_notification (business_key);
