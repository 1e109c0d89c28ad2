-- The notification outbox becomes the delivery queue (portable: H2 2.x and PostgreSQL 15).
-- status: pending (waiting to be sent), sent, failed (gave up after the last attempt; the case's
-- office is told in the case's history), skipped (nothing to send: the status page, an office
-- without e-mail addresses, or a row recorded before delivery existed).
-- A sender leases the rows it works on (lease_node, lease_until) so two engine nodes on one
-- database never send the same row; a lease left by a node that died runs out and another takes it.
alter table gflow_notification add column status varchar(16) default 'pending' not null;
alter table gflow_notification add column attempts integer default 0 not null;
alter table gflow_notification add column next_attempt_at timestamp;
alter table gflow_notification add column last_error varchar(1000);
alter table gflow_notification add column sent_at timestamp;
alter table gflow_notification add column lease_node varchar(100);
alter table gflow_notification add column lease_until timestamp;
-- the language the message was written in (lo, en) and its HTML form for e-mail
alter table gflow_notification add column language varchar(8) default 'lo' not null;
alter table gflow_notification add column body_html varchar(20000);

-- Rows recorded before there was a sender are history, not a backlog to send now.
update gflow_notification set status = 'skipped', last_error = 'recorded before delivery existed';
update gflow_notification set next_attempt_at = created_at;

create index gflow_notification_due on gflow_notification (status, next_attempt_at);
