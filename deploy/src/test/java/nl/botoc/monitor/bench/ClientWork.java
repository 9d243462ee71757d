package nl.botoc.monitor.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * What one benchmark client sends next, as a municipality's busy week looks: now and then a new intervention
 * (registered with a measurable goal) or a start, mostly progress reports and adjustments. Each client writes only
 * its own interventions, so its If-Match is always the version it last got and nothing is refused for a race.
 */
final class ClientWork {

    /** One request to registry: where to, under which version, with which body. */
    record Request(String path, Long ifMatch, Map<String, Object> body, Intervention subject) {
    }

    /** An intervention this client registered: its id and the version registry last acknowledged. */
    static final class Intervention {
        final UUID id;
        long version;
        boolean started;
        int renames;

        Intervention(UUID id, long version) {
            this.id = id;
            this.version = version;
        }
    }

    private static final String THEME = "straatcoaches-jongerenwerk";
    private static final String INDICATOR = "begeleide-jongeren";
    private static final String UNIT = "jongeren";

    final String municipality;
    private final int client;
    private final Random random;
    private final List<Intervention> planned = new ArrayList<>();
    private final List<Intervention> started = new ArrayList<>();
    private int registered;

    ClientWork(int client, String municipality) {
        this.client = client;
        this.municipality = municipality;
        this.random = new Random(client);
    }

    /** 5 % registrations, 5 % starts, 60 % progress reports, 30 % adjustments. */
    Request next() {
        int draw = random.nextInt(100);
        if (draw < 5 || planned.isEmpty() && started.isEmpty()) {
            return registration();
        }
        if (draw < 10 && !planned.isEmpty()) {
            return start(planned.get(random.nextInt(planned.size())));
        }
        Intervention subject = any();
        return draw < 70 ? progress(subject) : adjustment(subject);
    }

    Request registration() {
        registered++;
        String code = "BENCH-" + client + "-" + registered;
        Map<String, Object> details = Map.of("code", code, "name", "Benchmark " + code, "themes", List.of(THEME),
                "primaryTheme", THEME, "measurableGoals", List.of(goal()));
        return new Request("/api/v1/municipalities/" + municipality + "/interventions", null, Map.of(
                "eventId", UUID.randomUUID(), "occurred", occurred("2020-09-01", "month"), "details", details),
                null);
    }

    /** Takes registry's answer: a new version of the subject, or a new intervention. */
    void acknowledged(Request request, UUID newId, long version) {
        if (request.subject() == null) {
            planned.add(new Intervention(newId, version));
            return;
        }
        request.subject().version = version;
        if ("started".equals(request.body().get("type")) && !request.subject().started) {
            request.subject().started = true;
            planned.remove(request.subject());
            started.add(request.subject());
        }
    }

    /** An answer other than 201 leaves the version unknown: the client stops writing that intervention. */
    void failed(Request request) {
        if (request.subject() != null) {
            planned.remove(request.subject());
            started.remove(request.subject());
        }
    }

    private Request start(Intervention subject) {
        return event(subject, Map.of("type", "started", "occurred", occurred("2021-01-04", "day"),
                "note", "Gestart"));
    }

    private Request progress(Intervention subject) {
        int value = 20 + random.nextInt(60);
        return event(subject, Map.of("type", "progress-reported", "occurred", occurred("2022-01-14", "day"),
                "measurements", List.of(Map.of("indicator", INDICATOR,
                        "period", Map.of("start", "2021-01-01", "end", "2021-12-31"), "value", value, "unit", UNIT)),
                "note", "Voortgang over 2021: " + value + " jongeren begeleid."));
    }

    private Request adjustment(Intervention subject) {
        subject.renames++;
        String name = "Benchmark " + client + " interventie " + subject.id.toString().substring(0, 8)
                + " (versie " + subject.renames + ")";
        return event(subject, Map.of("type", "adjusted", "occurred", occurred("2022-02-01", "day"),
                "changes", Map.of("name", name), "reason", "Naam aangepast na evaluatie"));
    }

    private Request event(Intervention subject, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("eventId", UUID.randomUUID());
        return new Request("/api/v1/interventions/" + subject.id + "/events", subject.version, body, subject);
    }

    private Intervention any() {
        int index = random.nextInt(planned.size() + started.size());
        return index < planned.size() ? planned.get(index) : started.get(index - planned.size());
    }

    private static Map<String, Object> occurred(String date, String precision) {
        return Map.of("date", date, "precision", precision);
    }

    private static Map<String, Object> goal() {
        return Map.of("level", "output", "description", "Jongeren uit de doelgroep worden begeleid.",
                "indicator", Map.of("code", INDICATOR, "name", "Begeleide jongeren", "unit", UNIT,
                        "direction", "higher-is-better",
                        "baseline", Map.of("value", 0, "date", "2020-09-01"),
                        "targets", List.of(
                                Map.of("period", Map.of("start", "2021-01-01", "end", "2021-12-31"), "value", 60),
                                Map.of("period", Map.of("start", "2022-01-01", "end", "2022-12-31"), "value", 70)),
                        "measurement", "Registratie van het jongerenwerk, per kwartaal geteld."));
    }
}
