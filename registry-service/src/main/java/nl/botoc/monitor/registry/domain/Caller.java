package nl.botoc.monitor.registry.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who sends a request, as their verified token says, and what they may do with interventions: a municipality
 * registers, changes and reads its own; the ministry reads all and changes nothing; a researcher has no business here.
 *
 * @param subject      the person (token {@code sub}), recorded as the actor of what they post
 * @param roles        the token's {@code groups}
 * @param municipality the CBS code of a municipality's token (claim {@code cbs}), if it has one
 */
public record Caller(String subject, Set<String> roles, Optional<String> municipality) {

    public static final String MUNICIPALITY = "municipality";
    public static final String MINISTRY = "ministry";
    public static final String RESEARCHER = "researcher";

    /** What a caller may do with something: it, not it, or not even learn that it exists (answered as absent). */
    public enum Verdict { ALLOWED, FORBIDDEN, HIDDEN }

    public Caller {
        roles = Set.copyOf(roles);
        Objects.requireNonNull(municipality, "municipality");
    }

    /** Registering under a CBS code is for that municipality alone; the codes are public, so others learn no secret. */
    public Verdict registering(String cbsCode) {
        return isMunicipality(cbsCode) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
    }

    /** A municipality's list is for that municipality and the ministry. */
    public Verdict listing(String cbsCode) {
        return isMunicipality(cbsCode) || roles.contains(MINISTRY) ? Verdict.ALLOWED : Verdict.FORBIDDEN;
    }

    /**
     * Reading an intervention owned by {@code owner} (empty when there is none): for the owner and the ministry;
     * another municipality is told what it would be told of an intervention that does not exist.
     */
    public Verdict reading(Optional<String> owner) {
        if (!roles.contains(MUNICIPALITY) && !roles.contains(MINISTRY)) {
            return Verdict.FORBIDDEN;
        }
        if (owner.isEmpty()) {
            return Verdict.HIDDEN;
        }
        return roles.contains(MINISTRY) || isMunicipality(owner.get()) ? Verdict.ALLOWED : Verdict.HIDDEN;
    }

    /**
     * Changing an intervention owned by {@code owner} (empty when there is none): for the owner alone. Who may
     * change none is refused before the intervention is looked at; another municipality is told it does not exist.
     */
    public Verdict changing(Optional<String> owner) {
        if (!roles.contains(MUNICIPALITY)) {
            return Verdict.FORBIDDEN;
        }
        return owner.isPresent() && isMunicipality(owner.get()) ? Verdict.ALLOWED : Verdict.HIDDEN;
    }

    private boolean isMunicipality(String cbsCode) {
        return roles.contains(MUNICIPALITY) && municipality.filter(cbsCode::equals).isPresent();
    }
}
