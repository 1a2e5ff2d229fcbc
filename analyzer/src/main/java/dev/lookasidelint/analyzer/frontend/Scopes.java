package dev.lookasidelint.analyzer.frontend;

import dev.lookasidelint.analyzer.ir.AccessPath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names visible inside one function: parameters and block-scoped locals. A name that is neither
 * is taken to be a global (it may be declared in a header the scan never sees). Static locals live
 * as long as globals do, so they are treated as globals.
 */
final class Scopes {
    private final Set<String> parameters = new HashSet<>();
    private final Deque<List<String>> blocks = new ArrayDeque<>();
    private final Deque<Set<String>> staticNames = new ArrayDeque<>();

    void addParameter(String name) {
        parameters.add(name);
    }

    void push() {
        blocks.push(new ArrayList<>());
        staticNames.push(new HashSet<>());
    }

    /** Ends the innermost block and returns the locals it declared. */
    List<String> pop() {
        staticNames.pop();
        return blocks.pop();
    }

    void declare(String name, boolean isStatic) {
        if (blocks.isEmpty()) push();
        if (isStatic) staticNames.peek().add(name);
        else blocks.peek().add(name);
    }

    AccessPath.Scope scopeOf(String name) {
        java.util.Iterator<List<String>> locals = blocks.iterator();
        java.util.Iterator<Set<String>> statics = staticNames.iterator();
        while (locals.hasNext()) {
            if (statics.next().contains(name)) return AccessPath.Scope.GLOBAL;
            if (locals.next().contains(name)) return AccessPath.Scope.LOCAL;
        }
        return parameters.contains(name) ? AccessPath.Scope.PARAM : AccessPath.Scope.GLOBAL;
    }
}
