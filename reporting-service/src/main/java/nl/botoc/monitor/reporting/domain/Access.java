package nl.botoc.monitor.reporting.domain;

import java.util.Optional;

/**
 * Who may read what on the dashboards, in one place: the national figures for the ministry and the researchers (and
 * for anyone when they are public), a municipality's figures and interventions for that municipality too. Another
 * municipality's are "not found", so that their existence is not revealed; without a token nothing but public pages.
 */
public final class Access {

    public enum Verdict {
        ALLOWED,
        /** No valid token: log in first. */
        UNAUTHENTICATED,
        FORBIDDEN,
        NOT_FOUND,
        /** Not here, but the viewer has a page of its own to go to ({@link #home}). */
        ELSEWHERE
    }

    private final boolean publicNationalPages;

    public Access(boolean publicNationalPages) {
        this.publicNationalPages = publicNationalPages;
    }

    /** The national pages, exports and the overview stream. */
    public Verdict national(Viewer viewer) {
        if (viewer.readsEverything() || publicNationalPages) {
            return Verdict.ALLOWED;
        }
        return viewer.anonymous() ? Verdict.UNAUTHENTICATED : Verdict.FORBIDDEN;
    }

    /** The landelijk overzicht at {@code /}: a municipality that may not read it lands on its own page. */
    public Verdict overviewPage(Viewer viewer) {
        Verdict national = national(viewer);
        return national == Verdict.FORBIDDEN && viewer.municipality().isPresent() ? Verdict.ELSEWHERE : national;
    }

    /** A municipality's page and exports, and (with its owner's code) an intervention's. */
    public Verdict municipality(Viewer viewer, String cbsCode) {
        if (viewer.readsEverything()) {
            return Verdict.ALLOWED;
        }
        if (viewer.anonymous()) {
            return Verdict.UNAUTHENTICATED;
        }
        return viewer.municipality()
                .map(own -> own.equals(cbsCode) ? Verdict.ALLOWED : Verdict.NOT_FOUND)
                .orElse(Verdict.FORBIDDEN);
    }

    /** An intervention, by the municipality that owns it; empty when the monitor does not know it. */
    public Verdict intervention(Viewer viewer, Optional<String> owner) {
        if (viewer.anonymous()) {
            return Verdict.UNAUTHENTICATED;
        }
        return owner.map(cbsCode -> municipality(viewer, cbsCode)).orElse(Verdict.NOT_FOUND);
    }

    /** The change stream of the pages: whoever may read some page (what it tells is filtered by the viewer). */
    public Verdict changes(Viewer viewer) {
        return viewer.municipality().isPresent() ? Verdict.ALLOWED : national(viewer);
    }

    /** The page a viewer starts from: the national overview, or its own municipality's page. */
    public Optional<String> home(Viewer viewer) {
        if (national(viewer) == Verdict.ALLOWED) {
            return Optional.of("/");
        }
        return viewer.municipality().map(cbsCode -> "/gemeenten/" + cbsCode);
    }
}
