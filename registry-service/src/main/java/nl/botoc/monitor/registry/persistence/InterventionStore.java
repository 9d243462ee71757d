package nl.botoc.monitor.registry.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import nl.botoc.monitor.registry.domain.Change;
import nl.botoc.monitor.registry.domain.Intervention;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Interventions and their events in PostgreSQL. A change and its event row are written in one transaction. */
@ApplicationScoped
public class InterventionStore {

    @Inject
    Event<EventStored> eventStored;

    public Optional<Intervention> find(UUID id) {
        return InterventionEntity.<InterventionEntity>findByIdOptional(id).map(InterventionEntity::toDomain);
    }

    /** Reads the intervention and locks it until the transaction ends, so that changes to it queue up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Intervention> findForChange(UUID id) {
        return InterventionEntity.<InterventionEntity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .map(InterventionEntity::toDomain);
    }

    /** The municipality's interventions in the order they were registered: {@code limit} from {@code offset}. */
    public List<Intervention> ofMunicipality(String municipality, int offset, int limit) {
        return InterventionEntity.<InterventionEntity>find("municipality", Sort.by("registeredAt").and("id"),
                        municipality).range(offset, offset + limit - 1)
                .stream().map(InterventionEntity::toDomain).toList();
    }

    /** The event with this id and the state it led to, if it was recorded. */
    public Optional<Change> findEvent(UUID eventId) {
        return InterventionEvent.<InterventionEvent>findByIdOptional(eventId).map(InterventionEvent::toChange);
    }

    /** The intervention's events as published, in sequence order; empty when there is no such intervention. */
    public List<String> envelopes(UUID interventionId) {
        return InterventionEvent.<InterventionEvent>list("interventionId", Sort.by("sequence"), interventionId)
                .stream().map(event -> event.envelope).toList();
    }

    public Optional<String> envelope(UUID interventionId, long sequence) {
        return InterventionEvent.<InterventionEvent>find("interventionId = ?1 and sequence = ?2",
                interventionId, sequence).firstResultOptional().map(event -> event.envelope);
    }

    /**
     * Writes the intervention as the change left it and the event row that records it, in the caller's
     * transaction. Throws {@link DuplicateKey} when the code or the event id is taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Change change) {
        Intervention state = change.intervention();
        InterventionEntity entity = change.event().type().registers()
                ? new InterventionEntity()
                : InterventionEntity.<InterventionEntity>findById(state.id());
        // Most events keep the code: asking whether another holds it would cost a query per event for nothing.
        if (!Objects.equals(entity.code, state.details().code()) && codeTakenByAnother(state)) {
            throw new DuplicateKey(DuplicateKey.Key.CODE, null);
        }
        entity.apply(state);
        entity.persist();
        InterventionEvent.recording(change).persist();
        flushOrExplainDuplicate();
        eventStored.fire(new EventStored(change.event().eventId()));
    }

    private static boolean codeTakenByAnother(Intervention state) {
        String code = state.details().code();
        return code != null && InterventionEntity.count("municipality = ?1 and code = ?2 and id <> ?3",
                state.municipality(), code, state.id()) > 0;
    }

    /** Flushes now, so that a code or event id taken by a concurrent request surfaces here, as a DuplicateKey. */
    private static void flushOrExplainDuplicate() {
        try {
            InterventionEntity.flush();
        } catch (PersistenceException e) {
            throw DuplicateKey.behind(e).map(RuntimeException.class::cast).orElse(e);
        }
    }
}
