-- The dates an intervention's life runs between, so that a progress report is checked against them without
-- reading its history: the occurred (date and precision, as in the envelope) of its registering event and of
-- its completed or cancelled event. Rows of before this migration take them from their stored events.

ALTER TABLE intervention
    ADD COLUMN registration_occurred jsonb,
    ADD COLUMN ending_occurred       jsonb;

UPDATE intervention i
SET registration_occurred = e.envelope::jsonb -> 'occurred'
FROM intervention_event e
WHERE e.intervention_id = i.id AND e.sequence = 1;

-- The lifecycle allows one ending at most, and nothing but a progress report after it.
UPDATE intervention i
SET ending_occurred = e.envelope::jsonb -> 'occurred'
FROM intervention_event e
WHERE e.intervention_id = i.id AND e.type IN ('COMPLETED', 'CANCELLED');

ALTER TABLE intervention ALTER COLUMN registration_occurred SET NOT NULL;
