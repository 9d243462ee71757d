package nl.botoc.monitor.contract;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed JWT bearer tokens for tests, as the services' {@code %test} profile expects them: RS256 with the test key
 * pair in {@code /jwt}, issuer {@link #ISSUER}, audience {@link #AUDIENCE}, roles in {@code groups}, the
 * municipality's CBS code in {@code cbs}. Written with the JDK alone so that a test can also forge what no library
 * would sign: another key, {@code alg=none}, a wrong issuer or audience, an expired token.
 */
public final class TestTokens {

    public static final String ISSUER = "https://botoc.test/issuer";
    public static final String AUDIENCE = "botoc-monitor";
    public static final String MUNICIPALITY = "municipality";
    public static final String MINISTRY = "ministry";
    public static final String RESEARCHER = "researcher";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final PrivateKey TEST_KEY = readPrivateKey("/jwt/test-private-key.pem");

    private String subject = "test-user";
    private List<String> roles = List.of();
    private String cbs;
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
    private PrivateKey key = TEST_KEY;
    private boolean unsigned;

    private TestTokens() {
    }

    /** A project leader of the municipality: may write and read its own interventions. */
    public static String municipality(String cbsCode) {
        return builder().subject(cbsCode.toLowerCase() + "-projectleider").roles(MUNICIPALITY).cbs(cbsCode).sign();
    }

    public static String ministry() {
        return builder().subject("minjenv-analist").roles(MINISTRY).sign();
    }

    public static String researcher() {
        return builder().subject("wodc-onderzoeker").roles(RESEARCHER).sign();
    }

    /** A valid token to start from; each setter below changes one thing about it. */
    public static TestTokens builder() {
        return new TestTokens();
    }

    public TestTokens subject(String subject) {
        this.subject = subject;
        return this;
    }

    public TestTokens roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public TestTokens cbs(String cbsCode) {
        this.cbs = cbsCode;
        return this;
    }

    public TestTokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TestTokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public TestTokens expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /** Signed with a key nobody trusts: the signature does not verify. */
    public TestTokens signedByAStranger() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.key = generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** {@code alg: none} and no signature: the oldest trick against JWT libraries. */
    public TestTokens unsigned() {
        this.unsigned = true;
        return this;
    }

    /** The token as it goes in {@code Authorization: Bearer ...}. */
    public String sign() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", unsigned ? "none" : "RS256");
        header.put("typ", "JWT");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", audience);
        claims.put("sub", subject);
        claims.put("groups", roles);
        if (cbs != null) {
            claims.put("cbs", cbs);
        }
        claims.put("iat", expiresAt.minus(Duration.ofHours(2)).getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        String signingInput = encode(header) + "." + encode(claims);
        return signingInput + "." + (unsigned ? "" : signature(signingInput));
    }

    private String signature(String signingInput) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, Object> json) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrivateKey readPrivateKey(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test key " + resource);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
