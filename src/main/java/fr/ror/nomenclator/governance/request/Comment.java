package fr.ror.nomenclator.governance.request;

import java.time.Instant;

public record Comment(String id, String author, String authorName, String text, Instant at) {
}
