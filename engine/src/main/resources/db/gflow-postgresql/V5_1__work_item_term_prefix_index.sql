-- PostgreSQL only: the inbox searches its terms by prefix (term like 'ບ້ານ%'). Under a database
-- collation other than C (Debian's clusters use C.UTF-8 or the system locale) an ordinary B-tree
-- index cannot answer LIKE, so every search read the whole term table (over a million rows at
-- 100,000 open tasks). An index in byte order (varchar_pattern_ops) answers the prefix.
create index gflow_work_item_term_prefix on gflow_work_item_term (term varchar_pattern_ops, task_id);
