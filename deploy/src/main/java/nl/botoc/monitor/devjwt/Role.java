package nl.botoc.monitor.devjwt;

import java.util.Arrays;
import java.util.Locale;

/** The roles of botoc-monitor as they appear in a token's {@code groups} claim. */
public enum Role {
    /** Writes and reads its own interventions; its CBS code is the {@code cbs} claim. */
    MUNICIPALITY,
    /** Reads everything, writes nothing. */
    MINISTRY,
    /** Changes the evidence base and nothing else. */
    RESEARCHER;

    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofClaim(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim().equals(claim)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role " + claim
                        + " (known: municipality, ministry, researcher)"));
    }
}
