-- waiting: waiting-time norms per segment, versioned like the targets: an edit adds a row, the newest
-- row per segment counts. Decision time in working days (request -> assignment, the municipality's
-- part), start time in calendar days (assignment -> start, the provider's part), each with its source.
create sequence wachtnorm_id_seq start with 1 increment by 1;

create table wachtnorm (
    id                bigint        primary key,
    segment           varchar(20)   not null,
    beslis_werkdagen  integer       not null,
    start_dagen       integer       not null,
    bron              varchar(500)  not null,
    vastgesteld_door  varchar(100)  not null,
    vastgesteld_op    timestamp     not null
);
create index wachtnorm_segment_idx on wachtnorm (segment, id);

insert into wachtnorm values (nextval('wachtnorm_id_seq'), 'ambulant', 5, 98,
    'Beslistermijn: iJw-standaard (toewijzing binnen 5 werkdagen na het verzoek). Start: Treeknorm ggz, 4 weken aanmelding-intake plus 10 weken intake-behandeling.',
    'standaard', timestamp '2026-01-01 00:00:00');
insert into wachtnorm values (nextval('wachtnorm_id_seq'), 'verblijf', 5, 42,
    'Beslistermijn: iJw-standaard. Start: regionale afspraak, verblijf binnen 6 weken.', 'standaard',
    timestamp '2026-01-01 00:00:00');
insert into wachtnorm values (nextval('wachtnorm_id_seq'), 'wonen', 5, 42,
    'Beslistermijn: iJw-standaard. Start: als verblijf, binnen 6 weken.', 'standaard', timestamp '2026-01-01 00:00:00');
insert into wachtnorm values (nextval('wachtnorm_id_seq'), 'crisis', 0, 0,
    'Crisis: dezelfde dag; er mag niet gewacht worden.', 'standaard', timestamp '2026-01-01 00:00:00');
insert into wachtnorm values (nextval('wachtnorm_id_seq'), 'jeugdbescherming', 5, 14,
    'Jeugdbescherming: start van de maatregel binnen 14 dagen na de uitspraak (aanname; regionaal vast te stellen).',
    'standaard', timestamp '2026-01-01 00:00:00');
insert into wachtnorm values (nextval('wachtnorm_id_seq'), 'jeugdreclassering', 5, 14,
    'Jeugdreclassering: start binnen 14 dagen (aanname; regionaal vast te stellen).', 'standaard',
    timestamp '2026-01-01 00:00:00');
