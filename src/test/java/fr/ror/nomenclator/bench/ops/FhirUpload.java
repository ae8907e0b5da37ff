package fr.ror.nomenclator.bench.ops;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** Creating resources over the FHIR REST API ({@code POST /fhir/TYPE}), optionally as an HTTP Basic user. */
final class FhirUpload {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String body, Duration took) {
    }

    private final ServerProcess server;
    private final Optional<String> authorization;

    private FhirUpload(ServerProcess server, Optional<String> authorization) {
        this.server = server;
        this.authorization = authorization;
    }

    static FhirUpload anonymous(ServerProcess server) {
        return new FhirUpload(server, Optional.empty());
    }

    static FhirUpload as(ServerProcess server, String user, String password) {
        return new FhirUpload(server, Optional.of("Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))));
    }

    Answer create(String type, Path file) throws IOException, InterruptedException {
        return send(type, HttpRequest.BodyPublishers.ofFile(file));
    }

    Answer create(String type, String json) throws IOException, InterruptedException {
        return send(type, HttpRequest.BodyPublishers.ofString(json));
    }

    private Answer send(String type, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/fhir/" + type)).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/fhir+json").header("Accept", "application/fhir+json")
                .POST(body);
        authorization.ifPresent(a -> request.header("Authorization", a));
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
    }
}
