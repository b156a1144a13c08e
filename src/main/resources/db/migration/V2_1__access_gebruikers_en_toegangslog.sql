-- access: organisations, users and their roles, API keys, and the append-only access log.
create table organisatie (
    id    varchar(40)  primary key,
    naam  varchar(200) not null,
    soort varchar(20)  not null,
    code  varchar(8)
);

create sequence gebruiker_id_seq start with 1 increment by 1;
create table gebruiker (
    id                bigint       primary key,
    gebruikersnaam    varchar(100) not null unique,
    naam              varchar(200) not null,
    organisatie_id    varchar(40)  not null references organisatie (id),
    wachtwoord_hash   varchar(200),
    mislukte_pogingen integer      not null,
    geblokkeerd_tot   timestamp,
    actief            boolean      not null,
    aangemaakt_op     timestamp    not null
);

create table gebruiker_rol (
    gebruiker_id bigint      not null references gebruiker (id),
    rol          varchar(30) not null,
    primary key (gebruiker_id, rol)
);

create sequence api_sleutel_id_seq start with 1 increment by 1;
create table api_sleutel (
    id                 bigint       primary key,
    organisatie_id     varchar(40)  not null references organisatie (id),
    omschrijving       varchar(200) not null,
    voorvoegsel        varchar(20)  not null unique,
    hash               varchar(64)  not null,
    aangemaakt_op      timestamp    not null,
    ingetrokken_op     timestamp,
    laatst_gebruikt_op timestamp
);

create sequence toegangslog_id_seq start with 1 increment by 1;
create table toegangslog (
    id             bigint        primary key,
    tijdstip       timestamp     not null,
    actie          varchar(10)   not null,
    uitkomst       varchar(10)   not null,
    gebruiker      varchar(100),
    gebruiker_naam varchar(200),
    rollen         varchar(200),
    organisatie    varchar(40),
    doel           varchar(60),
    jeugdigen      varchar(4000),
    object_type    varchar(60),
    object_id      varchar(200),
    bron           varchar(500),
    client_ip      varchar(60)
);
create index toegangslog_tijdstip_idx on toegangslog (tijdstip);
