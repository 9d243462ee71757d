package nl.botoc.monitor.reporting.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.Readers;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OverviewStreamTest {

    @TestHTTPResource("/api/v1/overview/stream")
    URI stream;

    @Inject
    ScanTopic topic;

    @Test
    void pushesAnOverviewEventAfterAScanArrives() throws Exception {
        String municipality = randomTestMunicipality();
        HttpResponse<Stream<String>> response = ChangeStream.connect(stream, Readers.MINISTRY);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));

        try (Stream<String> lines = response.body()) {
            topic.publish(aScan().in(municipality).build());

            List<String> event = CompletableFuture
                    .supplyAsync(() -> firstEventMentioning(lines.iterator(), "\"cbsCode\":\"" + municipality + "\""))
                    .get(ScanTopic.CONSUMED.toSeconds(), TimeUnit.SECONDS);

            assertThat(event).contains("event:" + OverviewResource.EVENT_NAME);
            assertThat(event).anySatisfy(line -> assertThat(line).matches("id:\\d+"));
            assertThat(event).anySatisfy(line -> assertThat(line).startsWith("data:{\"originalPlan\":"));
        }
    }

    /** The field lines (spaces after the colon dropped) of the first event whose data contains the text. */
    private static List<String> firstEventMentioning(Iterator<String> lines, String text) {
        List<String> event = new ArrayList<>();
        while (lines.hasNext()) {
            String line = lines.next();
            if (!line.isEmpty()) {
                event.add(line.replaceFirst("^(\\w+): ?", "$1:"));
            } else if (event.stream().anyMatch(field -> field.startsWith("data:") && field.contains(text))) {
                return event;
            } else {
                event = new ArrayList<>();
            }
        }
        throw new AssertionError("the stream ended before an event mentioned " + text);
    }
}
