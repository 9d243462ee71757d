-- Interventions as their last event left them, and every event: the event table is also the outbox to Kafka.

CREATE TABLE intervention (
    id            uuid        PRIMARY KEY,
    municipality  text        NOT NULL,
    code          text,
    status        text        NOT NULL CHECK (status IN ('PLANNED', 'STARTED', 'COMPLETED', 'CANCELLED')),
    origin        text        NOT NULL CHECK (origin IN ('ORIGINAL_PLAN', 'ADDED')),
    adjusted      boolean     NOT NULL,
    version       bigint      NOT NULL CHECK (version >= 1),
    details       jsonb       NOT NULL,
    registered_at timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    -- NULLs are distinct, so any number of interventions may go without a code; the index also serves lists.
    CONSTRAINT intervention_code_unique UNIQUE (municipality, code)
);

CREATE TABLE intervention_event (
    -- Insert order: the order the relay publishes in. Not a high-water mark: a row with a lower position may
    -- commit after one with a higher position, so the relay always looks for every unpublished row.
    position        bigserial   NOT NULL,
    event_id        uuid        PRIMARY KEY,
    intervention_id uuid        NOT NULL REFERENCES intervention (id),
    sequence        bigint      NOT NULL CHECK (sequence >= 1),
    type            text        NOT NULL,
    -- Exactly the text published to Kafka (EventJson of the LifecycleEvent), hence text rather than jsonb.
    envelope        text        NOT NULL,
    -- The intervention right after this event, so that a retried request is answered exactly as the first time.
    state_after     jsonb       NOT NULL,
    recorded_at     timestamptz NOT NULL,
    -- Set only after Kafka acknowledged the event.
    published_at    timestamptz,
    CONSTRAINT intervention_event_sequence_unique UNIQUE (intervention_id, sequence)
);

CREATE INDEX intervention_event_unpublished ON intervention_event (position) WHERE published_at IS NULL;
