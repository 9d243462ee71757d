package nl.botoc.monitor.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The services trust the test tokens only if they are what they claim; so the forged ones must really be forged. */
class TestTokensTest {

    @Test
    void aMunicipalityTokenIsSignedByTheTestKeyAndNamesItsRoleAndMunicipality() throws Exception {
        String token = TestTokens.municipality("GM0363");

        assertThat(verifies(token)).isTrue();
        JsonNode claims = part(token, 1);
        assertThat(claims.get("groups").get(0).asText()).isEqualTo("municipality");
        assertThat(claims.get("cbs").asText()).isEqualTo("GM0363");
        assertThat(claims.get("iss").asText()).isEqualTo(TestTokens.ISSUER);
        assertThat(claims.get("aud").asText()).isEqualTo(TestTokens.AUDIENCE);
    }

    @Test
    void aStrangersSignatureDoesNotVerify() throws Exception {
        assertThat(verifies(TestTokens.builder().roles("ministry").signedByAStranger().sign())).isFalse();
    }

    @Test
    void anUnsignedTokenSaysAlgNoneAndHasNoSignature() throws Exception {
        String token = TestTokens.builder().roles("ministry").unsigned().sign();

        assertThat(part(token, 0).get("alg").asText()).isEqualTo("none");
        assertThat(token).endsWith(".");
    }

    private static JsonNode part(String token, int index) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
    }

    private static boolean verifies(String token) throws Exception {
        String[] parts = token.split("\\.");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static PublicKey publicKey() throws Exception {
        try (InputStream in = TestTokensTest.class.getResourceAsStream("/jwt/test-public-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
    }
}
