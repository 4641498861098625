-- Hibernate binds a List<String> as varchar[]; PostgreSQL has no @> between text[] and varchar[].
alter table need alter column beneficiary_groups type varchar(50)[];
