package nl.botoc.monitor.reporting.api;

import nl.botoc.monitor.contract.InterventionDetails;
import nl.botoc.monitor.contract.Municipalities;
import nl.botoc.monitor.contract.OccurredAt;
import nl.botoc.monitor.contract.monitoring.Direction;
import nl.botoc.monitor.contract.monitoring.Period;
import nl.botoc.monitor.reporting.domain.IatiActivity;
import nl.botoc.monitor.reporting.domain.IndicatorSeries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Writes a municipality's interventions as an IATI 2.03 {@code iati-activities} document, element by element in the
 * order the schema's sequences demand, through the DOM so that every text and attribute is escaped by the XML
 * library. What each element holds and why is in docs/iati-mapping.md.
 */
final class IatiXml {

    static final String VERSION = "2.03";
    /** OrganisationType 11: Local Government. */
    private static final String LOCAL_GOVERNMENT = "11";
    /** OrganisationRole 4: Implementing. */
    private static final String IMPLEMENTING = "4";
    /** OtherIdentifierType A1: the reporting organisation's internal activity identifier. */
    private static final String INTERNAL_IDENTIFIER = "A1";
    /** ActivityScope 7: sub-national, a single second-level administrative area (a municipality). */
    private static final String MUNICIPALITY_SCOPE = "7";

    private final Document document;
    private final String organisation;
    private final String cbsCode;

    private IatiXml(Document document, String organisation, String cbsCode) {
        this.document = document;
        this.organisation = organisation;
        this.cbsCode = cbsCode;
    }

    /** @param organisation the municipality's IATI organisation identifier (config.IatiConfig) */
    static String write(String cbsCode, String organisation, List<IatiActivity> activities, Instant generated) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().newDocument();
            document.setXmlStandalone(true);
            new IatiXml(document, organisation, cbsCode).activities(activities, generated);
            return serialise(document);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("cannot write the IATI document", e);
        }
    }

    private void activities(List<IatiActivity> activities, Instant generated) {
        Element root = document.createElement("iati-activities");
        root.setAttribute("version", VERSION);
        root.setAttribute("generated-datetime", generated.toString());
        document.appendChild(root);
        activities.forEach(activity -> root.appendChild(activity(activity)));
    }

    private Element activity(IatiActivity activity) {
        InterventionDetails details = activity.details();
        Element element = element("iati-activity");
        element.setAttribute("last-updated-datetime", activity.lastUpdated().toString());
        element.setAttribute("xml:lang", "nl");
        add(element, "iati-identifier").setTextContent(organisation + "-" + activity.interventionId());
        add(element, "reporting-org", "ref", organisation, "type", LOCAL_GOVERNMENT).appendChild(narrative(name()));
        add(element, "title").appendChild(narrative(firstGiven(details.name(), details.code())));
        add(element, "description", "type", "1").appendChild(narrative(
                firstGiven(details.description(), details.goals(), details.name(), details.code())));
        add(element, "participating-org", "ref", organisation, "role", IMPLEMENTING, "type", LOCAL_GOVERNMENT)
                .appendChild(narrative(name()));
        if (details.code() != null && !details.code().isBlank()) {
            add(element, "other-identifier", "ref", details.code(), "type", INTERNAL_IDENTIFIER);
        }
        add(element, "activity-status", "code", activity.activityStatus());
        if (activity.started() != null) {
            date(element, IatiActivity.ACTUAL_START, activity.started(), null);
        } else {
            date(element, IatiActivity.PLANNED_START, activity.registered(),
                    "Geplande start niet opgegeven; dit is de datum waarop de interventie in het plan kwam");
        }
        if (activity.ended() != null) {
            date(element, IatiActivity.ACTUAL_END, activity.ended(), null);
        }
        add(element, "activity-scope", "code", MUNICIPALITY_SCOPE);
        add(element, "recipient-country", "code", "NL", "percentage", "100");
        activity.indicators().forEach(series -> element.appendChild(result(series)));
        return element;
    }

    /** A date known less precisely than to the day says so in its narrative, e.g. 2020Q3, as IATI suggests. */
    private void date(Element activity, String type, OccurredAt at, String note) {
        Element date = add(activity, "activity-date", "type", type, "iso-date", at.date().toString());
        String precision = switch (at.precision()) {
            case DAY -> null;
            case MONTH -> at.date().toString().substring(0, 7);
            case QUARTER -> at.date().getYear() + "Q" + ((at.date().getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(at.date().getYear());
        };
        String text = note == null ? precision : precision == null ? note : note + " (" + precision + ")";
        if (text != null) {
            date.appendChild(narrative(text));
        }
    }

    private Element result(IndicatorSeries series) {
        Element result = element("result");
        result.setAttribute("type", IatiActivity.resultType(series.level()));
        add(result, "title").appendChild(narrative(firstGiven(series.description(), series.name(), series.code())));
        Element indicator = add(result, "indicator", "measure", "%".equals(series.unit()) ? "2" : "1");
        if (series.direction() != null) {
            indicator.setAttribute("ascending", series.direction() == Direction.HIGHER_IS_BETTER ? "1" : "0");
        }
        add(indicator, "title").appendChild(narrative(firstGiven(series.name(), series.code())));
        add(indicator, "description").appendChild(narrative("Eenheid: " + firstGiven(series.unit(), "–")
                + (series.measurement() == null || series.measurement().isBlank() ? ""
                : ". Meting: " + series.measurement())));
        if (series.baseline() != null && series.baseline().date() != null && series.baseline().value() != null) {
            add(indicator, "baseline", "year", Integer.toString(series.baseline().date().getYear()),
                    "iso-date", series.baseline().date().toString(), "value", plain(series.baseline().value()));
        }
        series.periods().forEach(period -> indicator.appendChild(period(series, period)));
        return result;
    }

    private Element period(IndicatorSeries series, Period period) {
        Element element = element("period");
        add(element, "period-start", "iso-date", period.start().toString());
        add(element, "period-end", "iso-date", period.end().toString());
        BigDecimal target = series.targetFor(period);
        if (target != null) {
            add(element, "target", "value", plain(target));
        }
        IndicatorSeries.Actual actual = series.actualFor(period);
        if (actual != null) {
            add(element, "actual", "value", plain(actual.value()));
        }
        return element;
    }

    private String name() {
        return "Gemeente " + Municipalities.nameOf(cbsCode);
    }

    private Element narrative(String text) {
        Element narrative = element("narrative");
        narrative.setTextContent(XmlText.clean(text));
        return narrative;
    }

    /** A new child element with attributes given as name, value pairs. */
    private Element add(Element parent, String name, String... attributes) {
        Element child = element(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            child.setAttribute(attributes[i], XmlText.clean(attributes[i + 1]));
        }
        parent.appendChild(child);
        return child;
    }

    private Element element(String name) {
        return document.createElement(name);
    }

    private static String firstGiven(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return "";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String serialise(Document document) throws TransformerException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        var transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }
}
