package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.dataflow.PathFacts;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.interproc.CallGraph;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.ddi.CallbackDdi;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.driver.UnloadRegistration;
import dev.lookasidelint.rules.model.CallSites;
import dev.lookasidelint.rules.model.CallbackRegistration;
import dev.lookasidelint.rules.model.CallbackRegistrations;
import dev.lookasidelint.rules.model.CallbackStops;
import dev.lookasidelint.rules.model.CallbackStops.StopKey;
import dev.lookasidelint.rules.model.GlobalWrites;
import dev.lookasidelint.rules.model.ListState;
import dev.lookasidelint.rules.model.ListLifetime;
import dev.lookasidelint.rules.model.ListUses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LAL015 list-deleted-while-callbacks-live: the unload routine (or a function it calls) deletes a
 * global list while a registration made from DriverEntry, whose callbacks allocate from, free to or
 * flush that list, is not yet stopped on some path. The unload routine and the functions it reaches
 * are walked top-down: each helper starts with what is stopped at every call to it from there.
 */
final class ListDeletedWhileCallbacksLive extends CatalogRule {

    ListDeletedWhileCallbacksLive(RuleInfo info) {
        super(info);
    }


    /** What one scan needs: registrations, callback list uses and stop summaries, computed on first use. */
    private static final class Scan {
        final RuleContext context;
        final CallGraph calls;
        final CallbackRegistrations registrations;
        final CallbackStops stops;
        final GlobalWrites globalWrites;
        ListUses uses;
        Summaries<Set<StopKey>> stopSummaries;
        List<Function> topDown;

        Scan(RuleContext context) {
            this.context = context;
            this.calls = context.callGraph();
            this.registrations = new CallbackRegistrations(context.program());
            this.stops = new CallbackStops(context.program(), registrations, context.budget());
            this.globalWrites = context.globalWrites();
        }

        /** Computes what the checks read, for the functions that the unload routines {@code unloads} reach. */
        void prepare(List<Function> unloads) {
            uses = new ListUses(context.program(), context.ddis(), calls);
            Set<Function> reached = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Function unload : unloads) reached.addAll(calls.reachableFrom(unload));
            stopSummaries = Summaries.computeFor(reached, calls, Set.of(),
                    (f, table) -> context.guarded(f, () -> stops.summarize(f, table), Set.of()));
            topDown = new ArrayList<>();
            for (List<Function> component : calls.bottomUpComponents()) topDown.addAll(component);
            Collections.reverse(topDown); // callers before callees
        }
    }

    /** A driver whose unload routines may delete a list that registered callbacks use. */
    private record Candidate(Function entry, List<UnloadRegistration> unloads, List<CallbackRegistration> registered) {
    }

    /** A registration whose callbacks use a list, with the callback and the use that show it. */
    private record LiveUse(CallbackRegistration registration, Function callback, ListUses.Use use) {
    }

    @Override
    public void check(RuleContext context, Reporter reporter) {
        Scan scan = new Scan(context);
        List<Candidate> candidates = new ArrayList<>();
        List<Function> allUnloads = new ArrayList<>();
        for (Function entry : context.driver().driverEntries()) {
            List<UnloadRegistration> unloads = context.driver().unloadRoutines(entry);
            if (unloads.isEmpty() || unloads.stream().noneMatch(u -> actsOnLists(context, u.routine()))) continue;
            List<CallbackRegistration> registered = scan.registrations.in(scan.calls.reachableFrom(entry));
            if (registered.isEmpty()) continue;
            candidates.add(new Candidate(entry, unloads, registered));
            unloads.forEach(u -> allUnloads.add(u.routine()));
        }
        if (candidates.isEmpty()) return;
        scan.prepare(allUnloads);
        for (Candidate c : candidates) {
            Set<Function> unloadRoutines = Collections.newSetFromMap(new IdentityHashMap<>());
            c.unloads().forEach(u -> unloadRoutines.add(u.routine()));
            PathFacts start = successFacts(context, c.entry());
            for (UnloadRegistration unload : c.unloads()) {
                checkUnload(scan, unload.routine(), start, c.registered(), unloadRoutines, reporter);
            }
        }
    }

    /** True when {@code unload} or a function it reaches acts on a list: only then can a Delete be too early. */
    private static boolean actsOnLists(RuleContext context, Function unload) {
        for (Function f : context.callGraph().reachableFrom(unload)) {
            if (context.listStates().touchesLists(f, context.listSummaries())) return true;
        }
        return false;
    }

    /**
     * What every successful return of DriverEntry leaves in globals (a flag set after a registration):
     * the unload routine starts from it. Nothing is assumed when DriverEntry could not be analysed.
     */
    private static PathFacts successFacts(RuleContext context, Function entry) {
        List<ListState> exits = context.guarded(entry,
                () -> context.listStates().successfulExits(entry, context.listSummaries()), null);
        if (exits == null || exits.isEmpty()) return PathFacts.NONE;
        PathFacts joined = null;
        for (ListState exit : exits) {
            PathFacts facts = exit.facts().onlyGlobals();
            joined = joined == null ? facts : PathFacts.join(joined, facts);
        }
        return joined;
    }

    private void checkUnload(Scan scan, Function unload, PathFacts start, List<CallbackRegistration> registered,
                             Set<Function> unloadRoutines, Reporter reporter) {
        RuleContext context = scan.context;
        Set<Function> reachable = scan.calls.reachableFrom(unload);
        Map<Function, CallbackStops.State> entryStates = new IdentityHashMap<>();
        Map<Function, List<TraceStep>> chains = new IdentityHashMap<>();
        entryStates.put(unload, new CallbackStops.State(Set.of(), start));
        chains.put(unload, List.of());
        for (Function f : scan.topDown) {
            if (!reachable.contains(f) || !entryStates.containsKey(f)) continue;
            Solution<CallbackStops.State> solution = context.guarded(f, () -> scan.stops.solve(f, scan.stopSummaries,
                    entryStates.get(f), scan.globalWrites.from(f)), null);
            if (solution == null) continue;
            solution.forEachOp((block, op, state) -> {
                if (!(op instanceof Op.Call call) || call.callee() == null) return;
                Ddi ddi = context.ddis().lookup(call.callee());
                if (ddi != null) {
                    AccessPath list = ddi.role() == DdiRole.DELETE ? ListLifetime.listOf(call, ddi) : null;
                    if (list != null && list.scope() == AccessPath.Scope.GLOBAL) {
                        check(scan, f, call, list, null, state.stopped(), registered, unloadRoutines, reachable, chains, reporter);
                    }
                    return;
                }
                Function callee = CallSites.callee(context.program(), f, call);
                if (callee == null || callee == f || !reachable.contains(callee)) return;
                entryStates.merge(callee, new CallbackStops.State(state.stopped(), state.facts().onlyGlobals()),
                        CallbackStops.State::join);
                List<TraceStep> chain = new ArrayList<>(chains.get(f));
                chain.add(new TraceStep(call.location(), "'" + f.name() + "' calls '" + callee.name() + "'"));
                chains.putIfAbsent(callee, chain);
                // a helper that deletes a list it is handed: the delete is seen here, in the caller's terms
                for (AccessPath p : context.listSummaries().of(callee).deletesOnEveryPath()) {
                    if (p.scope() != AccessPath.Scope.PARAM) continue;
                    AccessPath mine = CallSites.toCaller(p, callee, call);
                    if (mine != null && mine.scope() == AccessPath.Scope.GLOBAL) {
                        check(scan, f, call, mine, callee.name(), state.stopped(), registered, unloadRoutines, reachable, chains,
                                reporter);
                    }
                }
            });
        }
    }

    private void check(Scan scan, Function f, Op.Call delete, AccessPath list, String helper, Set<StopKey> state,
                       List<CallbackRegistration> registered, Set<Function> unloadRoutines, Set<Function> reachable,
                       Map<Function, List<TraceStep>> chains, Reporter reporter) {
        for (CallbackRegistration r : registered) {
            if (CallbackStops.stops(state, r)) continue;
            LiveUse live = use(scan, r, list, unloadRoutines);
            if (live == null) continue;
            reporter.report(list.toString(), finding(scan, f, delete, list, helper, live, reachable, chains.get(f)));
            return;
        }
    }

    private static LiveUse use(Scan scan, CallbackRegistration r, AccessPath list, Set<Function> unloadRoutines) {
        for (Function callback : r.callbacks()) {
            if (unloadRoutines.contains(callback)) continue; // the routine being checked is not a live callback
            ListUses.Use use = scan.uses.of(callback).get(list);
            if (use != null) return new LiveUse(r, callback, use);
        }
        return null;
    }

    private Finding finding(Scan scan, Function f, Op.Call delete, AccessPath list, String helper, LiveUse live,
                            Set<Function> reachable, List<TraceStep> chain) {
        CallbackRegistration r = live.registration();
        String stopName = scan.registrations.stopName(r.group());
        List<TraceStep> flow = new ArrayList<>();
        flow.add(new TraceStep(r.location(), "'" + r.ddi() + "' registers '" + live.callback().name() + "' in '"
                + r.registeredIn().name() + "'"));
        String user = live.use().function().equals(live.callback().name()) ? "'" + live.callback().name() + "'"
                : "'" + live.use().function() + "' (called from '" + live.callback().name() + "')";
        flow.add(new TraceStep(live.use().location(), user + " " + live.use().verb() + " '" + list + "'"));
        if (chain != null) flow.addAll(chain);
        String deleted = "'" + list + "' is deleted here" + (helper == null ? "" : " (by '" + helper + "')")
                + " while the callbacks registered by '" + r.ddi() + "' can still run";
        flow.add(new TraceStep(delete.location(), deleted));
        List<RelatedLocation> related = new ArrayList<>();
        related.add(new RelatedLocation(1, r.location(), "the callbacks are registered here"));
        SourceLocation late = lateStop(scan, r, reachable);
        if (late != null) {
            String stopped = "'" + stopName + "' stops them only here, after the delete";
            related.add(new RelatedLocation(2, late, stopped));
            flow.add(new TraceStep(late, stopped));
        }
        String message = "Lookaside list '" + list + "' is deleted" + (helper == null ? "" : " (by '" + helper + "')")
                + " while the callbacks registered by '" + r.ddi() + "' are still live on some path. '"
                + live.callback().name() + "' " + (user.startsWith("'" + live.callback().name() + "'") ? "" : "reaches code that ")
                + live.use().verb() + " it and can run after the delete, on a header that is no longer initialized."
                + " Call '" + stopName + "' before deleting the list.";
        return new Finding(info().id(), info().severity(), message, delete.location(), f.name(), related, List.of(flow));
    }

    /** A stop call for {@code r} in the unload routine or the functions it calls, if there is one. */
    private static SourceLocation lateStop(Scan scan, CallbackRegistration r, Set<Function> reachable) {
        SourceLocation found = null;
        for (Function g : reachable) {
            for (Block b : g.cfg().blocks()) {
                for (Op op : b.ops()) {
                    if (!(op instanceof Op.Call call)) continue;
                    CallbackDdi stop = scan.registrations.row(call, CallbackDdi.Kind.STOP);
                    if (stop == null || !stop.group().equals(r.group())) continue;
                    if (found == null || call.location().compareTo(found) < 0) found = call.location();
                }
            }
        }
        return found;
    }
}
