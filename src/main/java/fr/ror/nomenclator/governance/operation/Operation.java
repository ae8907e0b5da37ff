package fr.ror.nomenclator.governance.operation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One typed change of a change request (DESIGN.md §5). Each kind states its own rules: it checks
 * them against a {@link Workspace} and applies itself to it, so validating a request and writing
 * an approved one are the same code. In JSON, {@code kind} names the operation.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AddConcept.class, name = "add-concept"),
        @JsonSubTypes.Type(value = ChangeDisplay.class, name = "change-display"),
        @JsonSubTypes.Type(value = ChangeDesignation.class, name = "change-designation"),
        @JsonSubTypes.Type(value = ChangeDefinition.class, name = "change-definition"),
        @JsonSubTypes.Type(value = ChangeProperty.class, name = "change-property"),
        @JsonSubTypes.Type(value = Deprecate.class, name = "deprecate"),
        @JsonSubTypes.Type(value = Retire.class, name = "retire"),
        @JsonSubTypes.Type(value = Reactivate.class, name = "reactivate"),
        @JsonSubTypes.Type(value = Move.class, name = "move"),
        @JsonSubTypes.Type(value = Split.class, name = "split"),
        @JsonSubTypes.Type(value = Merge.class, name = "merge"),
        @JsonSubTypes.Type(value = AddValueSetMember.class, name = "add-value-set-member"),
        @JsonSubTypes.Type(value = RemoveValueSetMember.class, name = "remove-value-set-member"),
        @JsonSubTypes.Type(value = AddValueSetRule.class, name = "add-value-set-rule"),
        @JsonSubTypes.Type(value = RemoveValueSetRule.class, name = "remove-value-set-rule"),
        @JsonSubTypes.Type(value = AddMapping.class, name = "add-mapping"),
        @JsonSubTypes.Type(value = ChangeMapping.class, name = "change-mapping"),
        @JsonSubTypes.Type(value = RemoveMapping.class, name = "remove-mapping")})
public sealed interface Operation permits AddConcept, ChangeDisplay, ChangeDesignation, ChangeDefinition,
        ChangeProperty, Deprecate, Retire, Reactivate, Move, Split, Merge, AddValueSetMember, RemoveValueSetMember,
        AddValueSetRule, RemoveValueSetRule, AddMapping, ChangeMapping, RemoveMapping {

    /** A line a person reads in lists and in the audit: {@code retire TRE_R211-ActiviteOperationnelle 392 → 511}. */
    String summary();

    /** The nomenclatures and concepts the operation touches. */
    List<Touch> touches(Keys keys);

    /**
     * The operation with what it left to the workspace filled in (the systems of a concept map's
     * single group), so that what it touches is known before it is applied. Stored this way.
     */
    default Operation completed(Workspace workspace) {
        return this;
    }

    /** Checks the operation's rules against the workspace, reporting each one broken, and applies it if they hold. */
    void applyTo(Workspace workspace, Problems problems);
}
