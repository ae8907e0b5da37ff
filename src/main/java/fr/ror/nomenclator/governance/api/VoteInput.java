package fr.ror.nomenclator.governance.api;

/**
 * @param choice        approve, reject or abstain
 * @param changeSetHash the change set the voter read; a vote on another one is refused (409)
 */
public record VoteInput(String choice, String comment, String changeSetHash) {
}
