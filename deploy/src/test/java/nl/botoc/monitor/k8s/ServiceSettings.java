package nl.botoc.monitor.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a service's application.properties asks of the place it runs in: its HTTP port, its database, the topics it
 * names, and the environment variables it reads ({@code ${NAME}} or {@code ${NAME:default}}), so that the manifests
 * can be checked against the service rather than against a copy of its settings.
 */
public final class ServiceSettings {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    private final String service;
    private final Map<String, String> properties;

    private ServiceSettings(String service, Map<String, String> properties) {
        this.service = service;
        this.properties = properties;
    }

    public static ServiceSettings of(Path projectRoot, String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                projectRoot.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        Map<String, String> byName = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> byName.put(name, properties.getProperty(name)));
        return new ServiceSettings(service, byName);
    }

    public String service() {
        return service;
    }

    public int httpPort() {
        return Integer.parseInt(properties.get("quarkus.http.port"));
    }

    /** The database's name: the path the JDBC URL appends to DB_URL. */
    public String database() {
        String url = properties.get("quarkus.datasource.jdbc.url");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Every topic a channel names outside the tests' profile. */
    public Set<String> topics() {
        return properties.entrySet().stream()
                .filter(property -> !property.getKey().startsWith("%") && property.getKey().endsWith(".topic"))
                .map(Map.Entry::getValue).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every environment variable any profile reads. */
    public Set<String> variables() {
        return variablesIn(properties.values(), false);
    }

    /**
     * The variables without a default that the profile reads (a property of the profile replaces the plain one):
     * without them the service does not start.
     */
    public Set<String> requiredVariables(String profile) {
        Map<String, String> effective = new TreeMap<>();
        properties.forEach((name, value) -> {
            if (!name.startsWith("%")) {
                effective.putIfAbsent(name, value);
            }
        });
        String prefix = "%" + profile + ".";
        properties.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                effective.put(name.substring(prefix.length()), value);
            }
        });
        return variablesIn(effective.values(), true);
    }

    /** Whether the variable overrides a property of this file (SmallRye Config's environment form of its name). */
    public boolean isPropertyOverride(String variable) {
        return properties.keySet().stream().filter(name -> !name.startsWith("%"))
                .anyMatch(name -> environmentForm(name).equals(variable));
    }

    static String environmentForm(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Set<String> variablesIn(Iterable<String> values, boolean withoutDefaultOnly) {
        Set<String> variables = new TreeSet<>();
        for (String value : values) {
            Matcher matcher = VARIABLE.matcher(value);
            while (matcher.find()) {
                if (!withoutDefaultOnly || matcher.group(2) == null) {
                    variables.add(matcher.group(1));
                }
            }
        }
        return variables;
    }
}
