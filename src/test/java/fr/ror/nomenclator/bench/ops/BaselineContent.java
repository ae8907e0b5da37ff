package fr.ror.nomenclator.bench.ops;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Loads R211 and J17 into the HAPI baseline through its REST API, as a user of a stock
 * deployment would, and waits until it can answer: the code system's concepts stored (HAPI
 * stores the concepts of larger code systems in the background) and the value set pre-expanded
 * by HAPI's scheduled task (before that, {@code $expand} with {@code count} fails).
 */
final class BaselineContent {

    /** Each poll before pre-expansion costs HAPI a failed expansion and a logged stack trace. */
    private static final Duration POLL_EXPANSION = Duration.ofSeconds(5);

    private BaselineContent() {
    }

    static void load(ServerProcess hapi, RealContent content, Duration timeout, PrintStream out)
            throws IOException, InterruptedException {
        FhirUpload upload = FhirUpload.anonymous(hapi);
        require(upload.create("CodeSystem", content.codeSystemFile()), "CodeSystem R211");
        require(upload.create("ValueSet", content.valueSetFile()), "ValueSet J17");
        Duration stored = hapi.awaitReady(Scenario.fhir("CodeSystem/$validate-code", "url", content.codeSystemUrl(),
                "code", content.code()), body -> body.contains("\"valueBoolean\":true"), timeout);
        out.printf("HAPI: R211 concepts stored after %.1f s%n", stored.toMillis() / 1000.0);
        Duration expanded = hapi.awaitReady(Scenario.fhir("ValueSet/$expand", "url", content.valueSetUrl(), "count", "1"),
                body -> body.contains("\"expansion\""), timeout, POLL_EXPANSION);
        out.printf("HAPI: J17 pre-expanded by the scheduled task after %.1f s more%n", expanded.toMillis() / 1000.0);
    }

    private static void require(FhirUpload.Answer answer, String what) {
        if (answer.status() != 201 && answer.status() != 200) {
            throw new IllegalStateException("HAPI refused " + what + ": HTTP " + answer.status() + " " + answer.body());
        }
    }
}
