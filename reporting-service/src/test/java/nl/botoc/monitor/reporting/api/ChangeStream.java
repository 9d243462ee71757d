package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.reporting.ScanTopic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The live stream of page changes as a page's script reads it: connect, do something, await the push about it. */
final class ChangeStream {

    private ChangeStream() {
    }

    /** Connects with the token, runs the action, and returns the data of the first push that mentions the text. */
    static String awaitPushMentioning(URI stream, String token, String text, Runnable action) throws Exception {
        return awaitPushMentioning(stream, token, text, action, line -> { });
    }

    /** The same, handing every line read before (and including) that push to {@code heard}. */
    static String awaitPushMentioning(URI stream, String token, String text, Runnable action,
                                      Consumer<String> heard) throws Exception {
        HttpResponse<Stream<String>> response = connect(stream, token);
        if (response.statusCode() != 200) {
            throw new AssertionError("the stream answered " + response.statusCode());
        }
        try (Stream<String> lines = response.body()) {
            action.run();
            return CompletableFuture.supplyAsync(() -> firstDataMentioning(lines.iterator(), text, heard))
                    .get(ScanTopic.CONSUMED.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** Opens an event stream as a page's EventSource does, with the token as bearer (none when null). */
    static HttpResponse<Stream<String>> connect(URI stream, String token) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
    }

    private static String firstDataMentioning(Iterator<String> lines, String text, Consumer<String> heard) {
        while (lines.hasNext()) {
            String line = lines.next();
            heard.accept(line);
            if (line.startsWith("data:") && line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("the stream ended before an event mentioned " + text);
    }
}
