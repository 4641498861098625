-- An activity's money and results as IATI reports them (budget by period, planned-disbursement, transaction, result):
-- kept from an IATI import and written out again, so that nothing a publisher reported is lost.
alter table activity
    add column budgets jsonb not null default '[]',
    add column planned_disbursements jsonb not null default '[]',
    add column transactions jsonb not null default '[]',
    add column results jsonb not null default '[]';
