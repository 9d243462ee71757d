package nl.botoc.monitor.reporting.api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.botoc.monitor.reporting.LifecycleTopic;
import nl.botoc.monitor.reporting.ScanTopic;
import nl.botoc.monitor.reporting.YouthWork;
import org.junit.jupiter.api.BeforeEach;
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

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The IATI export of a municipality, read back as XML: structure, codes, values and escaping. */
@QuarkusTest
class IatiExportTest {

    @Inject
    LifecycleTopic lifecycle;

    @Inject
    ScanTopic scans;

    private YouthWork work;

    @BeforeEach
    void publish() {
        work = YouthWork.publish(lifecycle, scans);
    }

    @Test
    void eachInterventionIsAnActivityWithStatusDatesAndAResultPerGoal() throws Exception {
        String xml = given().get("/api/v1/municipalities/" + work.municipality + "/iati")
                .then().statusCode(200).contentType(containsString("application/xml")).extract().asString();
        Document document = parse(xml);
        String y1 = "/iati-activities/iati-activity[other-identifier/@ref='Y1']";
        String y2 = "/iati-activities/iati-activity[other-identifier/@ref='Y2']";
        String organisation = "NL-CBS-" + work.municipality;

        assertThat(text(document, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(text(document, "count(/iati-activities/iati-activity)")).isEqualTo("2");
        assertThat(childNames(document, y1)).containsExactly("iati-identifier", "reporting-org", "title",
                "description", "participating-org", "other-identifier", "activity-status", "activity-date",
                "activity-scope", "recipient-country", "result");
        assertThat(text(document, y1 + "/iati-identifier")).isEqualTo(organisation + "-" + work.youthWork);
        assertThat(text(document, y1 + "/@*[local-name()='lang']")).isEqualTo("nl");
        assertThat(text(document, y1 + "/reporting-org/@ref")).isEqualTo(organisation);
        assertThat(text(document, y1 + "/reporting-org/@type")).isEqualTo("11");
        assertThat(text(document, y1 + "/title/narrative")).isEqualTo(YouthWork.NAME);
        assertThat(text(document, y1 + "/description/narrative")).isEqualTo("Straatcoaches begeleiden jongeren.");
        assertThat(text(document, y1 + "/activity-status/@code")).isEqualTo("2");
        assertThat(text(document, y1 + "/activity-date[@type='2']/@iso-date")).isEqualTo("2021-01-01");
        assertThat(text(document, y1 + "/activity-date[@type='2']/narrative")).isEqualTo("2021");
        assertThat(text(document, y1 + "/recipient-country/@code")).isEqualTo("NL");

        String indicator = y1 + "/result[@type='1']/indicator";
        assertThat(text(document, indicator + "/@measure")).isEqualTo("1");
        assertThat(text(document, indicator + "/@ascending")).isEqualTo("1");
        assertThat(text(document, indicator + "/title/narrative")).isEqualTo(YouthWork.INDICATOR);
        assertThat(text(document, indicator + "/baseline/@year")).isEqualTo("2020");
        assertThat(text(document, indicator + "/baseline/@value")).isEqualTo("0");
        assertThat(text(document, indicator + "/period/period-start/@iso-date")).isEqualTo("2021-01-01");
        assertThat(text(document, indicator + "/period/period-end/@iso-date")).isEqualTo("2021-12-31");
        assertThat(text(document, indicator + "/period/target/@value")).isEqualTo("60");
        assertThat(text(document, indicator + "/period/actual/@value")).isEqualTo("62");

        assertThat(text(document, y2 + "/activity-status/@code")).isEqualTo("1");
        assertThat(text(document, y2 + "/activity-date/@type")).isEqualTo("1");
        assertThat(text(document, y2 + "/activity-date/@iso-date")).isEqualTo("2020-09-01");
        assertThat(text(document, y2 + "/result/@type")).isEqualTo("3");
        assertThat(text(document, y2 + "/result/indicator/@measure")).isEqualTo("2");
        assertThat(text(document, y2 + "/result/indicator/@ascending")).isEqualTo("0");
        assertThat(text(document, "count(" + y2 + "/result/indicator/baseline)")).isEqualTo("0");

        assertThat(xml).contains("Jongeren &lt;b&gt;").doesNotContain("<b>", "\u0001");
    }

    @Test
    void onAPeildatumTheActivitiesAreAsTheyStoodThen() throws Exception {
        Document document = parse(given().get("/api/v1/municipalities/" + work.municipality
                + "/iati?peildatum=2020-12-31").then().statusCode(200).extract().asString());
        String indicator = "/iati-activities/iati-activity[other-identifier/@ref='Y1']/result/indicator";

        assertThat(text(document, "/iati-activities/iati-activity[other-identifier/@ref='Y1']/activity-status/@code"))
                .isEqualTo("1");
        assertThat(text(document, indicator + "/period/target/@value")).isEqualTo("80");
        assertThat(text(document, "count(" + indicator + "/period/actual)")).isEqualTo("0");
        given().get("/api/v1/municipalities/" + work.municipality + "/iati?peildatum=2020-06-30")
                .then().statusCode(404);
    }

    @Test
    void anUnknownMunicipalityIsNotFoundAndAnInvalidCodeABadRequest() {
        given().get("/api/v1/municipalities/GM0000/iati").then().statusCode(404);
        given().get("/api/v1/municipalities/Arnhem/iati").then().statusCode(400);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
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
