-- care: facts derived from accepted messages. Everything here can be rebuilt from the message store.
create table toewijzing (
    bericht_id           bigint       not null,
    gemeente             varchar(6)   not null,
    aanbieder            varchar(8)   not null,
    toewijzingnummer     varchar(9)   not null,
    jeugdige             varchar(64)  not null,
    geboortedatum        date         not null,
    geslacht             varchar(1)   not null,
    referentie_aanbieder varchar(40),
    productcategorie     varchar(2),
    productcode          varchar(5),
    toewijzingsdatum     date         not null,
    toewijzingstijd      time         not null,
    ingangsdatum         date         not null,
    einddatum            date,
    reden_wijziging      varchar(2),
    volume               bigint,
    eenheid              varchar(2),
    frequentie           varchar(2),
    dagtekening          date         not null
);
create index toewijzing_jeugdige_idx on toewijzing (jeugdige);

create table zorgmelding (
    bericht_id        bigint      not null,
    soort             varchar(5)  not null,
    gemeente          varchar(6)  not null,
    aanbieder         varchar(8)  not null,
    toewijzingnummer  varchar(9)  not null,
    jeugdige          varchar(64) not null,
    productcategorie  varchar(2),
    productcode       varchar(5),
    begindatum        date        not null,
    einddatum         date,
    reden_beeindiging varchar(2),
    status_aanlevering varchar(1) not null,
    dagtekening       date        not null
);
create index zorgmelding_jeugdige_idx on zorgmelding (jeugdige);

create table verzoek (
    bericht_id           bigint      not null,
    soort                varchar(10) not null,
    gemeente             varchar(6)  not null,
    aanbieder            varchar(8)  not null,
    jeugdige             varchar(64),
    referentie_aanbieder varchar(40),
    productcategorie     varchar(2),
    productcode          varchar(5),
    verwijzer            varchar(2),
    gewenste_ingangsdatum date,
    dagtekening          date        not null
);
create index verzoek_jeugdige_idx on verzoek (jeugdige);

create table verzoek_antwoord (
    bericht_id           bigint      not null,
    gemeente             varchar(6)  not null,
    aanbieder            varchar(8)  not null,
    referentie_aanbieder varchar(40) not null,
    antwoord             varchar(1)  not null,
    reden_afwijzing      varchar(2),
    dagtekening          date        not null
);

create table declaratieregel (
    bericht_id       bigint      not null,
    gemeente         varchar(6)  not null,
    aanbieder        varchar(8)  not null,
    declaratienummer varchar(40) not null,
    jeugdige         varchar(64) not null,
    toewijzingnummer varchar(9)  not null,
    productcategorie varchar(2)  not null,
    productcode      varchar(5),
    begindatum       date        not null,
    einddatum        date        not null,
    volume           bigint      not null,
    eenheid          varchar(2)  not null,
    tarief_cent      bigint      not null,
    bedrag_cent      bigint      not null,
    dagtekening      date        not null
);

-- youth-care trajectories by the CBS definition (key: youth + start date + care form)
create table traject (
    jeugdige          varchar(64) not null,
    gemeente          varchar(6)  not null,
    aanbieder         varchar(8)  not null,
    hulpvorm          varchar(2)  not null,
    segment           varchar(20) not null,
    begindatum        date        not null,
    einddatum         date,
    gestart_met_crisis boolean    not null,
    verwijzer         varchar(2)  not null,
    reden_beeindiging varchar(2),
    geboortedatum     date,
    productcodes      varchar(200) not null
);
create index traject_jeugdige_idx on traject (jeugdige);
create index traject_periode_idx on traject (begindatum, einddatum);

create table zorg_bevinding (
    jeugdige     varchar(64)   not null,
    bericht_id   bigint,
    code         varchar(40)   not null,
    omschrijving varchar(1000) not null
);
create index zorg_bevinding_jeugdige_idx on zorg_bevinding (jeugdige);
