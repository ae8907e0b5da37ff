package fr.ror.nomenclator.loaders;

import ca.uhn.fhir.context.FhirContext;

/** The one R4 {@link FhirContext} of the module when Spring does not provide one: it takes seconds to build. */
final class R4 {

    private R4() {
    }

    static FhirContext context() {
        return Holder.CONTEXT;
    }

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }
}
