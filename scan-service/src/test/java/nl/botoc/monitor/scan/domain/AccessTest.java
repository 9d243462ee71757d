package nl.botoc.monitor.scan.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AccessTest {

    private static final Caller AMSTERDAM = new Caller("gm0363-projectleider", Set.of(Role.MUNICIPALITY),
            Optional.of("GM0363"));
    private static final Caller MUNICIPALITY_WITHOUT_CODE = new Caller("zonder-cbs", Set.of(Role.MUNICIPALITY),
            Optional.empty());
    private static final Caller MINISTRY = new Caller("minjenv-analist", Set.of(Role.MINISTRY), Optional.empty());
    private static final Caller RESEARCHER = new Caller("wodc-onderzoeker", Set.of(Role.RESEARCHER), Optional.empty());
    private static final Caller NO_ROLE = new Caller("iemand", Set.of(), Optional.empty());

    static Stream<Arguments> callers() {
        // caller, reads evidence, changes evidence, sees gaps, scans it may read (null: none)
        return Stream.of(
                arguments(AMSTERDAM, true, false, false, ScanScope.only("GM0363")),
                arguments(MUNICIPALITY_WITHOUT_CODE, true, false, false, null),
                arguments(MINISTRY, true, false, true, ScanScope.EVERY_MUNICIPALITY),
                arguments(RESEARCHER, true, true, false, ScanScope.EVERY_MUNICIPALITY),
                arguments(NO_ROLE, false, false, false, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void eachRoleMayDoWhatItsRulesAllow(Caller caller, boolean readsEvidence, boolean changesEvidence,
                                        boolean seesGaps, ScanScope scans) {
        assertThat(Access.mayReadEvidence(caller)).isEqualTo(readsEvidence);
        assertThat(Access.mayChangeEvidence(caller)).isEqualTo(changesEvidence);
        assertThat(Access.maySeeGaps(caller)).isEqualTo(seesGaps);
        assertThat(Access.scans(caller)).isEqualTo(Optional.ofNullable(scans));
    }

    @Test
    void rolesComeFromTheGroupsThatNameOne() {
        assertThat(Role.of(List.of("researcher", "admin", "offline_access"))).containsExactly(Role.RESEARCHER);
        assertThat(Role.of(List.of())).isEmpty();
    }

    static Stream<Arguments> listings() {
        // scope, municipality asked for (null: none named), what the list may show (null: nothing)
        return Stream.of(
                arguments(ScanScope.EVERY_MUNICIPALITY, null, ScanScope.EVERY_MUNICIPALITY),
                arguments(ScanScope.EVERY_MUNICIPALITY, "GM0599", ScanScope.only("GM0599")),
                arguments(ScanScope.only("GM0363"), null, ScanScope.only("GM0363")),
                arguments(ScanScope.only("GM0363"), "GM0363", ScanScope.only("GM0363")),
                arguments(ScanScope.only("GM0363"), "GM0599", null));
    }

    @ParameterizedTest(name = "{0} asked for {1}")
    @MethodSource("listings")
    void aListShowsOnlyWhatTheScopeIncludes(ScanScope scope, String requested, ScanScope shown) {
        assertThat(scope.narrowedTo(requested)).isEqualTo(Optional.ofNullable(shown));
    }

    @Test
    void aMunicipalityScopeIncludesOnlyItsOwnScans() {
        assertThat(ScanScope.only("GM0363").includes("GM0363")).isTrue();
        assertThat(ScanScope.only("GM0363").includes("GM0599")).isFalse();
        assertThat(ScanScope.EVERY_MUNICIPALITY.includes("GM0599")).isTrue();
    }
}
