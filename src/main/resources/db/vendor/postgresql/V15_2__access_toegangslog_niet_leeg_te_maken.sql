-- TRUNCATE passes by row triggers: the access log refuses it as well (issue 15). On top of this the
-- application runs as a role that owns nothing and may not update, delete or truncate the log
-- (afterMigrate.sql), so it cannot drop this trigger either.
create trigger toegangslog_niet_leegmaken
    before truncate on toegangslog
    for each statement execute function toegangslog_alleen_toevoegen();
