package nl.botoc.monitor.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The golden JSON files of the contract; shipped in the test-jar so every service round-trips the same ones. */
public final class GoldenFixtures {

    public static final List<String> LIFECYCLE = List.of(
            "lifecycle/planned.json", "lifecycle/added.json", "lifecycle/started.json",
            "lifecycle/adjusted.json", "lifecycle/cancelled.json", "lifecycle/completed.json",
            "lifecycle/progress-reported.json");

    public static final List<String> SCANS = List.of("scans/scan.json", "scans/classified-scan.json");

    public static final List<String> EVIDENCE = List.of("evidence/factor-reclassified.json");

    private GoldenFixtures() {
    }

    public static String read(String fixture) {
        try (InputStream in = GoldenFixtures.class.getResourceAsStream("/fixtures/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every lifecycle fixture by name, as its JSON text. */
    public static Map<String, String> lifecycleJson() {
        return LIFECYCLE.stream().collect(Collectors.toMap(name -> name, GoldenFixtures::read));
    }
}
