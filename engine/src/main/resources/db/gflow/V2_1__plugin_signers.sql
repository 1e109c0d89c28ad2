-- The signer each plugin is pinned to: the first trusted signer of a Bundle-SymbolicName, or the
-- one an admin set through /api/plugins/{name}/signer. An update signed by anyone else is refused.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
create table gflow_plugin_signer (
    symbolic_name  varchar(100)   not null primary key,
    -- SHA-256 of the signing certificate, 64 upper-case hex digits
    fingerprint    varchar(64)    not null,
    -- the certificate's subject; null when an admin pinned a fingerprint before any jar carried it
    subject        varchar(1000),
    pinned_at      timestamp      not null,
    -- the admin who pinned it; null when it was pinned by the plugin's first trusted install
    pinned_by      varchar(255)
);
