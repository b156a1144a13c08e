-- messages: the content is LZ4-compressed before it is stored; PostgreSQL's own TOAST compression
-- would try again on every row (and fail to shrink it), so it is stored as it comes.
alter table bericht alter column inhoud set storage external;
