package nl.botoc.monitor.reporting.api;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import nl.botoc.monitor.reporting.config.OverviewConfig;
import nl.botoc.monitor.reporting.domain.Viewer;
import nl.botoc.monitor.reporting.persistence.ReadModelChanged;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells the open pages what changed, so that each refreshes only when it shows something that did: the pages keep
 * their own figures and fetch their changed parts themselves (js/live.js). Coalesced like the overview stream; a
 * push names every municipality and intervention changed since the one before, or says that everything may have.
 */
@ApplicationScoped
public class PageUpdates {

    /** Beyond this many named changes, a push simply says "everything": every page refreshes once. */
    private static final int MOST_NAMED = 100;

    /**
     * One push.
     *
     * @param id             numbers the pushes since this instance started; a page rendered after push n
     *                       carries n and ignores the replay of n on connecting
     * @param everything     every page may have changed (an evidence base arrived, or too many changes to name)
     * @param municipalities the CBS codes whose pages changed
     * @param interventions  the interventions whose pages changed
     */
    public record Change(long id, boolean everything, Set<String> municipalities,
                         @JsonIgnore Map<UUID, String> owners) {

        /** The interventions whose pages changed. */
        @JsonProperty
        public Set<UUID> interventions() {
            return owners.keySet();
        }

        /**
         * What of this change the viewer may hear of: everything for the ministry and the researchers; only its own
         * municipality and interventions for a municipality (nothing when none changed); that the national figures
         * changed, without names, for anyone else (a public national page).
         */
        public Optional<Change> seenBy(Viewer viewer) {
            if (viewer.readsEverything()) {
                return Optional.of(this);
            }
            if (viewer.municipality().isEmpty()) {
                return Optional.of(new Change(id, everything, Set.of(), Map.of()));
            }
            String own = viewer.municipality().get();
            Map<UUID, String> ownInterventions = new TreeMap<>();
            owners.forEach((intervention, owner) -> {
                if (owner.equals(own)) {
                    ownInterventions.put(intervention, owner);
                }
            });
            Change seen = new Change(id, everything, municipalities.contains(own) ? Set.of(own) : Set.of(),
                    ownInterventions);
            return everything || !seen.municipalities.isEmpty() || !ownInterventions.isEmpty()
                    ? Optional.of(seen) : Optional.empty();
        }
    }

    private final AtomicLong ids = new AtomicLong();
    private final LatestBroadcast<Change> broadcast = new LatestBroadcast<>();
    private final Coalescer coalescer;
    /** Guarded by this: what changed since the last push. */
    private boolean everything;
    private Set<String> municipalities = new TreeSet<>();
    private Map<UUID, String> interventions = new TreeMap<>();

    PageUpdates(OverviewConfig config) {
        this.coalescer = new Coalescer("page-push", config.pushInterval(), this::push);
    }

    public Multi<Change> stream() {
        return broadcast.stream();
    }

    /** The id of the latest push: a page rendered now reflects at least that much. */
    public long latestId() {
        return broadcast.latest().map(Change::id).orElse(0L);
    }

    @PreDestroy
    void stopPushing() {
        coalescer.close();
    }

    /** A first push, so that a page connecting before any change hears from the stream at once. */
    void onStart(@Observes StartupEvent start) {
        onReadModelChanged(ReadModelChanged.everything());
    }

    void onReadModelChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadModelChanged change) {
        synchronized (this) {
            if (change.concernsEverything()) {
                everything = true;
            }
            if (change.municipality() != null) {
                municipalities.add(change.municipality());
            }
            if (change.interventionId() != null) {
                interventions.put(change.interventionId(), change.municipality());
            }
        }
        coalescer.markChanged();
    }

    private void push() {
        Change change;
        synchronized (this) {
            boolean all = everything || municipalities.size() + interventions.size() > MOST_NAMED;
            change = new Change(ids.incrementAndGet(), all, all ? Set.of() : Set.copyOf(municipalities),
                    all ? Map.of() : Map.copyOf(interventions));
            everything = false;
            municipalities = new TreeSet<>();
            interventions = new TreeMap<>();
        }
        broadcast.publish(change);
    }
}
