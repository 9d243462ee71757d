package nl.botoc.monitor.scan.domain;

import java.util.Optional;

/**
 * What each caller may do in scan-service: read the evidence base with any role, change it only as a researcher;
 * read every scan as the ministry or a researcher, a municipality only its own; see parked events as the ministry.
 */
public final class Access {

    private Access() {
    }

    public static boolean mayReadEvidence(Caller caller) {
        return !caller.roles().isEmpty();
    }

    /** Changes and previews alike: a preview shows every municipality's scans. */
    public static boolean mayChangeEvidence(Caller caller) {
        return caller.is(Role.RESEARCHER);
    }

    public static boolean maySeeGaps(Caller caller) {
        return caller.is(Role.MINISTRY);
    }

    /** The scans the caller may read; empty when none at all. */
    public static Optional<ScanScope> scans(Caller caller) {
        if (caller.is(Role.MINISTRY) || caller.is(Role.RESEARCHER)) {
            return Optional.of(ScanScope.EVERY_MUNICIPALITY);
        }
        if (caller.is(Role.MUNICIPALITY)) {
            // A municipality token without its CBS code names no municipality, so it sees none.
            return caller.municipality().map(ScanScope::only);
        }
        return Optional.empty();
    }
}
