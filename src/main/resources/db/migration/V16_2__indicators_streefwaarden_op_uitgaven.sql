-- The steering plan's targets are reductions of spend per segment, crisis of inflow (BRIEF §5):
-- stay -10 %, housing -5 %, ambulant -2.5 % excluding the ambulant alternatives (now a segment of
-- their own), crisis inflow -2.5 %. The earlier presets put the first three on the number of youths
-- in care; those presets go (an analyst's own versions of them stay, as targets on youth counts).
-- Base year 2024: the year of the plan's figures; the documents name none.
delete from streefwaarde where auteur = 'stuurplan' and indicator = 'jeugdigen-in-zorg';

insert into streefwaarde values (nextval('streefwaarde_id_seq'), 'uitgaven', 'regio', 'verblijf', 2024, -10.0,
    'Stuurplan: daling van de uitgaven aan verblijf, 10% per jaar. Verblijf en wonen samen rekent het plan voorzichtig als −5% in de besparingssom. Basisjaar 2024 (het jaar van de cijfers in het plan; de documenten noemen geen basisjaar).',
    'stuurplan', timestamp '2026-01-01 00:00:00');
insert into streefwaarde values (nextval('streefwaarde_id_seq'), 'uitgaven', 'regio', 'wonen', 2024, -5.0,
    'Stuurplan: daling van de uitgaven aan wonen, 5% per jaar. Basisjaar 2024 (de documenten noemen geen basisjaar).',
    'stuurplan', timestamp '2026-01-01 00:00:00');
insert into streefwaarde values (nextval('streefwaarde_id_seq'), 'uitgaven', 'regio', 'ambulant', 2024, -2.5,
    'Stuurplan: daling van de uitgaven aan ambulante zorg, 2,5% per jaar, exclusief ambulante alternatieven voor uithuisplaatsing (die zijn een eigen segment). Basisjaar 2024 (de documenten noemen geen basisjaar).',
    'stuurplan', timestamp '2026-01-01 00:00:00');

-- Ambulant alternatives wait like ambulant care.
insert into wachtnorm values (nextval('wachtnorm_id_seq'), 'ambulant-alternatief', 5, 98,
    'Als ambulant: beslistermijn iJw-standaard (5 werkdagen), start Treeknorm (14 weken); het stuurplan noemt geen eigen norm.',
    'standaard', timestamp '2026-01-01 00:00:00');
