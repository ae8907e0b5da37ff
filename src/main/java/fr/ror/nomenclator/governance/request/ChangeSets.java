package fr.ror.nomenclator.governance.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.ror.nomenclator.governance.operation.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Operations as JSON (stored and hashed) and the hash of a change set, equal for equal operations. */
public final class ChangeSets {

    private static final TypeReference<List<Operation>> LIST = new TypeReference<>() {
    };
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ChangeSets() {
    }

    /** SHA-256 of the operations' canonical JSON (sorted keys): votes are tied to it. */
    public static String hash(List<Operation> operations) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toJson(operations).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toJson(List<Operation> operations) {
        try {
            return JSON.writerFor(LIST).writeValueAsString(operations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toJson(Operation operation) {
        try {
            return JSON.writerFor(Operation.class).writeValueAsString(operation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Operation fromJson(String json) {
        try {
            return JSON.readValue(json, Operation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored operation cannot be read: " + json, e);
        }
    }
}
