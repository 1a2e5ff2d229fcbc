package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lookasidelint.analyzer.ir.GlobalVariable;
import dev.lookasidelint.analyzer.ir.Initializer;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File-scope initializers keep the names at their positional and designated slots: a minifilter's
 * FLT_REGISTRATION names its unload callback at position 5 or as {@code .FilterUnloadCallback}, and
 * its operation array names the pre/post callbacks inside nested braces.
 */
class InitializerShapesTest {
    @TempDir
    Path dir;

    private static final String SOURCE = """
            #include <fltKernel.h>
            FLT_PREOP_CALLBACK_STATUS PreCreate(PFLT_CALLBACK_DATA d, PCFLT_RELATED_OBJECTS o, PVOID *c);
            FLT_POSTOP_CALLBACK_STATUS PostCreate(PFLT_CALLBACK_DATA d, PCFLT_RELATED_OBJECTS o, PVOID c, FLT_POST_OPERATION_FLAGS f);
            NTSTATUS FilterUnload(FLT_FILTER_UNLOAD_FLAGS Flags);
            NTSTATUS InstanceSetup(PCFLT_RELATED_OBJECTS o, FLT_INSTANCE_SETUP_FLAGS f, DEVICE_TYPE t, FLT_FILESYSTEM_TYPE fs);

            CONST FLT_OPERATION_REGISTRATION Callbacks[] = {
                { IRP_MJ_CREATE, 0, PreCreate, PostCreate },
                { IRP_MJ_OPERATION_END }
            };

            CONST FLT_REGISTRATION Positional = {
                sizeof(FLT_REGISTRATION), FLT_REGISTRATION_VERSION, 0,
                NULL, Callbacks, FilterUnload, InstanceSetup, NULL, NULL, NULL
            };

            CONST FLT_REGISTRATION Designated = {
                .Size = sizeof(FLT_REGISTRATION),
                .OperationRegistration = &Callbacks[0],
                .FilterUnloadCallback = (PFLT_FILTER_UNLOAD_CALLBACK)FilterUnload,
            };

            ULONG g_Plain;
            ULONG g_Count = 3;
            """;

    private Initializer of(List<GlobalVariable> globals, String name) {
        return globals.stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow().initializer();
    }

    @Test
    void positionalAndDesignatedSlotsNameTheirFunctions() {
        List<GlobalVariable> globals = TestSource.c(dir, SOURCE).unit().globals();
        Initializer positional = of(globals, "Positional");
        assertEquals("FilterUnload", positional.field("FilterUnloadCallback", 5).name());
        assertEquals("Callbacks", positional.field("OperationRegistration", 4).name());
        Initializer designated = of(globals, "Designated");
        assertEquals("FilterUnload", designated.field("FilterUnloadCallback", 5).name());
        assertNull(designated.field("InstanceSetupCallback", 6), "a designated list leaves other slots out");
        Initializer ops = of(globals, "Callbacks");
        assertEquals(2, ops.elements().size());
        assertEquals(List.of("IRP_MJ_CREATE", "PreCreate", "PostCreate"), ops.elements().get(0).names());
        assertNull(of(globals, "g_Plain"));
        assertNull(of(globals, "g_Count").name(), "a constant names nothing");
    }
}
