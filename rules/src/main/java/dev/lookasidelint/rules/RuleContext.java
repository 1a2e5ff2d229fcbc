package dev.lookasidelint.rules;

import dev.lookasidelint.analyzer.dataflow.BudgetExceededException;
import dev.lookasidelint.analyzer.dataflow.PathSensitive;
import dev.lookasidelint.analyzer.dataflow.Solution;
import dev.lookasidelint.analyzer.dataflow.TimeBudget;
import dev.lookasidelint.analyzer.interproc.CallGraph;
import dev.lookasidelint.analyzer.interproc.Summaries;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Program;
import dev.lookasidelint.analyzer.report.ToolNotification;
import dev.lookasidelint.rules.ddi.DdiTable;
import dev.lookasidelint.rules.driver.DriverModel;
import dev.lookasidelint.rules.driver.RoutineFields;
import dev.lookasidelint.rules.driver.SetupRoutines;
import dev.lookasidelint.rules.driver.TeardownTable;
import dev.lookasidelint.rules.driver.IrqlModel;
import dev.lookasidelint.rules.driver.IrqlTable;
import dev.lookasidelint.rules.model.BlockLifetime;
import dev.lookasidelint.rules.model.BlockStashes;
import dev.lookasidelint.rules.model.BlockState;
import dev.lookasidelint.rules.model.BlockSummary;
import dev.lookasidelint.rules.model.ExtensionLists;
import dev.lookasidelint.rules.model.EntrySizes;
import dev.lookasidelint.rules.model.FlagGuards;
import dev.lookasidelint.rules.model.GlobalWrites;
import dev.lookasidelint.rules.model.ListLifetime;
import dev.lookasidelint.rules.model.ListState;
import dev.lookasidelint.rules.model.ListStates;
import dev.lookasidelint.rules.model.ListSummary;
import dev.lookasidelint.rules.model.NdisContexts;
import dev.lookasidelint.rules.model.RaisingLists;
import dev.lookasidelint.rules.model.WdfContexts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Everything the rules read, computed once per scan: the program, the DDI table, the driver model,
 * the function summaries, and each function's block and list-phase analyses (solved on first use,
 * then shared by every rule that reads them). A function whose analysis runs over budget is reported and summarised as
 * doing nothing, so the rest of the project is still analysed.
 */
public final class RuleContext {
    /** Block visits allowed per function and analysis before it is reported as over budget. */
    public static final int DEFAULT_BUDGET = 200_000;
    /** Milliseconds allowed per function and analysis before it is reported as over its time budget. */
    public static final long DEFAULT_TIME_BUDGET_MILLIS = 10_000;

    private final Program program;
    private final DdiTable ddis;
    private final CallGraph callGraph;
    private final GlobalWrites globalWrites;
    private final int budget;
    private final long timeBudgetMillis;
    private final DriverModel driver;
    private final SetupRoutines setupRoutines;
    private volatile IrqlModel irql;
    private final ListLifetime listLifetime;
    private final BlockLifetime blockLifetime;
    private final Summaries<ListSummary> listSummaries;
    private final Summaries<BlockSummary> blockSummaries;
    private final RaisingLists raisingLists;
    private final EntrySizes entrySizes;
    private final ListStates listStates;
    private final Map<Function, Optional<Solution<PathSensitive.Paths<ListState>>>> listPhases =
            new ConcurrentHashMap<>();
    private final List<ToolNotification> notifications = Collections.synchronizedList(new ArrayList<>());
    private final Map<Function, Optional<Solution<PathSensitive.Paths<BlockState>>>> blockSolutions =
            new ConcurrentHashMap<>();

    public RuleContext(Program program, DdiTable ddis, int budget) {
        this(program, ddis, budget, 1);
    }

    /** {@code threads}: how many threads compute the list and block summaries side by side. */
    public RuleContext(Program program, DdiTable ddis, int budget, int threads) {
        this(program, ddis, budget, DEFAULT_TIME_BUDGET_MILLIS, threads);
    }

    /** {@code timeBudgetMillis}: the time each function's analysis may take (0: no limit). */
    public RuleContext(Program program, DdiTable ddis, int budget, long timeBudgetMillis, int threads) {
        this.program = program;
        this.timeBudgetMillis = timeBudgetMillis;
        this.ddis = ddis;
        CallGraph graph = new CallGraph(program);
        this.callGraph = graph;
        this.budget = budget;
        this.driver = new DriverModel(program, graph);
        this.setupRoutines = new SetupRoutines(program, driver.driverEntries());
        this.globalWrites = new GlobalWrites(program, graph, threads);
        this.listLifetime = new ListLifetime(program, ddis, globalWrites, budget);
        this.blockLifetime = new BlockLifetime(program, ddis, globalWrites, budget);
        this.entrySizes = new EntrySizes(program, ddis);
        this.listStates = new ListStates(program, ddis, globalWrites, budget);
        FlagGuards flagGuards = new FlagGuards(program, listStates, listLifetime);
        this.listSummaries = Summaries.compute(graph, ListSummary.NONE, (f, table) -> guarded(f,
                () -> listStates.withResets(f, table, flagGuards.withFlags(f, table,
                        listStates.withFailureExits(f, table, listLifetime.summarize(f, table)))), ListSummary.NONE),
                threads);
        this.raisingLists = new RaisingLists(program, ddis);
        this.blockSummaries = Summaries.compute(graph, BlockSummary.NONE,
                (f, table) -> guarded(f, () -> summarizeBlocks(f, table), BlockSummary.NONE), threads);
    }

    /**
     * A function's block summary; its solution is kept for the block rules, which would otherwise solve
     * the same function again (a recursive component's last round wins, as its summaries do).
     */
    private BlockSummary summarizeBlocks(Function f, Summaries<BlockSummary> table) {
        if (!blockLifetime.handlesBlocks(f, table)) return BlockSummary.NONE;
        Solution<PathSensitive.Paths<BlockState>> solution = blockLifetime.solve(f, table);
        blockSolutions.put(f, Optional.of(solution));
        return blockLifetime.summaryOf(solution);
    }

    /**
     * Runs one function's analysis within the function's time budget; over budget or failing, it is
     * reported (as an error: the scan did not fully succeed) and {@code fallback} used.
     */
    public <T> T guarded(Function f, Supplier<T> analysis, T fallback) {
        try {
            return TimeBudget.within(timeBudgetMillis, analysis);
        } catch (BudgetExceededException e) {
            note(f, "not fully analysed: " + e.getMessage());
        } catch (StackOverflowError e) {
            note(f, "not analysed: nesting too deep");
        } catch (RuntimeException e) {
            note(f, "not analysed: internal error (" + e.getClass().getSimpleName() + ")");
        }
        return fallback;
    }

    private void note(Function f, String message) {
        String text = "function '" + f.name() + "' " + message;
        synchronized (notifications) {
            boolean seen = notifications.stream().anyMatch(n -> n.message().equals(text) && n.path().equals(f.file()));
            if (!seen) {
                notifications.add(new ToolNotification(ToolNotification.Level.ERROR, f.file(),
                        f.location().line(), text));
            }
        }
    }

    public Program program() {
        return program;
    }

    public DdiTable ddis() {
        return ddis;
    }

    private volatile BlockStashes blockStashes;

    /**
     * Where the project leaves blocks waiting in long-lived storage: as the block rules' walk found them
     * ({@link #useBlockStashes}), else computed on first use.
     */
    public BlockStashes blockStashes() {
        if (blockStashes == null) {
            synchronized (this) {
                if (blockStashes == null) blockStashes = BlockStashes.find(program, ddis, this::blockSolution);
            }
        }
        return blockStashes;
    }

    /** The stashes a walk over every function's block analysis already gathered. */
    public synchronized void useBlockStashes(BlockStashes stashes) {
        blockStashes = stashes;
    }

    private volatile ExtensionLists extensionLists;

    /** The lists kept in device extensions, project-wide (computed on first use). */
    public ExtensionLists extensionLists() {
        if (extensionLists == null) {
            synchronized (this) {
                if (extensionLists == null) extensionLists = new ExtensionLists(program, listLifetime, listSummaries);
            }
        }
        return extensionLists;
    }

    private volatile RoutineFields routineFields;
    private volatile WdfContexts wdfContexts;

    /** The teardown callbacks, context hand-overs and teardown method names of {@code teardown.tsv}. */
    public TeardownTable teardownTable() {
        return TeardownTable.builtIn();
    }

    /** Routines assigned to fields of the structures the driver fills in (computed on first use). */
    public RoutineFields routineFields() {
        if (routineFields == null) {
            synchronized (this) {
                if (routineFields == null) routineFields = new RoutineFields(program);
            }
        }
        return routineFields;
    }

    /** WDF object contexts and the lists kept in them (computed on first use). */
    public WdfContexts wdfContexts() {
        if (wdfContexts == null) {
            synchronized (this) {
                if (wdfContexts == null) {
                    java.util.Set<String> objectTeardowns = new java.util.HashSet<>();
                    for (TeardownTable.Row r : teardownTable().of(TeardownTable.Kind.WDF)) {
                        if (r.undoes().equals("*")) objectTeardowns.add(r.name());
                    }
                    wdfContexts = new WdfContexts(program, listLifetime, listSummaries, objectTeardowns);
                }
            }
        }
        return wdfContexts;
    }

    private volatile NdisContexts ndisContexts;

    /** The NDIS adapter and filter module contexts and the lists kept in them (computed on first use). */
    public NdisContexts ndisContexts() {
        if (ndisContexts == null) {
            synchronized (this) {
                if (ndisContexts == null) {
                    ndisContexts = new NdisContexts(teardownTable(), routineFields(), listLifetime, listSummaries);
                }
            }
        }
        return ndisContexts;
    }

    /** Which globals each function may write, through its callees too. */
    public GlobalWrites globalWrites() {
        return globalWrites;
    }

    /** Direct calls between the scan's functions. */
    public CallGraph callGraph() {
        return callGraph;
    }

    /** Block visits allowed per function and analysis. */
    public int budget() {
        return budget;
    }

    /** Milliseconds allowed per function and analysis (0: no limit). */
    public long timeBudgetMillis() {
        return timeBudgetMillis;
    }

    /** Reports a failure that is not one function's: a rule or a project-wide pass that failed. */
    public void noteFailure(String message) {
        notifications.add(new ToolNotification(ToolNotification.Level.ERROR, null, 0, message));
    }

    public DriverModel driver() {
        return driver;
    }

    /** DriverEntry and the device and adapter setup routines: their failures are not torn down. */
    public SetupRoutines setupRoutines() {
        return setupRoutines;
    }

    /** Where code may run above APC_LEVEL: raised routines and raised regions. */
    public IrqlModel irql() {
        IrqlModel model = irql;
        if (model == null) {
            synchronized (this) {
                if (irql == null) irql = new IrqlModel(program, IrqlTable.builtIn(), budget);
                model = irql;
            }
        }
        return model;
    }

    public ListLifetime listLifetime() {
        return listLifetime;
    }

    public BlockLifetime blockLifetime() {
        return blockLifetime;
    }

    public Summaries<ListSummary> listSummaries() {
        return listSummaries;
    }

    /**
     * The block analysis of one function, solved once and shared by every block rule; empty for a
     * function that neither frees nor allocates a block (nothing to find there) or whose analysis
     * failed.
     */
    public Optional<Solution<PathSensitive.Paths<BlockState>>> blockSolution(Function f) {
        return blockSolutions.computeIfAbsent(f, fn -> {
            if (!blockLifetime.handlesBlocks(fn, blockSummaries)) return Optional.empty();
            return Optional.ofNullable(guarded(fn, () -> blockLifetime.solve(fn, blockSummaries), null));
        });
    }

    public ListStates listStates() {
        return listStates;
    }

    /**
     * The list-phase analysis of one function, solved once and shared by the list rules; empty for a
     * function that acts on no list or whose analysis failed.
     */
    public Optional<Solution<PathSensitive.Paths<ListState>>> listPhases(Function f) {
        return listPhases.computeIfAbsent(f, fn -> {
            if (!listStates.touchesLists(fn, listSummaries)) return Optional.empty();
            boolean isDriverEntry = driver.driverEntries().contains(fn);
            return Optional.ofNullable(guarded(fn, () -> listStates.solve(fn, listSummaries, isDriverEntry), null));
        });
    }

    /** Lists whose allocations raise instead of returning NULL. */
    public RaisingLists raisingLists() {
        return raisingLists;
    }

    /** The entry size each list was initialized with, where it is known. */
    public EntrySizes entrySizes() {
        return entrySizes;
    }

    public Summaries<BlockSummary> blockSummaries() {
        return blockSummaries;
    }

    public List<ToolNotification> notifications() {
        synchronized (notifications) {
            return List.copyOf(notifications);
        }
    }
}
