package nl.botoc.monitor.registry.api;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.registry.TestDatabase;
import nl.botoc.monitor.registry.TestEvidence;
import nl.botoc.monitor.registry.TestEvidenceTopic;
import nl.botoc.monitor.registry.messaging.CurrentEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static nl.botoc.monitor.registry.RegistryApi.adjustment;
import static nl.botoc.monitor.registry.RegistryApi.details;
import static nl.botoc.monitor.registry.RegistryApi.newCode;
import static nl.botoc.monitor.registry.RegistryApi.newMunicipality;
import static nl.botoc.monitor.registry.RegistryApi.record;
import static nl.botoc.monitor.registry.RegistryApi.register;
import static nl.botoc.monitor.registry.RegistryApi.registerOne;
import static nl.botoc.monitor.registry.RegistryApi.registration;
import static nl.botoc.monitor.registry.api.RegisterInterventionTest.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What municipalities post, checked against the evidence base registry read from its (test) evidence topic. The
 * topic resource is global: every test of the default profile starts with version 1 of the test evidence base.
 */
@QuarkusTest
@WithTestResource(value = TestEvidenceTopic.class, scope = TestResourceScope.GLOBAL)
class EvidenceValidationTest {

    @Inject
    TestDatabase database;

    @Inject
    CurrentEvidence evidence;

    @Test
    void codesTheEvidenceBaseDefinesAreAccepted() {
        Map<String, Object> registration = registration(newCode());
        details(registration).put("riskFactors", List.of("antisociale-persoonlijkheidskenmerken"));
        details(registration).put("protectiveFactors", List.of("moreel-inzicht"));
        details(registration).put("method", "rots-en-water");

        register(newMunicipality(), registration)
                .statusCode(201)
                .body("details.riskFactors", contains("antisociale-persoonlijkheidskenmerken"))
                .body("details.method", equalTo("rots-en-water"));
    }

    static Stream<Arguments> unknownCodes() {
        return Stream.of(
                arguments("themes", List.of("gedrag-identiteit", "foo"), "details.themes[1]",
                        "unknown theme 'foo'; valid: gedrag-identiteit, vroegsignalering, werk-opleiding"),
                arguments("riskFactors", List.of("man-zijn"), "details.riskFactors[0]",
                        "unknown risk factor 'man-zijn'; valid: antisociale-persoonlijkheidskenmerken"),
                arguments("protectiveFactors", List.of("moreel-inzicht", "een-baan-hebben"),
                        "details.protectiveFactors[1]",
                        "unknown protective factor 'een-baan-hebben'; valid: moreel-inzicht"),
                arguments("method", "triple-p", "details.method", "unknown method 'triple-p'; valid: rots-en-water"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unknownCodes")
    void unknownCodeIsRejectedWith400NamingItsFieldAndTheValidCodes(String field, Object value, String path,
                                                                    String message) {
        String code = newCode();
        Map<String, Object> registration = registration(code);
        details(registration).put(field, value);

        register(newMunicipality(), registration)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains(path))
                .body("violations[0].in", equalTo("body"))
                // Later tests may add themes to the newest version; the test base's own codes come first.
                .body("violations[0].message", startsWith(message));

        assertThat(database.interventionsWithCode(code)).isZero();
    }

    @Test
    void adjustmentWithAnUnknownCodeIsRejectedWith400() {
        UUID id = registerOne(newMunicipality());

        record(id, "\"1\"", adjustment(Map.of("riskFactors", List.of("drugsgebruik"))))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains("changes.riskFactors[0]"))
                .body("violations[0].message", startsWith("unknown risk factor 'drugsgebruik'; valid: "));

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void laterVersionAddsACodeThatIsAcceptedFromThenOn() {
        String theme = "thema-" + UUID.randomUUID();
        Map<String, Object> registration = registration(newCode());
        details(registration).put("themes", List.of("gedrag-identiteit", theme));
        register(newMunicipality(), registration).statusCode(400);

        long next = knownVersion() + 1;
        TestEvidence.publish(TestEvidence.TOPIC, TestEvidence.base(next, theme));
        await().atMost(Duration.ofSeconds(30)).until(() -> knownVersion() == next);

        register(newMunicipality(), registration).statusCode(201);
    }

    @Test
    void olderVersionArrivingLaterIsIgnored() {
        String kept = "behouden-" + UUID.randomUUID();
        String stale = "verouderd-" + UUID.randomUUID();
        long newer = knownVersion() + 2;
        TestEvidence.publish(TestEvidence.TOPIC, TestEvidence.base(newer, kept));
        await().atMost(Duration.ofSeconds(30)).until(() -> knownVersion() == newer);

        TestEvidence.publish(TestEvidence.TOPIC, TestEvidence.base(newer - 1, stale));

        // Nothing to wait for when a message changes nothing; it is read within milliseconds, so two seconds
        // without a change show that it was ignored.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> knownVersion() == newer);
        register(newMunicipality(), withThemes(kept)).statusCode(201);
        register(newMunicipality(), withThemes(stale)).statusCode(400)
                .body("violations.field", contains("details.themes[1]"));
    }

    @Test
    void unreadableMessageIsSkippedAndTheNextOneRead() {
        String theme = "na-onleesbaar-" + UUID.randomUUID();
        long next = knownVersion() + 1;

        TestEvidence.publishRaw(TestEvidence.TOPIC, "{not json");
        TestEvidence.publishRaw(TestEvidence.TOPIC, "{\"changeId\":\"" + UUID.randomUUID() + "\",\"version\":99}");
        TestEvidence.publish(TestEvidence.TOPIC, TestEvidence.base(next, theme));

        await().atMost(Duration.ofSeconds(30)).until(() -> knownVersion() == next);
        register(newMunicipality(), withThemes(theme)).statusCode(201);
    }

    @Test
    void primaryThemeNotAmongTheThemesIsRejectedWith400() {
        Map<String, Object> registration = registration(newCode());
        details(registration).put("primaryTheme", "werk-opleiding");

        register(newMunicipality(), registration)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains("details.primaryTheme"));
    }

    @Test
    void minAgeAboveMaxAgeIsRejectedWith400() {
        Map<String, Object> registration = registration(newCode());
        details(registration).put("targetGroup", Map.of("minAge", 18, "maxAge", 12, "description", "Jongeren"));

        register(newMunicipality(), registration)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains("details.targetGroup"));
    }

    @Test
    void adjustmentThatDropsThePrimaryThemeIsRejectedWith400NamingThemes() {
        UUID id = registerOne(newMunicipality());

        record(id, "\"1\"", adjustment(Map.of("themes", List.of("vroegsignalering"))))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("violations.field", contains("changes.themes"));

        assertThat(database.eventsOf(id)).isEqualTo(1);
    }

    @Test
    void adjustmentMayChangeThemesAndPrimaryThemeTogether() {
        UUID id = registerOne(newMunicipality());

        record(id, "\"1\"", adjustment(Map.of("themes", List.of("werk-opleiding"), "primaryTheme", "werk-opleiding")))
                .statusCode(201)
                .body("details.themes", contains("werk-opleiding"))
                .body("details.primaryTheme", equalTo("werk-opleiding"));
    }

    private long knownVersion() {
        return evidence.codes().orElseThrow().version();
    }

    private static Map<String, Object> withThemes(String extraTheme) {
        Map<String, Object> registration = registration(newCode());
        details(registration).put("themes", List.of("gedrag-identiteit", extraTheme));
        return registration;
    }
}
