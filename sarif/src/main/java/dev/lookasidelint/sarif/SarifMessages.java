package dev.lookasidelint.sarif;

import dev.lookasidelint.analyzer.report.RelatedLocation;
import java.util.List;

/**
 * Result message text with embedded links to related locations.
 *
 * <p>GitHub code scanning shows related locations only through links in the message
 * ({@code [text](id)}, SARIF 2.1.0 §3.11.6); a related location that no link points at is
 * invisible there. The analyzer's message is plain text, so we append one sentence that links
 * every related location, using its own message as the link text:
 * {@code "List is never deleted. See [DriverUnload returns](1), [IoDeleteDevice](2)."}
 */
final class SarifMessages {

    private SarifMessages() {
    }

    static String withRelatedLinks(String message, List<RelatedLocation> related) {
        if (related.isEmpty()) {
            return message;
        }
        StringBuilder text = new StringBuilder(message).append(" See ");
        for (int i = 0; i < related.size(); i++) {
            RelatedLocation r = related.get(i);
            if (i > 0) {
                text.append(", ");
            }
            text.append('[').append(escapeLinkText(linkText(r))).append("](").append(r.id()).append(')');
        }
        return text.append('.').toString();
    }

    /** The related location's message without a final period (the sentence adds its own). */
    private static String linkText(RelatedLocation r) {
        String m = r.message() == null ? "" : r.message().strip();
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1).strip();
        }
        // An empty link text would be an invisible link; name the place instead.
        return m.isEmpty() ? r.location().path() + ":" + r.location().line() : m;
    }

    /** §3.11.6: inside link text, '\', '[' and ']' are escaped with a backslash. */
    private static String escapeLinkText(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '[' || c == ']') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
