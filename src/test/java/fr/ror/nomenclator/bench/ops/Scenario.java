package fr.ror.nomenclator.bench.ops;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import java.util.function.IntFunction;

/**
 * A request measured on one or both servers, with how to tell a right answer and the targets of
 * the issue: at least {@code timesBaseline} × HAPI's throughput, at least {@code ofTrivial} of
 * the throughput of our trivial endpoint.
 */
record Scenario(String name, IntFunction<String> paths, ResponseCheck check, boolean onBaseline,
                OptionalDouble timesBaseline, OptionalDouble ofTrivial, String headers) {

    /** Asks for an answer rendered for this request, not a pre-rendered one (our answer cache honours it). */
    static final String NO_CACHE = "Cache-Control: no-cache\r\n";

    static Scenario ours(String name, String path, ResponseCheck check) {
        return new Scenario(name, i -> path, check, false, OptionalDouble.empty(), OptionalDouble.empty(), "");
    }

    static Scenario both(String name, String path, ResponseCheck check) {
        return new Scenario(name, i -> path, check, true, OptionalDouble.empty(), OptionalDouble.empty(), "");
    }

    /** A rotation of paths on our server only. */
    static Scenario rotation(String name, IntFunction<String> paths, ResponseCheck check) {
        return new Scenario(name, paths, check, false, OptionalDouble.empty(), OptionalDouble.empty(), "");
    }

    Scenario atLeastTimesBaseline(double times) {
        return new Scenario(name, paths, check, onBaseline, OptionalDouble.of(times), ofTrivial, headers);
    }

    Scenario atLeastOfTrivial(double share) {
        return new Scenario(name, paths, check, onBaseline, timesBaseline, OptionalDouble.of(share), headers);
    }

    /** The same requests with {@code Cache-Control: no-cache}: every answer is computed and rendered. */
    Scenario uncached() {
        return new Scenario(name + ", no-cache", paths, check, onBaseline, timesBaseline, ofTrivial, NO_CACHE);
    }

    String firstPath() {
        return paths.apply(0);
    }

    /** {@code /fhir/TYPE/$OP?name=value&...} with the values encoded. */
    static String fhir(String typeAndOperation, String... namesAndValues) {
        StringBuilder path = new StringBuilder("/fhir/").append(typeAndOperation);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            path.append(i == 0 ? '?' : '&').append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return path.toString();
    }
}
