package dev.lookasidelint.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every expected value here was obtained by running GitHub's own {@code hash} function
 * (codeql-action {@code src/fingerprints.ts}, with the {@code long} package, under Node 20) on
 * files with exactly these bytes; the Java port must give the same strings, or GitHub would see
 * our fingerprints as different alerts from the ones it computes itself.
 */
class PrimaryLocationLineHashTest {

    private static final String BODY = "#include <ntddk.h>\n\nVOID Unload(PDRIVER_OBJECT d)\n{\n"
            + "    ExDeleteNPagedLookasideList(&g_list);\n    ExDeleteNPagedLookasideList(&g_list);\n}\n";

    /** The hashes Node computed for BODY with LF line ends; CRLF and lone CR give the same. */
    private static final List<String> BODY_HASHES = List.of(
            "2f96475b296530fa:1", "2057433963eff573:1", "b47c9145728de7a1:1", "6c9b128f83065827:1",
            "ea65b62b07cbc04e:1", "c392405367b30f66:1", "32dce9ccfdbc9d3e:1", "c129715d7a2bc9a3:1");

    @TempDir
    Path dir;

    private List<String> hashFile(byte[] bytes) throws Exception {
        Path file = dir.resolve("f.c");
        Files.write(file, bytes);
        return PrimaryLocationLineHash.ofFile(file);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void lineEndsLfCrlfAndCrHashAlike() throws Exception {
        assertEquals(BODY_HASHES, hashFile(utf8(BODY)));
        assertEquals(BODY_HASHES, hashFile(utf8(BODY.replace("\n", "\r\n"))));
        assertEquals(BODY_HASHES, hashFile(utf8(BODY.replace("\n", "\r"))));
    }

    @Test
    void aBomIsHashedAsACharacterOfTheFirstLine() throws Exception {
        List<String> withBom = new ArrayList<>(BODY_HASHES);
        withBom.set(0, "2ce998a3bfb2f854:1");
        assertEquals(withBom, hashFile(concat(BOM, utf8(BODY))));
        assertEquals(withBom, hashFile(concat(BOM, utf8(BODY.replace("\n", "\r\n")))));
    }

    @Test
    void trailingTextWithoutAFinalLineEndChangesTheLastLinesWindows() throws Exception {
        assertEquals(List.of("2f96475b296530fa:1", "2057433963eff573:1", "b47c9145728de7a1:1",
                        "eb4f9ac18826501c:1", "7dd209a86fc0bd7b:1", "17f99424ab24c13b:1",
                        "13483b93b1c9d2fb:1", "df11c0f654d02958:1"),
                hashFile(utf8(BODY + "// trailing text")));
    }

    @Test
    void anEmptyFileHasOneLine() throws Exception {
        assertEquals(List.of("c129715d7a2bc9a3:1"), hashFile(new byte[0]));
    }

    @Test
    void repeatedHashesAreNumberedInLineOrder() throws Exception {
        List<String> hashes = hashFile(utf8("x;\n".repeat(60)));
        assertEquals(61, hashes.size());
        for (int line = 1; line <= 27; line++) {
            assertEquals("5ce70cc0634d5465:" + line, hashes.get(line - 1));
        }
        assertEquals("5ce70cc0634e53ec:1", hashes.get(27));
        assertEquals("60924821ad9dd16:1", hashes.get(53)); // no zero padding in the hex
        assertEquals("bd25d25d5cef3a8c:1", hashes.get(59));
    }

    @Test
    void spacesTabsAndBlankLinesAreSkipped() throws Exception {
        assertEquals(List.of("18d74168b04cde50:1", "c91c0b44808f7085:1", "ad4b056fc9d6789e:1",
                        "34ae68747014bf6b:1", "2ba55195b05079fc:1", "56c4a49c7c810f02:1",
                        "924ba497ff8698e0:1", "2ccea3f1ef5385f6:1", "c129715d7a2bc9a3:1"),
                hashFile(utf8("x = 1;\n".repeat(4) + "\n\n\t  \n" + "x = 1;\n")));
        assertEquals(List.of("fcad7d93946771ad:1", "fe6def72dd4ce68c:1", "c129715d7a2bc9a3:1"),
                hashFile(utf8("\t\tint  a ;\r\n    int a;\n")));
    }

    @Test
    void onlyTheFirstHundredCodeUnitsOfALineCount() throws Exception {
        assertEquals(List.of("7d4773210c3b33b3:1", "e18907962e56e2a4:1", "c129715d7a2bc9a3:1"),
                hashFile(utf8("/* " + "a".repeat(150) + " */\nint y;\n")));
    }

    @Test
    void nonAsciiIsHashedAsUtf16CodeUnits() throws Exception {
        assertEquals(List.of("524a26958a7721d7:1", "a0cef65f758abe21:1", "c129715d7a2bc9a3:1"),
                hashFile(utf8("/* é \uD83D\uDE00 ü */ int z;\n\tchar *s = \"日本\";\n")));
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() throws Exception {
        byte[] bytes = concat(utf8("int a;\n/* "), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8(" bad */\nint b;\n")));
        assertEquals(List.of("b105e4bbf8e372ef:1", "6e28eda29ddda35e:1", "bd39bb1f00ad510d:1", "c129715d7a2bc9a3:1"),
                hashFile(bytes));
    }
}
