package dev.lookasidelint.rules.driver;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The teardown table: C++ teardown method names match as a prefix or suffix, without case. */
class TeardownTableTest {
    private final TeardownTable table = TeardownTable.builtIn();

    @Test
    void destructorAndTeardownNamesAreTeardowns() {
        assertTrue(table.isTeardownMethod("~CAdapterCommon"));
        assertTrue(table.isTeardownMethod("CleanupBluetoothBypass"));
        assertTrue(table.isTeardownMethod("Stop"));
        assertTrue(table.isTeardownMethod("ReleaseHardware"));
        assertTrue(table.isTeardownMethod("streamShutdown"));
    }

    @Test
    void setupAndOtherNamesAreNot() {
        assertFalse(table.isTeardownMethod("Init"));
        assertFalse(table.isTeardownMethod("Initialize"));
        assertFalse(table.isTeardownMethod("Start"));
        assertFalse(table.isTeardownMethod("AllocateFrame"));
    }

    @Test
    void ndisRowsPairHaltWithInitialize() {
        assertTrue(table.of(TeardownTable.Kind.NDIS).stream()
                .anyMatch(r -> r.name().equals("HaltHandlerEx") && r.undoes().equals("InitializeHandlerEx")));
    }
}
