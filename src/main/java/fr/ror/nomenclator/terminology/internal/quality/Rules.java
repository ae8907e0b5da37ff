package fr.ror.nomenclator.terminology.internal.quality;

import java.util.List;

/** Every rule of the quality loop, in the order they run and their findings are listed. */
final class Rules {

    static final List<Rule> ALL = List.of(
            new CodeSystemDuplicateCode(),
            new CodeSystemEmptyDisplay(),
            new CodeSystemDuplicateDisplay(),
            new RetiredCodeWithoutReplacement(),
            new ReplacementInvalid(),
            new ValueSetReferenceUnknown(),
            new ValueSetMemberMissing(),
            new ValueSetMemberRetired(),
            new ValueSetMemberDeprecated(),
            new ValueSetMemberDisplayMismatch(),
            new ValueSetDuplicateMember(),
            new ValueSetIncludePinnedNotCurrent(),
            new ValueSetIncludePinned(),
            new ConceptMapReferenceUnknown(),
            new ConceptMapSourceMissing(),
            new ConceptMapSourceRetired(),
            new ConceptMapTargetMissing(),
            new ConceptMapTargetRetired(),
            new RetiredSystemReferenced(),
            new ReferenceUrlNotCanonical(),
            new UrlSuspicious(),
            new UrlStyleChanged());

    private Rules() {
    }
}
