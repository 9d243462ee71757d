package nl.botoc.monitor.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import nl.botoc.monitor.reporting.YouthWork;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static nl.botoc.monitor.reporting.Readers.asMinistry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The IATI export of a municipality, read back as XML: structure, codes, values and escaping. */
@QuarkusTest
class IatiExportTest extends WithYouthWork {

    @Test
    void eachInterventionIsAnActivityWithStatusDatesAndAResultPerGoal() throws Exception {
        String xml = asMinistry().get("/api/v1/municipalities/" + work.municipality + "/iati")
                .then().statusCode(200).contentType(containsString("application/xml")).extract().asString();
        Document document = parse(xml);
        String y1 = "/iati-activities/iati-activity[other-identifier/@ref='Y1']";
        String y2 = "/iati-activities/iati-activity[other-identifier/@ref='Y2']";
        String organisation = "NL-CBS-" + work.municipality;

        assertThat(childNames(document, y1)).containsExactly("iati-identifier", "reporting-org", "title",
                "description", "participating-org", "other-identifier", "activity-status", "activity-date",
                "activity-scope", "recipient-country", "result");
        String indicator = y1 + "/result[@type='1']/indicator";
        assertXPaths(document,
                "/iati-activities/@version", "2.03",
                "count(/iati-activities/iati-activity)", "2",
                y1 + "/iati-identifier", organisation + "-" + work.youthWork,
                y1 + "/@*[local-name()='lang']", "nl",
                y1 + "/reporting-org/@ref", organisation,
                y1 + "/reporting-org/@type", "11",
                y1 + "/title/narrative", YouthWork.NAME,
                y1 + "/description/narrative", "Straatcoaches begeleiden jongeren.",
                y1 + "/activity-status/@code", "2",
                y1 + "/activity-date[@type='2']/@iso-date", "2021-01-01",
                y1 + "/activity-date[@type='2']/narrative", "2021",
                y1 + "/recipient-country/@code", "NL",
                indicator + "/@measure", "1",
                indicator + "/@ascending", "1",
                indicator + "/title/narrative", YouthWork.INDICATOR,
                indicator + "/baseline/@year", "2020",
                indicator + "/baseline/@value", "0",
                indicator + "/period/period-start/@iso-date", "2021-01-01",
                indicator + "/period/period-end/@iso-date", "2021-12-31",
                indicator + "/period/target/@value", "60",
                indicator + "/period/actual/@value", "62",
                y2 + "/activity-status/@code", "1",
                y2 + "/activity-date/@type", "1",
                y2 + "/activity-date/@iso-date", "2020-09-01",
                y2 + "/result/@type", "3",
                y2 + "/result/indicator/@measure", "2",
                y2 + "/result/indicator/@ascending", "0",
                "count(" + y2 + "/result/indicator/baseline)", "0");

        assertThat(xml).contains("Jongeren &lt;b&gt;").doesNotContain("<b>", "\u0001");
    }

    @Test
    void onAPeildatumTheActivitiesAreAsTheyStoodThen() throws Exception {
        Document document = parse(asMinistry().get("/api/v1/municipalities/" + work.municipality
                + "/iati?peildatum=2020-12-31").then().statusCode(200).extract().asString());
        String y1 = "/iati-activities/iati-activity[other-identifier/@ref='Y1']";

        assertXPaths(document,
                y1 + "/activity-status/@code", "1",
                y1 + "/result/indicator/period/target/@value", "80",
                "count(" + y1 + "/result/indicator/period/actual)", "0");
        asMinistry().get("/api/v1/municipalities/" + work.municipality + "/iati?peildatum=2020-06-30")
                .then().statusCode(404);
    }

    @Test
    void anUnknownMunicipalityIsNotFoundAndAnInvalidCodeABadRequest() {
        asMinistry().get("/api/v1/municipalities/GM0000/iati").then().statusCode(404);
        asMinistry().get("/api/v1/municipalities/Arnhem/iati").then().statusCode(400);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Each XPath, evaluated as a string, gives the value after it. */
    private static void assertXPaths(Document document, String... xpathsAndValues) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i + 1 < xpathsAndValues.length; i += 2) {
            softly.assertThat(text(document, xpathsAndValues[i])).as(xpathsAndValues[i])
                    .isEqualTo(xpathsAndValues[i + 1]);
        }
        softly.assertAll();
    }

    private static String text(Document document, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
    }

    private static List<String> childNames(Document document, String xpath) throws Exception {
        Node activity = (Node) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODE);
        List<String> names = new ArrayList<>();
        NodeList children = activity.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE
                    && (names.isEmpty() || !names.get(names.size() - 1).equals(children.item(i).getNodeName()))) {
                names.add(children.item(i).getNodeName());
            }
        }
        return names;
    }
}
