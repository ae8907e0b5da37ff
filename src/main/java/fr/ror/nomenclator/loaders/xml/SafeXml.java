package fr.ror.nomenclator.loaders.xml;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way the loaders read XML (FHIR XML and IHE SVS alike): decoded by its declared
 * encoding, refused outright when it declares a DOCTYPE or an entity (before any parser sees
 * it), then parsed by StAX configured never to resolve DTDs or external entities.
 */
public final class SafeXml {

    private static final Pattern UNSAFE = Pattern.compile("<!\\s*(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private SafeXml() {
    }

    /** The root element of a document, as StAX reports it. */
    public record Root(String namespace, String localName) {
    }

    /**
     * Decodes XML from {@code start} (after any byte order mark) by the encoding its declaration
     * names (UTF-8 without one) and refuses DOCTYPE and ENTITY declarations.
     *
     * @throws LoadException {@code LD102} for a DOCTYPE or ENTITY, {@code LD103} for an unknown encoding
     */
    public static String decode(String source, byte[] content, int start) {
        String head = new String(content, start, Math.min(200, content.length - start), StandardCharsets.ISO_8859_1);
        Matcher declared = ENCODING.matcher(head);
        Charset charset = StandardCharsets.UTF_8;
        if (declared.find()) {
            try {
                charset = Charset.forName(declared.group(1));
            } catch (IllegalArgumentException e) {
                throw new LoadException(LoadError.UNSUPPORTED, source, "unsupported XML encoding " + declared.group(1));
            }
        }
        String text = new String(content, start, content.length - start, charset);
        refuseDoctype(source, text);
        return text;
    }

    /** @throws LoadException {@code LD102} when the text declares a DOCTYPE or an entity */
    public static void refuseDoctype(String source, String text) {
        if (UNSAFE.matcher(text).find()) {
            throw new LoadException(LoadError.UNSAFE_XML, source, "XML with a DOCTYPE or ENTITY declaration is refused: "
                    + "DTDs and entities are not allowed in terminology content");
        }
    }

    /** A StAX reader that never resolves DTDs or external entities, over text already checked. */
    public static XMLStreamReader reader(String text) throws XMLStreamException {
        return factory().createXMLStreamReader(new StringReader(text));
    }

    /**
     * The root element of well-formed XML, reading the whole document so that any syntax error
     * is reported with its position.
     *
     * @throws LoadException {@code LD101} for malformed XML
     */
    public static Root wellFormedRoot(String source, String text) {
        XMLStreamReader xml = null;
        try {
            xml = reader(text);
            Root root = null;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && root == null) {
                    root = new Root(xml.getNamespaceURI(), xml.getLocalName());
                }
            }
            if (root == null) {
                throw new LoadException(LoadError.MALFORMED, source, "malformed XML: no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        } finally {
            close(xml);
        }
    }

    /**
     * The root element only, without reading further: enough to tell FHIR XML from IHE SVS.
     *
     * @throws LoadException {@code LD101} when no root element can be read
     */
    public static Root rootElement(String source, String text) {
        XMLStreamReader xml = null;
        try {
            xml = reader(text);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    return new Root(xml.getNamespaceURI(), xml.getLocalName());
                }
            }
            throw new LoadException(LoadError.MALFORMED, source, "malformed XML: no root element");
        } catch (XMLStreamException e) {
            throw malformed(source, e);
        } finally {
            close(xml);
        }
    }

    /** A syntax error with its position. */
    public static LoadException malformed(String source, XMLStreamException e) {
        Location at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return new LoadException(LoadError.MALFORMED, source, "malformed XML" + where + ": " + cleanMessage(e.getMessage()), e);
    }

    public static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
        return factory;
    }

    private static String cleanMessage(String message) {
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }
}
