-- Places per facility location. Every report of a provider (or change by a placement) is a row of
-- plaatsen_stand, never overwritten; plaatsen_actueel holds the current counts, and its check keeps
-- occupied + blocked + reserved within capacity whatever runs concurrently.
create sequence plaatsen_stand_id_seq start with 1 increment by 1;

create table plaatsen_stand (
    id bigint primary key,
    locatie varchar(40) not null,
    capaciteit integer not null,
    bezet integer not null,
    geblokkeerd integer not null,
    blokkade_reden varchar(200),
    bron varchar(20) not null,
    ongewijzigd boolean not null,
    door varchar(100) not null,
    op timestamp not null
);

create index plaatsen_stand_locatie on plaatsen_stand (locatie, op);

-- Planned discharges of a report: from this date this many places come free.
create table plaatsen_uitstroom (
    stand bigint not null references plaatsen_stand (id),
    per date not null,
    aantal integer not null
);

create index plaatsen_uitstroom_stand on plaatsen_uitstroom (stand);

create table plaatsen_actueel (
    locatie varchar(40) primary key,
    capaciteit integer not null,
    bezet integer not null,
    geblokkeerd integer not null,
    gereserveerd integer not null,
    stand bigint references plaatsen_stand (id),
    bevestigd_door varchar(100),
    bevestigd_op timestamp,
    constraint plaatsen_binnen_capaciteit check (bezet >= 0 and geblokkeerd >= 0 and gereserveerd >= 0
        and bezet + geblokkeerd + gereserveerd <= capaciteit)
);
