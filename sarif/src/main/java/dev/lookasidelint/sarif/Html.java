package dev.lookasidelint.sarif;

/**
 * Text made safe for HTML. Everything the report prints that comes from a scan (source lines, paths,
 * messages, function names) goes through {@link #text}: a source line holding
 * {@code </script><img onerror=...>} must show as those characters, never become markup.
 */
final class Html {

    private Html() {
    }

    /** {@code s} escaped for element content and for quoted attribute values; null is empty. */
    static String text(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                // Control characters other than tab are not allowed in HTML text; show them as a symbol.
                default -> c < 0x20 && c != '\t' ? String.valueOf((char) (0x2400 + c)) : null;
            };
            if (r != null && b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (b != null) {
                if (r != null) b.append(r);
                else b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
