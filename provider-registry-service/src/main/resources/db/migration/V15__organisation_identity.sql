-- Organisation identity: a coordinator verifies that an organisation is who it says, or merges a duplicate into the
-- organisation it duplicates (the duplicate stays, so that its identifier still resolves, but is no longer listed
-- or matched).
alter table organisation
    add column verification varchar(20) not null default 'UNVERIFIED',
    add column verified_by varchar(200),
    add column verified_at timestamptz,
    add column verification_note varchar(2000),
    add column merged_into varchar(100),
    add column merge_reason varchar(2000),
    add column merged_at timestamptz;
