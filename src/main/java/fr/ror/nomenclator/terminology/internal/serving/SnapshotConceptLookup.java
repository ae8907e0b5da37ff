package fr.ror.nomenclator.terminology.internal.serving;

import fr.ror.nomenclator.terminology.CodeCheck;
import fr.ror.nomenclator.terminology.CodeValidation;
import fr.ror.nomenclator.terminology.ConceptDetails;
import fr.ror.nomenclator.terminology.ConceptLookup;
import fr.ror.nomenclator.terminology.ConceptQuery;
import fr.ror.nomenclator.terminology.UnknownResourceException;
import fr.ror.nomenclator.terminology.ValidationIssue;
import fr.ror.nomenclator.terminology.ValidationIssue.Kind;
import fr.ror.nomenclator.terminology.ValidationIssue.Severity;
import fr.ror.nomenclator.terminology.internal.serving.VersionResolver.Found;
import fr.ror.nomenclator.terminology.internal.serving.VersionResolver.Resolution;
import fr.ror.nomenclator.terminology.internal.serving.VersionResolver.UnknownSystem;
import fr.ror.nomenclator.terminology.internal.serving.VersionResolver.UnknownVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link ConceptLookup} over the snapshots: resolve the version, take its snapshot, apply the rules. */
final class SnapshotConceptLookup implements ConceptLookup {

    static final String UNKNOWN_SYSTEM = "TE401";
    static final String UNKNOWN_VERSION = "TE402";
    static final String UNKNOWN_CODE = "TE403";

    private static final String TO_VALIDATE = "the code cannot be validated";
    private static final String TO_LOOK_UP = "the code cannot be looked up";

    private final VersionResolver resolver;
    private final SnapshotCache snapshots;
    private final Clock clock;

    SnapshotConceptLookup(VersionResolver resolver, SnapshotCache snapshots, Clock clock) {
        this.resolver = resolver;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    public ConceptDetails lookup(ConceptQuery query) {
        Resolution resolution = resolver.resolve(query.system(), query.version());
        if (resolution instanceof UnknownSystem unknown) {
            throw new UnknownResourceException(UNKNOWN_SYSTEM, ServingMessages.unknownSystem(unknown.system(), TO_LOOK_UP));
        }
        if (resolution instanceof UnknownVersion unknown) {
            throw new UnknownResourceException(UNKNOWN_VERSION, ServingMessages.unknownVersion(unknown.system(),
                    unknown.version(), unknown.known(), TO_LOOK_UP));
        }
        CodeSystemSnapshot snapshot = snapshots.get(((Found) resolution).version());
        SnapshotConcept concept = snapshot.find(query.code()).orElseThrow(() -> new UnknownResourceException(
                UNKNOWN_CODE, ServingMessages.unknownCode(query.code(), query.system(), snapshot.version())));
        return new ConceptDetails(snapshot.url(), snapshot.version(), snapshot.name(), concept.code(),
                concept.display(), concept.definition(), concept.designations(), concept.properties(),
                concept.parents(), concept.children(), ConceptEvaluator.stateOn(concept, dateOf(query.date())));
    }

    @Override
    public CodeValidation validate(CodeCheck check) {
        Resolution resolution = resolver.resolve(check.system(), check.version());
        if (resolution instanceof UnknownSystem unknown) {
            return invalid(check, null, Kind.UNKNOWN_SYSTEM, ServingMessages.unknownSystem(unknown.system(), TO_VALIDATE));
        }
        if (resolution instanceof UnknownVersion unknown) {
            return invalid(check, check.version(), Kind.UNKNOWN_VERSION, ServingMessages.unknownVersion(
                    unknown.system(), unknown.version(), unknown.known(), TO_VALIDATE));
        }
        CodeSystemSnapshot snapshot = snapshots.get(((Found) resolution).version());
        Optional<SnapshotConcept> found = snapshot.find(check.code());
        if (found.isEmpty()) {
            return invalid(check, snapshot.version(), Kind.UNKNOWN_CODE,
                    ServingMessages.unknownCode(check.code(), check.system(), snapshot.version()));
        }
        SnapshotConcept concept = found.get();
        List<ValidationIssue> issues = ConceptEvaluator.issues(snapshot, check.system(), concept, check.display(),
                        dateOf(check.date())).stream()
                .sorted(Comparator.comparing(ValidationIssue::severity))
                .toList();
        boolean valid = issues.stream().noneMatch(i -> i.severity() == Severity.ERROR);
        return new CodeValidation(valid, check.system(), snapshot.version(), concept.code(), concept.display(), issues);
    }

    private static CodeValidation invalid(CodeCheck check, String version, Kind kind, String message) {
        return new CodeValidation(false, check.system(), version, check.code(), null,
                List.of(new ValidationIssue(Severity.ERROR, kind, message)));
    }

    private Instant dateOf(Instant asked) {
        return asked != null ? asked : clock.instant();
    }
}
