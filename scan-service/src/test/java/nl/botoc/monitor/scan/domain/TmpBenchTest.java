package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.LifecycleEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static nl.botoc.monitor.scan.TestEvidence.baseline;
import static nl.botoc.monitor.scan.TestEvents.*;

class TmpBenchTest {
    @Test
    void bench() {
        int n = 100_000;
        List<List<String>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(history(UUID.randomUUID(), planned("X" + i, "Naam"), started(), renamed("Ander")).stream().map(EventJson::write).toList());
        }
        List<List<LifecycleEvent>> parsed = all.stream().map(h -> h.stream().map(EventJson::readLifecycleEvent).toList()).toList();
        for (int round = 0; round < 3; round++) {
            long a = System.nanoTime();
            for (List<String> h : all) { h.forEach(EventJson::readLifecycleEvent); }
            long b = System.nanoTime();
            List<InterventionScan> scans = new ArrayList<>();
            Instant t = Instant.now();
            for (List<LifecycleEvent> h : parsed) { scans.add(ScanDerivation.derive(h, baseline()).toScan(1, 2, t)); }
            long c = System.nanoTime();
            for (InterventionScan sc : scans) { EventJson.write(sc); }
            long d = System.nanoTime();
            for (List<LifecycleEvent> h : parsed) { Classifier.classify(h.get(0).payload() instanceof nl.botoc.monitor.contract.LifecyclePayload.Planned p ? p.details() : null, List.of("name"), java.time.LocalDate.of(2021,1,1), baseline()); }
            long e = System.nanoTime();
            System.out.printf("BENCH parse %d ms, derive %d ms, write %d ms, classify %d ms%n", (b-a)/1000000, (c-b)/1000000, (d-c)/1000000, (e-d)/1000000);
        }
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            long bytes = 0;
            Instant now = Instant.now();
            for (List<String> h : all) {
                List<LifecycleEvent> events = h.stream().map(EventJson::readLifecycleEvent).toList();
                InterventionScan scan = ScanDerivation.derive(events, baseline()).toScan(1, 2, now);
                bytes += EventJson.write(scan).length();
            }
            System.out.printf("BENCH round %d: %d ms, avg scan %d bytes%n", round, (System.nanoTime() - t0) / 1_000_000, bytes / n);
        }
    }
}
