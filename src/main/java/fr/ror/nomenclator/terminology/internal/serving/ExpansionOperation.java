package fr.ror.nomenclator.terminology.internal.serving;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code $expand} of one value set: the value set as given (its definition parts only when
 * {@code includeDefinition} asks), with an {@code expansion} saying what was asked and used
 * (parameters, code system versions, version rules applied), the total and the page of codes.
 */
final class ExpansionOperation {

    private static final List<String> DEFINITION_PARTS = List.of("purpose", "compose", "description", "contact",
            "copyright", "publisher", "extension", "contained");

    private final TxContext context;

    ExpansionOperation(TxContext context) {
        this.context = context;
    }

    ObjectNode expand(ValueSetDefinition valueSet) {
        TxParameters params = context.params;
        if (params.count > context.limits.maxPage()) {
            throw RequestInputs.bad("The parameter count (" + params.count + ") is above the largest page this server"
                    + " returns (" + context.limits.maxPage() + "); page with count and offset");
        }
        params.seeValueSet(valueSet);
        context.requiredSupplements.addAll(valueSet.supplements());
        ObjectNode result = valueSet.json() == null ? new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("resourceType", "ValueSet") : valueSet.json().deepCopy();
        result.remove("text");
        result.remove("meta");
        if (!params.includeDefinition()) {
            DEFINITION_PARTS.forEach(result::remove);
        }
        if (valueSet.expansion() != null && !valueSet.hasCompose()) {
            return result;
        }
        result.remove("expansion");
        ObjectNode expansion = result.putObject("expansion");
        expansion.put("identifier", ExpansionRenderer.identifier());
        expansion.put("timestamp", ExpansionRenderer.timestamp(Instant.now()));
        ExpansionParameters parameters = echo(params);
        CanonicalStatus.checkSelf(parameters, valueSet);
        SearchText search = SearchText.of(params.filter);
        if (params.offset > -1) {
            expansion.put("offset", params.offset);
        }
        int limit = params.count < 0 ? context.limits.maxUnpagedExpansion() : 0;
        ValueSetExpander expander = new ValueSetExpander(context, parameters, new ArrayList<>(), limit, search);
        ValueSetExpander.Result collected = expander.collect(valueSet);
        if (!context.missingSupplements().isEmpty()) {
            throw context.missingSupplementsError();
        }
        for (String supplement : context.usedSupplements) {
            if (supplement.contains("|")) {
                parameters.uri("used-supplement", supplement);
            }
        }
        for (String rule : context.usedRules) {
            int equals = rule.indexOf('=');
            String canonical = rule.substring(equals + 1);
            if (!canonical.equals(valueSet.canonical())) {
                parameters.uri(rule.substring(0, equals), canonical);
            }
        }
        if (collected.unclosedReason() != null) {
            expansion.withArray("extension").addObject()
                    .put("url", "http://hl7.org/fhir/StructureDefinition/valueset-unclosed").put("valueBoolean", true);
            expansion.withArray("extension").addObject()
                    .put("url", "http://hl7.org/fhir/StructureDefinition/valueset-unclosed-reason")
                    .put("valueString", collected.unclosedReason());
        }
        expansion.put("total", collected.full().size());
        if (!parameters.isEmpty()) {
            expansion.set("parameter", parameters.toJson());
        }
        new ExpansionRenderer(context, collected.versioned()).render(expansion, collected, params.offset, params.count);
        return result;
    }

    private ExpansionParameters echo(TxParameters params) {
        ExpansionParameters parameters = new ExpansionParameters();
        if (params.filter != null) {
            parameters.string("filter", params.filter);
        }
        if (params.displayLanguages != null) {
            parameters.code("displayLanguage", params.displayLanguages.source());
        } else if (params.httpLanguages != null) {
            parameters.code("displayLanguage", params.httpLanguages.source());
        }
        params.designations.forEach(d -> parameters.string("designation", d));
        parameters.bool("excludeNested", params.excludeNested);
        parameters.bool("activeOnly", params.activeOnly);
        parameters.bool("includeDesignations", params.includeDesignations);
        parameters.bool("includeDefinition", params.includeDefinition);
        parameters.bool("excludeNotForUI", params.excludeNotForUI);
        parameters.bool("excludePostCoordinated", params.excludePostCoordinated);
        if (params.offset > -1) {
            parameters.integer("offset", params.offset);
        }
        if (params.count > -1) {
            parameters.integer("count", params.count);
        }
        return parameters;
    }
}
