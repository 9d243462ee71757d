package nl.botoc.monitor.reporting.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.contract.InterventionScan;
import nl.botoc.monitor.contract.TestTokens;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;

/** The live streams enforce the pages' rules, and end with the session. */
@QuarkusTest
class StreamAccessTest {

    @TestHTTPResource("/api/v1/changes/stream")
    URI changes;

    @TestHTTPResource("/api/v1/overview/stream")
    URI overview;

    @Inject
    ScanTopic scans;

    @Test
    void withoutAValidTokenBothStreamsAreRefusedWith401() throws Exception {
        String expired = TestTokens.builder().roles(TestTokens.MINISTRY)
                .expiresAt(Instant.now().minusSeconds(120)).sign();
        String stranger = TestTokens.builder().roles(TestTokens.MINISTRY).signedByAStranger().sign();
        for (URI stream : List.of(changes, overview)) {
            assertThat(status(stream, null)).isEqualTo(401);
            assertThat(status(stream, expired)).isEqualTo(401);
            assertThat(status(stream, stranger)).isEqualTo(401);
        }
    }

    @Test
    void aRoleThatMayNotReadAStreamIsRefusedWith403() throws Exception {
        assertThat(status(overview, TestTokens.municipality("GM0363"))).isEqualTo(403);
        assertThat(status(changes, TestTokens.builder().subject("nobody").sign())).isEqualTo(403);
    }

    @Test
    void aMunicipalityHearsOnlyOfItsOwnChanges() throws Exception {
        String mine = randomTestMunicipality();
        String theirs = randomTestMunicipality();
        InterventionScan their = aScan().in(theirs).build();
        InterventionScan own = aScan().in(mine).build();
        List<String> heard = new ArrayList<>();

        String data = ChangeStream.awaitPushMentioning(changes, TestTokens.municipality(mine), mine, () -> {
            // In order: theirs is consumed before ours, so a push naming ours comes after any naming theirs.
            scans.publishInOrder(their);
            scans.publishInOrder(own);
        }, heard::add);

        assertThat(data).contains(own.interventionId().toString());
        assertThat(heard).noneSatisfy(line -> assertThat(line).contains(theirs))
                .noneSatisfy(line -> assertThat(line).contains(their.interventionId().toString()));
    }

    @Test
    void aStreamEndsWhenItsTokenExpires() throws Exception {
        String shortLived = TestTokens.builder().roles(TestTokens.MINISTRY)
                .expiresAt(Instant.now().plusSeconds(3)).sign();
        for (URI stream : List.of(changes, overview)) {
            HttpResponse<Stream<String>> response = ChangeStream.connect(stream, shortLived);
            assertThat(response.statusCode()).isEqualTo(200);
            try (Stream<String> lines = response.body()) {
                Iterator<String> iterator = lines.iterator();
                // Reads until the server closes the stream; fails when it is still open long after the expiry.
                CompletableFuture.runAsync(() -> iterator.forEachRemaining(line -> { }))
                        .get(Duration.ofSeconds(15).toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    private static int status(URI stream, String token) throws Exception {
        HttpResponse<Stream<String>> response = ChangeStream.connect(stream, token);
        try (Stream<String> ignored = response.body()) {
            return response.statusCode();
        }
    }
}
