package fr.ror.nomenclator.loaders.nos;

import java.util.List;

/** The fixed records of the NOS {@code .tabs} format. */
final class TabsFormat {

    static final String SEPARATOR = ";";
    static final List<String> FILE_HEADER = List.of("<OID>", "<Type fichier>", "<Nom fichier>", "<Description>",
            "<URL fichier>", "<Date valid>", "<Date fin>", "<Date MàJ>");
    static final List<String> TRE_COLUMNS = List.of("<OID>", "<Code>", "<Libellé adapté>", "<Libellé court>",
            "<Libellé long>", "<Date valid>", "<Date fin>", "<Date MàJ>");
    static final List<String> JDV_COLUMNS = List.of("<OID>", "<Code>", "<Libellé>");

    private TabsFormat() {
    }
}
