package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.jwt.build.Jwt;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.reporting.config.SecurityConfig;
import nl.botoc.monitor.reporting.domain.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The local development login (local profile only): mints a token with the development key for the chosen role and
 * sets it as the cookie {@code botoc_token}. In production an OIDC proxy in front logs people in; this is 404 there.
 */
@Path("/")
public class LoginPage {

    static final String TOKEN_COOKIE = "botoc_token";
    private static final Duration SESSION = Duration.ofHours(8);
    private static final List<String> ROLES = List.of(Viewer.MUNICIPALITY, Viewer.MINISTRY, Viewer.RESEARCHER);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Language lang, List<String> roles, boolean invalid);
    }

    private final SecurityConfig.LocalLogin config;
    private final Guard guard;

    LoginPage(SecurityConfig config, Guard guard) {
        this.config = config.localLogin();
        this.guard = guard;
    }

    @GET
    @Path(Guard.LOGIN)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response form(@BeanParam PageRequest request) {
        requireEnabled(request.language());
        return page(request.language(), false, Response.Status.OK);
    }

    @POST
    @Path(Guard.LOGIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response login(@BeanParam PageRequest request, @FormParam("rol") String role, @FormParam("cbs") String cbs,
                          @FormParam("naam") String name) {
        requireEnabled(request.language());
        String cbsCode = cbs == null || cbs.isBlank() ? null : cbs.strip().toUpperCase(Locale.ROOT);
        boolean municipality = Viewer.MUNICIPALITY.equals(role);
        if (!ROLES.contains(role) || municipality && !Municipalities.isValidCode(cbsCode)) {
            return page(request.language(), true, Response.Status.BAD_REQUEST);
        }
        Viewer viewer = new Viewer(subject(name, role, cbsCode), Set.of(role), municipality ? cbsCode : null,
                Instant.now().plus(SESSION));
        return Response.seeOther(URI.create(guard.home(viewer)))
                .cookie(cookie(token(viewer), (int) SESSION.toSeconds()))
                .build();
    }

    @GET
    @Path("/uitloggen")
    @Operation(hidden = true)
    public Response logout(@BeanParam PageRequest request) {
        requireEnabled(request.language());
        return Response.seeOther(URI.create(Guard.LOGIN)).cookie(cookie("", 0)).build();
    }

    private String token(Viewer viewer) {
        var claims = Jwt.issuer(config.issuer())
                .audience("botoc-monitor")
                .subject(viewer.subject())
                .groups(viewer.roles())
                .expiresAt(viewer.expiresAt());
        if (viewer.cbsCode() != null) {
            claims.claim("cbs", viewer.cbsCode());
        }
        return claims.sign();
    }

    private static String subject(String name, String role, String cbsCode) {
        String given = name == null ? "" : name.strip();
        if (!given.isEmpty()) {
            return given.length() > 64 ? given.substring(0, 64) : given;
        }
        return "lokaal-" + (cbsCode != null && Viewer.MUNICIPALITY.equals(role) ? cbsCode.toLowerCase(Locale.ROOT)
                : role);
    }

    /** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), for the whole site. */
    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(TOKEN_COOKIE).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    private Response page(Language lang, boolean invalid, Response.Status status) {
        return Response.status(status)
                .entity(Templates.login(lang, ROLES, invalid).setLocale(lang.code()))
                .type("text/html;charset=UTF-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private void requireEnabled(Language lang) {
        if (!config.enabled()) {
            throw PageProblem.notFound(lang, Msg::notInMonitor);
        }
    }
}
