package nl.botoc.monitor.registry.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response.Status;
import nl.botoc.monitor.registry.domain.Change;
import nl.botoc.monitor.registry.domain.InvalidTransition;
import nl.botoc.monitor.registry.persistence.DuplicateKey;

import java.util.UUID;

/** The RFC 9457 problems this API answers with itself; the extension adds those for bad JSON and validation. */
final class Problems {

    private Problems() {
    }

    static HttpProblem unknownIntervention(UUID id) {
        return problem(Status.NOT_FOUND, "There is no intervention " + id + ".").build();
    }

    static HttpProblem unknownEvent(UUID id, long sequence) {
        return problem(Status.NOT_FOUND, "Intervention " + id + " has no event " + sequence + ".").build();
    }

    static HttpProblem invalidTransition(InvalidTransition refusal) {
        HttpProblem.Builder problem = problem(Status.CONFLICT, capitalised(refusal.getMessage()) + ".")
                .with("eventType", refusal.type().wireName());
        refusal.from().ifPresent(status -> problem.with("currentStatus", status.wireName()));
        return problem.build();
    }

    static HttpProblem eventIdReused(UUID eventId) {
        return problem(Status.CONFLICT, "Event " + eventId
                + " was recorded before with other content or for another intervention.")
                .with("eventId", eventId)
                .build();
    }

    static HttpProblem duplicate(DuplicateKey duplicate, Change refused) {
        return switch (duplicate.key()) {
            case CODE -> problem(Status.CONFLICT, "Code " + refused.intervention().details().code()
                    + " is already used by another intervention of " + refused.intervention().municipality() + ".")
                    .with("code", refused.intervention().details().code())
                    .build();
            case EVENT_ID -> eventIdReused(refused.event().eventId());
        };
    }

    static HttpProblem ifMatchMissing() {
        return problem(Status.PRECONDITION_REQUIRED,
                "Send If-Match with the ETag of the version this event follows, e.g. If-Match: \"1\".").build();
    }

    static HttpProblem staleVersion(long currentVersion) {
        return problem(Status.PRECONDITION_FAILED,
                "The intervention has changed: it is at version " + currentVersion + ".")
                .with("currentVersion", currentVersion)
                .build();
    }

    private static HttpProblem.Builder problem(Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail);
    }

    private static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
