-- indicators: targets ("streefwaarden") per indicator, scope and segment. Versioned: an edit adds a
-- row, the newest row per indicator/scope/segment counts, the older ones are its history.
create sequence streefwaarde_id_seq start with 1 increment by 1;

create table streefwaarde (
    id                  bigint        primary key,
    indicator           varchar(40)   not null,
    gemeente            varchar(6)    not null,
    segment             varchar(20)   not null,
    basisjaar           integer       not null,
    verandering_per_jaar double precision not null,
    toelichting         varchar(1000),
    auteur              varchar(100)  not null,
    vastgesteld_op      timestamp     not null
);
create index streefwaarde_sleutel_idx on streefwaarde (indicator, gemeente, segment, id);

-- The defaults of the region's steering plan 2026–2032 (BRIEF §5), base year 2024.
insert into streefwaarde values (nextval('streefwaarde_id_seq'), 'jeugdigen-in-zorg', 'regio', 'verblijf', 2024, -10.0,
    'Stuurplan: verblijf −10% per jaar', 'stuurplan', timestamp '2026-01-01 00:00:00');
insert into streefwaarde values (nextval('streefwaarde_id_seq'), 'jeugdigen-in-zorg', 'regio', 'wonen', 2024, -5.0,
    'Stuurplan: wonen −5% per jaar', 'stuurplan', timestamp '2026-01-01 00:00:00');
insert into streefwaarde values (nextval('streefwaarde_id_seq'), 'jeugdigen-in-zorg', 'regio', 'ambulant', 2024, -2.5,
    'Stuurplan: ambulant −2,5% per jaar', 'stuurplan', timestamp '2026-01-01 00:00:00');
insert into streefwaarde values (nextval('streefwaarde_id_seq'), 'instroom', 'regio', 'crisis', 2024, -2.5,
    'Stuurplan: crisisinstroom −2,5% per jaar', 'stuurplan', timestamp '2026-01-01 00:00:00');
