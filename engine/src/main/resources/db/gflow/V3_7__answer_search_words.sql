-- The published answers' words, segmented (Lao is written without spaces between words), so the
-- public page can search them whether the reader types spaces or not. Filled by the engine.
alter table gflow_published_answer add column search_words varchar(16000);
