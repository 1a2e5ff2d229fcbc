package dev.lookasidelint.testdata.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code .lookaside-lint.json} comes with the scanned tree, so it is hostile input like the sources:
 * it is parsed as data only (no types named in it are loaded, no code run), and whatever it holds the
 * command either uses it or stops with exit 2 and one line saying why: never a stack trace, a hang,
 * a message that spans lines or runs to megabytes, or a crash for lack of memory.
 */
class ConfigIsDataTest {
    private static final String SOURCE = "int Add(int a, int b) { return a + b; }\n";
    private static final int MAX_MESSAGE = 400;

    @TempDir
    Path dir;

    static Stream<Arguments> hostileConfigs() {
        String deepArrays = "[".repeat(10_000) + "]".repeat(10_000);
        String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        return Stream.of(
                Arguments.of("huge integer index", "{\"wrappers\":[{\"name\":\"W\",\"role\":\"free\",\"family\":\"ex\",\"list\":"
                        + "9".repeat(5_000) + ",\"block\":1}]}"),
                Arguments.of("huge exponent", "{\"wrappers\":[{\"name\":\"W\",\"role\":\"flush\",\"family\":\"ex\",\"list\":1e999999999}]}"),
                Arguments.of("negative zero", "{\"wrappers\":[{\"name\":\"W\",\"role\":\"flush\",\"family\":\"ex\",\"list\":-0}]}"),
                Arguments.of("10,000 nested arrays at the top", deepArrays),
                Arguments.of("10,000 nested arrays as the wrappers", "{\"wrappers\":" + deepArrays + "}"),
                Arguments.of("10,000 nested arrays as a name", "{\"wrappers\":[{\"name\":" + deepArrays + "}]}"),
                Arguments.of("10,000 nested objects under an unknown key", "{\"x\":" + deepObjects + "}"),
                Arguments.of("duplicate keys", "{\"wrappers\":[],\"wrappers\":[{\"name\":\"W\"}]}"),
                Arguments.of("duplicate keys in a wrapper", "{\"wrappers\":[{\"name\":\"W\",\"name\":\"V\",\"role\":\"flush\",\"family\":\"ex\",\"list\":0}]}"),
                Arguments.of("__proto__ key", "{\"__proto__\":{\"wrappers\":[]}}"),
                Arguments.of("constructor and @class keys", "{\"wrappers\":[{\"@class\":\"java.lang.ProcessBuilder\",\"constructor\":{}}]}"),
                Arguments.of("a class name as the role", "{\"wrappers\":[{\"name\":\"W\",\"role\":\"java.lang.Runtime\",\"family\":\"ex\",\"list\":0}]}"),
                Arguments.of("a newline and a fake stack frame in a value",
                        "{\"wrappers\":[{\"name\":\"W\",\"role\":\"x\\n\\tat java.lang.Thread.run(Thread.java:1)\",\"family\":\"ex\",\"list\":0}]}"),
                Arguments.of("control characters in a key", "{\"w\\u0000\\u001b[2J\\r\":1}"),
                Arguments.of("a 1 MB key", "{\"" + "k".repeat(1 << 20) + "\":1}"),
                Arguments.of("a 1 MB role", "{\"wrappers\":[{\"name\":\"W\",\"role\":\"" + "r".repeat(1 << 20) + "\",\"family\":\"ex\",\"list\":0}]}"),
                Arguments.of("a byte order mark", "\uFEFF{\"wrappers\":[]}"),
                Arguments.of("empty", ""),
                Arguments.of("only null", "null"),
                Arguments.of("two objects", "{}{}"),
                Arguments.of("unterminated", "{\"wrappers\":[{\"name\":\"W"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileConfigs")
    void aHostileConfigurationEndsInACleanScanOrOneLine(String what, String config) throws IOException {
        Files.writeString(dir.resolve(".lookaside-lint.json"), config, StandardCharsets.UTF_8);
        checkScan();
    }

    @Test
    void bytesThatAreNotUtf8AreOneLine() throws IOException {
        Files.write(dir.resolve(".lookaside-lint.json"), new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', ':', '1', '}'});
        assertEquals(2, checkScan());
    }

    @Test
    void aFiftyMegabyteFileEndsInOneLine() throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(".lookaside-lint.json"))) {
            out.write("{\"wrappers\":[".getBytes(StandardCharsets.US_ASCII));
            byte[] wrapper = "{\"name\":\"W\",\"role\":\"flush\",\"family\":\"ex\",\"list\":0},".getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 50L << 20; written += wrapper.length) out.write(wrapper);
            out.write("{}]}".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals(2, checkScan(), "the second wrapper named W is declared twice");
    }

    /** Scans the folder and checks the contract; returns the exit code. */
    private int checkScan() throws IOException {
        Files.writeString(dir.resolve("ok.c"), SOURCE);
        CliRun run = CliRun.of("scan", dir.toString(), "--quiet");
        assertTrue(run.exit() == 0 || run.exit() == 2, "exit " + run.exit() + ": " + run.err());
        if (run.exit() == 2) {
            assertEquals(1, run.err().lines().count(), "one line:\n" + run.err());
            assertTrue(run.err().length() < MAX_MESSAGE, "a message of " + run.err().length() + " characters");
            assertTrue(run.err().startsWith("lookaside-lint: "), run.err());
        } else {
            assertEquals("", run.err());
        }
        return run.exit();
    }
}
