-- A rebuild that finds differences says which rows differ and how: a few rows of each side per read model, as text,
-- so that an operator (or a failing end-to-end test) sees the live row beside the rebuilt one.
alter table read_model_rebuild add column difference_samples jsonb not null default '{}';
