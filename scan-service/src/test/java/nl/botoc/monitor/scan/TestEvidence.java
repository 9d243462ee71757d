package nl.botoc.monitor.scan;

import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.evidence.EvidenceBase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The evidence base of the data file the service loads as its first version. */
public final class TestEvidence {

    public static final String ANTISOCIAL = "antisociale-persoonlijkheidskenmerken";

    private static final EvidenceBase BASELINE = read("evidence/kennissynthese-2022.json");

    private TestEvidence() {
    }

    public static EvidenceBase baseline() {
        return BASELINE;
    }

    /** The baseline with another version number: the same content, as a restored or reverted version has. */
    public static EvidenceBase baselineAt(long version) {
        return new EvidenceBase(version, BASELINE.name(), BASELINE.source(), BASELINE.notes(), BASELINE.themes(),
                BASELINE.riskFactorGroups(), BASELINE.riskFactors(), BASELINE.protectiveFactors(),
                BASELINE.recognisedMethods());
    }

    private static EvidenceBase read(String resource) {
        try (InputStream in = TestEvidence.class.getClassLoader().getResourceAsStream(resource)) {
            return EventJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), EvidenceBase.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
