package dev.lookasidelint.sarif;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub code scanning's {@code partialFingerprints.primaryLocationLineHash}, computed exactly as
 * GitHub's upload-sarif action computes it ({@code hash} in codeql-action's {@code fingerprints.ts}).
 * upload-sarif keeps a value that is already in the log, so a value computed any other way would
 * make GitHub close and reopen alerts between runs; this is a faithful port, checked against the
 * original run under Node (see the test).
 *
 * <p>The algorithm: the file is decoded as UTF-8 (invalid bytes become U+FFFD, a BOM stays a
 * character U+FEFF, as Node's decoder does) and read as UTF-16 code units. Spaces and tabs are
 * skipped; {@code \r\n} and a lone {@code \r} become {@code \n}. A polynomial rolling hash (base 37,
 * arithmetic modulo 2^64) runs over a window of {@link #BLOCK_SIZE} code units; a line's hash is the
 * window that starts at the line's first kept code unit. After the text come one EOF marker (65535)
 * and enough zeros to fill the window. The value is the hash in lowercase hex, then {@code :N} where
 * N counts how often that same hash has been seen so far, in line order.
 */
final class PrimaryLocationLineHash {

    private static final int BLOCK_SIZE = 100;
    private static final long MOD = 37;
    private static final int EOF = 65535;
    /** MOD^BLOCK_SIZE modulo 2^64: the weight of the code unit that leaves the window. */
    private static final long FIRST_MOD = firstMod();

    private PrimaryLocationLineHash() {
    }

    /** The hash of every line of the file, index 0 for line 1. */
    static List<String> ofFile(Path file) throws IOException {
        return ofText(decodeUtf8(Files.readAllBytes(file)));
    }

    /**
     * The hash of every line of {@code text}, index 0 for line 1. A text ending in a line end has
     * one more (empty) line than it has line ends, exactly as GitHub counts.
     */
    static List<String> ofText(CharSequence text) {
        Hasher hasher = new Hasher();
        for (int i = 0; i < text.length(); i++) {
            hasher.process(text.charAt(i));
        }
        hasher.process(EOF);
        for (int i = 0; i < BLOCK_SIZE; i++) {
            hasher.flushOne();
        }
        return hasher.hashes;
    }

    /** Node's "utf8" decoding: malformed input is replaced with U+FFFD, a BOM is kept. */
    static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD");
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("cannot happen with REPLACE", e);
        }
    }

    private static long firstMod() {
        long m = 1;
        for (int i = 0; i < BLOCK_SIZE; i++) {
            m *= MOD;
        }
        return m;
    }

    /** The rolling state; Java's long arithmetic wraps modulo 2^64 exactly like the original's Long. */
    private static final class Hasher {
        private final int[] window = new int[BLOCK_SIZE];
        /** The line that starts at each window slot, or -1. */
        private final int[] lineAt = new int[BLOCK_SIZE];
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<String> hashes = new ArrayList<>();
        private long hash;
        private int index;
        private int lineNumber;
        private boolean lineStart = true;
        private boolean prevCr;

        Hasher() {
            Arrays.fill(lineAt, -1);
        }

        void process(int c) {
            if (c == ' ' || c == '\t' || (prevCr && c == '\n')) {
                prevCr = false;
                return;
            }
            if (c == '\r') {
                c = '\n';
                prevCr = true;
            } else {
                prevCr = false;
            }
            if (lineAt[index] != -1) {
                output();
            }
            if (lineStart) {
                lineStart = false;
                lineNumber++;
                lineAt[index] = lineNumber;
            }
            if (c == '\n') {
                lineStart = true;
            }
            update(c);
        }

        void flushOne() {
            if (lineAt[index] != -1) {
                output();
            }
            update(0);
        }

        private void update(int c) {
            int leaving = window[index];
            window[index] = c;
            hash = MOD * hash + c - FIRST_MOD * leaving;
            index = (index + 1) % BLOCK_SIZE;
        }

        private void output() {
            String value = Long.toUnsignedString(hash, 16);
            int count = seen.merge(value, 1, Integer::sum);
            // Lines are output in order, one each: the list index is the line number - 1.
            assert lineAt[index] == hashes.size() + 1;
            hashes.add(value + ":" + count);
            lineAt[index] = -1;
        }
    }
}
