package dev.lookasidelint.rules.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lookasidelint.analyzer.frontend.Frontend;
import dev.lookasidelint.analyzer.frontend.FrontendOptions;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The IRQL model: which routines run raised from their first line, and where inside a function a spin
 * lock or an IRQL raise may be in force. Each snippet marks the point under test with a call to
 * {@code Probe()}; the test reads the state just before it.
 */
class IrqlModelTest {
    private static final Frontend FRONTEND = new Frontend(FrontendOptions.defaults());

    @TempDir
    Path dir;

    private Program program(String code) {
        try {
            Path file = dir.resolve("t.c");
            Files.writeString(file, code);
            return new Program(List.of(FRONTEND.translate(file, "t.c")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static IrqlModel model(Program p) {
        return new IrqlModel(p, IrqlTable.builtIn(), 100_000);
    }

    /** The states just before each {@code Probe(n)} call in {@code f}, in the order of n. */
    private static List<IrqlState> probes(IrqlModel model, Function f) {
        List<IrqlState> states = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        model.regions(f).forEachOp((block, op, before) -> {
            if (op instanceof Op.Call c && "Probe".equals(c.callee())) {
                order.add(Integer.parseInt(c.arguments().get(0).text()));
                IrqlState raised = IrqlState.anyRaised(before);
                states.add(raised != null ? raised : IrqlState.PASSIVE);
            }
        });
        List<IrqlState> sorted = new ArrayList<>(states);
        for (int i = 0; i < order.size(); i++) sorted.set(order.get(i), states.get(i));
        return sorted;
    }

    private static Function function(Program p, String name) {
        return p.functionsNamed(name).get(0);
    }

    @Test
    void aSpinLockRaisesUntilItsRelease() {
        Program p = program("""
                void f(PKSPIN_LOCK Lock) {
                    KIRQL old;
                    Probe(0);
                    KeAcquireSpinLock(Lock, &old);
                    Probe(1);
                    KeReleaseSpinLock(Lock, old);
                    Probe(2);
                }
                """);
        IrqlModel m = model(p);
        List<IrqlState> s = probes(m, function(p, "f"));
        assertFalse(s.get(0).raised());
        assertTrue(s.get(1).raised());
        assertEquals("KeAcquireSpinLock", s.get(1).raisedBy());
        assertEquals(4, s.get(1).raisedAt().line());
        assertFalse(s.get(2).raised(), "the release closes the region");
    }

    @Test
    void aLockReleasedOnEveryPathDoesNotLeakPastTheJoin() {
        Program p = program("""
                NTSTATUS f(PKSPIN_LOCK Lock, ULONG Depth) {
                    KIRQL old;
                    KeAcquireSpinLock(Lock, &old);
                    if (Depth > 8) {
                        KeReleaseSpinLock(Lock, old);
                        Probe(0);
                        return STATUS_DEVICE_BUSY;
                    }
                    if (Depth == 0) {
                        KeReleaseSpinLock(Lock, old);
                    } else {
                        Probe(1);
                        KeReleaseSpinLock(Lock, old);
                    }
                    Probe(2);
                    return STATUS_SUCCESS;
                }
                """);
        List<IrqlState> s = probes(model(p), function(p, "f"));
        assertFalse(s.get(0).raised());
        assertTrue(s.get(1).raised());
        assertFalse(s.get(2).raised(), "released on both branches");
    }

    @Test
    void aLockTakenAndReleasedUnderTheSameConditionIsReleasedOnThePathThatTookIt() {
        Program p = program("""
                void f(PKSPIN_LOCK Lock, BOOLEAN Shared) {
                    KLOCK_QUEUE_HANDLE h;
                    if (Shared) {
                        KeAcquireInStackQueuedSpinLock(Lock, &h);
                    }
                    Probe(0);
                    if (Shared) {
                        KeReleaseInStackQueuedSpinLock(&h);
                    }
                    Probe(1);
                }
                """);
        List<IrqlState> s = probes(model(p), function(p, "f"));
        assertTrue(s.get(0).raised(), "may-analysis: raised on one path is raised");
        assertFalse(s.get(1).raised(), "the path that took the lock released it");
    }

    @Test
    void aLockLeftHeldOnOnePathMayBeHeldAfterTheJoin() {
        Program p = program("""
                VOID f(PKSPIN_LOCK Lock, PLIST_ENTRY Queue) {
                    KIRQL old;
                    KeAcquireSpinLock(Lock, &old);
                    if (IsListEmpty(Queue)) {
                        KeReleaseSpinLock(Lock, old);
                    }
                    Probe(0);
                }
                """);
        assertTrue(probes(model(p), function(p, "f")).get(0).raised());
    }

    @Test
    void nestedLocksKeepTheOuterRegionOpenAndItsOpener() {
        Program p = program("""
                void f(PKSPIN_LOCK A, PKSPIN_LOCK B) {
                    KIRQL old;
                    KeAcquireSpinLock(A, &old);
                    KeAcquireSpinLockAtDpcLevel(B);
                    KeReleaseSpinLockFromDpcLevel(B);
                    Probe(0);
                    KeReleaseSpinLock(A, old);
                    Probe(1);
                }
                """);
        List<IrqlState> s = probes(model(p), function(p, "f"));
        assertTrue(s.get(0).raised());
        assertEquals("KeAcquireSpinLock", s.get(0).raisedBy());
        assertFalse(s.get(1).raised());
    }

    @ParameterizedTest(name = "KeRaiseIrql({0}) raised: {1}")
    @CsvSource({"DISPATCH_LEVEL, true", "HIGH_LEVEL, true", "2, true", "(KIRQL)DISPATCH_LEVEL, true",
            "APC_LEVEL, false", "PASSIVE_LEVEL, false", "1, false", "NewIrql, false"})
    void keRaiseIrqlRaisesOnlyToDispatchOrAbove(String level, boolean raised) {
        Program p = program("""
                void f(KIRQL NewIrql) {
                    KIRQL old;
                    KeRaiseIrql(%s, &old);
                    Probe(0);
                    KeLowerIrql(old);
                    Probe(1);
                }
                """.formatted(level));
        List<IrqlState> s = probes(model(p), function(p, "f"));
        assertEquals(raised, s.get(0).raised());
        assertFalse(s.get(1).raised());
    }

    @ParameterizedTest(name = "{0} registers a raised routine: {1}")
    @CsvSource(delimiter = ';', value = {
            "KeInitializeDpc(&Ext->Dpc, Routine, Ext);                     true",
            "KeInitializeThreadedDpc(&Ext->Dpc, Routine, Ext);             false",
            "IoInitializeDpcRequest(Ext->Self, Routine);                   true",
            "IoSetCompletionRoutine(Irp, Routine, Ext, TRUE, TRUE, TRUE);  true",
            "IoSetCompletionRoutineEx(Ext->Self, Irp, Routine, Ext, TRUE, TRUE, TRUE); true",
            "IoConnectInterrupt(&Ext->Interrupt, Routine, Ext, NULL, 5, 5, 5, Latched, FALSE, 1, FALSE); true",
            "WdfRequestSetCompletionRoutine(Request, Routine, Ext);        true",
            "WDF_TIMER_CONFIG_INIT(&timerConfig, Routine);                 true",
            "WDF_INTERRUPT_CONFIG_INIT(&irqConfig, Isr, Routine);          true",
            "irqConfig.EvtInterruptDpc = Routine;                          true",
            "params.MessageBased.MessageServiceRoutine = Routine;          true",
            "IoQueueWorkItem(Ext->Item, Routine, DelayedWorkQueue, Ext);   false",
            "ExQueueWorkItem(&Ext->Work, DelayedWorkQueue);                false"})
    void registrationsSayWhichRoutinesRunRaised(String registration, boolean raised) {
        Program p = program("""
                VOID Routine(PVOID A, PVOID B, PVOID C, PVOID D) { Probe(0); }
                BOOLEAN Isr(PVOID A, PVOID B) { return TRUE; }
                VOID Register(PMY_EXT Ext, PIRP Irp, WDFREQUEST Request) {
                    WDF_TIMER_CONFIG timerConfig;
                    WDF_INTERRUPT_CONFIG irqConfig;
                    IO_CONNECT_INTERRUPT_PARAMETERS params;
                    %s
                }
                """.formatted(registration));
        RaisedRoutine r = model(p).raisedAtEntry(function(p, "Routine"));
        assertEquals(raised, r != null, String.valueOf(r));
        if (raised) assertEquals(7, r.why().location().line(), "the registration is the reason");
    }

    @Test
    void roleTypedefDeclarationsRaiseTheirRoutine() {
        Program p = program("""
                KDEFERRED_ROUTINE OnDpc;
                IO_WORKITEM_ROUTINE OnWork;
                VOID OnDpc(PKDPC Dpc, PVOID C, PVOID A1, PVOID A2) { }
                VOID OnWork(PDEVICE_OBJECT D, PVOID C) { }
                """);
        IrqlModel m = model(p);
        RaisedRoutine dpc = m.raisedAtEntry(function(p, "OnDpc"));
        assertNotNull(dpc);
        assertEquals(1, dpc.why().location().line());
        assertTrue(dpc.role().startsWith("a DPC routine"), dpc.role());
        assertNull(m.raisedAtEntry(function(p, "OnWork")), "work items run at PASSIVE_LEVEL");
    }

    @Test
    void aWdfTimerAtPassiveExecutionLevelIsNotRaisedEvenWhenDeclaredAsATimer() {
        Program p = program("""
                EVT_WDF_TIMER OnPassiveTick;
                EVT_WDF_TIMER OnTick;
                VOID OnPassiveTick(WDFTIMER T) { }
                VOID OnTick(WDFTIMER T) { }
                NTSTATUS CreatePassive(WDFDEVICE Device, WDFTIMER *Timer) {
                    WDF_TIMER_CONFIG config;
                    WDF_OBJECT_ATTRIBUTES attributes;
                    WDF_TIMER_CONFIG_INIT(&config, OnPassiveTick);
                    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
                    attributes.ParentObject = Device;
                    attributes.ExecutionLevel = WdfExecutionLevelPassive;
                    return WdfTimerCreate(&config, &attributes, Timer);
                }
                NTSTATUS Create(WDFDEVICE Device, WDFTIMER *Timer) {
                    WDF_TIMER_CONFIG config;
                    WDF_OBJECT_ATTRIBUTES attributes;
                    WDF_TIMER_CONFIG_INIT(&config, OnTick);
                    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
                    attributes.ParentObject = Device;
                    return WdfTimerCreate(&config, &attributes, Timer);
                }
                """);
        IrqlModel m = model(p);
        assertNull(m.raisedAtEntry(function(p, "OnPassiveTick")));
        assertNotNull(m.raisedAtEntry(function(p, "OnTick")));
    }

    @Test
    void aLockTakenAtDpcLevelOutsideOwnRegionMeansTheRoutineRunsAtDispatch() {
        Program p = program("""
                VOID AtDpc(PNDIS_SPIN_LOCK Lock) {
                    NdisDprAcquireSpinLock(Lock);
                    NdisDprReleaseSpinLock(Lock);
                }
                VOID Raises(PKSPIN_LOCK Lock) {
                    KIRQL old;
                    KeRaiseIrql(DISPATCH_LEVEL, &old);
                    KeAcquireSpinLockAtDpcLevel(Lock);
                    KeReleaseSpinLockFromDpcLevel(Lock);
                    KeLowerIrql(old);
                }
                """);
        IrqlModel m = model(p);
        RaisedRoutine atDpc = m.raisedAtEntry(function(p, "AtDpc"));
        assertNotNull(atDpc);
        assertEquals(2, atDpc.why().location().line());
        assertNull(m.raisedAtEntry(function(p, "Raises")), "it raised IRQL itself before taking the lock");
    }
}
