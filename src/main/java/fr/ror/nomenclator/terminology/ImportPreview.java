package fr.ror.nomenclator.terminology;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What {@link ContentImport} would do with a resource, without writing anything (a dry run). */
public interface ImportPreview {

    /**
     * @return the outcome an import would have ({@code CREATED}, {@code UNCHANGED}, {@code REPLACED})
     * @throws InvalidContentException  as the import would
     * @throws VersionConflictException as the import would
     */
    ImportOutcome preview(String source, ObjectNode resource);
}
