package fr.ror.nomenclator.terminology;

import java.util.List;

/**
 * One nomenclature of the shipped catalogue ({@code terminology/catalogue.yaml}).
 *
 * @param nosId        the NOS identifier, e.g. {@code TRE_R211-ActiviteOperationnelle}
 * @param url          the preferred canonical URL
 * @param aliases      other URLs the same nomenclature was published under
 * @param workingGroup the owning working group's id (see {@code governance/})
 * @param sources      content files, relative to the {@code terminology/} folder
 */
public record Nomenclature(String nosId, ResourceKind kind, String url, List<String> aliases, String workingGroup,
                           String title, List<String> sources) {
}
