package fr.ror.nomenclator.loaders.nos;

import java.util.List;
import java.util.Objects;

/**
 * What one NOS distribution file says, whether it was read from IHE SVS XML or from a
 * {@code .tabs} file: the two formats carry exactly the same fields. Dates are NOS timestamps
 * ({@code yyyyMMddHHmmss}) or empty, as written; codes of systems are OIDs.
 *
 * @param concepts   TRE and JDV files: their concepts, in file order
 * @param mappings   ASS files: their source → target pairs, in file order
 * @param mapColumns ASS {@code .tabs} files: the system of each column ({@code <OID> name}); empty from SVS
 */
public record NosFile(Header header, List<Concept> concepts, List<Mapping> mappings, List<SystemColumn> mapColumns) {

    public NosFile {
        Objects.requireNonNull(header, "header");
        concepts = List.copyOf(concepts);
        mappings = List.copyOf(mappings);
        mapColumns = List.copyOf(mapColumns);
    }

    /**
     * The file's header: the SVS {@code ValueSet} attributes, or the first two records of a {@code .tabs}.
     *
     * @param oid        the nomenclature's OID ({@code id} / {@code <OID>})
     * @param fileName   {@code displayName} / {@code <Nom fichier>}, e.g. {@code TRE_A00-ProducteurDocNonPS.tabs}
     * @param urlFichier the nomenclature's NOS URL as the file gives it
     * @param version    a plain IHE SVS {@code version} attribute; null in NOS files (their version is {@code dateMaj})
     */
    public record Header(String oid, NosType type, String fileName, String description, String urlFichier,
                         String dateValid, String dateFin, String dateMaj, String version) {
    }

    /**
     * One concept. TRE files carry every field; JDV files only the system, the code and one label
     * ({@code displayName}); the other fields are then null.
     *
     * @param codeSystem       the OID of the concept's code system
     * @param displayName      SVS {@code displayName}, {@code .tabs} "Libellé adapté" (JDV: "Libellé")
     * @param shortDesignation SVS {@code shortDesignation}, {@code .tabs} "Libellé court"
     * @param longDesignation  SVS {@code longDesignation}, {@code .tabs} "Libellé long"
     */
    public record Concept(String codeSystem, String code, String displayName, String shortDesignation,
                          String longDesignation, String dateValid, String dateFin, String dateMaj) {

        static Concept member(String codeSystem, String code, String displayName) {
            return new Concept(codeSystem, code, displayName, null, null, null, null, null);
        }
    }

    /** One row of an association table: a source code of one system mapped to a target code of another. */
    public record Mapping(String sourceSystem, String sourceCode, String targetSystem, String targetCode) {
    }

    /** A column of an ASS {@code .tabs} file: {@code <OID> name}. */
    public record SystemColumn(String oid, String name) {
    }
}
