package fr.ror.nomenclator.loaders.nos;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link NosFile} as NOS SVS XML, byte for byte in the layout of the published files:
 * UTF-8, LF line endings, four-space indentation, attributes in alphabetical order, every NOS
 * attribute written (empty when there is no value, as {@code dateFin=""}).
 */
public final class SvsWriter {

    private static final String INDENT = "    ";

    private SvsWriter() {
    }

    public static byte[] write(NosFile file) {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        xml.append("<RetrieveValueSetResponse xmlns=\"").append(SvsReader.NAMESPACE)
                .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
        NosFile.Header h = file.header();
        Map<String, String> header = new TreeMap<>();
        header.put("dateFin", h.dateFin());
        header.put("dateMaj", h.dateMaj());
        header.put("dateValid", h.dateValid());
        header.put("description", h.description());
        header.put("displayName", h.fileName());
        header.put("id", h.oid());
        header.put("typeFichier", h.type().name());
        header.put("urlFichier", h.urlFichier());
        element(xml, 1, "ValueSet", header, false);
        if (h.type() == NosType.ASS) {
            xml.append(INDENT.repeat(2)).append("<MappedConceptList>\n");
            for (NosFile.Mapping m : file.mappings()) {
                xml.append(INDENT.repeat(3)).append("<MappedConcept>\n");
                element(xml, 4, "Concept", Map.of("code", m.sourceCode(), "codeSystem", m.sourceSystem()), true);
                element(xml, 4, "Concept", Map.of("code", m.targetCode(), "codeSystem", m.targetSystem()), true);
                xml.append(INDENT.repeat(3)).append("</MappedConcept>\n");
            }
            xml.append(INDENT.repeat(2)).append("</MappedConceptList>\n");
        } else {
            xml.append(INDENT.repeat(2)).append("<ConceptList>\n");
            for (NosFile.Concept c : file.concepts()) {
                element(xml, 3, "Concept", attributes(h.type(), c), true);
            }
            xml.append(INDENT.repeat(2)).append("</ConceptList>\n");
        }
        xml.append(INDENT).append("</ValueSet>\n");
        xml.append("</RetrieveValueSetResponse>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> attributes(NosType type, NosFile.Concept c) {
        Map<String, String> attributes = new TreeMap<>();
        attributes.put("code", c.code());
        attributes.put("codeSystem", c.codeSystem());
        attributes.put("displayName", c.displayName());
        if (type == NosType.TRE) {
            attributes.put("dateFin", c.dateFin());
            attributes.put("dateMaj", c.dateMaj());
            attributes.put("dateValid", c.dateValid());
            attributes.put("longDesignation", c.longDesignation());
            attributes.put("shortDesignation", c.shortDesignation());
        }
        return attributes;
    }

    private static void element(StringBuilder xml, int depth, String name, Map<String, String> attributes,
                                boolean empty) {
        xml.append(INDENT.repeat(depth)).append('<').append(name);
        new TreeMap<>(attributes).forEach((key, value) ->
                xml.append(' ').append(key).append("=\"").append(escape(value == null ? "" : value)).append('"'));
        xml.append(empty ? "/>\n" : ">\n");
    }

    /** Attribute escaping; the apostrophe stays as is, as in the published files. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (c < 0x20) {
                        throw new IllegalArgumentException("character U+" + String.format("%04X", (int) c)
                                + " cannot be written in XML");
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
