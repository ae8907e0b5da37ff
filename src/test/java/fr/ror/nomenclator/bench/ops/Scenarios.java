package fr.ror.nomenclator.bench.ops;

import static fr.ror.nomenclator.bench.ops.Scenario.fhir;

import java.util.List;

/** The side-by-side scenarios of the issue, over the real R211 and J17, with their targets. */
final class Scenarios {

    private Scenarios() {
    }

    static List<Scenario> sideBySide(RealContent content) {
        Scenario vsValidate = Scenario.both("ValueSet/$validate-code", fhir("ValueSet/$validate-code", "url",
                        content.valueSetUrl(), "system", content.codeSystemUrl(), "code", content.code()),
                ResponseCheck.resultTrue()).atLeastTimesBaseline(5).atLeastOfTrivial(0.6);
        Scenario csValidate = Scenario.both("CodeSystem/$validate-code", fhir("CodeSystem/$validate-code", "url",
                content.codeSystemUrl(), "code", content.code()), ResponseCheck.resultTrue()).atLeastTimesBaseline(3);
        Scenario expand = Scenario.both("ValueSet/$expand (J17)", fhir("ValueSet/$expand", "url",
                content.valueSetUrl()), ResponseCheck.expansionWith(content.code())).atLeastTimesBaseline(20);
        Scenario lookup = Scenario.both("CodeSystem/$lookup", fhir("CodeSystem/$lookup", "system",
                content.codeSystemUrl(), "code", content.code()), ResponseCheck.lookupFound(content.display()));
        // Each operation twice: as editors send it (repeated requests meet our pre-rendered answers),
        // then with Cache-Control: no-cache, so that every answer is computed from the snapshot and rendered.
        return List.of(
                // The cheapest answer of the same Tomcat connector and filter chain: the HTTP stack's ceiling.
                Scenario.ours(OperationsBenchmark.TRIVIAL, "/ping", ResponseCheck.pong()),
                vsValidate, vsValidate.uncached(), csValidate, csValidate.uncached(), expand, expand.uncached(),
                lookup, lookup.uncached());
    }
}
