-- Official documents: every issued PDF, once, with what the public verification may show.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.

-- Serial counters per document kind and year. Issuing a serial updates the row, which locks it
-- until the transaction ends, so concurrent issuers on any engine node never share a serial.
create table gflow_document_serial (
    kind         varchar(16)  not null,
    issue_year   integer      not null,
    last_number  bigint       not null,
    primary key (kind, issue_year)
);

create table gflow_document (
    id                   varchar(36)   not null primary key,
    -- the external task that rendered it: a retried render finds the document already issued
    task_id              varchar(64)   not null,
    kind                 varchar(16)   not null,
    serial               varchar(32)   not null,
    code                 varchar(32)   not null,
    process_instance_id  varchar(64)   not null,
    business_key         varchar(255),
    holder_name          varchar(500),
    issuing_body         varchar(500)  not null,
    issued_at            timestamp     not null,
    valid_until          date,
    sha256               varchar(64)   not null,
    size_bytes           integer       not null,
    revoked_at           timestamp,
    revocation_reason    varchar(1000),
    constraint gflow_document_task unique (task_id),
    constraint gflow_document_serial_unique unique (serial),
    constraint gflow_document_code unique (code)
);

create index gflow_document_case on gflow_document (process_instance_id);

-- The PDF bytes when gflow.documents.store=database (the default); with =files they live under
-- ${gflow.data-dir}/documents instead and this table stays empty.
create table gflow_document_content (
    document_id  varchar(36)  not null primary key,
    pdf          bytea        not null,
    constraint gflow_document_content_document foreign key (document_id) references gflow_document (id)
);
