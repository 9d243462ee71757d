package nl.botoc.monitor.registry.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.registry.config.EvidenceConfig;
import nl.botoc.monitor.registry.domain.EvidenceCodes;
import nl.botoc.monitor.registry.domain.UnknownCode;
import nl.botoc.monitor.registry.messaging.CurrentEvidence;

import java.util.List;

/** Lets through details whose theme, factor and method codes the newest known evidence base defines. */
@ApplicationScoped
class KnownCodes {

    @Inject
    CurrentEvidence evidence;

    @Inject
    EvidenceConfig config;

    /**
     * Returns when {@code details} (at {@code prefix} in the request) name no code or only defined ones; throws a 400
     * problem naming each unknown code, or a 503 while no evidence base has arrived to check codes against.
     */
    void require(String prefix, InterventionDetails details) {
        if (details == null || !EvidenceCodes.anyIn(details)) {
            return;
        }
        EvidenceCodes codes = evidence.codes()
                .orElseThrow(() -> Problems.evidenceBaseUnknown(config.retryAfter()));
        List<UnknownCode> unknown = codes.unknownIn(details);
        if (!unknown.isEmpty()) {
            throw Problems.unknownCodes(prefix, codes.version(), unknown);
        }
    }
}
