package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.reporting.ScanTopic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The live stream of page changes as a page's script reads it: connect, do something, await the push about it. */
final class ChangeStream {

    private ChangeStream() {
    }

    /** Connects, runs the action, and returns the data of the first push that mentions the text. */
    static String awaitPushMentioning(URI stream, String text, Runnable action) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<Stream<String>> response = client.send(
                HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = response.body()) {
            action.run();
            return CompletableFuture.supplyAsync(() -> firstDataMentioning(lines.iterator(), text))
                    .get(ScanTopic.CONSUMED.toSeconds(), TimeUnit.SECONDS);
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
