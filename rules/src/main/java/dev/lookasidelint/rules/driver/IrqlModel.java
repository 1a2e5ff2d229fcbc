package dev.lookasidelint.rules.driver;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.dataflow.Solver;
import dev.lookasidelint.analyzer.ir.AccessPath;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.GlobalVariable;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.analyzer.ir.TranslationUnit;
import dev.lookasidelint.analyzer.report.TraceStep;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Where code may run above APC_LEVEL. Two parts:
 * <ul>
 * <li>routines that run at DISPATCH_LEVEL or above from their first line: passed to a registration
 * ({@code KeInitializeDpc}, {@code IoSetCompletionRoutine}, {@code WDF_TIMER_CONFIG_INIT}...), assigned
 * to a callback field ({@code config.EvtTimerFunc = X}), declared with a role typedef
 * ({@code KDEFERRED_ROUTINE X;}), or acquiring a lock "at DPC level" outside any region of their own;</li>
 * <li>raised regions inside each function ({@link IrqlRegions}), solved once per function.</li>
 * </ul>
 * A KMDF timer whose registering function sets an {@code ExecutionLevel} to
 * {@code WdfExecutionLevelPassive} runs at PASSIVE_LEVEL: its callback is not raised, whether it is
 * declared {@code EVT_WDF_TIMER} or not. What helpers called from
 * raised code do is followed by the rule through summaries, not here.
 */
public final class IrqlModel {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");
    private static final Pattern CAST = Pattern.compile("\\(\\s*[A-Za-z_][A-Za-z_0-9]*\\s*\\**\\s*\\)");
    /** Registrations of KMDF timer callbacks, which a passive execution level moves to PASSIVE_LEVEL. */
    private static final Set<String> WDF_TIMER = Set.of("WDF_TIMER_CONFIG_INIT", "WDF_TIMER_CONFIG_INIT_PERIODIC",
            "EvtTimerFunc");
    private static final String WDF_TIMER_ROLE = "EVT_WDF_TIMER";

    private final Program program;
    private final IrqlTable table;
    private final int budget;
    private final Map<Function, RaisedRoutine> registered = new IdentityHashMap<>();
    /** KMDF timer callbacks of timers created at a passive execution level: their role declaration does not raise them. */
    private final Set<Function> passiveTimers = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Paths kept apart per function: enough for a few conditional locks. */
    private static final int PATHS = 8;

    private final Map<Function, Solution<PathSensitive.Paths<IrqlState>>> regions = new ConcurrentHashMap<>();
    private final Map<Function, Optional<RaisedRoutine>> atDispatch = new ConcurrentHashMap<>();

    public IrqlModel(Program program, IrqlTable table, int budget) {
        this.program = program;
        this.table = table;
        this.budget = budget;
        for (Function f : program.functions()) registrations(f);
        for (TranslationUnit unit : program.units()) roleDeclarations(unit);
    }

    /**
     * The raised regions of {@code f}: the paths before each op say whether IRQL may be raised there
     * ({@link IrqlState#anyRaised}).
     */
    public Solution<PathSensitive.Paths<IrqlState>> regions(Function f) {
        Solution<PathSensitive.Paths<IrqlState>> s = regions.get(f);
        if (s == null) {
            s = Solver.solve(f.cfg(), new PathSensitive<>(new IrqlRegions(table), PATHS, IrqlState::depth), budget);
            regions.put(f, s);
        }
        return s;
    }

    /** True when {@code f} itself acquires a spin lock or raises IRQL somewhere (otherwise it has no raised region). */
    public boolean raisesIrql(Function f) {
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (!(op instanceof Op.Call c)) continue;
                IrqlTable.Entry e = table.regionCall(c.callee());
                if (e != null && e.kind() != IrqlTable.Kind.LOWER) return true;
            }
        }
        return false;
    }

    /** Why {@code f} runs at DISPATCH_LEVEL or above from its first line, or null when nothing says so. */
    public RaisedRoutine raisedAtEntry(Function f) {
        RaisedRoutine r = registered.get(f);
        if (r != null) return r;
        Optional<RaisedRoutine> known = atDispatch.get(f);
        if (known == null) {
            known = Optional.ofNullable(acquiresAtDpcLevel(f));
            atDispatch.put(f, known);
        }
        return known.orElse(null);
    }

    private void registrations(Function f) {
        boolean passive = setsPassiveExecutionLevel(f);
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Call call) {
                    for (IrqlTable.Entry e : table.lookup(call.callee(), IrqlTable.Kind.REGISTER)) {
                        if (e.argument() >= call.arguments().size()) continue;
                        Function routine = routineNamed(call.arguments().get(e.argument()).text(), f);
                        if (routine == null) continue;
                        if (passive && WDF_TIMER.contains(e.name())) {
                            passiveTimers.add(routine);
                            continue;
                        }
                        register(routine, e.what(), new TraceStep(call.location(), "'" + routine.name()
                                + "' is registered as " + e.what() + " here ('" + call.callee() + "')"));
                    }
                } else if (op instanceof Op.Assign a && a.source() != null) {
                    String field = lastField(a.target());
                    for (IrqlTable.Entry e : table.lookup(field, IrqlTable.Kind.FIELD)) {
                        Function routine = routineNamed(a.source().toString(), f);
                        if (routine == null) continue;
                        if (passive && WDF_TIMER.contains(e.name())) {
                            passiveTimers.add(routine);
                            continue;
                        }
                        register(routine, e.what(), new TraceStep(a.location(), "'" + routine.name()
                                + "' is registered as " + e.what() + " here ('" + field + "')"));
                    }
                }
            }
        }
    }

    private void roleDeclarations(TranslationUnit unit) {
        for (GlobalVariable g : unit.globals()) {
            for (IrqlTable.Entry e : table.lookup(g.typeName(), IrqlTable.Kind.TYPEDEF)) {
                Function routine = program.resolve(g.name(), unit.path());
                if (routine == null || e.name().equals(WDF_TIMER_ROLE) && passiveTimers.contains(routine)) continue;
                register(routine, e.what(), new TraceStep(g.location(), "'" + routine.name() + "' is declared as "
                        + e.name() + ", " + e.what()));
            }
        }
    }

    private void register(Function routine, String role, TraceStep why) {
        registered.putIfAbsent(routine, new RaisedRoutine(routine, role + ", which may run at DISPATCH_LEVEL or above",
                why));
    }

    /** A lock acquired "at DPC level" where the function has not raised IRQL itself: it is called at DISPATCH_LEVEL. */
    private RaisedRoutine acquiresAtDpcLevel(Function f) {
        boolean any = false;
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Call c && !table.lookup(c.callee(), IrqlTable.Kind.AT_DISPATCH).isEmpty()) {
                    any = true;
                }
            }
        }
        if (!any) return null;
        RaisedRoutine[] found = {null};
        regions(f).forEachOp((block, op, before) -> {
            if (found[0] != null || IrqlState.anyRaised(before) != null || !(op instanceof Op.Call c)) return;
            if (table.lookup(c.callee(), IrqlTable.Kind.AT_DISPATCH).isEmpty()) return;
            found[0] = new RaisedRoutine(f, "a routine that already runs at DISPATCH_LEVEL", new TraceStep(c.location(),
                    "'" + f.name() + "' calls '" + c.callee() + "' here, so it is called at DISPATCH_LEVEL"));
        });
        return found[0];
    }

    private static boolean setsPassiveExecutionLevel(Function f) {
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Assign a && "ExecutionLevel".equals(lastField(a.target()))
                        && a.text().contains("WdfExecutionLevelPassive")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The function an argument or assigned value names: {@code Foo}, {@code &Foo}, {@code (PKDEFERRED_ROUTINE)Foo}. */
    private Function routineNamed(String text, Function in) {
        String name = CAST.matcher(text).replaceAll("").replace("&", "").strip();
        if (!IDENTIFIER.matcher(name).matches()) return null;
        return program.resolve(name, in.file());
    }

    private static String lastField(AccessPath target) {
        if (target == null) return null;
        List<String> s = target.selectors();
        if (s.isEmpty()) return null;
        return s.get(s.size() - 1).replaceFirst("^(->|\\.)", "");
    }
}
