-- Every version of the evidence base (kennissynthese), whole, with the change that made it. The table is the
-- outbox of evidence.changes.v1: a version is published after its commit and published_at is set once Kafka
-- acknowledged it. The topic keeps every version, so an emptied table is restored from it.
CREATE TABLE evidence_version (
    version      bigint      PRIMARY KEY,
    evidence     jsonb       NOT NULL,
    change       jsonb       NOT NULL,
    change_id    uuid        NOT NULL UNIQUE,
    changed_at   timestamptz NOT NULL,
    actor        text        NOT NULL,
    published_at timestamptz
);

CREATE INDEX evidence_version_unpublished ON evidence_version (version) WHERE published_at IS NULL;

-- Re-derivation after a change looks for the scans derived under an older version.
CREATE INDEX intervention_scan_by_evidence_version ON intervention_scan (evidence_version);
