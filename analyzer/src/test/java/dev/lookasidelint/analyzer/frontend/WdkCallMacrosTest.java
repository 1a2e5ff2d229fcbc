package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only the kit's definitions of the names read as calls are renamed; every other line stays as it is. */
class WdkCallMacrosTest {
    private final WdkCallMacros macros = new WdkCallMacros(List.of(Path.of("/kit/Include/10.0.22621.0/km")),
            Set.of("ExFreePool", "KeRaiseIrql"));

    @Test
    void renamesDefinitionsAndUndefsOfListedNamesOnly() {
        String header = """
                #define ExFreePool(a) ExFreePoolWithTag (a,0)
                #  define   KeRaiseIrql(a,b) *(b) = KfRaiseIrql(a)
                #undef ExFreePool
                #define ExFreePoolWithTag_Helper(a) ExFreePool(a)
                #define KeRaiseIrqlToDpcLevel() KfRaiseIrql(2)
                VOID ExFreePool(PVOID P);
                """;
        String renamed = new String(macros.apply(header.toCharArray()));
        assertEquals("""
                #define __lookaside_lint_kept_ExFreePool(a) ExFreePoolWithTag (a,0)
                #  define   __lookaside_lint_kept_KeRaiseIrql(a,b) *(b) = KfRaiseIrql(a)
                #undef __lookaside_lint_kept_ExFreePool
                #define ExFreePoolWithTag_Helper(a) ExFreePool(a)
                #define KeRaiseIrqlToDpcLevel() KfRaiseIrql(2)
                VOID ExFreePool(PVOID P);
                """, renamed);
    }

    @Test
    void aHeaderWithNothingToRenameIsReturnedAsItIs() {
        char[] text = "#define OTHER 1\n".toCharArray();
        assertSame(text, macros.apply(text));
    }

    @Test
    void onlyHeadersUnderTheKitsFolders() {
        assertTrue(macros.appliesTo(Path.of("/kit/Include/10.0.22621.0/km/wdm.h")));
        assertFalse(macros.appliesTo(Path.of("/kit/Include/10.0.22621.0/kmx/wdm.h")));
        assertFalse(macros.appliesTo(Path.of("/driver/inc/wdm.h")));
    }
}
