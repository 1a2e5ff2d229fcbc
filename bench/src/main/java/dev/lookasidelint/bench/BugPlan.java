package dev.lookasidelint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * When the generator seeds the next bug and of which kind: about one per {@link #LINES_PER_BUG}
 * lines, the kinds drawn in turn from a shuffled bag so each appears about equally often.
 */
final class BugPlan {
    static final int LINES_PER_BUG = 2000;

    /** The bug kinds a module function can carry (LAL001 is seeded in driver.c instead). */
    enum Kind {
        DOUBLE_FREE("LAL005"), USE_AFTER_FREE("LAL004"), FREED_TO_POOL("LAL006"), LEAK_ON_ERROR("LAL008"),
        NULL_UNCHECKED("LAL009");

        final String rule;

        Kind(String rule) {
            this.rule = rule;
        }
    }

    private final Random random;
    private final List<Kind> bag = new ArrayList<>();
    private long nextAt;

    BugPlan(Random random) {
        this.random = random;
        this.nextAt = LINES_PER_BUG / 2 + random.nextInt(LINES_PER_BUG);
    }

    /** The kind of bug to seed now that the corpus has {@code linesSoFar} lines, or null for none. */
    Kind due(long linesSoFar) {
        if (linesSoFar < nextAt) return null;
        nextAt = linesSoFar + LINES_PER_BUG / 2 + random.nextInt(LINES_PER_BUG);
        if (bag.isEmpty()) {
            for (Kind k : Kind.values()) bag.add(k);
            java.util.Collections.shuffle(bag, random);
        }
        return bag.remove(bag.size() - 1);
    }
}
