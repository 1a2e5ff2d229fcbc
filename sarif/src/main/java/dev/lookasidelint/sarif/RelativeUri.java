package dev.lookasidelint.sarif;

import java.nio.charset.StandardCharsets;

/**
 * Turns a scan-relative path ({@code src/my dir/größe.c}) into a relative URI reference
 * ({@code src/my%20dir/gr%C3%B6%C3%9Fe.c}) for {@code artifactLocation.uri}.
 *
 * <p>SARIF requires a valid URI reference there, so spaces, {@code %}, {@code #}, {@code ?} and
 * non-ASCII characters must be percent-encoded (UTF-8). Everything except RFC 3986 "unreserved"
 * characters and the {@code /} separator is encoded: a conservative choice that also keeps a
 * {@code :} in the first segment from being read as a URI scheme ({@code c:foo.c}).
 */
final class RelativeUri {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RelativeUri() {
    }

    static String encodePath(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
