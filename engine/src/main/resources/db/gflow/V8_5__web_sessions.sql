-- The web app's sessions, shared by every engine node (Spring Session's JDBC store; column names
-- are the store's own). Portable: H2 reads bytea as binary varying.
create table gflow_web_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint gflow_web_session_pk primary key (primary_id)
);
create unique index gflow_web_session_id on gflow_web_session (session_id);
create index gflow_web_session_expiry on gflow_web_session (expiry_time);
create index gflow_web_session_principal on gflow_web_session (principal_name);

create table gflow_web_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint gflow_web_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint gflow_web_session_attributes_session foreign key (session_primary_id)
        references gflow_web_session (primary_id) on delete cascade
);
