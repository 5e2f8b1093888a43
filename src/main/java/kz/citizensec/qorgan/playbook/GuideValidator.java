package kz.citizensec.qorgan.playbook;

import java.util.List;
import java.util.Set;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;

/**
 * Checks the sense of a loaded guide, beyond what the loader can see in one file: ids that are
 * repeated or referred to but not defined, conditions that do not fit their question, missing
 * translations and templates, questions and steps no answers can reach, links outside the
 * allowlist, contacts that no public source confirms, templates whose tags are not well formed,
 * and (as warnings) facts without a confirmed source and words the glossary avoids.
 */
public final class GuideValidator {

    private final Messages messages;

    /** @param lang the language of the messages (kk, ru or en) */
    public GuideValidator(Lang lang) {
        this.messages = Messages.of(GuideLoader.BUNDLE, lang);
    }

    /**
     * @param source where the guide was loaded from, re-read only to place the problems found
     * @return the errors and warnings, in file order, each at file:line:column
     */
    public List<Problem> validate(GuideSource source, Guide guide) {
        Findings findings = new Findings(source, messages);
        StructureRules structure = new StructureRules(guide, findings);
        structure.check();
        Allowlist allowlist = new Allowlist(guide, findings);
        new ReferenceRules(guide, findings, allowlist).check(structure);
        Set<Condition> wrong = new ConditionRules(guide, findings).check();
        new ReachabilityRules(guide, findings).check(wrong);
        new TranslationRules(guide, findings).check();
        new TextRules(guide, findings, allowlist).check();
        new TemplateRules(guide, source, findings).check();
        new LinkRules(guide, findings, allowlist).check();
        new CharacterRules(guide, findings).check();
        new GlossaryRules(guide, findings).check();
        return findings.problems();
    }
}
