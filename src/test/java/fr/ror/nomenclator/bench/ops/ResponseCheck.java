package fr.ror.nomenclator.bench.ops;

import java.nio.charset.StandardCharsets;

/**
 * Whether an answer is right, checked on every measured response. Cheap byte searches only: the
 * client shares the machine with the servers, and parsing each answer would slow it down more
 * than the servers it measures. The first answer of each scenario is also parsed in full
 * ({@link Preflight}).
 */
@FunctionalInterface
interface ResponseCheck {

    boolean accepts(int status, byte[] body);

    /** A {@code Parameters} answer with {@code result = true}. */
    static ResponseCheck resultTrue() {
        return ok(contains("{\"name\":\"result\",\"valueBoolean\":true}"));
    }

    /** A {@code $lookup} answer naming the concept's display. */
    static ResponseCheck lookupFound(String display) {
        return ok(contains("{\"name\":\"display\",\"valueString\":\"" + display + "\"}"));
    }

    /** An expansion that lists the given code. */
    static ResponseCheck expansionWith(String code) {
        ResponseCheck expansion = contains("\"expansion\"");
        ResponseCheck listed = contains("\"code\":\"" + code + "\"");
        return ok((status, body) -> expansion.accepts(status, body) && listed.accepts(status, body));
    }

    /** An expansion of between 1 and {@code max} codes. */
    static ResponseCheck expansionOfAtMost(int max) {
        byte[] code = "\"code\":\"".getBytes(StandardCharsets.UTF_8);
        ResponseCheck expansion = contains("\"expansion\"");
        return ok((status, body) -> {
            int codes = Bytes.count(body, code);
            return expansion.accepts(status, body) && codes >= 1 && codes <= max;
        });
    }

    /** The ping's {@code ok}. */
    static ResponseCheck pong() {
        return ok(contains("ok"));
    }

    private static ResponseCheck ok(ResponseCheck body) {
        return (status, bytes) -> status == 200 && body.accepts(status, bytes);
    }

    private static ResponseCheck contains(String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        return (status, body) -> Bytes.indexOf(body, needle) >= 0;
    }
}
