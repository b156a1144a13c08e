-- waiting: the waiting time a provider expects per product, entered and confirmed by its planner.
-- Insert only: every confirmation is a row, the newest per provider and product counts.
create sequence verwachte_wachttijd_id_seq start with 1 increment by 1;

create table verwachte_wachttijd (
    id             bigint        primary key,
    aanbieder      varchar(8)    not null,
    productcode    varchar(5)    not null,
    dagen          integer       not null,
    bevestigd_door varchar(100)  not null,
    bevestigd_op   timestamp     not null
);
create index verwachte_wachttijd_idx on verwachte_wachttijd (aanbieder, productcode, id);
