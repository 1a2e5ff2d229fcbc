package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PreludeTest {
    private static final String TEXT = String.join("\n",
            "/* a comment line is left out */",
            "#define _In_",
            "#define _Out_writes_(x)",
            "#define STDMETHODCALLTYPE",
            "#define STDMETHODIMP HRESULT STDMETHODCALLTYPE",
            "#define LONG_ONE(a, b) \\",
            "    _In_ a b",
            "#ifdef __cplusplus",
            "#define STDMETHOD(m) virtual HRESULT STDMETHODCALLTYPE m",
            "#else",
            "#define STDMETHOD(m) HRESULT (STDMETHODCALLTYPE * m)",
            "#endif",
            "");

    @Test
    void keepsWhatIsUsedWhatThatNeedsAndEveryConditionalBlock() {
        Prelude prelude = Prelude.parse(TEXT.toCharArray());
        assertEquals(Set.of("_In_", "_Out_writes_", "STDMETHODCALLTYPE", "STDMETHODIMP", "LONG_ONE"), prelude.names());
        String none = new String(prelude.select(Set.of()));
        // the conditional block is kept, and what it uses
        assertTrue(none.contains("#ifdef __cplusplus") && none.contains("#endif"), none);
        assertTrue(none.contains("#define STDMETHODCALLTYPE"), none);
        assertTrue(!none.contains("_In_") && !none.contains("STDMETHODIMP"), none);
        String some = new String(prelude.select(Set.of("LONG_ONE", "STDMETHODIMP")));
        assertTrue(some.contains("#define LONG_ONE(a, b) \\\n    _In_ a b"), some);
        assertTrue(some.contains("#define _In_\n"), some); // used by LONG_ONE
        assertTrue(some.contains("#define STDMETHODIMP HRESULT STDMETHODCALLTYPE"), some);
        assertTrue(!some.contains("_Out_writes_"), some);
        assertTrue(some.indexOf("#define _In_") < some.indexOf("#define LONG_ONE"), "file order is kept");
    }
}
