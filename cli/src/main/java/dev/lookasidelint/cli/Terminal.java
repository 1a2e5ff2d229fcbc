package dev.lookasidelint.cli;

/** Whether a person is reading at a terminal: colours only then, and never when NO_COLOR is set (no-color.org). */
final class Terminal {
    private Terminal() {
    }

    static boolean wantsColour() {
        String noColour = System.getenv("NO_COLOR");
        return System.console() != null && (noColour == null || noColour.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
    }
}
