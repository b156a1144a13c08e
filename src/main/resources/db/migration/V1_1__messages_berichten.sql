-- messages: the message store. Every message that arrived has one row with its outcome.
-- Content is kept deflated and without direct identifiers (BSN replaced by its pseudonym).
create sequence bericht_id_seq start with 1 increment by 1000;

create table bericht (
    id            bigint primary key,
    status        varchar(12)   not null,
    berichttype   varchar(5),
    afzender      varchar(8),
    ontvanger     varchar(8),
    identificatie varchar(40),
    dagtekening   date,
    gemeente      varchar(6),
    aanbieder     varchar(8),
    ident_sleutel varchar(120)  not null,
    inhoud_hash   varchar(64)   not null,
    reden         varchar(2000),
    bron          varchar(1000),
    ontvangen_op  timestamp     not null,
    dubbel_van    bigint,
    inhoud        bytea
);

create index bericht_ident_idx on bericht (ident_sleutel);
create index bericht_status_idx on bericht (status, id);

create table bericht_bevinding (
    bericht_id   bigint        not null,
    code         varchar(40)   not null,
    omschrijving varchar(1000) not null
);

create index bericht_bevinding_idx on bericht_bevinding (code);
