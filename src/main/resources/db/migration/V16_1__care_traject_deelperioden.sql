-- A trajectory's care periods as reported (product begin..end; ...), the other care forms the same
-- provider delivered during a stay among them: CBS counts those as part of the stay.
alter table traject add column deelperioden varchar(1000);
