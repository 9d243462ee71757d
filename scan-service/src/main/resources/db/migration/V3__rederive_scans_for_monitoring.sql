-- Scans derived before contract version 2 carry no monitoring quality. Marking them as derived under version 0,
-- below every evidence version, makes the re-derivation sweep derive each anew from its applied events under the
-- current version and publish it, so that no scan stays without monitoring. A database without scans is untouched.
UPDATE intervention_scan SET evidence_version = 0;
