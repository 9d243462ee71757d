package nl.botoc.monitor.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's table: one row per scenario, printed as it finishes and kept in deploy/target/fault-report.md, so a
 * run leaves the figures behind for the issue note and the README.
 */
final class FaultReport {

    private static final String HEADER = """
            | scenario | acknowledged | refused | unknown | lost | applied twice | out of order | refused but shown \
            | 503 problems | other 5xx | recovery |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
            """;
    private static final List<String> ROWS = new ArrayList<>();

    private FaultReport() {
    }

    static synchronized void add(String scenario, Verdict verdict, Ledger ledger, Duration recovery) {
        ROWS.add(String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %.1f s |", scenario,
                verdict.acknowledged(), verdict.refused(), verdict.unknown(), verdict.lost(), verdict.appliedTwice(),
                verdict.outOfOrder(), verdict.refusedButShown(), ledger.serviceUnavailableCount(),
                ledger.serverErrorCount(), recovery.toMillis() / 1000.0));
        String table = HEADER + String.join("\n", ROWS) + "\n";
        System.out.println("\nFault injection so far:\n" + table);
        try {
            Path file = Path.of(System.getProperty("project.root", "..")).resolve("deploy/target/fault-report.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
