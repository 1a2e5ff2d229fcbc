package dev.lookasidelint.analyzer.frontend;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.cdt.core.parser.IScanner;
import org.eclipse.cdt.core.parser.util.CharArrayMap;

/**
 * Bounds the preprocessor's work on one file. CDT expands a macro into a token list in memory with no
 * limit, so a "macro bomb" ({@code #define A1 A0 A0} ... forty levels) runs for minutes and then takes
 * the heap (and the whole scan) down with it. CDT looks every identifier up in its macro dictionary, in
 * the file and in every expansion, so the number of look-ups measures the preprocessor's work: past
 * {@code limit} the look-up throws {@link SourceTooLargeException} and the file is reported as not analysed.
 *
 * <p>CDT has no hook for this: the dictionary's backing map is replaced, by reflection, with one that
 * counts. When a CDT version changes the field, the guard is left out (the scan still runs).
 */
final class ExpansionLimit {
    /** Look-ups allowed for any file: several times what a translation unit with the real WDK headers needs (about 1-2 million). */
    static final long BASE = 8_000_000L;
    /** And per character of the file itself, for very large sources. */
    static final long PER_CHAR = 4;

    private static final Field DICTIONARY = field(findClass("org.eclipse.cdt.internal.core.parser.scanner.CPreprocessor"),
            "fMacroDictionary");
    private static final Field MAP = field(CharArrayMap.class, "map");

    private ExpansionLimit() {
    }

    /** The look-ups allowed for a file of {@code chars} characters. */
    static long forFile(int chars) {
        return BASE + PER_CHAR * chars;
    }

    /** Makes {@code scanner}'s macro dictionary count its look-ups and fail past {@code limit}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void install(IScanner scanner, long limit) {
        if (DICTIONARY == null || MAP == null || !DICTIONARY.getDeclaringClass().isInstance(scanner)) return;
        try {
            Object dictionary = DICTIONARY.get(scanner);
            Map original = (Map) MAP.get(dictionary);
            MAP.set(dictionary, new CountingMap(original, limit));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a CDT that is shaped differently: parse without the guard rather than not at all
        }
    }

    /** The dictionary's map, counting look-ups; insertion order kept as CDT's ordered maps keep it. */
    private static final class CountingMap<K, V> extends LinkedHashMap<K, V> {
        private final long limit;
        private long lookups;

        CountingMap(Map<K, V> original, long limit) {
            super(original);
            this.limit = limit;
        }

        @Override
        public V get(Object key) {
            if (++lookups > limit) throw new SourceTooLargeException(
                    "macro expansion too large (over " + limit + " identifiers looked up; a macro that expands exponentially?)");
            return super.get(key);
        }
    }

    private static Class<?> findClass(String name) {
        try {
            return Class.forName(name, false, ExpansionLimit.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Field field(Class<?> owner, String name) {
        if (owner == null) return null;
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

}
