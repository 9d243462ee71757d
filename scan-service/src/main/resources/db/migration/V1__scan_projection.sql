-- Every lifecycle event applied to the scans, recorded in the same transaction as the scan it changed,
-- so that a redelivered event is recognised and changes nothing.
CREATE TABLE applied_event (
    event_id        uuid        PRIMARY KEY,
    intervention_id uuid        NOT NULL,
    sequence        bigint      NOT NULL,
    envelope        jsonb       NOT NULL,
    kafka_partition integer     NOT NULL,
    kafka_offset    bigint      NOT NULL,
    applied_at      timestamptz NOT NULL,
    CONSTRAINT applied_event_one_per_sequence UNIQUE (intervention_id, sequence)
);

-- Events that arrived ahead of a missing one: kept, not applied, until the missing sequence arrives.
CREATE TABLE parked_event (
    event_id        uuid        PRIMARY KEY,
    intervention_id uuid        NOT NULL,
    sequence        bigint      NOT NULL,
    envelope        jsonb       NOT NULL,
    kafka_partition integer     NOT NULL,
    kafka_offset    bigint      NOT NULL,
    parked_at       timestamptz NOT NULL,
    CONSTRAINT parked_event_one_per_sequence UNIQUE (intervention_id, sequence)
);

-- The current scan of each intervention. Each change raises revision; the publisher sends rows whose
-- revision is ahead of published_revision and raises published_revision once Kafka acknowledged.
CREATE TABLE intervention_scan (
    intervention_id    uuid   PRIMARY KEY,
    municipality       text   NOT NULL,
    lifecycle_sequence bigint NOT NULL,
    evidence_version   bigint NOT NULL,
    scan               jsonb  NOT NULL,
    revision           bigint NOT NULL,
    published_revision bigint NOT NULL DEFAULT 0
);

CREATE INDEX intervention_scan_by_municipality ON intervention_scan (municipality);
CREATE INDEX intervention_scan_unpublished ON intervention_scan (intervention_id) WHERE revision > published_revision;
