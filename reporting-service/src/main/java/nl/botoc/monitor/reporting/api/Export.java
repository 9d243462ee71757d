package nl.botoc.monitor.reporting.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * One figure or table in the form the client asks for: CSV for {@code ?format=csv} or when {@code text/csv} comes
 * before JSON in its Accept header, else JSON. {@code ?format=} wins over the header, so a plain link can download.
 */
final class Export {

    static final String CSV = "text/csv";
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    private Export() {
    }

    static Response of(String format, HttpHeaders headers, String name, Object json, Supplier<String> csv) {
        if (wantsCsv(format, headers)) {
            return Response.ok(csv.get(), CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "inline; filename=\"" + name + ".csv\"")
                    .build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }

    static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            switch (format.toLowerCase(Locale.ROOT)) {
                case "csv":
                    return true;
                case "json":
                    return false;
                default:
                    throw new BadRequestException("format must be csv or json; was '" + format + "'");
            }
        }
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(CSV_TYPE) || type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .findFirst()
                .map(type -> !type.isWildcardType() && type.isCompatible(CSV_TYPE))
                .orElse(false);
    }
}
