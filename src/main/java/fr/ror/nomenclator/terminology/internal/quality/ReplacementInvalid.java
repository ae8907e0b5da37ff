package fr.ror.nomenclator.terminology.internal.quality;

import fr.ror.nomenclator.terminology.QualityRule;
import fr.ror.nomenclator.terminology.QualitySeverity;
import fr.ror.nomenclator.terminology.ResourceKind;
import java.util.Set;

/** A replacement that leads nowhere: absent from the version, retired itself, or the code itself. */
final class ReplacementInvalid implements Rule {

    static final QualityRule DEFINITION = new QualityRule("replacement-invalid", QualitySeverity.ERROR,
            "Remplaçant invalide",
            "Le remplaçant d'un code (propriété replacedBy ou remplacePar, ou lignée du serveur vers la même"
                    + " terminologie) est absent de la version, y est lui-même retiré à la date du contrôle sans"
                    + " remplaçant à son tour, ou est le code lui-même. Les utilisateurs renvoyés vers lui ne"
                    + " peuvent pas le saisir.");

    @Override
    public QualityRule definition() {
        return DEFINITION;
    }

    @Override
    public Set<ResourceKind> appliesTo() {
        return Set.of(ResourceKind.CODE_SYSTEM);
    }

    @Override
    public void check(Checked codeSystem, QualityContext context, Findings findings) {
        for (Concept concept : codeSystem.content().concepts()) {
            if (concept.replacedBy().isEmpty() && !concept.ends()) {
                continue;
            }
            for (String replacement : context.replacements(codeSystem, concept)) {
                if (replacement.contains("|")) {
                    continue; // another nomenclature: its own checks judge it
                }
                String problem = problem(codeSystem, concept, replacement, context);
                if (problem != null) {
                    findings.add(DEFINITION, codeSystem, concept.code(), "Le remplaçant " + replacement + " du code "
                            + concept.code() + " " + problem);
                }
            }
        }
    }

    /** What is wrong with a replacement, or null. A retired one that is replaced in turn is a chain, not a defect. */
    private static String problem(Checked codeSystem, Concept concept, String replacement, QualityContext context) {
        if (replacement.equals(concept.code())) {
            return "est le code lui-même";
        }
        Concept target = codeSystem.content().find(replacement).orElse(null);
        if (target == null) {
            return "est absent de " + codeSystem.label();
        }
        if (target.retiredOn(context.asOf()) && context.replacements(codeSystem, target).isEmpty()) {
            return "est lui-même retiré " + Messages.retired(target) + ", sans remplaçant";
        }
        return null;
    }
}
