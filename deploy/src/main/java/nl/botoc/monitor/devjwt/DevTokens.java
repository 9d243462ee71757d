package nl.botoc.monitor.devjwt;

import nl.botoc.monitor.contract.Municipalities;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Bearer tokens for the {@code local} profile, signed RS256 with the development key: issuer {@value #ISSUER} (which
 * no other profile accepts), audience {@value #AUDIENCE}, the role in {@code groups}, a municipality's CBS code in
 * {@code cbs}, valid for {@link #LIFESPAN}. The subject says it is a local person ({@code gm0363-lokaal}), so the
 * events it posts are recognisable as such.
 */
public final class DevTokens {

    public static final String ISSUER = "botoc-local-dev";
    public static final String AUDIENCE = "botoc-monitor";
    /** A working day, as long as reporting's local login keeps someone signed in. */
    public static final Duration LIFESPAN = Duration.ofHours(8);

    private final PrivateKey key;
    private final Clock clock;

    public DevTokens(PrivateKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    public String municipality(String cbsCode) {
        return mint(Role.MUNICIPALITY, cbsCode);
    }

    public String ministry() {
        return mint(Role.MINISTRY, null);
    }

    public String researcher() {
        return mint(Role.RESEARCHER, null);
    }

    /** A municipality needs its CBS code; the other roles take none. */
    public String mint(Role role, String cbsCode) {
        if ((role == Role.MUNICIPALITY) != (cbsCode != null)) {
            throw new IllegalArgumentException(role == Role.MUNICIPALITY
                    ? "a municipality token needs a CBS code, e.g. GM0363" : "only a municipality has a CBS code");
        }
        if (cbsCode != null && !Municipalities.isValidCode(cbsCode)) {
            throw new IllegalArgumentException("not a CBS municipality code (GM and four digits): " + cbsCode);
        }
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject(role, cbsCode));
        claims.setStringListClaim("groups", List.of(role.claim()));
        if (cbsCode != null) {
            claims.setStringClaim("cbs", cbsCode);
        }
        Instant now = clock.instant();
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(LIFESPAN).getEpochSecond()));
        claims.setGeneratedJwtId();
        return sign(claims);
    }

    private static String subject(Role role, String cbsCode) {
        return switch (role) {
            case MUNICIPALITY -> cbsCode.toLowerCase(Locale.ROOT) + "-lokaal";
            case MINISTRY -> "ministerie-lokaal";
            case RESEARCHER -> "onderzoeker-lokaal";
        };
    }

    private String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a development token", e);
        }
    }
}
