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

-- A change of the evidence base reads every applied event and rewrites every scan. Kept as the text EventJson
-- wrote, neither costs PostgreSQL JSON parsing or printing (half the time of rewriting 100,000 scans), and a
-- scan goes to Kafka exactly as stored. Nothing queries inside them.
ALTER TABLE intervention_scan ALTER COLUMN scan TYPE text;
ALTER TABLE applied_event ALTER COLUMN envelope TYPE text;
ALTER TABLE parked_event ALTER COLUMN envelope TYPE text;
