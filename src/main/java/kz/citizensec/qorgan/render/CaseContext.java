package kz.citizensec.qorgan.render;

import java.util.List;
import kz.citizensec.qorgan.plan.CaseDue;

/** A case file and the dates due it gives, as the context builder takes them. */
record CaseContext(CaseFile caseFile, List<CaseDue> dues) {

    static final CaseContext NONE = new CaseContext(CaseFile.NONE, List.of());

    CaseContext {
        dues = List.copyOf(dues);
    }
}
