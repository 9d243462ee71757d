package nl.botoc.monitor.registry.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.validation.Violation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import nl.botoc.monitor.registry.domain.BrokenRules;
import nl.botoc.monitor.registry.domain.Change;
import nl.botoc.monitor.registry.domain.InvalidTransition;
import nl.botoc.monitor.registry.domain.UnknownCode;
import nl.botoc.monitor.registry.persistence.DuplicateKey;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The RFC 9457 problems this API answers with itself; the extension adds those for bad JSON and validation. */
final class Problems {

    private Problems() {
    }

    static HttpProblem unknownIntervention(UUID id) {
        return problem(Status.NOT_FOUND, "There is no intervention " + id + ".").build();
    }

    static HttpProblem forbidden(String detail) {
        return problem(Status.FORBIDDEN, detail).build();
    }

    /** 429 with the seconds until the client's next request is allowed. */
    static HttpProblem tooManyRequests(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return problem(Status.TOO_MANY_REQUESTS, "Too many requests: retry in " + seconds + " s.")
                .withHeader(HttpHeaders.RETRY_AFTER, seconds)
                .build();
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

    /** 503 until an evidence base arrived: codes cannot be told right or wrong before, so the client comes back. */
    static HttpProblem evidenceBaseUnknown(Duration retryAfter) {
        return problem(Status.SERVICE_UNAVAILABLE, "The evidence base is not known yet, so theme, factor and "
                + "method codes cannot be checked: registry learns them from the evidence base scan-service "
                + "publishes. Retry later, or send the request without codes.")
                .withHeader(HttpHeaders.RETRY_AFTER, Math.max(1, retryAfter.toSeconds()))
                .build();
    }

    /** 400 naming each unknown code's field and the valid codes, in the violations shape of bean validation. */
    static HttpProblem unknownCodes(String prefix, long evidenceVersion, List<UnknownCode> unknown) {
        return violations("Evidence base version " + evidenceVersion + " does not define "
                        + (unknown.size() == 1 ? "a code" : unknown.size() + " codes") + " of the request.",
                unknown.stream().map(code -> violation(prefix + "." + code.field(), code.message())).toList())
                .with("evidenceVersion", evidenceVersion)
                .build();
    }

    /** 400 for rules that only the intervention's current state can break, shaped as bean validation's. */
    static HttpProblem brokenRules(BrokenRules refusal) {
        return violations(refusal.getMessage(), refusal.fields().entrySet().stream()
                .map(rule -> violation(rule.getKey(), rule.getValue())).toList())
                .build();
    }

    private static HttpProblem.Builder violations(String detail, List<Violation> violations) {
        return problem(Status.BAD_REQUEST, detail).with("violations", violations);
    }

    private static Violation violation(String field, String message) {
        return Violation.In.body.field(field).message(message);
    }

    private static HttpProblem.Builder problem(Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail);
    }

    private static String capitalised(String sentence) {
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
