package nl.botoc.monitor.registry.domain;

import nl.botoc.monitor.registry.domain.Caller.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static nl.botoc.monitor.registry.domain.Caller.MINISTRY;
import static nl.botoc.monitor.registry.domain.Caller.MUNICIPALITY;
import static nl.botoc.monitor.registry.domain.Caller.RESEARCHER;
import static nl.botoc.monitor.registry.domain.Caller.Verdict.ALLOWED;
import static nl.botoc.monitor.registry.domain.Caller.Verdict.FORBIDDEN;
import static nl.botoc.monitor.registry.domain.Caller.Verdict.HIDDEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Who may do what with the interventions of Amsterdam (GM0363), one row per kind of caller. */
class CallerTest {

    private static final String AMSTERDAM = "GM0363";
    private static final Optional<String> OWNED_BY_AMSTERDAM = Optional.of(AMSTERDAM);
    private static final Optional<String> NONE = Optional.empty();

    private static final Caller AMSTERDAMMER = new Caller("a", Set.of(MUNICIPALITY), Optional.of(AMSTERDAM));
    private static final Caller ROTTERDAMMER = new Caller("r", Set.of(MUNICIPALITY), Optional.of("GM0599"));
    private static final Caller MUNICIPALITY_WITHOUT_CODE = new Caller("x", Set.of(MUNICIPALITY), Optional.empty());
    private static final Caller CODE_WITHOUT_ROLE = new Caller("c", Set.of(), Optional.of(AMSTERDAM));
    private static final Caller MINISTRY_STAFF = new Caller("m", Set.of(MINISTRY), Optional.empty());
    private static final Caller RESEARCH = new Caller("w", Set.of(RESEARCHER), Optional.empty());
    private static final Caller MINISTRY_WITH_CODE = new Caller("mc", Set.of(MINISTRY), Optional.of(AMSTERDAM));

    /** caller, registering under and listing GM0363, reading and changing its intervention, and one that is not. */
    static Stream<Arguments> verdicts() {
        return Stream.of(
                arguments("the municipality itself", AMSTERDAMMER, ALLOWED, ALLOWED, ALLOWED, ALLOWED, HIDDEN, HIDDEN),
                arguments("another municipality", ROTTERDAMMER, FORBIDDEN, FORBIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN),
                arguments("a municipality without code", MUNICIPALITY_WITHOUT_CODE,
                        FORBIDDEN, FORBIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN),
                arguments("a code without the municipality role", CODE_WITHOUT_ROLE,
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                arguments("the ministry", MINISTRY_STAFF, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN, HIDDEN, FORBIDDEN),
                arguments("the ministry with a code", MINISTRY_WITH_CODE,
                        FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN, HIDDEN, FORBIDDEN),
                arguments("a researcher", RESEARCH, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verdicts")
    void decidesByRoleAndOwnerAlone(String who, Caller caller, Verdict registering, Verdict listing,
                                    Verdict reading, Verdict changing, Verdict readingNone, Verdict changingNone) {
        assertThat(caller.registering(AMSTERDAM)).isEqualTo(registering);
        assertThat(caller.listing(AMSTERDAM)).isEqualTo(listing);
        assertThat(caller.reading(OWNED_BY_AMSTERDAM)).isEqualTo(reading);
        assertThat(caller.changing(OWNED_BY_AMSTERDAM)).isEqualTo(changing);
        assertThat(caller.reading(NONE)).isEqualTo(readingNone);
        assertThat(caller.changing(NONE)).isEqualTo(changingNone);
    }
}
