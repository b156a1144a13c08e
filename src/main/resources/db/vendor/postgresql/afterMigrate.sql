-- After every migration run (also when there was nothing to migrate): when the application connects
-- as another role than the one that owns the tables (spring.flyway.user), that role gets the data
-- rights it needs and no more: no DDL, and on the access log only SELECT and INSERT.
do $$
begin
    if '${app_rol}' <> '' then
        execute format('grant usage on schema %I to %I', current_schema(), '${app_rol}');
        execute format('grant select, insert, update, delete, truncate on all tables in schema %I to %I',
                       current_schema(), '${app_rol}');
        execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), '${app_rol}');
        execute format('revoke update, delete, truncate, references, trigger on %I.toegangslog from %I',
                       current_schema(), '${app_rol}');
    end if;
end
$$;
