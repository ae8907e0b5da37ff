package fr.ror.nomenclator.terminology.internal.serving;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The texts of terminology answers, by message id. The ids and English wordings are those of the
 * HL7 FHIR core library ({@code Messages.properties} of {@code org.hl7.fhir.utilities}), which the
 * HL7 terminology test suite and its clients match on; {@code terminology/messages.properties} of
 * this project adds the ids that library version lacks and the NOS wordings of our own.
 */
final class TxMessages {

    static final TxMessages ENGLISH = new TxMessages();

    private final Properties texts = new Properties();

    private TxMessages() {
        load("Messages.properties", false);
        load("terminology/messages.properties", true);
    }

    private void load(String resource, boolean required) {
        try (InputStream in = TxMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("Missing message bundle " + resource);
                }
                return;
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read message bundle " + resource, e);
        }
    }

    /** The text of {@code id} with its arguments; the id itself when unknown, so nothing is ever lost. */
    String format(String id, Object... arguments) {
        String pattern = texts.getProperty(id);
        if (pattern == null) {
            return id + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments));
        }
        Object[] strings = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            strings[i] = arguments[i] == null ? "" : String.valueOf(arguments[i]);
        }
        return new MessageFormat(pattern.trim(), Locale.ROOT).format(strings);
    }

    /** The {@code _one} or {@code _other} form of a plural message, as the core library keys them. */
    String plural(int count, String id, Object... arguments) {
        String key = id + (count == 1 ? "_one" : "_other");
        return format(texts.containsKey(key) ? key : id, arguments);
    }
}
