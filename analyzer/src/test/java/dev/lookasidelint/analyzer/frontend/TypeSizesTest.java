package dev.lookasidelint.analyzer.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lookasidelint.analyzer.ir.Op;
import dev.lookasidelint.analyzer.ir.StoredType;
import dev.lookasidelint.analyzer.testsupport.GraphQuery;
import dev.lookasidelint.analyzer.testsupport.TestSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sizes as the Windows x64 compiler lays types out (LLP64: long 4, pointers 8), recorded in the IR on
 * call arguments that are integer constants and on pointers converted to another struct type; and no
 * size at all where CDT's layout could differ from MSVC's or a type is unknown. The fixed-size WDK types
 * (ULONG, PVOID, LIST_ENTRY, UNICODE_STRING) come from the prelude; KEVENT does not.
 */
class TypeSizesTest {
    @TempDir
    Path dir;

    private static final String TYPES = """
            typedef struct _SMALL { long a; void *b; short c; } SMALL, *PSMALL;      /* 4+4pad+8+2+6pad = 24 */
            typedef struct _BIG { SMALL s; long long x[8]; wchar_t w; } BIG, *PBIG;  /* 24+64+2+6pad = 96 in C++ */
            typedef struct _HDR { unsigned long Length; unsigned char Data[1]; } HDR, *PHDR;  /* 8 */
            typedef struct _WDK { KEVENT Done; unsigned long Tag; } WDK, *PWDK;      /* KEVENT unknown */
            typedef struct _BASIC { LIST_ENTRY Link; ULONG Tag; PVOID Irp; UNICODE_STRING Name; } BASIC;  /* 48 */
            typedef struct _BITS { unsigned long a : 1; unsigned long b : 1; } BITS, *PBITS;
            #pragma pack(push, 1)
            typedef struct _PACKED { char c; long long x; } PACKED, *PPACKED;
            #pragma pack(pop)
            typedef struct _AFTER { char c; long long x; } AFTER, *PAFTER;             /* 16 */
            #define ENTRY_SIZE (sizeof(HDR) + 56)
            """;

    private GraphQuery graph(String name, String body) {
        return TestSource.of(dir, name, TYPES + "void Take(unsigned long long n);\nvoid *Get(void);\nvoid f(void *v, PSMALL ps) {\n"
                + body + "\n}\n").graph("f");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sizeof(SMALL)|24",
            "sizeof(struct _SMALL)|24",
            "sizeof(*ps)|24",
            "sizeof(HDR)|8",
            "ENTRY_SIZE|64",
            "2 * sizeof(SMALL) + 0x10|64",
            "(unsigned long)sizeof(AFTER)|16",
            "128UL|128",
            "sizeof(long)|4",
            "sizeof(void *)|8",
            "sizeof(WDK)|",
            "sizeof(BASIC)|48",
            "sizeof(LARGE_INTEGER)|8",
            "sizeof(BITS)|",
            "sizeof(PACKED)|",
            "v|",
    })
    void evaluatesConstantArguments(String argument, Long expected) {
        for (String file : new String[] {"sizes.c", "sizes.cpp"}) {
            GraphQuery g = graph(file, "Take(" + argument + ");");
            Op.Call take = (Op.Call) g.call("Take").op();
            assertEquals(expected, take.arguments().get(0).value(), argument + " in " + file);
        }
    }

    @Test
    void recordsTheStructTypeACallResultIsStoredAs() {
        for (String file : new String[] {"sizes.c", "sizes.cpp"}) {
            GraphQuery g = graph(file, """
                    PBIG b = (PBIG)Get();
                    PSMALL s;
                    s = (PSMALL)Get();
                    v = Get();
                    PWDK w = (PWDK)Get();
                    """);
            StoredType big = ((Op.Call) g.calls("Get").get(0).op()).resultType();
            // wchar_t is a keyword in C++ only: in C it is the WDK's typedef, unknown here
            assertEquals(file.endsWith(".c") ? null : new StoredType("PBIG", 96), big, file);
            assertEquals(new StoredType("PSMALL", 24), ((Op.Call) g.calls("Get").get(1).op()).resultType());
            assertNull(((Op.Call) g.calls("Get").get(2).op()).resultType(), "void * is no struct");
            assertNull(((Op.Call) g.calls("Get").get(3).op()).resultType(), "KEVENT is unknown without the WDK");
        }
    }

    @Test
    void recordsACopyOnlyWhenItChangesTheType() {
        for (String file : new String[] {"sizes.c", "sizes.cpp"}) {
            GraphQuery g = graph(file, """
                    PAFTER a = (PAFTER)v;
                    PSMALL s = ps;
                    PAFTER q = a;
                    PHDR h;
                    h = (PHDR)ps;
                    """);
            assertEquals(new StoredType("PAFTER", 16), assign(g, "a").storedAs());
            assertNull(assign(g, "s").storedAs(), "same type");
            assertNull(assign(g, "q").storedAs(), "same type");
            assertEquals(new StoredType("PHDR", 8), assign(g, "h").storedAs());
        }
    }

    @Test
    void cppCastsAreCasts() {
        GraphQuery g = graph("casts.cpp", """
                PAFTER a = static_cast<PAFTER>(v);
                PAFTER r = reinterpret_cast<AFTER *>(ps);
                """);
        assertEquals(16L, assign(g, "a").storedAs().pointeeSize());
        assertEquals(16L, assign(g, "r").storedAs().pointeeSize());
    }

    private static Op.Assign assign(GraphQuery g, String target) {
        return (Op.Assign) g.the(op -> op instanceof Op.Assign a && a.target().toString().equals(target), target).op();
    }

    @ParameterizedTest
    @CsvSource({"0x40,64", "64u,64", "0100,64", "16i64,16", "12ULL,12", "0,0"})
    void readsIntegerLiterals(String literal, long value) {
        assertEquals(value, TypeSizes.integer(literal));
    }
}
