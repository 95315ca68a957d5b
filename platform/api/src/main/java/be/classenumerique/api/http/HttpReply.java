package be.classenumerique.api.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * The answer of an {@link HttpEndpoint}.
 *
 * @param status the HTTP status
 * @param contentType the media type of the body, or {@code null} for none
 * @param headers extra headers, e.g. {@code Location} or {@code Cache-Control}
 * @param body the body, possibly empty
 * @since 0.1.0
 */
public record HttpReply(int status, String contentType, Map<String, String> headers, byte[] body) {

    public HttpReply {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        headers = Map.copyOf(headers);
        body = Objects.requireNonNull(body, "body").clone();
    }

    /**
     * @param json a JSON document
     * @return a 200 answer with that JSON
     * @since 0.1.0
     */
    public static HttpReply json(String json) {
        return new HttpReply(200, "application/json", Map.of(), json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param status the status
     * @param text plain text
     * @return an answer with that text
     * @since 0.1.0
     */
    public static HttpReply text(int status, String text) {
        return new HttpReply(status, "text/plain;charset=UTF-8", Map.of(), text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param html an HTML page (e.g. an auto-submitting form post)
     * @return a 200 answer with that page
     * @since 0.1.0
     */
    public static HttpReply html(String html) {
        return new HttpReply(200, "text/html;charset=UTF-8", Map.of(), html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param location the absolute or server-relative URL to go to
     * @return a 302 redirect
     * @since 0.1.0
     */
    public static HttpReply redirect(String location) {
        return new HttpReply(302, null, Map.of("Location", location), new byte[0]);
    }
}
