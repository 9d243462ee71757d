package nl.botoc.monitor.scan.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Who calls, as their verified token says.
 *
 * @param subject      the person (token {@code sub}), recorded as the actor of what they change
 * @param municipality the CBS code of a municipality's token (claim {@code cbs}), empty for anyone else
 */
public record Caller(String subject, Set<Role> roles, Optional<String> municipality) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }
}
