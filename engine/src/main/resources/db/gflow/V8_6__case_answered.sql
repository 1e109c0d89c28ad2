-- The cases whose answer is out now (their process set answerPublished to true, and no reopen has
-- set it back): a follower is told of an answer when a case enters this table, not each time a
-- step of the process sets the variable to true again.
create table gflow_case_answered (
    case_id  varchar(64)  not null primary key
);
