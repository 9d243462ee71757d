-- The history the dashboards rebuild a past date (peildatum) from, and show per intervention.

-- Every lifecycle event reporting has read, once: the event id is the key, so a redelivery inserts nothing.
-- The columns besides the event are what the pages select and order on; the event itself stays whole.
CREATE TABLE lifecycle_event (
    event_id            uuid        PRIMARY KEY,
    intervention_id     uuid        NOT NULL,
    municipality        text        NOT NULL,
    sequence            bigint      NOT NULL,
    type                text        NOT NULL,
    occurred_date       date        NOT NULL,
    lifecycle_partition integer     NOT NULL,
    lifecycle_offset    bigint      NOT NULL,
    event               jsonb       NOT NULL,
    received_at         timestamptz NOT NULL
);
CREATE INDEX lifecycle_event_by_intervention ON lifecycle_event (intervention_id, sequence);

-- Every scan revision received, not only the latest (that is scan_view): how a classification changed over
-- time, and which classification held at a past date. One row per (lifecycle sequence, evidence version).
CREATE TABLE scan_revision (
    intervention_id     uuid        NOT NULL,
    lifecycle_sequence  bigint      NOT NULL,
    evidence_version    bigint      NOT NULL,
    municipality        text        NOT NULL,
    scan                jsonb       NOT NULL,
    received_at         timestamptz NOT NULL,
    PRIMARY KEY (intervention_id, lifecycle_sequence, evidence_version)
);
