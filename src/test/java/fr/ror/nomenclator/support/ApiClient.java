package fr.ror.nomenclator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the REST and FHIR APIs as users call them: Basic or Bearer, JSON in and out. */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** An answer: status, content type, ETag and body as JSON (null node when empty or not JSON). */
    public record Answer(int status, String contentType, String etag, String text, JsonNode json) {
        public String detail() {
            return json.path("detail").asText();
        }

        public String code() {
            return json.path("code").asText();
        }
    }

    /** {@code user} is {@code name:password} for Basic, {@code Bearer xyz} for a token, or null. */
    public Answer send(String method, String path, String user, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else if (body instanceof byte[] bytes) {
                request.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
            } else {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(text));
            }
            if (user != null) {
                request.header("Authorization", user.startsWith("Bearer ") ? user
                        : "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = NullNode.getInstance();
            try {
                if (!response.body().isBlank()) {
                    json = JSON.readTree(response.body());
                }
            } catch (IOException notJson) {
                // left as a null node; the text is in the answer
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null), response.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file sent as the one part {@code file} of a {@code multipart/form-data} POST. */
    public Answer upload(String path, String user, String filename, byte[] content) {
        String boundary = "nomenclator-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", path, user, body.toByteArray(), "Content-Type", "multipart/form-data; boundary=" + boundary);
    }

    public Answer get(String path, String user) {
        return send("GET", path, user, null);
    }

    public Answer post(String path, String user, Object body, String... headers) {
        return send("POST", path, user, body, headers);
    }

    public Answer put(String path, String user, Object body, String... headers) {
        return send("PUT", path, user, body, headers);
    }
}
