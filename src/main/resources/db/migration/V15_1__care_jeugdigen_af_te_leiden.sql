-- The durable record of what must still be derived: every youth whose care facts were written,
-- in the same transaction as those facts, until that youth's trajectories are recomputed. A crash
-- anywhere between the two leaves the youth here, and the next start derives it. A row with
-- jeugdige '*' marks a rebuild under way: its replay is done again from the start.
create table af_te_leiden (
    jeugdige varchar(64) not null
);
