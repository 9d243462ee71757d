package nl.botoc.monitor.faults;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The invariant, counted: every acknowledged event appears exactly once in scan-service's and reporting-service's
 * state, in its intervention's order, and nothing registry refused appears at all.
 *
 * <ul>
 *   <li>lost: acknowledged events a projection does not show (scan-service: beyond the scan's lifecycle
 *       sequence; reporting: missing from the intervention's timeline or beyond its read model's sequence);</li>
 *   <li>applied twice: events reporting's timeline shows more than once, a projection further along an
 *       intervention's life than registry ever acknowledged (or left unknown), and interventions counted more
 *       often in the overview than they were registered;</li>
 *   <li>out of order: interventions whose final name in a projection is not the last acknowledged one;</li>
 *   <li>refused but shown: refused events in a timeline.</li>
 * </ul>
 */
record Verdict(int acknowledged, int refused, int unknown, int lost, int appliedTwice, int outOfOrder,
               int refusedButShown, int figuresOff, List<String> findings) {

    boolean holds() {
        return lost == 0 && appliedTwice == 0 && outOfOrder == 0 && refusedButShown == 0 && figuresOff == 0;
    }

    /** The quick part: both projections have caught up with every acknowledged event. */
    static boolean caughtUp(Ledger ledger, Projections projections) throws IOException, InterruptedException {
        Map<String, Map<UUID, Long>> expected = ledger.with(Ledger.Outcome.ACKNOWLEDGED).stream()
                .filter(e -> e.interventionId() != null)
                .collect(Collectors.groupingBy(Ledger.Entry::municipality,
                        Collectors.toMap(Ledger.Entry::interventionId, Ledger.Entry::sequence, Math::max)));
        for (Map.Entry<String, Map<UUID, Long>> municipality : expected.entrySet()) {
            Map<UUID, Projections.Seen> scans = projections.scans(municipality.getKey());
            Map<UUID, Projections.Seen> reported = projections.reported(municipality.getKey());
            for (Map.Entry<UUID, Long> intervention : municipality.getValue().entrySet()) {
                if (sequence(scans, intervention.getKey()) < intervention.getValue()
                        || sequence(reported, intervention.getKey()) < intervention.getValue()) {
                    return false;
                }
            }
        }
        // reporting's timeline comes from the lifecycle topic through a consumer of its own, which may trail the
        // scans (e.g. while a partition waits for a new leader): the verdict judges it too, so it is awaited too.
        Map<UUID, Set<UUID>> events = ledger.with(Ledger.Outcome.ACKNOWLEDGED).stream()
                .filter(e -> e.interventionId() != null)
                .collect(Collectors.groupingBy(Ledger.Entry::interventionId,
                        Collectors.mapping(Ledger.Entry::eventId, Collectors.toSet())));
        for (Map.Entry<UUID, Set<UUID>> intervention : events.entrySet()) {
            if (!projections.timeline(intervention.getKey()).keySet().containsAll(intervention.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The whole count, event by event. */
    static Verdict of(Ledger ledger, Projections projections) throws IOException, InterruptedException {
        List<String> findings = new ArrayList<>();
        Map<UUID, List<Ledger.Entry>> byIntervention = ledger.entries().stream()
                .filter(entry -> entry.interventionId() != null)
                .collect(Collectors.groupingBy(Ledger.Entry::interventionId));
        int lost = 0;
        int twice = 0;
        int disordered = 0;
        int refusedShown = 0;
        Map<String, Map<UUID, Projections.Seen>> scans = new HashMap<>();
        Map<String, Map<UUID, Projections.Seen>> reported = new HashMap<>();
        for (String municipality : municipalities(ledger)) {
            scans.put(municipality, projections.scans(municipality));
            reported.put(municipality, projections.reported(municipality));
        }
        for (Map.Entry<UUID, List<Ledger.Entry>> intervention : byIntervention.entrySet()) {
            UUID id = intervention.getKey();
            List<Ledger.Entry> entries = intervention.getValue();
            String municipality = entries.get(0).municipality();
            Projections.Seen scan = scans.get(municipality).get(id);
            Projections.Seen report = reported.get(municipality).get(id);
            Map<UUID, Integer> timeline = projections.timeline(id);
            List<Ledger.Entry> acknowledged = entries.stream()
                    .filter(e -> e.outcome() == Ledger.Outcome.ACKNOWLEDGED)
                    .sorted(Comparator.comparingLong(Ledger.Entry::sequence)).toList();
            long unknown = entries.stream().filter(e -> e.outcome() == Ledger.Outcome.UNKNOWN).count();
            long last = acknowledged.isEmpty() ? 0 : acknowledged.get(acknowledged.size() - 1).sequence();
            for (Ledger.Entry event : acknowledged) {
                boolean inScan = scan != null && scan.sequence() >= event.sequence();
                boolean inReport = report != null && report.sequence() >= event.sequence()
                        && timeline.containsKey(event.eventId());
                if (!inScan || !inReport) {
                    lost++;
                    findings.add("lost: event " + event.sequence() + " of " + id + (inScan ? "" : " (scan)")
                            + (inReport ? "" : " (reporting)"));
                }
            }
            for (Map.Entry<UUID, Integer> shown : timeline.entrySet()) {
                if (shown.getValue() > 1) {
                    twice += shown.getValue() - 1;
                    findings.add("twice: event " + shown.getKey() + " of " + id + " shown " + shown.getValue() + "x");
                }
            }
            for (Projections.Seen seen : new Projections.Seen[] {scan, report}) {
                if (seen != null && seen.sequence() > last + unknown) {
                    twice++;
                    findings.add("beyond: " + id + " at " + seen.sequence() + ", acknowledged up to " + last);
                }
            }
            String lastName = acknowledged.isEmpty() ? null : acknowledged.get(acknowledged.size() - 1).name();
            if (unknown == 0 && lastName != null && (scan != null && !lastName.equals(scan.name())
                    || report != null && !lastName.equals(report.name()))) {
                disordered++;
                findings.add("order: " + id + " shows " + (scan == null ? null : scan.name()) + " / "
                        + (report == null ? null : report.name()) + ", last acknowledged " + lastName);
            }
            for (Ledger.Entry refused : entries) {
                if (refused.outcome() == Ledger.Outcome.REFUSED && timeline.containsKey(refused.eventId())) {
                    refusedShown++;
                    findings.add("refused but shown: " + refused.eventId() + " of " + id);
                }
            }
        }
        int figuresOff = 0;
        for (String municipality : municipalities(ledger)) {
            long registered = ledger.with(Ledger.Outcome.ACKNOWLEDGED).stream()
                    .filter(e -> e.sequence() == 1 && municipality.equals(e.municipality())).count();
            int counted = projections.counted(municipality);
            if (counted != registered) {
                figuresOff++;
                findings.add("figures: " + municipality + " counts " + counted + ", registered " + registered);
            }
        }
        return new Verdict(ledger.with(Ledger.Outcome.ACKNOWLEDGED).size(), ledger.with(Ledger.Outcome.REFUSED).size(),
                ledger.with(Ledger.Outcome.UNKNOWN).size(), lost, twice, disordered, refusedShown, figuresOff,
                findings);
    }

    private static Set<String> municipalities(Ledger ledger) {
        Set<String> municipalities = new HashSet<>();
        ledger.entries().forEach(entry -> municipalities.add(entry.municipality()));
        return municipalities;
    }

    private static long sequence(Map<UUID, Projections.Seen> seen, UUID id) {
        Projections.Seen intervention = seen.get(id);
        return intervention == null ? 0 : intervention.sequence();
    }
}
