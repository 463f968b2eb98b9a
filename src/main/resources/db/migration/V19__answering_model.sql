-- The model that answered each stored answer (issue 23), and its cost. Portable H2/PostgreSQL.
-- model stays the configured name; model_id is what the upstream reported, finish_reason why it stopped
-- ('length' = cut off), fallback_from the model asked first when a fallback answered, skipped the models passed
-- over before it ("name=reason" pairs, comma-separated), cached whether the answer came from the response cache.
alter table message add column model_id varchar(200);
alter table message add column finish_reason varchar(40);
alter table message add column fallback_from varchar(100);
alter table message add column skipped varchar(1000);
alter table message add column cached boolean;
alter table message add column cost double precision;
