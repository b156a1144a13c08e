-- indicators: monthly values per indicator, scope (a municipality or the region) and segment.
-- Derived from the trajectories; recomputed whenever they change.
create table indicatorwaarde (
    indicator varchar(40)      not null,
    gemeente  varchar(6)       not null,
    segment   varchar(20)      not null,
    maand     date             not null,
    waarde    double precision,
    teller    bigint,
    noemer    bigint,
    primary key (indicator, gemeente, segment, maand)
);

create table indicator_stand (
    id          integer   primary key,
    berekend_op timestamp not null,
    trajecten   bigint    not null
);
