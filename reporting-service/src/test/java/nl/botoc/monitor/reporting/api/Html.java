package nl.botoc.monitor.reporting.api;

import static nl.botoc.monitor.reporting.Readers.asMinistry;

/** Pages as a browser fetches them. */
final class Html {

    private Html() {
    }

    static String get(String path) {
        return asMinistry().accept("text/html").get(path)
                .then().statusCode(200).contentType("text/html")
                .extract().asString();
    }
}
