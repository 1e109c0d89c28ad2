-- Open311 GeoReport v2 (org.gflow.engine.open311). Apps that file complaints for citizens hold an
-- API key issued by an administrator: only its SHA-256 is kept, with the app's name, so a key
-- shown once cannot be read back and each complaint names the app that filed it.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
create table gflow_open311_key (
    id          varchar(36)  not null primary key,
    name        varchar(80)  not null,
    secret_hash varchar(64)  not null,
    created_by  varchar(255) not null,
    created_at  timestamp    not null,
    revoked_at  timestamp
);
create unique index gflow_open311_key_hash on gflow_open311_key (secret_hash);

-- The complaints filed through Open311: what the protocol says about a request that the hotline's
-- case does not hold (where it is, a photo's address) and which app filed it. Only these are
-- served by GET requests: a complaint filed on the phone or the web form is followed with its
-- number and access code, as promised when it was filed.
create table gflow_open311_request (
    tracking_number     varchar(32)   not null primary key,
    process_instance_id varchar(64)   not null,
    key_id              varchar(36)   not null,
    app_name            varchar(80)   not null,
    address             varchar(400),
    latitude            double precision,
    longitude           double precision,
    media_url           varchar(1000),
    requested_at        timestamp     not null
);
create index gflow_open311_request_time on gflow_open311_request (requested_at);
