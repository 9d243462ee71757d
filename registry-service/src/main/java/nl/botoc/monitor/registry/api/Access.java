package nl.botoc.monitor.registry.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import nl.botoc.monitor.registry.domain.Caller;
import nl.botoc.monitor.registry.domain.Caller.Verdict;
import nl.botoc.monitor.registry.domain.Intervention;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one place where the verified token meets the resources: builds the {@link Caller} and turns its verdicts into
 * 403 problems, or into the same 404 an absent intervention gets. Resources are {@code @Authenticated}, so a
 * request reaches this only with a valid token.
 */
@RequestScoped
class Access {

    private static final String CBS_CLAIM = "cbs";

    @Inject
    JsonWebToken token;

    /** Who posts, recorded as the event's actor. */
    String actor() {
        return caller().subject();
    }

    void requireRegistering(String cbsCode) {
        require(caller().registering(cbsCode), "Only municipality " + cbsCode + " registers its interventions.");
    }

    void requireListing(String cbsCode) {
        require(caller().listing(cbsCode), "The interventions of " + cbsCode + " are listed for that municipality "
                + "and the ministry.");
    }

    /** The intervention, if the caller may read it; 404 when there is none or it is another municipality's. */
    Intervention readable(UUID id, Optional<Intervention> found) {
        require(caller().reading(found.map(Intervention::municipality)),
                "Interventions are read by their municipality and the ministry.",
                () -> Problems.unknownIntervention(id));
        return found.orElseThrow();
    }

    /** The intervention, if the caller may change it; 404 when there is none or it is another municipality's. */
    Intervention changeable(UUID id, Optional<Intervention> found) {
        require(caller().changing(found.map(Intervention::municipality)),
                "Interventions are changed by their own municipality alone.",
                () -> Problems.unknownIntervention(id));
        return found.orElseThrow();
    }

    private Caller caller() {
        // A code that is not a JSON string (a number, a list) is no code: it names no municipality.
        Optional<String> cbs = token.claim(CBS_CLAIM).filter(String.class::isInstance).map(String.class::cast);
        return new Caller(token.getSubject(), token.getGroups(), cbs);
    }

    /** For what is not secret, such as a municipality's code: whatever is not allowed is forbidden. */
    private static void require(Verdict verdict, String forbidden) {
        require(verdict, forbidden, () -> Problems.forbidden(forbidden));
    }

    private static void require(Verdict verdict, String forbidden, Supplier<HttpProblem> absent) {
        switch (verdict) {
            case ALLOWED -> {
            }
            case FORBIDDEN -> throw Problems.forbidden(forbidden);
            case HIDDEN -> throw absent.get();
        }
    }
}
