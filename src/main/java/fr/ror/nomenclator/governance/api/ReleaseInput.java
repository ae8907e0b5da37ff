package fr.ror.nomenclator.governance.api;

import java.util.List;

/**
 * A release to schedule. Without {@code changeRequests} nor {@code drafts}, it gathers the change
 * requests scheduled in it (their {@code release} is its id).
 *
 * @param version the published versions' name; empty: {@code yyyyMMddHHmmss} of the publication
 * @param drafts  drafts imported as they are, {@code CodeSystem/<id>}, {@code ValueSet/<id>}…
 */
record ReleaseInput(String id, String title, String description, String publicationDate, String effectiveDate,
                    String version, List<String> changeRequests, List<String> drafts) {
}
