-- The access log is append-only (NEN 7513, BIO 8.15): no UPDATE or DELETE, whoever asks.
create trigger toegangslog_geen_wijziging before update, delete on toegangslog
    for each row call 'nl.jeugdregie.access.internal.AlleenToevoegenTrigger';
