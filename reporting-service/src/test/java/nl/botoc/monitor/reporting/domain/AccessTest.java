package nl.botoc.monitor.reporting.domain;

import nl.botoc.monitor.reporting.domain.Access.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static nl.botoc.monitor.reporting.domain.Access.Verdict.ALLOWED;
import static nl.botoc.monitor.reporting.domain.Access.Verdict.ELSEWHERE;
import static nl.botoc.monitor.reporting.domain.Access.Verdict.FORBIDDEN;
import static nl.botoc.monitor.reporting.domain.Access.Verdict.NOT_FOUND;
import static nl.botoc.monitor.reporting.domain.Access.Verdict.UNAUTHENTICATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AccessTest {

    private static final Viewer AMSTERDAM = viewer(Viewer.MUNICIPALITY, "GM0363");
    private static final Viewer MINISTRY = viewer(Viewer.MINISTRY, null);
    private static final Viewer RESEARCHER = viewer(Viewer.RESEARCHER, null);
    /** A token without any of the three roles. */
    private static final Viewer NO_ROLE = new Viewer("someone", Set.of(), null, Instant.MAX);
    /** The municipality role without the claim that says which. */
    private static final Viewer MUNICIPALITY_WITHOUT_CODE = viewer(Viewer.MUNICIPALITY, null);

    private static final Access PRIVATE = new Access(false);
    private static final Access PUBLIC = new Access(true);

    static Stream<Arguments> national() {
        return Stream.of(
                arguments(PRIVATE, MINISTRY, ALLOWED),
                arguments(PRIVATE, RESEARCHER, ALLOWED),
                arguments(PRIVATE, AMSTERDAM, FORBIDDEN),
                arguments(PRIVATE, NO_ROLE, FORBIDDEN),
                arguments(PRIVATE, Viewer.NOBODY, UNAUTHENTICATED),
                arguments(PUBLIC, Viewer.NOBODY, ALLOWED),
                arguments(PUBLIC, AMSTERDAM, ALLOWED),
                arguments(PUBLIC, NO_ROLE, ALLOWED));
    }

    @ParameterizedTest
    @MethodSource
    void national(Access access, Viewer viewer, Verdict verdict) {
        assertThat(access.national(viewer)).isEqualTo(verdict);
    }

    static Stream<Arguments> overviewPage() {
        return Stream.of(
                arguments(PRIVATE, AMSTERDAM, ELSEWHERE),
                arguments(PRIVATE, MUNICIPALITY_WITHOUT_CODE, FORBIDDEN),
                arguments(PRIVATE, MINISTRY, ALLOWED),
                arguments(PRIVATE, Viewer.NOBODY, UNAUTHENTICATED),
                arguments(PUBLIC, AMSTERDAM, ALLOWED));
    }

    @ParameterizedTest
    @MethodSource
    void overviewPage(Access access, Viewer viewer, Verdict verdict) {
        assertThat(access.overviewPage(viewer)).isEqualTo(verdict);
    }

    static Stream<Arguments> municipality() {
        return Stream.of(
                arguments(AMSTERDAM, "GM0363", ALLOWED),
                arguments(AMSTERDAM, "GM0202", NOT_FOUND),
                arguments(MINISTRY, "GM0202", ALLOWED),
                arguments(RESEARCHER, "GM0202", ALLOWED),
                arguments(MUNICIPALITY_WITHOUT_CODE, "GM0363", FORBIDDEN),
                arguments(NO_ROLE, "GM0363", FORBIDDEN),
                arguments(Viewer.NOBODY, "GM0363", UNAUTHENTICATED));
    }

    @ParameterizedTest
    @MethodSource
    void municipality(Viewer viewer, String cbsCode, Verdict verdict) {
        // Public national pages open no municipality's page.
        assertThat(PRIVATE.municipality(viewer, cbsCode)).isEqualTo(verdict);
        assertThat(PUBLIC.municipality(viewer, cbsCode)).isEqualTo(verdict);
    }

    static Stream<Arguments> intervention() {
        return Stream.of(
                arguments(AMSTERDAM, Optional.of("GM0363"), ALLOWED),
                arguments(AMSTERDAM, Optional.of("GM0202"), NOT_FOUND),
                arguments(AMSTERDAM, Optional.empty(), NOT_FOUND),
                arguments(MINISTRY, Optional.of("GM0202"), ALLOWED),
                arguments(MINISTRY, Optional.empty(), NOT_FOUND),
                arguments(NO_ROLE, Optional.of("GM0202"), FORBIDDEN),
                // Without a token not even whether it exists.
                arguments(Viewer.NOBODY, Optional.empty(), UNAUTHENTICATED));
    }

    @ParameterizedTest
    @MethodSource
    void intervention(Viewer viewer, Optional<String> owner, Verdict verdict) {
        assertThat(PRIVATE.intervention(viewer, owner)).isEqualTo(verdict);
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                arguments(PRIVATE, AMSTERDAM, ALLOWED),
                arguments(PRIVATE, MINISTRY, ALLOWED),
                arguments(PRIVATE, NO_ROLE, FORBIDDEN),
                arguments(PRIVATE, Viewer.NOBODY, UNAUTHENTICATED),
                arguments(PUBLIC, Viewer.NOBODY, ALLOWED));
    }

    @ParameterizedTest
    @MethodSource
    void changes(Access access, Viewer viewer, Verdict verdict) {
        assertThat(access.changes(viewer)).isEqualTo(verdict);
    }

    static Stream<Arguments> home() {
        return Stream.of(
                arguments(PRIVATE, AMSTERDAM, Optional.of("/gemeenten/GM0363")),
                arguments(PRIVATE, MINISTRY, Optional.of("/")),
                arguments(PRIVATE, NO_ROLE, Optional.empty()),
                arguments(PUBLIC, AMSTERDAM, Optional.of("/")));
    }

    @ParameterizedTest
    @MethodSource
    void home(Access access, Viewer viewer, Optional<String> home) {
        assertThat(access.home(viewer)).isEqualTo(home);
    }

    private static Viewer viewer(String role, String cbsCode) {
        return new Viewer(role + "-user", Set.of(role), cbsCode, Instant.MAX);
    }
}
