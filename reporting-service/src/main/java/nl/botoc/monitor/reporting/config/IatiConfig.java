package nl.botoc.monitor.reporting.config;

import io.smallrye.config.ConfigMapping;

import java.util.Map;

/** How the IATI export names the municipalities as organisations (docs/iati-mapping.md). */
@ConfigMapping(prefix = "reporting.iati")
public interface IatiConfig {

    /**
     * The prefix of an organisation identifier made from a CBS code, for a municipality without one of its own in
     * {@link #organisations()}: prefix + "-" + CBS code.
     */
    String organisationPrefix();

    /** A municipality's own IATI organisation identifier, by CBS code, e.g. {@code GM0202=NL-KVK-…}. */
    Map<String, String> organisations();
}
