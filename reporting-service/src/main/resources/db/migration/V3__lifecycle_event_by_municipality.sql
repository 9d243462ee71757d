-- The monitoring and IATI exports of one municipality read its interventions' events (goals, progress reports,
-- start and end): the goals and measured values stay inside the stored events, so only a way in is needed.
CREATE INDEX lifecycle_event_by_municipality ON lifecycle_event (municipality, intervention_id, sequence);
