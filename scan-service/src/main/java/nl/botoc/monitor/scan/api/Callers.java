package nl.botoc.monitor.scan.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import nl.botoc.monitor.scan.domain.Access;
import nl.botoc.monitor.scan.domain.Caller;
import nl.botoc.monitor.scan.domain.Role;
import nl.botoc.monitor.scan.domain.ScanScope;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The caller of the current request, from its verified token, held against the rules of {@link Access}: the one
 * place the resources ask who may do what. Resources that use it are {@code @Authenticated}, so a request without a
 * valid token never gets here.
 */
@RequestScoped
class Callers {

    /** The claim in which a municipality's token carries its CBS code. */
    static final String CBS_CLAIM = "cbs";

    @Inject
    JsonWebToken token;

    Caller current() {
        return new Caller(token.getSubject(), Role.of(token.getGroups()), claim(CBS_CLAIM));
    }

    /** The caller, when {@code rule} allows them; a 403 problem otherwise. */
    Caller allowedBy(Predicate<Caller> rule) {
        Caller caller = current();
        if (!rule.test(caller)) {
            throw Problems.forbidden();
        }
        return caller;
    }

    /** The scans the caller may read; a 403 problem when none at all. */
    ScanScope scanScope() {
        return Access.scans(current()).orElseThrow(Problems::forbidden);
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        return Optional.ofNullable(value instanceof JsonString json ? json.getString() : (String) value);
    }
}
