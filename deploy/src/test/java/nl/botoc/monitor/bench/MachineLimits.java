package nl.botoc.monitor.bench;

import nl.botoc.monitor.faults.FaultSystem;
import nl.botoc.monitor.faults.KafkaCluster;
import nl.botoc.monitor.faults.PostgresInstance;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What this machine's Kafka and PostgreSQL manage on their own, measured in the same run against the benchmark's
 * own broker and server: Kafka's ProducerPerformance (acks=all) and pgbench inserting one row per transaction.
 */
final class MachineLimits {

    record Limit(String tool, String setting, double perSecond, String output) {
    }

    private static final String TOPIC = "bench.producer-performance";
    private static final Pattern RECORDS_PER_SECOND = Pattern.compile("records sent, ([\\d.]+) records/sec");
    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");

    private MachineLimits() {
    }

    /** ProducerPerformance on a topic of its own (6 partitions, like the lifecycle log), about 10 s of records. */
    static Limit producerPerformance(KafkaCluster kafka, int recordSize) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        double calibration = producerRun(kafka, recordSize, 20_000).perSecond();
        long records = Math.max(20_000, Math.round(calibration * 10));
        return producerRun(kafka, recordSize, records);
    }

    private static Limit producerRun(KafkaCluster kafka, int recordSize, long records) throws Exception {
        Path log4j = FaultSystem.ROOT.resolve("deploy/local/log4j2.xml");
        String output = run(List.of("java", "-Xmx512m", "-cp", KafkaCluster.libraries() + "/*",
                "-Dlog4j2.configurationFile=" + log4j, "org.apache.kafka.tools.ProducerPerformance",
                "--topic", TOPIC, "--num-records", Long.toString(records), "--record-size",
                Integer.toString(recordSize), "--throughput", "-1",
                "--producer-props", "acks=all", "bootstrap.servers=" + kafka.bootstrapServers()));
        String setting = records + " records of " + recordSize + " B, acks=all";
        return new Limit("Kafka ProducerPerformance", setting, lastMatch(RECORDS_PER_SECOND, output), output);
    }

    /** pgbench -n -T 15: each transaction inserts one row of recordSize bytes into a scratch table. */
    static Limit pgbench(PostgresInstance postgres, int clients, int recordSize) throws Exception {
        try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_insert");
            statement.execute("CREATE TABLE bench_insert (id bigserial PRIMARY KEY, payload text NOT NULL)");
        }
        // pgbench may run as user postgres, which must be able to read the script: a file of its own in /tmp.
        Path script = Files.createTempFile("botoc-bench-", ".sql",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        try {
            Files.writeString(script, "INSERT INTO bench_insert (payload) VALUES (repeat('x', " + recordSize + "));\n");
            String output = run(postgres.command("pgbench", "-h", "127.0.0.1", "-p", Integer.toString(postgres.port()),
                    "-U", PostgresInstance.USER, "-n", "-T", "15", "-c", Integer.toString(clients),
                    "-j", Integer.toString(Math.min(clients, 2)), "-f", script.toString(), "postgres"));
            String setting = clients + " clients, -T 15, one insert of " + recordSize + " B per transaction";
            return new Limit("pgbench", setting, lastMatch(TPS, output), output);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    private static double lastMatch(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        double last = Double.NaN;
        while (matcher.find()) {
            last = Double.parseDouble(matcher.group(1));
        }
        if (Double.isNaN(last)) {
            throw new IllegalStateException("no figure (" + pattern + ") in:\n" + output);
        }
        return last;
    }
}
