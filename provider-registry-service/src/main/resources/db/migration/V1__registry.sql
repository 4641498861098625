-- provider-registry-service: the organisations, capabilities, activities and pledges tables arrive with their features.
select 1;
