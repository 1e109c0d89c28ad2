-- Lao public holidays, one row a day, edited by administrators (/api/admin/holidays) and read by
-- the working-day calendar (org.gflow.engine.calendar) that counts every deadline.
-- Seeded with the nationwide holidays of 2026 and 2027. An administrator checks each year's list
-- against the government's announcement (Pi Mai's days, substitute days, That Luang, Boun Ok
-- Phansa when declared) and edits it: see docs/calendar.md.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
create table gflow_public_holiday (
    holiday_date  date          not null primary key,
    -- the holiday's year, so a year's list is one indexed read
    holiday_year  integer       not null,
    name_lo       varchar(200)  not null,
    name_en       varchar(200)  not null
);
create index gflow_public_holiday_year on gflow_public_holiday (holiday_year);

insert into gflow_public_holiday (holiday_date, holiday_year, name_lo, name_en) values
    (date '2026-01-01', 2026, 'ວັນປີໃໝ່ສາກົນ', 'International New Year''s Day'),
    (date '2026-04-14', 2026, 'ບຸນປີໃໝ່ລາວ', 'Lao New Year (Pi Mai)'),
    (date '2026-04-15', 2026, 'ບຸນປີໃໝ່ລາວ', 'Lao New Year (Pi Mai)'),
    (date '2026-04-16', 2026, 'ບຸນປີໃໝ່ລາວ', 'Lao New Year (Pi Mai)'),
    (date '2026-05-01', 2026, 'ວັນກຳມະກອນສາກົນ', 'International Labour Day'),
    (date '2026-12-02', 2026, 'ວັນຊາດ', 'National Day'),
    (date '2027-01-01', 2027, 'ວັນປີໃໝ່ສາກົນ', 'International New Year''s Day'),
    (date '2027-04-14', 2027, 'ບຸນປີໃໝ່ລາວ', 'Lao New Year (Pi Mai)'),
    (date '2027-04-15', 2027, 'ບຸນປີໃໝ່ລາວ', 'Lao New Year (Pi Mai)'),
    (date '2027-04-16', 2027, 'ບຸນປີໃໝ່ລາວ', 'Lao New Year (Pi Mai)'),
    (date '2027-05-01', 2027, 'ວັນກຳມະກອນສາກົນ', 'International Labour Day'),
    (date '2027-12-02', 2027, 'ວັນຊາດ', 'National Day');
