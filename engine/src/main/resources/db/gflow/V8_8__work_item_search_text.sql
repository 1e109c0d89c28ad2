-- A work item's search terms also as one text (" term term …"), so a search tests a word on the row
-- itself (search_text like '% word%') instead of looking up the row's terms in gflow_work_item_term
-- for every row a page walks. The term table stays: a rare word still drives a search from its index.
-- Rows written before this are filled by the engine's work-item backfill at start-up.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
alter table gflow_work_item add column search_text varchar;
