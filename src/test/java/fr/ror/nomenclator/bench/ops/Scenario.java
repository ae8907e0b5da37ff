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
                OptionalDouble timesBaseline, OptionalDouble ofTrivial) {

    static Scenario ours(String name, String path, ResponseCheck check) {
        return new Scenario(name, i -> path, check, false, OptionalDouble.empty(), OptionalDouble.empty());
    }

    static Scenario both(String name, String path, ResponseCheck check) {
        return new Scenario(name, i -> path, check, true, OptionalDouble.empty(), OptionalDouble.empty());
    }

    Scenario atLeastTimesBaseline(double times) {
        return new Scenario(name, paths, check, onBaseline, OptionalDouble.of(times), ofTrivial);
    }

    Scenario atLeastOfTrivial(double share) {
        return new Scenario(name, paths, check, onBaseline, timesBaseline, OptionalDouble.of(share));
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
