package nl.botoc.monitor.reporting.api;

import io.quarkus.qute.TemplateData;
import nl.botoc.monitor.reporting.domain.Provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What every page's frame shows and links with: its language, the peildatum it shows (null: now), where its
 * figures come from, and what the live script listens for. Links keep the peildatum and, in English, the language.
 *
 * @param path      the page's own path, e.g. /gemeenten/GM0363
 * @param liveScope what changes concern the page: {@code all}, {@code municipality:GM0363} or
 *                  {@code intervention:<id>} (js/live.js)
 * @param changeId  the latest page update pushed before rendering (PageUpdates)
 * @param permissions what the viewer may follow: a page links only there
 */
@TemplateData
public record Page(Language lang, String path, LocalDate peildatum, Provenance provenance, long evidenceBaseVersion,
                   String liveScope, long changeId, Permissions permissions) {

    public boolean english() {
        return lang == Language.EN;
    }

    public boolean now() {
        return peildatum == null;
    }

    /** A link to another page at the same peildatum, in the same language. */
    public String link(String target) {
        return target + query(peildatum, english() ? lang : null);
    }

    public String municipalityLink(String cbsCode) {
        return link("/gemeenten/" + cbsCode);
    }

    public String interventionLink(UUID interventionId) {
        return link("/interventies/" + interventionId);
    }

    /** This page in the other language. */
    public String otherLanguage() {
        return path + query(peildatum, lang.other());
    }

    /** This page as it stands now. */
    public String today() {
        return path + query(null, english() ? lang : null);
    }

    /** An export of the same figures: {@code format} csv or json. */
    public String export(String apiPath, String format) {
        return apiPath + "?format=" + format + (peildatum == null ? "" : "&" + Peildatum.PARAMETER + "=" + peildatum);
    }

    /** A document in a form of its own (the IATI XML) at the same peildatum. */
    public String document(String apiPath) {
        return apiPath + query(peildatum, null);
    }

    public long evidenceVersion() {
        return provenance.evidenceVersion();
    }

    public long logPosition() {
        return provenance.logPosition();
    }

    public String peildatumValue() {
        return peildatum == null ? "" : peildatum.toString();
    }

    public String peildatumText() {
        return DateText.text(peildatum, lang);
    }

    private static String query(LocalDate peildatum, Language language) {
        List<String> parameters = new ArrayList<>();
        if (peildatum != null) {
            parameters.add(Peildatum.PARAMETER + "=" + peildatum);
        }
        if (language != null) {
            parameters.add(PageRequest.LANGUAGE + "=" + language.code());
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }
}
