package nl.botoc.monitor.reporting.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.ScanTopic;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.reporting.OverviewApi.awaitInterventions;
import static nl.botoc.monitor.reporting.ScanBuilder.aScan;
import static nl.botoc.monitor.reporting.ScanBuilder.randomTestMunicipality;
import static org.assertj.core.api.Assertions.assertThat;

/** With botoc.reporting.public-national-pages=true anyone reads the national figures, and nothing more. */
@QuarkusTest
@TestProfile(PublicNationalPagesTest.Public.class)
class PublicNationalPagesTest {

    public static class Public implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("botoc.reporting.public-national-pages", "true");
        }
    }

    @Inject
    ScanTopic scans;

    @TestHTTPResource("/api/v1/overview/stream")
    URI overview;

    @TestHTTPResource("/api/v1/changes/stream")
    URI changes;

    @Test
    void anyoneReadsTheNationalPagesWithoutLinksToTheMunicipalities() {
        String municipality = randomTestMunicipality();
        scans.publish(aScan().in(municipality).build());
        awaitInterventions(municipality, 1);

        given().accept(ContentType.JSON).get("/api/v1/overview").then().statusCode(200);
        given().get("/api/v1/coverage?format=csv").then().statusCode(200);
        String page = given().accept("text/html").get("/").then().statusCode(200).extract().asString();
        assertThat(page).contains("href=\"/dekking\"").doesNotContain("href=\"/gemeenten/" + municipality + "\"");
    }

    @Test
    void aMunicipalityStaysClosedWithoutAToken() {
        String municipality = randomTestMunicipality();
        scans.publish(aScan().in(municipality).build());
        awaitInterventions(municipality, 1);

        given().accept(ContentType.JSON).get("/api/v1/municipalities/" + municipality).then().statusCode(401);
        given().accept("text/html").get("/gemeenten/" + municipality).then().statusCode(401);
    }

    @Test
    void theLiveStreamsAreOpenToo() throws Exception {
        for (URI stream : List.of(overview, changes)) {
            HttpResponse<Stream<String>> response = ChangeStream.connect(stream, null);
            try (Stream<String> ignored = response.body()) {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
    }
}
