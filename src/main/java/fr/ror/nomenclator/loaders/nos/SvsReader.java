package fr.ror.nomenclator.loaders.nos;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.loaders.xml.SafeXml;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an IHE SVS {@code RetrieveValueSetResponse} as the NOS distribute it ("SVS étendu NOS"):
 * one {@code ValueSet} whose {@code typeFichier} says TRE, JDV or ASS, with a {@code ConceptList}
 * of {@code Concept}s (TRE, JDV) or a {@code MappedConceptList} of source/target pairs (ASS).
 * A plain IHE SVS value set (no {@code typeFichier}) is read as a JDV.
 *
 * <p>The document is refused unread when it declares a DOCTYPE or an entity; unexpected
 * elements are errors with their line, so that nothing is silently dropped.
 */
public final class SvsReader {

    public static final String NAMESPACE = "urn:ihe:iti:svs:2008";
    static final String ROOT = "RetrieveValueSetResponse";

    private SvsReader() {
    }

    /** Reads decoded text (already checked by {@link SafeXml#decode}). */
    public static NosFile read(String source, String text) {
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.reader(text);
            return new Parse(source, xml).document();
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(source, e);
        } finally {
            SafeXml.close(xml);
        }
    }

    /** One pass over the document; fields are the parse state. */
    private static final class Parse {
        private final String source;
        private final XMLStreamReader xml;
        private NosFile.Header header;
        private final List<NosFile.Concept> concepts = new ArrayList<>();
        private final List<NosFile.Mapping> mappings = new ArrayList<>();

        Parse(String source, XMLStreamReader xml) {
            this.source = source;
            this.xml = xml;
        }

        NosFile document() throws XMLStreamException {
            nextElement();
            if (!NAMESPACE.equals(xml.getNamespaceURI()) || !ROOT.equals(xml.getLocalName())) {
                throw new LoadException(LoadError.UNSUPPORTED, source, "not an IHE SVS " + ROOT + ": the root element is <"
                        + xml.getLocalName() + "> in " + (xml.getNamespaceURI() == null ? "no namespace" : xml.getNamespaceURI()));
            }
            while (nextChild()) {
                expect("ValueSet");
                if (header != null) {
                    throw invalid("more than one <ValueSet>: a NOS SVS file holds one nomenclature");
                }
                valueSet();
            }
            if (header == null) {
                throw invalid("no <ValueSet> in the " + ROOT);
            }
            return new NosFile(header, concepts, mappings, List.of());
        }

        private void valueSet() throws XMLStreamException {
            String type = attribute("typeFichier");
            NosType nosType = type == null ? NosType.JDV : NosType.of(type).orElseThrow(() -> invalid(
                    "typeFichier '" + type + "' is not TRE, JDV or ASS"));
            header = new NosFile.Header(required("id"), nosType, text("displayName"), text("description"),
                    text("urlFichier"), date("dateValid"), date("dateFin"), date("dateMaj"), attribute("version"));
            while (nextChild()) {
                switch (xml.getLocalName()) {
                    case "ConceptList" -> conceptList(nosType);
                    case "MappedConceptList" -> mappedConceptList(nosType);
                    default -> throw unexpected("<ValueSet>");
                }
            }
        }

        private void conceptList(NosType type) throws XMLStreamException {
            if (type == NosType.ASS) {
                throw invalid("an ASS file lists its pairs in <MappedConceptList>, not <ConceptList>");
            }
            while (nextChild()) {
                expect("Concept");
                String code = required("code");
                String system = required("codeSystem");
                concepts.add(type == NosType.TRE
                        ? new NosFile.Concept(system, code, text("displayName"), text("shortDesignation"),
                        text("longDesignation"), date("dateValid"), date("dateFin"), date("dateMaj"))
                        : NosFile.Concept.member(system, code, text("displayName")));
                skipToEnd();
            }
        }

        private void mappedConceptList(NosType type) throws XMLStreamException {
            if (type != NosType.ASS) {
                throw invalid("<MappedConceptList> belongs to ASS files; this one is " + type);
            }
            while (nextChild()) {
                expect("MappedConcept");
                int line = xml.getLocation().getLineNumber();
                List<String[]> pair = new ArrayList<>();
                while (nextChild()) {
                    expect("Concept");
                    pair.add(new String[] {required("codeSystem"), required("code")});
                    skipToEnd();
                }
                if (pair.size() != 2) {
                    throw new LoadException(LoadError.INVALID, source, "line " + line + ": a <MappedConcept> holds "
                            + pair.size() + " <Concept>s, expected 2 (source, then target)");
                }
                mappings.add(new NosFile.Mapping(pair.get(0)[0], pair.get(0)[1], pair.get(1)[0], pair.get(1)[1]));
            }
        }

        /** Moves to the next child element of the current one; false at its end tag. */
        private boolean nextChild() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
                if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                    throw invalid("unexpected text '" + xml.getText().strip() + "'");
                }
            }
            return false;
        }

        private void nextElement() throws XMLStreamException {
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog, comments
            }
        }

        private void skipToEnd() throws XMLStreamException {
            if (nextChild()) {
                throw unexpected("<" + "Concept>");
            }
        }

        private void expect(String name) {
            if (!NAMESPACE.equals(xml.getNamespaceURI()) || !name.equals(xml.getLocalName())) {
                throw invalid("unexpected element <" + xml.getLocalName() + ">, expected <" + name + ">");
            }
        }

        private String attribute(String name) {
            return xml.getAttributeValue(null, name);
        }

        private String text(String name) {
            String value = attribute(name);
            return value == null ? "" : value;
        }

        private String required(String name) {
            String value = attribute(name);
            if (value == null || value.isBlank()) {
                throw invalid("<" + xml.getLocalName() + "> has no " + name);
            }
            return value;
        }

        private String date(String name) {
            String value = text(name);
            if (!value.isEmpty() && !NosDates.isNosTimestamp(value)) {
                String code = attribute("code");
                throw invalid((code == null ? "" : "concept " + code + ": ") + name + " '" + value
                        + "' is not a NOS date (yyyyMMddHHmmss)");
            }
            return value;
        }

        private LoadException unexpected(String parent) {
            return invalid("unexpected element <" + xml.getLocalName() + "> in " + parent);
        }

        private LoadException invalid(String message) {
            return new LoadException(LoadError.INVALID, source, "line " + xml.getLocation().getLineNumber() + ": " + message);
        }
    }
}
