package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The issues an operation collects, each once. */
final class IssueList {

    private final List<ValidationIssue> issues = new ArrayList<>();

    /** Adds the issue unless the same one is already there; true when added. */
    boolean add(ValidationIssue issue) {
        for (ValidationIssue existing : issues) {
            if (existing.message().equals(issue.message()) && Objects.equals(existing.expression(), issue.expression())
                    && existing.severity() == issue.severity()) {
                return false;
            }
        }
        issues.add(issue);
        return true;
    }

    boolean add(Severity severity, String type, String expression, String messageId, String message, String txType) {
        return add(new ValidationIssue(severity, type, txType, messageId, message, expression));
    }

    boolean hasErrors() {
        return issues.stream().anyMatch(ValidationIssue::isError);
    }

    boolean isEmpty() {
        return issues.isEmpty();
    }

    List<ValidationIssue> all() {
        return issues;
    }

    void replace(int index, ValidationIssue issue) {
        issues.set(index, issue);
    }

    static String path(String path, String name) {
        return path == null || path.isEmpty() ? name : path + "." + name;
    }
}
