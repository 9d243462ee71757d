package nl.botoc.monitor.devjwt;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as {@code deploy/local/botoc} calls it. */
class DevJwtTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsATokenForTheKeyPairItMade() throws Exception {
        assertThat(run("keys", folder.toString())).isZero();

        assertThat(run("token", folder.toString(), "municipality", "GM0363")).isZero();

        JwtClaims claims = DevTokensTest.verified(out.toString(StandardCharsets.US_ASCII).strip(),
                DevKeys.read(folder).publicKey(), Instant.now());
        assertThat(claims.getClaimValue("cbs")).isEqualTo("GM0363");
        assertThat(err.size()).isZero();
    }

    @Test
    void withoutAKeyPairItSaysToStartTheSystemFirst() {
        assertThat(run("token", folder.resolve("none").toString(), "ministry")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("deploy/local/botoc up");
        assertThat(out.size()).isZero();
    }

    @Test
    void wrongArgumentsAreAUsageError() {
        run("keys", folder.toString());

        assertThat(run("token", folder.toString())).isEqualTo(2);
        assertThat(run("token", folder.toString(), "burgemeester")).isEqualTo(2);
        assertThat(run("token", folder.toString(), "municipality")).isEqualTo(2);
        assertThat(run("sign", folder.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:").contains("unknown role burgemeester")
                .contains("needs a CBS code");
        assertThat(out.size()).isZero();
    }

    private int run(String... args) {
        return DevJwt.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
