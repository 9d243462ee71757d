package nl.botoc.monitor.registry.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.registry.domain.BrokenRules;
import nl.botoc.monitor.registry.domain.Change;
import nl.botoc.monitor.registry.domain.Intervention;
import nl.botoc.monitor.registry.domain.InvalidTransition;
import nl.botoc.monitor.registry.domain.LifecycleCommand;
import nl.botoc.monitor.registry.persistence.DuplicateKey;
import nl.botoc.monitor.registry.persistence.InterventionStore;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Lets the intervention decide on a command, stores the change, or recognises a request it answered before, and
 * answers both the same way: 201, the Location of what was created, the new version as ETag, and the resource's
 * representation of the state the event led to (e.g. the whole state, or only its goals).
 */
@ApplicationScoped
class ChangeRecorder {

    @Inject
    InterventionStore store;

    /** The moment of recording, cut to the microseconds PostgreSQL keeps, so that later reads show the same. */
    Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The first answer again when the command's event id was recorded before with the same content for the same
     * target (a retry); a 409 problem when the id was used for something else; empty when the id is new.
     */
    Optional<Response> answerRetry(LifecycleCommand command, Predicate<LifecycleEvent> sameTarget,
                                   Function<Intervention, ?> representation) {
        return store.findEvent(command.eventId()).map(earlier -> {
            if (!sameTarget.test(earlier.event()) || !command.isRecordedAs(earlier.event())) {
                throw Problems.eventIdReused(command.eventId());
            }
            return created(earlier, representation);
        });
    }

    /** The change {@code current} makes of the command: 409 when the lifecycle forbids it, 400 naming broken rules. */
    Change decide(Intervention current, LifecycleCommand command) {
        try {
            return current.handle(command, now());
        } catch (InvalidTransition refusal) {
            throw Problems.invalidTransition(refusal);
        } catch (BrokenRules refusal) {
            throw Problems.brokenRules(refusal);
        }
    }

    Response record(Change change, Function<Intervention, ?> representation) {
        try {
            store.save(change);
        } catch (DuplicateKey duplicate) {
            throw Problems.duplicate(duplicate, change);
        }
        return created(change, representation);
    }

    private static Response created(Change change, Function<Intervention, ?> representation) {
        return Response.created(locationOf(change))
                .tag(ETags.of(change.intervention().version()))
                .entity(representation.apply(change.intervention()))
                .build();
    }

    /** A registration created the intervention; any later event created itself. */
    private static URI locationOf(Change change) {
        LifecycleEvent event = change.event();
        String intervention = InterventionResource.PATH + "/" + event.interventionId();
        return URI.create(event.type().registers() ? intervention : intervention + "/events/" + event.sequence());
    }
}
