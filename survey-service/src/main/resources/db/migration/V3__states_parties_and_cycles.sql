-- States parties to each instrument, kept by coordinators: a cycle's expected reporters are taken from here.
create table state_party (
    instrument       varchar(20)  not null,
    country          char(3)      not null,
    action           varchar(20)  not null, -- RATIFICATION, ACCESSION, ACCEPTANCE, APPROVAL, SUCCESSION
    became_party_on  date         not null,
    withdrew_on      date,
    updated_by       varchar(200) not null,
    updated_at       timestamptz  not null,
    primary key (instrument, country)
);

-- A reporting cycle: which instruments, which questionnaire version of each, its period and deadline.
create table reporting_cycle (
    id            uuid          primary key,
    name          varchar(200)  not null,
    period_start  date          not null,
    period_end    date          not null,
    deadline      date          not null,
    status        varchar(20)   not null, -- OPEN, CLOSED
    opened_by     varchar(200)  not null,
    opened_at     timestamptz   not null,
    closed_by     varchar(200),
    closed_at     timestamptz,
    row_version   integer       not null
);

create table cycle_instrument (
    cycle_id          uuid         not null references reporting_cycle (id),
    instrument        varchar(20)  not null,
    questionnaire_id  uuid         not null references questionnaire (id),
    primary key (cycle_id, instrument)
);

-- The snapshot taken when the cycle opens: the denominator of its response rates.
create table cycle_expected_reporter (
    cycle_id    uuid         not null references reporting_cycle (id),
    instrument  varchar(20)  not null,
    country     char(3)      not null,
    primary key (cycle_id, instrument, country)
);

alter table survey_response add column cycle_id uuid references reporting_cycle (id);
create index survey_response_cycle on survey_response (cycle_id, instrument, country);
