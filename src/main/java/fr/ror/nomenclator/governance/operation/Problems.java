package fr.ror.nomenclator.governance.operation;

import java.util.ArrayList;
import java.util.List;

/** The problems found while checking or applying a list of operations, each naming the operation. */
public final class Problems {

    private record Found(int operation, String prefix, String text) {
    }

    private final List<Found> found = new ArrayList<>();
    private int operation;
    private String prefix = "";

    /** Problems reported from now on concern this operation (numbered from 1, as people count). */
    void at(int index, Operation operation) {
        this.operation = index;
        prefix = "operations[" + index + "] (" + operation.summary() + "): ";
    }

    public void add(String problem) {
        found.add(new Found(operation, prefix, problem));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<String> list() {
        return found.stream().map(f -> f.prefix() + f.text()).toList();
    }

    /** The problems of one operation (numbered from 1), without the prefix naming it: for callers that name it their way. */
    public List<String> of(int index) {
        return found.stream().filter(f -> f.operation() == index).map(Found::text).toList();
    }

    /** Applies each operation in turn to the workspace, recording what does not hold. */
    public static Problems applyAll(List<Operation> operations, Workspace workspace) {
        Problems problems = new Problems();
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            problems.at(i + 1, operation);
            operation.applyTo(workspace, problems);
        }
        return problems;
    }
}
