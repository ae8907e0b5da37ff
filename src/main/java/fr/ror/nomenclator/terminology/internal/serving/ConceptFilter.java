package fr.ror.nomenclator.terminology.internal.serving;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import fr.ror.nomenclator.terminology.ConceptProperty;
import fr.ror.nomenclator.terminology.PropertyValue;
import fr.ror.nomenclator.terminology.internal.serving.ValueSetDefinition.FilterRule;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One value set filter compiled against one code system: a predicate on its concepts, and for the
 * hierarchy operators the concept the walk starts from. Regular expressions run on RE2/J, whose
 * matching time is linear in the input: a pattern built to backtrack ({@code (a+)+}) cannot stall
 * the server.
 */
final class ConceptFilter {

    private static final Set<String> KNOWN_PROPERTIES = Set.of("notSelectable", "status", "inactive", "deprecated");

    private final FilterRule rule;
    private final Predicate<SnapshotConcept> test;
    private final SnapshotConcept root;
    private final boolean includesRoot;

    private ConceptFilter(FilterRule rule, Predicate<SnapshotConcept> test, SnapshotConcept root, boolean includesRoot) {
        this.rule = rule;
        this.test = test;
        this.root = root;
        this.includesRoot = includesRoot;
    }

    FilterRule rule() {
        return rule;
    }

    boolean test(SnapshotConcept concept) {
        return test.test(concept);
    }

    /** For {@code is-a} and {@code descendent-of}: the concepts to walk, else empty (test them all). */
    Optional<List<SnapshotConcept>> candidates(CodeSystemSnapshot codeSystem) {
        if (root == null) {
            return Optional.empty();
        }
        List<SnapshotConcept> below = codeSystem.selfAndDescendants(root);
        return Optional.of(includesRoot ? below : below.subList(1, below.size()));
    }

    /** Whether this code system can run the filter at all. */
    static boolean understood(CodeSystemSnapshot codeSystem, FilterRule rule) {
        String property = rule.property();
        String op = rule.op();
        if (property == null || op == null) {
            return false;
        }
        if (property.equals("concept") || property.equals("code")) {
            return Set.of("is-a", "descendent-of", "is-not-a", "in", "not-in", "=", "regex", "generalizes", "child-of",
                    "descendent-leaf", "exists").contains(op);
        }
        if (property.equals("child") || property.equals("parent")) {
            return op.equals("exists") || op.equals("=") || op.equals("in");
        }
        if (property.equals("display")) {
            return op.equals("=") || op.equals("regex");
        }
        boolean declared = codeSystem.property(property).isPresent() || KNOWN_PROPERTIES.contains(property);
        return declared && Set.of("=", "in", "not-in", "regex", "exists").contains(op);
    }

    /**
     * Compiles a filter already known to be understood.
     *
     * @throws PatternSyntaxException for a regex that is not one
     */
    static ConceptFilter compile(CodeSystemSnapshot codeSystem, FilterRule rule, Instant date) {
        String property = rule.property();
        String op = rule.op();
        String value = rule.value();
        if (property.equals("concept") || property.equals("code")) {
            return concept(codeSystem, rule, op, value);
        }
        if (property.equals("child")) {
            boolean wanted = !"false".equals(value);
            return new ConceptFilter(rule, c -> !c.children().isEmpty() == wanted, null, false);
        }
        if (property.equals("parent")) {
            if (op.equals("exists")) {
                boolean wanted = !"false".equals(value);
                return new ConceptFilter(rule, c -> !c.parents().isEmpty() == wanted, null, false);
            }
            Set<String> parents = values(value);
            return new ConceptFilter(rule, c -> c.parents().stream().anyMatch(parents::contains), null, false);
        }
        if (property.equals("display")) {
            if (op.equals("regex")) {
                Pattern pattern = Pattern.compile(value);
                return new ConceptFilter(rule, c -> c.display() != null && pattern.matches(c.display()), null, false);
            }
            return new ConceptFilter(rule, c -> value.equals(c.display()), null, false);
        }
        if (KNOWN_PROPERTIES.contains(property)) {
            return known(codeSystem, rule, property, op, value, date);
        }
        return byProperty(rule, property, op, value);
    }

    private static ConceptFilter concept(CodeSystemSnapshot codeSystem, FilterRule rule, String op, String value) {
        switch (op) {
            case "is-a", "descendent-of" -> {
                Optional<SnapshotConcept> top = codeSystem.find(value);
                if (top.isEmpty()) {
                    return new ConceptFilter(rule, c -> false, null, false);
                }
                String code = top.get().code();
                boolean self = op.equals("is-a");
                return new ConceptFilter(rule, c -> (self || !c.code().equals(code))
                        && codeSystem.isSelfOrDescendantOf(c, code), top.get(), self);
            }
            case "is-not-a" -> {
                Optional<SnapshotConcept> top = codeSystem.find(value);
                return new ConceptFilter(rule, c -> top.isEmpty() || !codeSystem.isSelfOrDescendantOf(c, top.get().code()),
                        null, false);
            }
            case "generalizes" -> {
                Optional<SnapshotConcept> bottom = codeSystem.find(value);
                return new ConceptFilter(rule, c -> bottom.isPresent() && codeSystem.isSelfOrDescendantOf(bottom.get(),
                        c.code()), null, false);
            }
            case "child-of" -> {
                return new ConceptFilter(rule, c -> c.parents().contains(value), null, false);
            }
            case "descendent-leaf" -> {
                Optional<SnapshotConcept> top = codeSystem.find(value);
                return new ConceptFilter(rule, c -> top.isPresent() && c.children().isEmpty()
                        && !c.code().equals(top.get().code()) && codeSystem.isSelfOrDescendantOf(c, top.get().code()),
                        null, false);
            }
            case "in" -> {
                Set<String> codes = values(value);
                return new ConceptFilter(rule, c -> codes.contains(c.code()), null, false);
            }
            case "not-in" -> {
                Set<String> codes = values(value);
                return new ConceptFilter(rule, c -> !codes.contains(c.code()), null, false);
            }
            case "regex" -> {
                Pattern pattern = Pattern.compile(value);
                return new ConceptFilter(rule, c -> pattern.matches(c.code()), null, false);
            }
            case "exists" -> {
                return new ConceptFilter(rule, c -> true, null, false);
            }
            default -> {
                return new ConceptFilter(rule, c -> c.code().equals(value)
                        || (!codeSystem.caseSensitive() && c.code().equalsIgnoreCase(value)), null, false);
            }
        }
    }

    private static ConceptFilter known(CodeSystemSnapshot codeSystem, FilterRule rule, String property, String op,
                                       String value, Instant date) {
        Predicate<String> accepts = acceptor(op, value);
        Set<String> notSelectable = codeSystem.properties().stream()
                .filter(p -> SnapshotBuilder.NOT_SELECTABLE_URI.equals(p.uri())).map(PropertyDefinition::code)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        notSelectable.addAll(Set.of("abstract", "notSelectable", "not-selectable"));
        Predicate<SnapshotConcept> test = switch (property) {
            case "notSelectable" -> c -> accepts.test(c.properties().stream().filter(p -> notSelectable.contains(p.code()))
                    .findFirst().map(p -> asText(p.value())).orElse(null));
            case "status" -> c -> accepts.test(c.statusOn(date));
            case "inactive" -> c -> accepts.test(String.valueOf(c.inactiveOn(date)));
            default -> c -> accepts.test(String.valueOf(c.deprecated()));
        };
        return new ConceptFilter(rule, test, null, false);
    }

    private static ConceptFilter byProperty(FilterRule rule, String property, String op, String value) {
        if (op.equals("exists")) {
            boolean wanted = !"false".equals(value);
            return new ConceptFilter(rule, c -> hasProperty(c, property) == wanted, null, false);
        }
        if (op.equals("not-in")) {
            Set<String> excluded = values(value);
            return new ConceptFilter(rule, c -> propertyValues(c, property).stream().noneMatch(excluded::contains),
                    null, false);
        }
        Predicate<String> accepts = acceptor(op, value);
        return new ConceptFilter(rule, c -> propertyValues(c, property).stream().anyMatch(accepts), null, false);
    }

    private static Predicate<String> acceptor(String op, String value) {
        return switch (op) {
            case "in" -> {
                Set<String> set = values(value);
                yield v -> v != null && set.contains(v);
            }
            case "not-in" -> {
                Set<String> set = values(value);
                yield v -> !set.contains(v);
            }
            case "regex" -> {
                Pattern pattern = Pattern.compile(value);
                yield v -> v != null && pattern.matches(v);
            }
            default -> v -> value.equals(v);
        };
    }

    private static boolean hasProperty(SnapshotConcept concept, String property) {
        return concept.properties().stream().anyMatch(p -> p.code().equals(property));
    }

    private static List<String> propertyValues(SnapshotConcept concept, String property) {
        return concept.properties().stream().filter(p -> p.code().equals(property)).map(ConceptProperty::value)
                .map(ConceptFilter::asText).toList();
    }

    static String asText(PropertyValue value) {
        if (value instanceof PropertyValue.CodeValue v) {
            return v.code();
        }
        if (value instanceof PropertyValue.CodingValue v) {
            return v.code();
        }
        if (value instanceof PropertyValue.StringValue v) {
            return v.value();
        }
        if (value instanceof PropertyValue.IntegerValue v) {
            return String.valueOf(v.value());
        }
        if (value instanceof PropertyValue.BooleanValue v) {
            return String.valueOf(v.value());
        }
        if (value instanceof PropertyValue.DateTimeValue v) {
            return v.value();
        }
        return ((PropertyValue.DecimalValue) value).value().toPlainString();
    }

    private static Set<String> values(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
