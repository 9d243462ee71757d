package nl.botoc.monitor.bench;

import nl.botoc.monitor.faults.FaultSystem;
import nl.botoc.monitor.faults.FaultSystem.Service;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The performance benchmark of issue 8 (run by {@code deploy/local/botoc bench}, never by {@code ./mvnw verify}):
 * starts the whole system on this machine, measures ingest at rising concurrency, reads at a steady rate, freshness
 * (registry's 201 to reporting's server-sent event) at a steady event rate, scan-service replaying a log of a
 * million events and re-deriving every scan after an evidence change, each service's peak memory and, in the same
 * run, what Kafka and PostgreSQL manage on their own; prints a Markdown table and writes it to
 * deploy/target/bench/benchmark-&lt;date&gt;.md.
 */
public final class Benchmark {

    private static final int PORT_BASE = 29100;
    /** {@code --quick}: a few minutes that show the benchmark works end to end; its figures mean little. */
    private static final boolean QUICK = Boolean.getBoolean("bench.quick");
    private static final int[] CLIENTS = QUICK ? new int[] {1, 8} : new int[] {1, 2, 4, 8, 16, 32};
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration MEASURED = Duration.ofSeconds(QUICK ? 5 : 15);
    private static final int READS_PER_SECOND = 500;
    private static final int MUNICIPALITIES = 16;
    private static final int FRESHNESS_INTERVENTIONS_PER_CLIENT = QUICK ? 10 : 60;
    private static final Duration FRESHNESS_MEASURED = Duration.ofSeconds(QUICK ? 10 : 30);
    private static final long REPLAY_EVENTS = QUICK ? 50_000 : 1_000_000;
    private static final Duration REPLAY_AT_MOST = Duration.ofMinutes(QUICK ? 2 : 10);
    private static final Duration REDERIVATION_AT_MOST = Duration.ofMinutes(QUICK ? 1 : 5);
    /** Registry's per-subject rate limit (20/s, burst 200) would measure the limit, not the capacity. */
    private static final Map<String, String> UNLIMITED = Map.of(
            "REGISTRY_RATE_LIMIT_REQUESTS_PER_SECOND", "1000000", "REGISTRY_RATE_LIMIT_BURST", "1000000");

    private Benchmark() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        List<String> municipalities = new ArrayList<>();
        for (int m = 1; m <= MUNICIPALITIES; m++) {
            municipalities.add(String.format("GM99%02d", m));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        log("starting the system (one Kafka broker, PostgreSQL, the three services)");
        try (FaultSystem system = FaultSystem.start("bench", PORT_BASE, 1, Map.of(Service.REGISTRY, UNLIMITED))) {
            Ingest ingest = new Ingest(http, URI.create(system.url(Service.REGISTRY)), municipalities,
                    CLIENTS[CLIENTS.length - 1], system.tokens()::municipality);
            ingest.prepare(4);
            List<Ingest.Step> steps = new ArrayList<>();
            for (int clients : CLIENTS) {
                log("ingest with " + clients + " clients");
                steps.add(ingest.run(clients, WARM_UP, MEASURED));
            }
            Duration drained = Backlog.awaitDrained(http, system.url(Service.REGISTRY),
                    system.kafka().bootstrapServers(), Duration.ofMinutes(5));
            log("registry's outbox and the consumers caught up " + drained.toMillis() + " ms after the last step");
            String ministry = system.tokens().ministry();
            OpenLoopReads reads = new OpenLoopReads(http);
            String reporting = system.url(Service.REPORTING);
            log("reads at " + READS_PER_SECOND + "/s");
            List<OpenLoopReads.Result> readResults = List.of(
                    reads.run("GET /api/v1/overview", URI.create(reporting + "/api/v1/overview"), ministry,
                            READS_PER_SECOND, Duration.ofSeconds(5), MEASURED),
                    reads.run("GET /gemeenten/" + municipalities.get(0) + " (HTML)",
                            URI.create(reporting + "/gemeenten/" + municipalities.get(0)), ministry,
                            READS_PER_SECOND, Duration.ofSeconds(5), MEASURED));
            log("freshness at " + BenchReport.FRESHNESS_RATE + " events/s offered");
            // Enough interventions that each gets an event only every few seconds at the offered rate.
            ingest.prepare(FRESHNESS_INTERVENTIONS_PER_CLIENT);
            Ingest.Step paced;
            SseFreshness.Result freshness;
            try (SseFreshness listener = SseFreshness.listen(http, reporting, ministry)) {
                CompletableFuture.delayedExecutor(WARM_UP.toMillis(), TimeUnit.MILLISECONDS).execute(listener::measure);
                paced = ingest.run(CLIENTS[CLIENTS.length - 1], BenchReport.FRESHNESS_RATE, WARM_UP, FRESHNESS_MEASURED,
                        listener);
                freshness = listener.result(Duration.ofSeconds(30));
            }
            Map<String, Long> rss = new LinkedHashMap<>();
            for (Service service : Service.values()) {
                rss.put(service.module, Machine.peakRssMb(system.pid(service)));
            }
            log("the machine's limits: pgbench and Kafka's ProducerPerformance");
            int recordBytes = LifecycleLog.meanRecordBytes(system.kafka().bootstrapServers());
            Ingest.Step best = BenchReport.best(steps);
            MachineLimits.Limit pgbench = MachineLimits.pgbench(system.postgres(), best.clients(), recordBytes);
            MachineLimits.Limit kafka = MachineLimits.producerPerformance(system.kafka(), recordBytes);
            log("writing a replay log of " + REPLAY_EVENTS + " events");
            Replay.Log replayLog = Replay.write(system.kafka().bootstrapServers(), REPLAY_EVENTS);
            log("scan-service replays " + replayLog.events() + " events of " + replayLog.interventions().size()
                    + " interventions");
            Replay.Result replay = Replay.rebuild(system, http, replayLog, REPLAY_AT_MOST);
            log("re-deriving every scan after an evidence change");
            Rederivation.Result rederivation = Rederivation.follow(http, system.url(Service.SCAN),
                    system.tokens().researcher(), system.kafka().bootstrapServers(), Replay.SCANS,
                    REDERIVATION_AT_MOST);
            rss.merge(Service.SCAN.module, Machine.peakRssMb(system.pid(Service.SCAN)), Math::max);
            String report = BenchReport.render(new BenchReport.Results(
                    now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")), Machine.description(),
                    setup(drained), steps, paced, freshness, readResults, rss, recordBytes, pgbench, kafka, replay,
                    rederivation));
            Path file = FaultSystem.ROOT.resolve("deploy/target/bench/benchmark-"
                    + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm'Z'")) + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            System.out.println(report);
            log("written to " + file);
        }
    }

    private static String setup(Duration drained) {
        return "Everything on this one machine, the load generator too (in the benchmark's JVM): one Kafka broker"
                + " (KRaft, replication factor 1), one PostgreSQL server (fsync and synchronous_commit on), the three"
                + " packaged services as processes in the local profile (-Xmx256m). Registry's per-subject rate"
                + " limit is raised to 1,000,000/s for the run, so that the figures are its capacity, not the limit."
                + " Ingest: " + MUNICIPALITIES + " synthetic municipalities (GM9901-GM99" + MUNICIPALITIES + "),"
                + " each client writing only its own interventions (4 registered per client beforehand, with a"
                + " measurable goal); the mix is 5 % registrations, 5 % starts, 60 % progress reports, 30 %"
                + " adjustments; " + WARM_UP.toSeconds() + " s warm-up, then " + MEASURED.toSeconds() + " s measured"
                + " per step. Reads: the ministry's token, " + READS_PER_SECOND + " requests/s for 5 s warm-up and "
                + MEASURED.toSeconds() + " s measured, once registry's outbox was empty and scan- and"
                + " reporting-service had caught up with the log (" + String.format("%.1f", drained.toMillis() / 1000.0)
                + " s after the last ingest step). Freshness: the same clients, " + FRESHNESS_INTERVENTIONS_PER_CLIENT
                + " more interventions each, paced to " + BenchReport.FRESHNESS_RATE + " events/s together for "
                + FRESHNESS_MEASURED.toSeconds() + " s after a " + WARM_UP.toSeconds() + " s warm-up, the ministry's"
                + " change stream open. Replay: scan-service restarted on an emptied database, a new consumer group"
                + " and a log of its own (at most " + REPLAY_AT_MOST.toMinutes() + " min); re-derivation on the"
                + " scans it rebuilt.";
    }

    private static void log(String message) {
        System.err.println("[bench] " + message);
    }
}
