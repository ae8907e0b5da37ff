package fr.ror.nomenclator.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** A plain HTTP client for the tests, with HAPI only to read answers. */
final class FhirHttp {

    static final FhirContext R4 = FhirContext.forR4Cached();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    FhirHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    HttpResponse<String> send(String method, String path, String body, String contentType, String user,
                              String... headers) {
        HttpRequest.Builder request = request(path, headers)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(authenticated(request, user));
    }

    /** Sends the body without a Content-Length (chunked), as a streaming client would. */
    HttpResponse<String> sendChunked(String method, String path, byte[] body, String contentType, String user) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        return send(authenticated(request, user));
    }

    static <T extends IBaseResource> T parse(Class<T> type, HttpResponse<String> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        return contentType.contains("xml")
                ? R4.newXmlParser().parseResource(type, response.body())
                : R4.newJsonParser().parseResource(type, response.body());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static HttpRequest.Builder authenticated(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
