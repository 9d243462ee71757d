package nl.botoc.monitor.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Municipalities updating their interventions side by side, as in a busy week: each worker takes interventions one
 * after the other and walks each through its life (registered, started, adjusted a few times), with one update
 * registry must refuse in the middle (an unknown theme). Every outcome goes into the ledger.
 */
final class Load implements AutoCloseable {

    private static final Map<String, Object> SOME_DAY = Map.of("date", "2021-03-01", "precision", "day");
    private static final String THEME = "straatcoaches-jongerenwerk";

    private final RegistryClient client;
    private final Ledger ledger;
    private final ExecutorService workers;
    private final List<Future<?>> running = new ArrayList<>();

    /**
     * @param municipalities     the scenario's own CBS codes, so its figures are its own
     * @param interventions      in all, spread over the municipalities
     * @param adjustments        per intervention, after its start
     * @param pauseBetweenEvents keeps the rate near what a scenario needs to hit its fault under load
     */
    static Load start(RegistryClient client, Ledger ledger, List<String> municipalities, int interventions,
                      int adjustments, int workerCount, Duration pauseBetweenEvents) {
        Load load = new Load(client, ledger, workerCount);
        for (int worker = 0; worker < workerCount; worker++) {
            int first = worker;
            load.running.add(load.workers.submit(() -> {
                for (int n = first; n < interventions; n += workerCount) {
                    load.walk(municipalities.get(n % municipalities.size()), n, adjustments, pauseBetweenEvents);
                }
                return null;
            }));
        }
        load.workers.shutdown();
        return load;
    }

    private Load(RegistryClient client, Ledger ledger, int workerCount) {
        this.client = client;
        this.ledger = ledger;
        this.workers = Executors.newFixedThreadPool(workerCount);
    }

    private void walk(String municipality, int n, int adjustments, Duration pause) throws InterruptedException {
        String code = "F" + n;
        String name = "Foutbestendigheid " + n;
        UUID registration = UUID.randomUUID();
        Optional<RegistryClient.Answer> registered = client.register(municipality, Map.of(
                "eventId", registration,
                "occurred", Map.of("date", "2020-09-01", "precision", "month"),
                "details", Map.of("code", code, "name", name, "themes", List.of(THEME), "primaryTheme", THEME)));
        if (registered.isEmpty() || !registered.get().acknowledged()) {
            settle(registration, null, municipality, name, registered);
            return;
        }
        UUID id = UUID.fromString((String) registered.get().body().get("id"));
        settle(registration, id, municipality, name, registered);
        long version = registered.get().version();
        version = next(municipality, id, version, name,
                Map.of("type", "started", "occurred", SOME_DAY, "note", "Gestart"), pause);
        for (int round = 1; round <= adjustments && version > 0; round++) {
            if (round == 1) {
                refusedUpdate(municipality, id, version);
            }
            name = "Foutbestendigheid " + n + " (versie " + (round + 1) + ")";
            version = next(municipality, id, version, name, Map.of("type", "adjusted", "occurred", SOME_DAY,
                    "changes", Map.of("name", name), "reason", "Naam aangepast, ronde " + round), pause);
        }
    }

    /** The next event of an intervention; its new version, or 0 when the outcome is not acknowledged. */
    private long next(String municipality, UUID id, long version, String nameAfter, Map<String, Object> fields,
                      Duration pause) throws InterruptedException {
        Thread.sleep(pause.toMillis());
        UUID eventId = UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(fields);
        body.put("eventId", eventId);
        Optional<RegistryClient.Answer> answer = client.record(municipality, id, version, body);
        settle(eventId, id, municipality, nameAfter, answer);
        return answer.filter(RegistryClient.Answer::acknowledged).map(RegistryClient.Answer::version).orElse(0L);
    }

    /** An update naming a theme the evidence base does not know: registry must refuse it, and nothing may show it. */
    private void refusedUpdate(String municipality, UUID id, long version) throws InterruptedException {
        UUID eventId = UUID.randomUUID();
        Optional<RegistryClient.Answer> answer = client.record(municipality, id, version, Map.of(
                "eventId", eventId, "type", "adjusted", "occurred", SOME_DAY,
                "changes", Map.of("themes", List.of("bestaat-niet")), "reason", "Onbekend thema"));
        settle(eventId, id, municipality, null, answer);
    }

    private void settle(UUID eventId, UUID interventionId, String municipality, String nameAfter,
                        Optional<RegistryClient.Answer> answer) {
        if (answer.isEmpty()) {
            ledger.unknown(eventId, interventionId, municipality);
        } else if (answer.get().acknowledged()) {
            ledger.acknowledged(eventId, interventionId, municipality, answer.get().version(), nameAfter);
        } else {
            ledger.refused(eventId, interventionId, municipality);
        }
    }

    /** Waits until every worker is through; a worker's failure fails the scenario. */
    void awaitDone(Duration atMost) throws Exception {
        if (!workers.awaitTermination(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the load did not finish within " + atMost);
        }
        for (Future<?> worker : running) {
            worker.get();
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
