package dev.lookasidelint.rules;

/**
 * Helpers for finding messages, whose first sentence is the alert title (GitHub code scanning shows it
 * in the alert list): a short statement of what is wrong, with the why in the sentences after it.
 */
final class Sentences {
    private Sentences() {
    }

    /** {@code text} with its first letter in capitals, to start a sentence with a phrase built elsewhere. */
    static String capitalized(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) return text;
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
