-- placement: requests for a place, their route-map gates, reservations of places and outcomes.
-- The youth is its pseudonym; initials and birth date are what the coordination point needs to
-- talk about the case, nothing more.
create sequence plaatsingsverzoek_id_seq start with 1 increment by 1;

create table plaatsingsverzoek (
    id                  bigint        primary key,
    jeugdige            varchar(64)   not null,
    initialen           varchar(10)   not null,
    geboortedatum       date          not null,
    geslacht            varchar(1)    not null,
    gemeente            varchar(6)    not null,
    postcode            varchar(4)    not null,
    school_postcode     varchar(4),
    zorgvormen          varchar(300)  not null,
    doelgroep           varchar(30)   not null,
    urgentie            varchar(10)   not null,
    gewenst_per         date          not null,
    broers_zussen       integer       not null,
    toelichting         varchar(2000),
    poort_ambulant      varchar(2000),
    poort_analyse       varchar(2000),
    poort_school        varchar(2000),
    poorten_overschreven_door  varchar(100),
    poorten_overschreven_reden varchar(2000),
    status              varchar(20)   not null,
    aangevraagd_door    varchar(100)  not null,
    organisatie         varchar(20),
    aangevraagd_op      timestamp     not null,
    geplaatst_locatie   varchar(40),
    geplaatst_per       date,
    afgesloten_reden    varchar(2000),
    afgesloten_op       timestamp,
    geescaleerd_op      timestamp,
    geescaleerd_reden   varchar(2000)
);
create index plaatsingsverzoek_status on plaatsingsverzoek (status);

create sequence reservering_id_seq start with 1 increment by 1;

create table reservering (
    id            bigint        primary key,
    verzoek       bigint        not null references plaatsingsverzoek (id),
    locatie       varchar(40)   not null,
    aantal        integer       not null,
    status        varchar(20)   not null,
    geldig_tot    timestamp     not null,
    door          varchar(100)  not null,
    op            timestamp     not null,
    antwoord_door varchar(100),
    antwoord_op   timestamp,
    reden_code    varchar(30),
    reden_tekst   varchar(2000)
);
create index reservering_verzoek on reservering (verzoek);
create index reservering_status on reservering (status, geldig_tot);
