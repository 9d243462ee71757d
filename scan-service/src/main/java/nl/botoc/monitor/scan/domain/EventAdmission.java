package nl.botoc.monitor.scan.domain;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.evidence.EvidenceBase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether a lifecycle event that follows the contract may be applied: events on Kafka are input like any request.
 * It must come from the municipality that registered its intervention, and name only theme, factor and method
 * codes the evidence base knows. The evidence base only ever gains codes, so an event valid when posted stays
 * valid when the log is replayed.
 */
public final class EventAdmission {

    private EventAdmission() {
    }

    /**
     * Why the event may not be applied, or empty when it may.
     *
     * @param owner the municipality the intervention's registering event named; empty while none was applied
     */
    public static Optional<String> refusal(LifecycleEvent event, Optional<String> owner, EvidenceBase evidence) {
        if (owner.isPresent() && !owner.get().equals(event.municipality())) {
            return Optional.of("municipality " + event.municipality() + " is not the owner of intervention "
                    + event.interventionId() + ": its registering event named " + owner.get());
        }
        List<String> unknown = unknownCodes(detailsOf(event.payload()), evidence);
        if (!unknown.isEmpty()) {
            return Optional.of("codes unknown to evidence version " + evidence.version() + ": "
                    + String.join(", ", unknown));
        }
        return Optional.empty();
    }

    /** The details an event states, whole or as changes; null when it states none. */
    private static InterventionDetails detailsOf(LifecyclePayload payload) {
        return switch (payload.type()) {
            case PLANNED -> ((LifecyclePayload.Planned) payload).details();
            case ADDED -> ((LifecyclePayload.Added) payload).details();
            case ADJUSTED -> ((LifecyclePayload.Adjusted) payload).changes();
            case STARTED, CANCELLED, COMPLETED, PROGRESS_REPORTED -> null;
        };
    }

    /** Each unknown code as "field 'code'", e.g. {@code themes[1] 'bestaat-niet'}. */
    private static List<String> unknownCodes(InterventionDetails details, EvidenceBase evidence) {
        List<String> unknown = new ArrayList<>();
        if (details == null) {
            return unknown;
        }
        Predicate<String> theme = code -> evidence.theme(code).isPresent();
        each(unknown, "themes", details.themes(), theme);
        one(unknown, "primaryTheme", details.primaryTheme(), theme);
        each(unknown, "riskFactors", details.riskFactors(), code -> evidence.riskFactor(code).isPresent());
        each(unknown, "protectiveFactors", details.protectiveFactors(),
                code -> evidence.protectiveFactor(code).isPresent());
        one(unknown, "method", details.method(), code -> evidence.method(code).isPresent());
        return unknown;
    }

    private static void each(List<String> unknown, String field, List<String> codes, Predicate<String> known) {
        for (int i = 0; codes != null && i < codes.size(); i++) {
            one(unknown, field + "[" + i + "]", codes.get(i), known);
        }
    }

    private static void one(List<String> unknown, String field, String code, Predicate<String> known) {
        if (code != null && !known.test(code)) {
            unknown.add(field + " '" + code + "'");
        }
    }
}
