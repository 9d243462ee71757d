package nl.botoc.monitor.reporting;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.net.URI;
import java.util.Map;

/** Points the service's datasource at a {@link PostgresProxy} in front of the test database, for outage tests. */
public class PostgresBehindProxy implements QuarkusTestResourceLifecycleManager {

    private static PostgresProxy proxy;

    public static PostgresProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        // jdbc:postgresql://host:port/database, as application.properties makes it for the test profile
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432");
        URI target = URI.create(url.substring("jdbc:".length()));
        proxy = new PostgresProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
        int port = proxy.start();
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/reporting_test");
    }

    @Override
    public void stop() {
        proxy.cut();
    }
}
