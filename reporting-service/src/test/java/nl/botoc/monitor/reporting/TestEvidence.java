package nl.botoc.monitor.reporting;

import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.evidence.EvidenceBase;
import nl.botoc.monitor.contract.evidence.EvidenceChange;
import nl.botoc.monitor.contract.evidence.EvidenceChanged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * The real evidence base of the report (59 risk factors, 13 protective factors, 12 themes), read from the file
 * scan-service publishes it from, so that the tests see the labels and classes the running system sees and no copy
 * of it can drift. The tests run with the module as working directory.
 */
public final class TestEvidence {

    private static final Path KENNISSYNTHESE =
            Path.of("../scan-service/src/main/resources/evidence/kennissynthese-2022.json");

    private TestEvidence() {
    }

    public static EvidenceBase base() {
        try {
            return EventJson.read(Files.readString(KENNISSYNTHESE), EvidenceBase.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + KENNISSYNTHESE.toAbsolutePath(), e);
        }
    }

    /** The message scan-service would publish for this base. */
    public static String changed(EvidenceBase base) {
        return EventJson.write(new EvidenceChanged(UUID.randomUUID(), base.version(), Instant.now(), "reporting-test",
                new EvidenceChange.BaselineLoaded("Testversie " + base.version()), base));
    }
}
