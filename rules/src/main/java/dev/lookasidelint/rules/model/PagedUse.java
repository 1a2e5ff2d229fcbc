package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.rules.ddi.DdiRole;
import java.util.List;

/**
 * One operation on a paged lookaside list that a call performs: {@code role} on the list {@code list}
 * (keyed {@code key}), either the call itself or, when {@code helper} is not null, something the
 * helper it calls does. {@code chain} leads from the call to the DDI call, which is its last step.
 */
public record PagedUse(String key, String list, DdiRole role, String helper, List<TraceStep> chain) {
    public PagedUse {
        chain = List.copyOf(chain);
    }

    /** How a message says what happens to the list: "allocated from", "freed to"... */
    public String verb() {
        return verb(role);
    }

    static String verb(DdiRole role) {
        return switch (role) {
            case INITIALIZE -> "initialized";
            case ALLOCATE -> "allocated from";
            case FREE -> "freed to";
            case DELETE -> "deleted";
            case FLUSH -> "flushed";
            default -> "used";
        };
    }
}
