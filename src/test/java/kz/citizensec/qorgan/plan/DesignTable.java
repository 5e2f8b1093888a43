package kz.citizensec.qorgan.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Urgency;

/**
 * DESIGN.md's step table, written out by hand as an oracle independent of steps.yaml: which
 * steps must appear for some answers, with which urgency, in which order.
 */
final class DesignTable {

    record Expected(String id, Urgency urgency) {}

    private DesignTable() {}

    static List<Expected> expected(Answers answers) {
        Set<String> disclosed = ids(answers, "disclosed");
        boolean moneyLost = ids(answers, "money_lost").contains("yes");
        String loans = single(answers, "loans");
        boolean wantReport = ids(answers, "want_report").contains("yes");
        String channel = single(answers, "channel");
        String impersonated = single(answers, "impersonated");
        String inContact = single(answers, "in_contact");

        List<Expected> rows = new ArrayList<>();
        if (inContact.equals("yes")) {
            rows.add(new Expected("hang_up", Urgency.NOW));
        }
        if (disclosed.contains("remote_app")) {
            rows.add(new Expected("remote_app", Urgency.NOW));
        }
        if (any(disclosed, "egov_code", "eds", "bank_code", "card", "remote_app") || moneyLost || loans.equals("yes")) {
            rows.add(new Expected("call_bank", Urgency.NOW));
        }
        boolean creditRisk =
                any(disclosed, "egov_code", "eds", "documents") || loans.equals("yes") || loans.equals("unknown");
        if (creditRisk) {
            rows.add(new Expected("stop_credit", Urgency.TODAY));
        }
        if (any(disclosed, "egov_code", "eds")) {
            rows.add(new Expected("revoke_eds", Urgency.TODAY));
        }
        if (creditRisk) {
            rows.add(new Expected("credit_report", loans.equals("yes") ? Urgency.TODAY : Urgency.THIS_WEEK));
        }
        if (moneyLost || loans.equals("yes") || wantReport) {
            rows.add(new Expected("police", Urgency.TODAY));
        }
        if (loans.equals("yes")) {
            rows.add(new Expected("dispute_credit", Urgency.THIS_WEEK));
        }
        if (any(disclosed, "password", "egov_code", "remote_app")) {
            rows.add(new Expected("passwords_2fa", Urgency.TODAY));
        }
        if (moneyLost) {
            rows.add(new Expected("recovery_scam", Urgency.THIS_WEEK));
        }
        if (inContact.equals("no")) {
            rows.add(new Expected("block_them", Urgency.NOW));
        }
        if (Set.of("messenger_call", "video_call").contains(channel)
                && Set.of("government", "police", "bank").contains(impersonated)) {
            rows.add(new Expected("messenger_warning", Urgency.NOW));
        }
        rows.add(new Expected("share_experience", Urgency.THIS_WEEK));
        // Groups in the order now, today, this week; within a group, the table's order.
        List<Expected> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(Expected::urgency, Comparator.comparingInt(DesignTable::rank)));
        return ordered;
    }

    private static int rank(Urgency urgency) {
        return Map.of(Urgency.NOW, 0, Urgency.TODAY, 1, Urgency.THIS_WEEK, 2).get(urgency);
    }

    private static boolean any(Set<String> chosen, String... ids) {
        for (String id : ids) {
            if (chosen.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> ids(Answers answers, String question) {
        return answers.get(question).map(Answer::choiceIds).orElse(Set.of());
    }

    private static String single(Answers answers, String question) {
        return ids(answers, question).stream().findFirst().orElse("");
    }
}
