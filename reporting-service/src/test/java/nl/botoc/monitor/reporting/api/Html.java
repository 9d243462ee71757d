package nl.botoc.monitor.reporting.api;

import static io.restassured.RestAssured.given;

/** Pages as a browser fetches them. */
final class Html {

    private Html() {
    }

    static String get(String path) {
        return given().accept("text/html").get(path)
                .then().statusCode(200).contentType("text/html")
                .extract().asString();
    }
}
