package nl.botoc.monitor.containers;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a service's src/main/docker/Dockerfile.jvm says its container runs: the entrypoint, the user, the port it
 * exposes, the working folder, the image's environment, and where the packaged application lands.
 */
record ImageDefinition(List<String> entrypoint, String user, int exposedPort, String workdir,
                       Map<String, String> environment, String applicationFolder) {

    static ImageDefinition of(Path projectRoot, String service) throws IOException {
        List<String> entrypoint = List.of();
        String user = null;
        String workdir = "/";
        String applicationFolder = null;
        int port = -1;
        Map<String, String> environment = new LinkedHashMap<>();
        for (String line : Files.readAllLines(projectRoot.resolve(service).resolve("src/main/docker/Dockerfile.jvm"))) {
            String[] words = line.trim().split("\\s+", 2);
            switch (words[0]) {
                case "ENTRYPOINT" -> entrypoint = jsonArray(words[1]);
                case "USER" -> user = words[1];
                case "EXPOSE" -> port = Integer.parseInt(words[1]);
                case "WORKDIR" -> workdir = words[1];
                case "ENV" -> {
                    String[] assignment = words[1].split("=", 2);
                    environment.put(assignment[0], assignment[1].replaceAll("^'|'$", ""));
                }
                case "COPY" -> {
                    if (words[1].contains("target/quarkus-app/*.jar")) {
                        applicationFolder = words[1].substring(words[1].lastIndexOf(' ') + 1).replaceAll("/$", "");
                    }
                }
                default -> {
                    // FROM, comments and blank lines say nothing about how the application is started
                }
            }
        }
        return new ImageDefinition(entrypoint, user, port, workdir, environment, applicationFolder);
    }

    private static List<String> jsonArray(String exec) throws IOException {
        return new ArrayList<>(List.of(new ObjectMapper().readValue(exec, String[].class)));
    }
}
