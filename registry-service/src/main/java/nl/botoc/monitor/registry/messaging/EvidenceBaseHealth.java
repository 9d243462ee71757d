package nl.botoc.monitor.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.botoc.monitor.registry.domain.EvidenceCodes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Optional;

/**
 * Tells whether the evidence base is known, and which version, but is UP either way. Registry is useful without it
 * (requests without codes, reads), and scan-service may start later than registry: were registry not ready until
 * scan-service published, anything that starts scan-service only after registry is ready would wait forever.
 */
@Readiness
@ApplicationScoped
public class EvidenceBaseHealth implements HealthCheck {

    @Inject
    CurrentEvidence current;

    @Override
    public HealthCheckResponse call() {
        Optional<EvidenceCodes> codes = current.codes();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("evidence-base").up()
                .withData("known", codes.isPresent());
        codes.ifPresent(known -> response.withData("version", known.version()));
        return response.build();
    }
}
