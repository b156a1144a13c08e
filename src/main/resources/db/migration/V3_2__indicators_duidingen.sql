-- indicators: interpretation notes ("duidingen") on indicator × scope × segment × month. An edit
-- by the author adds a new version that replaces the old one; the old one stays as history.
create sequence duiding_id_seq start with 1 increment by 1;

create table duiding (
    id             bigint        primary key,
    indicator      varchar(40)   not null,
    gemeente       varchar(6)    not null,
    segment        varchar(20)   not null,
    maand          date          not null,
    tekst          varchar(2000) not null,
    auteur         varchar(100)  not null,
    auteur_naam    varchar(200)  not null,
    geschreven_op  timestamp     not null,
    vervangt       bigint,
    vervangen      boolean       not null
);
create index duiding_reeks_idx on duiding (indicator, gemeente, segment, maand);
