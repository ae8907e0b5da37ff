package fr.ror.nomenclator.terminology.internal.quality;

import java.util.List;

/** Phrases the rules share, in French. */
final class Messages {

    private Messages() {
    }

    /** « depuis le 2019-07-05 » or « (statut retired) ». */
    static String retired(Concept concept) {
        if (concept.endDay() != null) {
            return "depuis le " + concept.endDay() + " (dateFin " + concept.dateFin() + ")";
        }
        return concept.inactive() ? "(inactive)" : "(statut " + concept.status() + ")";
    }

    /** « ; remplacé par 511 » or « ; aucun remplaçant connu ». */
    static String replacement(List<String> codes) {
        return codes.isEmpty() ? " ; aucun remplaçant connu" : " ; remplacé par " + String.join(", ", codes);
    }

    /** « S » or « S (version épinglée) ». */
    static String system(Checked codeSystem, String pinned) {
        return codeSystem.label() + (pinned != null ? " (version épinglée)" : "");
    }

    static String quoted(String text) {
        return "« " + text + " »";
    }
}
