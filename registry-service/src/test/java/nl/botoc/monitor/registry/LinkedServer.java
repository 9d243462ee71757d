package nl.botoc.monitor.registry;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.net.URI;
import java.util.Map;

/**
 * Puts a {@link CuttableLink} between the application and PostgreSQL ({@code server=postgres}) or the Kafka broker
 * ({@code server=kafka}), and hands it to the test's field of that type, so that a test can take the server away and
 * give it back while the application runs. {@code cut=true} starts the application with the link cut. Through a link
 * Kafka's clients only bootstrap: they then connect to the broker's advertised address.
 */
public class LinkedServer implements QuarkusTestResourceLifecycleManager {

    /** The PostgreSQL server itself, as a JDBC URL without database. */
    public static final String POSTGRES = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432");

    private String server = "postgres";
    private boolean startCut;
    private CuttableLink link;

    @Override
    public void init(Map<String, String> args) {
        server = args.getOrDefault("server", server);
        startCut = Boolean.parseBoolean(args.getOrDefault("cut", "false"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config;
        if (server.equals("kafka")) {
            URI broker = URI.create("kafka://" + TestEvidence.BOOTSTRAP_SERVERS.split(",")[0]);
            link = CuttableLink.to(broker.getHost(), broker.getPort());
            // Per channel: a KAFKA_BOOTSTRAP_SERVERS variable would outrank a kafka.bootstrap.servers given here.
            String linked = "127.0.0.1:" + link.port();
            config = Map.of("mp.messaging.outgoing.interventions-lifecycle.bootstrap.servers", linked,
                    "mp.messaging.incoming.evidence-changes.bootstrap.servers", linked);
        } else {
            URI postgres = URI.create(POSTGRES.substring("jdbc:".length()));
            link = CuttableLink.to(postgres.getHost(), postgres.getPort() == -1 ? 5432 : postgres.getPort());
            config = Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + link.port() + "/registry_test");
        }
        if (startCut) {
            link.cut();
        }
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(link, new TestInjector.MatchesType(CuttableLink.class));
    }

    @Override
    public void stop() {
        link.close();
    }
}
