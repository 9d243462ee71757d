package nl.botoc.monitor.registry.api;

import jakarta.ws.rs.core.EntityTag;

/** An intervention's version as its entity tag ("3"), and the If-Match rule for changing it. */
final class ETags {

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A change must say which version it follows, so that it never silently overwrites one it has not seen. */
    static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.ifMatchMissing();
        }
        if (!ifMatch.strip().equals("\"" + currentVersion + "\"")) {
            throw Problems.staleVersion(currentVersion);
        }
    }
}
