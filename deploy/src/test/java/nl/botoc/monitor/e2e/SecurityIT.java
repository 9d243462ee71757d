package nl.botoc.monitor.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import nl.botoc.monitor.contract.DatePrecision;
import nl.botoc.monitor.contract.EventJson;
import nl.botoc.monitor.contract.LifecycleEvent;
import nl.botoc.monitor.contract.LifecyclePayload;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.Topics;
import nl.botoc.monitor.devjwt.DevKeys;
import nl.botoc.monitor.devjwt.DevTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static nl.botoc.monitor.e2e.RunningSystem.asMinistry;
import static nl.botoc.monitor.e2e.RunningSystem.asMunicipality;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;

/**
 * Attacks on the running system, each service its own process in the {@code local} profile: a request without a
 * token or with a token of another machine's key, one municipality writing another's intervention, and a forged
 * event written straight to the lifecycle log, past registry. Each is refused where it arrives, and the next valid
 * request still goes through.
 */
@ExtendWith(RunningSystem.class)
class SecurityIT {

    private static final String AMSTERDAM = "GM0363";
    private static final String ARNHEM = "GM0202";
    /** reporting's count of lifecycle records it refused, in /q/metrics. */
    private static final Pattern REJECTED_LIFECYCLE_RECORDS =
            Pattern.compile("(?m)^reporting_lifecycle_total\\{[^}]*outcome=\"rejected\"[^}]*} (\\S+)$");

    @Test
    void everyServiceRefusesARequestWithoutATokenOrSignedWithAnotherKey() {
        String strangersToken = new DevTokens(DevKeys.generate().privateKey(), Clock.systemUTC()).ministry();
        for (String url : List.of(
                RunningSystem.registry() + "/api/v1/municipalities/" + AMSTERDAM + "/interventions",
                RunningSystem.scan() + "/api/v1/scans",
                RunningSystem.reporting() + "/api/v1/overview")) {
            given().get(url).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"));
            given().auth().oauth2(strangersToken).get(url).then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aMunicipalityCannotWriteAnothersInterventionAndNothingReachesReporting() {
        ExtractableResponse<Response> registered = register(AMSTERDAM, "SEC1");
        String id = registered.jsonPath().getString("id");
        String version = registered.header("ETag");

        // Arnhem learns nothing, not even that the intervention exists; the ministry may read but not write.
        postEvent(ARNHEM, id, version).statusCode(404).contentType("application/problem+json");
        asMunicipality(ARNHEM).get(RunningSystem.registry() + "/api/v1/interventions/{id}", id)
                .then().statusCode(404);
        asMinistry().contentType(ContentType.JSON).header("If-Match", version).body(started())
                .post(RunningSystem.registry() + "/api/v1/interventions/{id}/events", id).then().statusCode(403);
        asMunicipality(ARNHEM).contentType(ContentType.JSON).body(registration("SEC1-ARN"))
                .post(RunningSystem.registry() + "/api/v1/municipalities/{cbsCode}/interventions", AMSTERDAM)
                .then().statusCode(403);

        // Amsterdam's own next event is its second: none of the refused ones was stored.
        postEvent(AMSTERDAM, id, version).statusCode(201).header("ETag", "\"2\"");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(reportingEvents(id).getList("events.type")).containsExactly("planned", "started"));
        assertThat(asMunicipality(AMSTERDAM).get(RunningSystem.registry() + "/api/v1/municipalities/{cbsCode}"
                + "/interventions", AMSTERDAM).then().statusCode(200).extract().jsonPath().getList("code"))
                .contains("SEC1").doesNotContain("SEC1-ARN");
        // Every event names who posted it: the subject of Amsterdam's token.
        assertThat(asMunicipality(AMSTERDAM).get(RunningSystem.registry() + "/api/v1/interventions/{id}/events", id)
                .then().statusCode(200).extract().jsonPath().getList("actor"))
                .containsExactly("gm0363-lokaal", "gm0363-lokaal");
    }

    @Test
    void aForgedEventOnTheLogIsDeadLetteredNotCountedAndTheNextValidEventStillFlows() {
        ExtractableResponse<Response> registered = register(AMSTERDAM, "SEC2");
        UUID id = UUID.fromString(registered.jsonPath().getString("id"));
        // Reporting has read the registration, so the forgery comes after it on the partition.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(reportingEvents(id.toString()).getList("events.type")).containsExactly("planned"));
        double rejectedBefore = rejectedLifecycleRecords();

        // Arnhem's name on Amsterdam's intervention, written past registry: the owner does not match.
        LifecycleEvent forged = new LifecycleEvent(UUID.randomUUID(), LifecycleEvent.CURRENT_SCHEMA_VERSION, id,
                ARNHEM, new OccurredAt(LocalDate.parse("2021-01-01"), DatePrecision.QUARTER), Instant.now(), 2,
                null, "gm0202-lokaal", new LifecyclePayload.Started("Vervalst: niet door Amsterdam gemeld."));
        publish(Topics.LIFECYCLE, id.toString(), EventJson.write(forged));

        ConsumerRecord<String, String> deadLetter = awaitDeadLetter(forged.eventId());
        assertThat(deadLetter.key()).isEqualTo(id.toString());
        assertThat(deadLetter.headers().lastHeader("dead-letter-reason")).isNotNull();

        postEvent(AMSTERDAM, id.toString(), registered.header("ETag")).statusCode(201);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(reportingEvents(id.toString()).getList("events.type")).containsExactly("planned", "started");
            assertThat(asMinistry().get(RunningSystem.scan() + "/api/v1/scans/{id}", id).then().statusCode(200)
                    .extract().jsonPath().getString("status")).isEqualTo("started");
        });
        assertThat(reportingEvents(id.toString()).getList("events.eventId"))
                .doesNotContain(forged.eventId().toString());
        assertThat(asMinistry().get(RunningSystem.reporting() + "/api/v1/overview").then().statusCode(200)
                .extract().jsonPath().getList("municipalities.cbsCode")).doesNotContain(ARNHEM);
        assertThat(rejectedLifecycleRecords()).isGreaterThan(rejectedBefore);
    }

    private static ExtractableResponse<Response> register(String cbsCode, String code) {
        return asMunicipality(cbsCode).contentType(ContentType.JSON).body(registration(code))
                .post(RunningSystem.registry() + "/api/v1/municipalities/{cbsCode}/interventions", cbsCode)
                .then().statusCode(201).extract();
    }

    private static Map<String, Object> registration(String code) {
        return Map.of("occurred", Map.of("date", "2020-09-01", "precision", "month"),
                "details", Map.of("code", code, "name", "Straatcoaches in de wijk",
                        "themes", List.of("straatcoaches-jongerenwerk")));
    }

    private static Map<String, Object> started() {
        return Map.of("type", "started", "occurred", Map.of("date", "2021-01-01", "precision", "quarter"));
    }

    private static ValidatableResponse postEvent(String asCbsCode, String id, String ifMatch) {
        return asMunicipality(asCbsCode).contentType(ContentType.JSON).header("If-Match", ifMatch).body(started())
                .post(RunningSystem.registry() + "/api/v1/interventions/{id}/events", id).then();
    }

    private static JsonPath reportingEvents(String id) {
        return asMinistry().get(RunningSystem.reporting() + "/api/v1/interventions/{id}/events", id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static double rejectedLifecycleRecords() {
        Matcher counter = REJECTED_LIFECYCLE_RECORDS.matcher(
                given().get(RunningSystem.reporting() + "/q/metrics").then().statusCode(200).extract().asString());
        return counter.find() ? Double.parseDouble(counter.group(1)) : 0;
    }

    private static void publish(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningSystem.kafka(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not write to " + topic, e);
        }
    }

    /** Reads the dead-letter topic from its start until the forged event is there. */
    private static ConsumerRecord<String, String> awaitDeadLetter(UUID eventId) {
        TopicPartition deadLetters = new TopicPartition(Topics.LIFECYCLE_DEAD_LETTER, 0);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningSystem.kafka(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(deadLetters));
            consumer.seekToBeginning(List.of(deadLetters));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            return await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(record -> record.value() != null
                        && record.value().contains(eventId.toString())).findFirst();
            }, Optional::isPresent).orElseThrow();
        }
    }
}
