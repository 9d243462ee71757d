-- The read model: the latest scan of each intervention that this service has applied. The columns besides
-- the scan itself are what the upsert compares and what the dashboards filter and group on.
CREATE TABLE scan_view (
    intervention_id     uuid        PRIMARY KEY,
    municipality        text        NOT NULL,
    status              text        NOT NULL,
    origin              text        NOT NULL,
    lifecycle_sequence  bigint      NOT NULL,
    evidence_version    bigint      NOT NULL,
    lifecycle_partition integer     NOT NULL,
    lifecycle_offset    bigint      NOT NULL,
    scan                jsonb       NOT NULL,
    received_at         timestamptz NOT NULL
);
