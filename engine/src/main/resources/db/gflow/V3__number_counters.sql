-- One number series for the whole engine: a counter row per series and year.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.

-- Issuing a number updates its series' row, which locks the row until the issuing transaction
-- ends: concurrent issuers on any engine node queue on it, and a transaction that rolls back
-- gives its number back. gflow_case_number stays the ledger of what was issued to which case.
create table gflow_number_counter (
    series       varchar(64)  not null,
    issue_year   integer      not null,
    last_number  bigint       not null,
    primary key (series, issue_year)
);

-- Carry on from the numbers already issued (tracking, registry, case references, receipts) ...
insert into gflow_number_counter (series, issue_year, last_number)
    select series, issue_year, max(seq_number) from gflow_case_number group by series, issue_year;

-- ... and from the document serials, which had a counter table of their own.
insert into gflow_number_counter (series, issue_year, last_number)
    select 'document-' || kind, issue_year, last_number from gflow_document_serial;

drop table gflow_document_serial;
