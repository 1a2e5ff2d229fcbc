package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a teardown routine (a WDF cleanup callback, a C++ destructor) deletes a list on every path. The
 * list may have several names in the routine ({@code ctx->List} for each local that holds the context);
 * a path that deletes any of them deletes it. A path that tested another field of the object holding the
 * list and found it zero (an {@code ctx->ListReady} flag) is taken to have found the list not set up.
 */
public final class TeardownDeletes {
    private TeardownDeletes() {
    }

    /** The routine's delete analysis when some path returns without deleting the list, else null. */
    public static Solution<PathSensitive.Paths<ListLifetime.Deleted>> missing(
            ListLifetime lifetime, Summaries<ListSummary> table, Function routine, List<AccessPath> names) {
        if (names.isEmpty()) return null;
        Solution<PathSensitive.Paths<ListLifetime.Deleted>> solution = lifetime.solveDeletes(routine, table);
        PathSensitive.Paths<ListLifetime.Deleted> atExit = solution.atExit();
        if (atExit == null) return null; // never returns
        Set<AccessPath> tested = testedIn(routine);
        return atExit.states().stream().anyMatch(d -> misses(d, names, tested)) ? solution : null;
    }

    /**
     * True when the path {@code d} deleted none of {@code names} and found no flag of their object zero
     * ({@code tested}: the paths the routine's branches test).
     */
    public static boolean misses(ListLifetime.Deleted d, List<AccessPath> names, Set<AccessPath> tested) {
        for (AccessPath name : names) {
            if (d.lists().contains(name)) return false;
        }
        List<AccessPath> holders = new ArrayList<>();
        for (AccessPath name : names) {
            AccessPath holder = holderOf(name);
            if (holder != null) holders.add(holder);
        }
        return !flagFoundZero(d.facts(), holders, tested);
    }

    /**
     * True when the path tested a field of one of {@code holders} and found it zero. Only tested fields
     * count: a field the routine set to zero itself ({@code ctx->Handle = NULL}) says nothing of the list.
     */
    public static boolean flagFoundZero(PathFacts facts, List<AccessPath> holders, Set<AccessPath> tested) {
        for (var e : facts.truthy().entrySet()) {
            if (!Boolean.FALSE.equals(e.getValue()) || !tested.contains(e.getKey())) continue;
            for (AccessPath holder : holders) {
                if (holder.isPrefixOf(e.getKey()) && !holder.equals(e.getKey())) return true;
            }
        }
        return false;
    }

    /** The paths that the branch conditions of {@code f} test. */
    public static Set<AccessPath> testedIn(Function f) {
        Set<AccessPath> tested = new HashSet<>();
        for (Block b : f.cfg().blocks()) {
            for (Edge e : b.successors()) {
                if (e.condition() != null && e.condition().path() != null) tested.add(e.condition().path());
            }
        }
        return tested;
    }

    /** The pointer through which {@code list} is reached: {@code ctx} for {@code ctx->Pools.List}. */
    private static AccessPath holderOf(AccessPath list) {
        List<String> s = list.selectors();
        if (s.isEmpty() || !s.get(0).startsWith("->")) return null;
        return AccessPath.variable(list.root(), list.scope());
    }
}
