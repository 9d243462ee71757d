package nl.botoc.monitor.scan.api;

import jakarta.ws.rs.core.EntityTag;

import java.util.OptionalLong;

/** An evidence version as its entity tag ("3"), and what an If-Match header asks for. */
final class ETags {

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version If-Match expects: empty when it is absent or "*" (any version will do). A tag that names no
     * version can match none, so it expects version -1.
     */
    static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return OptionalLong.of(Long.parseLong(tag.substring(1, tag.length() - 1)));
            } catch (NumberFormatException notAVersion) {
                return OptionalLong.of(-1);
            }
        }
        return OptionalLong.of(-1);
    }
}
