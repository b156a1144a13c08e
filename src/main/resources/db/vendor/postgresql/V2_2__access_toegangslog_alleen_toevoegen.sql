-- The access log is append-only (NEN 7513, BIO 8.15): no UPDATE or DELETE, whoever asks.
create function toegangslog_alleen_toevoegen() returns trigger language plpgsql as $$
begin
    raise exception 'het toegangslog kan niet worden gewijzigd of verwijderd';
end;
$$;

create trigger toegangslog_geen_wijziging
    before update or delete on toegangslog
    for each statement execute function toegangslog_alleen_toevoegen();
