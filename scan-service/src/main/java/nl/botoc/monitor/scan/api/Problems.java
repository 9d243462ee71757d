package nl.botoc.monitor.scan.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response.Status;
import nl.botoc.monitor.scan.domain.EvidenceRevision.InvalidEvidenceChange;

import java.util.UUID;

/** The RFC 9457 problems the API answers with itself; the extension adds those for bad JSON and authentication. */
final class Problems {

    private Problems() {
    }

    static HttpProblem unknownVersion(long version) {
        return problem(Status.NOT_FOUND, "There is no evidence version " + version + ".").build();
    }

    static HttpProblem staleVersion(long currentVersion) {
        return problem(Status.PRECONDITION_FAILED,
                "The evidence base has changed: it is at version " + currentVersion + ".")
                .with("currentVersion", currentVersion)
                .build();
    }

    /** Names the field, as the change's JSON names it, so a client can point at it. */
    static HttpProblem invalidChange(InvalidEvidenceChange refusal) {
        return problem(Status.BAD_REQUEST, "The change does not fit the evidence base: " + refusal.getMessage() + ".")
                .with("field", refusal.field())
                .build();
    }

    /** The token is valid but its roles do not allow this; says no more, so as not to teach what would. */
    static HttpProblem forbidden() {
        return problem(Status.FORBIDDEN, "Your role does not allow this.").build();
    }

    /** The same answer for a scan that does not exist and one the caller may not see: existence is not revealed. */
    static HttpProblem unknownScan(UUID interventionId) {
        return problem(Status.NOT_FOUND, "There is no scan of intervention " + interventionId + ".").build();
    }

    static HttpProblem missingChange() {
        return problem(Status.BAD_REQUEST, "Send the change as JSON, e.g. {\"type\": \"factor-reclassified\", ...}.")
                .with("field", "type")
                .build();
    }

    private static HttpProblem.Builder problem(Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail);
    }
}
