package nl.botoc.monitor.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may read without a token, and the local development login. */
@ConfigMapping(prefix = "botoc.reporting")
public interface SecurityConfig {

    /** The aggregate national pages, exports and overview stream for anyone (the report itself is public). */
    @WithDefault("false")
    boolean publicNationalPages();

    LocalLogin localLogin();

    interface LocalLogin {

        /** The page /inloggen that mints tokens with the development key: the local profile only. */
        @WithDefault("false")
        boolean enabled();

        /** The issuer of the tokens it mints: the one the service verifies. */
        @WithDefault("${mp.jwt.verify.issuer:botoc-local-dev}")
        String issuer();
    }
}
