package nl.botoc.monitor.devjwt;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The development tokens read back the way the services' {@code local} profile reads them: RS256 only, signature
 * checked with the public key, issuer {@code botoc-local-dev}, audience {@code botoc-monitor}, expiry.
 */
class DevTokensTest {

    private static final DevKeys KEYS = DevKeys.generate();
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final DevTokens TOKENS = new DevTokens(KEYS.privateKey(), Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "municipality, GM0363, gm0363-lokaal",
            "ministry,     -,      ministerie-lokaal",
            "researcher,   -,      onderzoeker-lokaal"})
    void eachRoleGetsItsGroupSubjectAndCbsCode(String role, String cbsCode, String subject) throws Exception {
        JwtClaims claims = verified(TOKENS.mint(Role.ofClaim(role), cbsCode), KEYS.publicKey(), NOW);

        assertThat(claims.getIssuer()).isEqualTo("botoc-local-dev");
        assertThat(claims.getAudience()).containsExactly("botoc-monitor");
        assertThat(claims.getSubject()).isEqualTo(subject);
        assertThat(claims.getStringListClaimValue("groups")).containsExactly(role);
        assertThat(claims.getClaimValue("cbs")).isEqualTo(cbsCode);
        assertThat(claims.getJwtId()).isNotBlank();
    }

    @Test
    void aTokenLastsEightHours() throws Exception {
        JwtClaims claims = verified(TOKENS.ministry(), KEYS.publicKey(), NOW);

        assertThat(claims.getIssuedAt().getValue()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.getExpirationTime().getValue()).isEqualTo(NOW.plus(Duration.ofHours(8)).getEpochSecond());
        assertThatThrownBy(() -> verified(TOKENS.ministry(), KEYS.publicKey(), NOW.plus(Duration.ofHours(9))))
                .isInstanceOfSatisfying(InvalidJwtException.class, e -> assertThat(e.hasExpired()).isTrue());
    }

    @Test
    void anotherMachinesKeyDoesNotVerifyIt() {
        assertThatThrownBy(() -> verified(TOKENS.researcher(), DevKeys.generate().publicKey(), NOW))
                .isInstanceOfSatisfying(InvalidJwtException.class,
                        e -> assertThat(e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)).isTrue());
    }

    @Test
    void aMunicipalityTokenNeedsAValidCbsCodeAndOnlyAMunicipalityHasOne() {
        assertThatThrownBy(() -> TOKENS.mint(Role.MUNICIPALITY, null)).hasMessageContaining("needs a CBS code");
        assertThatThrownBy(() -> TOKENS.municipality("0363")).hasMessageContaining("not a CBS municipality code");
        assertThatThrownBy(() -> TOKENS.mint(Role.MINISTRY, "GM0363")).hasMessageContaining("only a municipality");
    }

    /** As smallrye-jwt verifies, on jose4j: only RS256, signature, issuer, audience, expiry at {@code at}. */
    static JwtClaims verified(String token, PublicKey key, Instant at) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKey(key)
                .setExpectedIssuer("botoc-local-dev")
                .setExpectedAudience("botoc-monitor")
                .setRequireExpirationTime()
                .setRequireSubject()
                .setEvaluationTime(NumericDate.fromSeconds(at.getEpochSecond()))
                .build()
                .processToClaims(token);
    }
}
