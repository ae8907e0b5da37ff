package fr.ror.nomenclator.bench.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * One request before a scenario is measured on a server: is the operation there at all, and is
 * its answer right? A 4xx/5xx answer means "not available" (the scenario is skipped on that
 * server, with the status and the server's message); a 200 with a wrong answer is measured,
 * every such answer counting as an error.
 */
record Preflight(int status, boolean right, String summary) {

    private static final ObjectMapper JSON = new ObjectMapper();

    boolean available() {
        return status == 200;
    }

    static Preflight of(ServerProcess server, String path, ResponseCheck check, String headers) {
        try (HttpConnection connection = new HttpConnection("localhost", server.port(), headers)) {
            HttpConnection.Response response = connection.get(path);
            return new Preflight(response.status(), check.accepts(response.status(), response.body()),
                    describe(response.status(), response.body()));
        } catch (IOException e) {
            return new Preflight(StatusCounts.IO_ERROR, false, "no answer: " + e.getMessage());
        }
    }

    /** What an answer says, in a few words: the result, the display, the number of codes, or the error. */
    static String describe(int status, byte[] answer) {
        HttpConnection.Response response = new HttpConnection.Response(status, answer);
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            return "HTTP " + response.status() + ", not JSON: " + abbreviate(response.text());
        }
        String type = body.path("resourceType").asText();
        if (type.equals("OperationOutcome")) {
            StringBuilder message = new StringBuilder("HTTP " + response.status());
            for (JsonNode issue : body.path("issue")) {
                message.append(' ').append(issue.path("diagnostics").asText(issue.path("details").path("text").asText()));
            }
            return abbreviate(message.toString());
        }
        if (type.equals("Parameters")) {
            StringBuilder said = new StringBuilder();
            for (JsonNode parameter : body.path("parameter")) {
                String name = parameter.path("name").asText();
                if (name.equals("result") || name.equals("display") || name.equals("message")) {
                    parameter.fields().forEachRemaining(f -> {
                        if (f.getKey().startsWith("value")) {
                            said.append(said.isEmpty() ? "" : ", ").append(name).append('=').append(f.getValue().asText());
                        }
                    });
                }
            }
            return abbreviate(said.toString());
        }
        if (type.equals("ValueSet")) {
            JsonNode expansion = body.path("expansion");
            return "expansion of " + expansion.path("contains").size() + " codes (total "
                    + expansion.path("total").asText("absent") + ")";
        }
        if (body.has("status")) {
            return "status " + body.path("status").asText();
        }
        return abbreviate(response.text());
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= 240 ? flat : flat.substring(0, 237) + "...";
    }
}
