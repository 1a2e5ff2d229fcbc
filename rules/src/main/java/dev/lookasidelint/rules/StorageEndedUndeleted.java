package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.dataflow.WitnessPath;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.analyzer.report.Finding;
import dev.lookasidelint.analyzer.report.RelatedLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import dev.lookasidelint.analyzer.rule.Reporter;
import dev.lookasidelint.analyzer.rule.RuleInfo;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.model.ExtensionLists;
import dev.lookasidelint.rules.model.InitSite;
import dev.lookasidelint.rules.model.ListEffect;
import dev.lookasidelint.rules.model.ListPhase;
import dev.lookasidelint.rules.model.ListState;
import dev.lookasidelint.rules.model.StorageEnds;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of LAL001 where the header's storage ends inside a function that knows the list is
 * initialized: {@code ExFreePool} of the context that holds it, {@code IoDeleteDevice} of the device
 * whose extension holds it (an AddDevice failure path, a remove routine that set the list up itself),
 * or the end of the scope of a list on the stack. A Delete through the freed storage later in the
 * function is LAL003's finding, not this one.
 */
final class StorageEndedUndeleted {
    private final RuleInfo info;

    StorageEndedUndeleted(RuleInfo info) {
        this.info = info;
    }

    void check(RuleContext context, Reporter reporter) {
        for (Function f : context.program().functions()) {
            context.guarded(f, () -> {
                context.listPhases(f).ifPresent(solution -> check(context, f, solution, reporter));
                return null;
            }, null);
        }
    }

    private void check(RuleContext context, Function f, Solution<PathSensitive.Paths<ListState>> solution,
                       Reporter reporter) {
        StorageEnds ends = context.listStates().storageEnds();
        Map<AccessPath, InitSite> sites = context.listLifetime().initSites(f, context.listSummaries());
        boolean calledBySystem = !context.callGraph().isCalled(f);
        // replaying the phases is costly: skip functions that can report nothing (no list set up here,
        // and no device deleted by a routine the system calls)
        if (sites.isEmpty() && !(calledBySystem && context.ddis().calledBy(f, DdiRole.DEVICE_DELETE))) return;
        solution.forEachOp((block, op, paths) -> {
            StorageEnds.End end = ends.at(f, op);
            if (end == null) return;
            if (end.device() && calledBySystem) checkDeviceDelete(context, f, block, op, end, paths, solution, reporter);
            for (ListState state : paths.states()) {
                for (var e : state.phases().entrySet()) {
                    AccessPath list = e.getKey();
                    if (e.getValue() != ListPhase.INITIALIZED || !end.covers(list)) continue;
                    InitSite site = sites.get(list);
                    if (site == null || deletedLater(context, f, block, op, list)) continue;
                    reporter.report(list + "\u0000storage", finding(f, block, op, end, list, site, solution));
                }
            }
        });
    }

    /**
     * A routine the system calls (a remove or unload path) deletes a device whose extension holds lists
     * that some other routine initialized (AddDevice): each must be deleted on this path first. A path
     * that tested a field of the extension and found it zero (an {@code ext->ListReady} flag) is taken
     * to have found the list not set up. Helpers that delete a device for their caller are not checked:
     * the caller may have deleted the lists.
     */
    private void checkDeviceDelete(RuleContext context, Function f, Block block, Op op, StorageEnds.End end,
                                   PathSensitive.Paths<ListState> paths,
                                   Solution<PathSensitive.Paths<ListState>> solution, Reporter reporter) {
        if (keptByAnotherDevice(f, end)) return;
        // a routine that never looks at the extension (a control device deleted on a failure path) is
        // not tearing one down; where both sides name the extension's type, the types must agree
        Map<String, String> types = ExtensionLists.typesOf(f, end.freed().get(0));
        if (types.isEmpty()) return;
        for (var field : context.extensionLists().fields().entrySet()) {
            if (deletedLaterInExtension(context, f, block, op, end, field.getKey())) continue; // LAL003 speaks
            if (setsUpItself(context, f, end, field.getKey())) continue; // its own paths tell (part a)
            // in a tree of many drivers, only lists of this routine's own driver
            if (!Program.nearby(field.getValue().site().location().path(), f.file())) continue;
            String type = field.getValue().extensionType();
            if (type != null && types.values().stream().anyMatch(t -> t != null && !t.equals(type))) continue;
            for (ListState state : paths.states()) {
                if (knowsList(state, end, field.getKey()) || testedZero(state, end)) continue;
                AccessPath list = end.freed().get(end.freed().size() > 1 ? 1 : 0);
                for (String selector : field.getKey()) list = list.select(selector);
                InitSite site = field.getValue().site();
                reporter.report(list.selectors() + "\u0000device", finding(f, block, op, end, list, site, solution));
                break;
            }
        }
    }

    /**
     * True when the deleted device is one this routine's device keeps in a table in its extension (a bus
     * driver's child PDOs in {@code ext->Children[i]}, directly or through a local copied from there):
     * that is not the device whose extension AddDevice set up.
     */
    private static boolean keptByAnotherDevice(Function f, StorageEnds.End end) {
        AccessPath extension = end.freed().get(0);
        List<String> s = extension.selectors();
        AccessPath device = AccessPath.variable(extension.root(), extension.scope());
        for (String selector : s.subList(0, s.size() - 1)) device = device.select(selector); // drop ->DeviceExtension
        Set<String> aliases = ExtensionLists.extensionAliases(f).keySet();
        if (inAnExtension(device, aliases)) return true;
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a && a.source() != null && a.target().isVariable()
                        && a.target().root().equals(device.root()) && device.selectors().isEmpty()
                        && inAnExtension(a.source(), aliases)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when {@code path} is an element of a table of devices in a device extension
     * ({@code ext->Children[]}). A single device pointer there ({@code ext->Self}) is usually the device
     * itself, so it does not count.
     */
    private static boolean inAnExtension(AccessPath path, Set<String> extensionAliases) {
        List<String> s = path.selectors();
        int at = s.indexOf("->DeviceExtension");
        boolean throughExtension = at >= 0 || extensionAliases.contains(path.root());
        return throughExtension && s.subList(at + 1, s.size()).contains("[]");
    }

    /**
     * True when a Delete of the list at {@code field}, reached through any name of the deleted extension,
     * follows the {@code IoDeleteDevice}: that Delete is a use of freed memory (LAL003), not a missing one.
     */
    private static boolean deletedLaterInExtension(RuleContext context, Function f, Block block, Op op,
                                                   StorageEnds.End end, List<String> field) {
        for (AccessPath extension : end.freed()) {
            AccessPath list = extension;
            for (String selector : field) list = list.select(selector);
            if (deletedLater(context, f, block, op, list)) return true;
        }
        return false;
    }

    /**
     * True when {@code f} itself initializes the list at {@code field} of the extension it deletes (a
     * DriverEntry or AddDevice that deletes its new device on a failure path): on a path that has not
     * reached that Initialize the list is simply not set up, and a path that has is checked by part (a).
     */
    private static boolean setsUpItself(RuleContext context, Function f, StorageEnds.End end, List<String> field) {
        var own = context.listLifetime().initSites(f, context.listSummaries()).keySet();
        for (AccessPath extension : end.freed()) {
            AccessPath list = extension;
            for (String selector : field) list = list.select(selector);
            if (own.contains(list)) return true;
        }
        return false;
    }

    /** True when the path knows the phase of the list at {@code field} in the extension being deleted. */
    private static boolean knowsList(ListState state, StorageEnds.End end, List<String> field) {
        for (AccessPath extension : end.freed()) {
            AccessPath list = extension;
            for (String selector : field) list = list.select(selector);
            if (state.phaseOf(list) != null) return true;
        }
        return false;
    }

    private static boolean testedZero(ListState state, StorageEnds.End end) {
        for (var e : state.facts().truthy().entrySet()) {
            if (!Boolean.FALSE.equals(e.getValue())) continue;
            for (AccessPath extension : end.freed()) {
                if (extension.isPrefixOf(e.getKey()) && !extension.equals(e.getKey())) return true;
            }
        }
        return false;
    }

    /** True when a Delete of {@code list} follows {@code end} in its block or in a block reached from it. */
    private static boolean deletedLater(RuleContext context, Function f, Block block, Op end, AccessPath list) {
        List<Op> ops = block.ops();
        for (int i = ops.indexOf(end) + 1; i < ops.size(); i++) {
            if (deletes(context, f, ops.get(i), list)) return true;
        }
        Set<Block> seen = new HashSet<>();
        Deque<Block> work = new ArrayDeque<>();
        for (Edge e : block.successors()) work.add(e.to());
        while (!work.isEmpty()) {
            Block b = work.pop();
            if (!seen.add(b)) continue;
            for (Op op : b.ops()) {
                if (deletes(context, f, op, list)) return true;
            }
            for (Edge e : b.successors()) work.add(e.to());
        }
        return false;
    }

    private static boolean deletes(RuleContext context, Function f, Op op, AccessPath list) {
        if (!(op instanceof Op.Call call)) return false;
        for (ListEffect e : context.listStates().effects(f, call, context.listSummaries())) {
            if (e.role() == DdiRole.DELETE && e.list().equals(list)) return true;
        }
        return false;
    }

    private Finding finding(Function f, Block block, Op op, StorageEnds.End end, AccessPath list, InitSite init,
                            Solution<PathSensitive.Paths<ListState>> solution) {
        List<TraceStep> flow = new ArrayList<>(init.callChain());
        flow.add(new TraceStep(init.location(), "'" + list + "' is initialized here"));
        List<Edge> path = WitnessPath.toBlock(solution, block,
                paths -> paths.states().stream().anyMatch(s -> s.phaseOf(list) == ListPhase.INITIALIZED));
        flow.addAll(WitnessPath.branchSteps(path));
        String ends = "the storage of '" + list + "' ends here without a Delete: " + end.what();
        flow.add(new TraceStep(op.location(), ends));
        String message = "Lookaside list '" + list + "' is not deleted before the memory that holds it goes away. "
                + Sentences.capitalized(end.what()) + ". The system-wide list of lookaside lists still links through the freed header,"
                + " and the next driver that initializes or deletes a list crashes.";
        return new Finding(info.id(), info.severity(), message, init.location(), init.function(),
                List.of(new RelatedLocation(1, op.location(), ends)), List.of(flow));
    }
}
