-- H2 has no TRUNCATE trigger, but refuses to truncate a table that a foreign key refers to: this
-- empty table's only task is to refer to the access log, so TRUNCATE toegangslog fails (issue 15).
create table toegangslog_anker (
    toegangslog_id bigint references toegangslog (id)
);
