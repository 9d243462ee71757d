package nl.botoc.monitor.reporting.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Dutch names of the twelve theme codes, in the report's order (chapter 2.1), for the pages. Reporting has
 * no source of theme labels yet; issue 4 may read them from the evidence topic (the evidence base's Theme.nl)
 * instead of this table, so that a new or renamed theme needs no release of this service.
 */
public final class ThemeLabels {

    private static final Map<String, String> LABELS = labels();

    private ThemeLabels() {
    }

    /** The known codes, in the report's order. */
    public static List<String> codes() {
        return List.copyOf(LABELS.keySet());
    }

    /** The label to show: the Dutch name where known, else the code itself. */
    public static String labelOf(String code) {
        return LABELS.getOrDefault(code, code);
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("gedrag-identiteit", "Gedrag/identiteit");
        labels.put("werk-opleiding", "Werk/opleiding");
        labels.put("vroegsignalering", "Vroegsignalering");
        labels.put("straatcoaches-jongerenwerk", "Straatcoaches/jongerenwerk");
        labels.put("rolmodellen-ervaringsdeskundigen", "Rolmodellen/ervaringsdeskundigen");
        labels.put("criminele-families", "Criminele families");
        labels.put("versterken-ouderrol", "Versterken ouderrol");
        labels.put("opsporing-vervolging", "Opsporing/vervolging");
        labels.put("bovenlokale-criminele-netwerken", "Bovenlokale criminele netwerken");
        labels.put("online-leefwereld", "Online leefwereld");
        labels.put("schoolomgeving", "Schoolomgeving");
        labels.put("deskundigheidsbevordering", "Deskundigheidsbevordering");
        return Collections.unmodifiableMap(labels);
    }
}
