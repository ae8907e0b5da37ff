package fr.ror.nomenclator.governance.api;

public record CommentInput(String text) {
}
