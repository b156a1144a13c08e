-- care: the youths of answered requests are looked up by the provider's reference with every batch
-- that holds answers (JW319); without this index that look-up read the whole request table each time.
create index verzoek_referentie_idx on verzoek (referentie_aanbieder);
