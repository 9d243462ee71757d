package nl.botoc.monitor.reporting.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ChangesStreamTest {

    @TestHTTPResource("/api/v1/changes/stream")
    URI stream;

    @Inject
    ScanTopic topic;

    @Test
    void namesTheChangedMunicipalityAndInterventionSoThatOnlyTheirPagesRefresh() throws Exception {
        String municipality = randomTestMunicipality();
        var scan = aScan().in(municipality).build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<Stream<String>> response = client.send(
                HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());

        try (Stream<String> lines = response.body()) {
            topic.publish(scan);

            String data = CompletableFuture
                    .supplyAsync(() -> firstDataMentioning(lines.iterator(), municipality))
                    .get(ScanTopic.CONSUMED.toSeconds(), TimeUnit.SECONDS);

            // Other scans consumed meanwhile may share the push; ours must be named in it.
            assertThat(data).contains("\"everything\":false", "\"" + scan.interventionId() + "\"");
        }
    }

    private static String firstDataMentioning(Iterator<String> lines, String text) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data:") && line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("the stream ended before an event mentioned " + text);
    }
}
