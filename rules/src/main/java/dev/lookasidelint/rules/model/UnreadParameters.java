package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.cfg.Block;
import dev.lookasidelint.analyzer.cfg.Edge;
import dev.lookasidelint.analyzer.ir.Function;
import dev.lookasidelint.analyzer.ir.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parameters a function never reads: its body does not mention them anywhere (no op, argument or
 * branch condition names them). A freed block passed there is a dangling value nobody looks at, as
 * in a statistics helper {@code TraceMemory(BOOLEAN Up, int Slot, PVOID Unused, LONG Size)} that a
 * free path calls with the freed pointer. Read from the source text of the ops, so an unmodelled use
 * (arithmetic, a cast) still counts as a mention.
 */
public final class UnreadParameters {
    private UnreadParameters() {
    }

    /** True when {@code f} has a parameter at {@code index} and its body never mentions it. */
    public static boolean isUnread(Function f, int index) {
        if (index < 0 || index >= f.parameters().size()) return false;
        String name = f.parameters().get(index);
        if (name.isEmpty()) return true; // an unnamed parameter cannot be read
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])");
        for (String text : texts(f)) {
            if (text != null && word.matcher(text).find()) return false;
        }
        return true;
    }

    private static List<String> texts(Function f) {
        List<String> texts = new ArrayList<>();
        for (Block b : f.cfg().blocks()) {
            for (Op op : b.ops()) {
                if (op instanceof Op.Call c) {
                    texts.add(c.text());
                    c.arguments().forEach(a -> texts.add(a.text()));
                } else if (op instanceof Op.Assign a) {
                    texts.add(a.text());
                    if (a.target() != null) texts.add(a.target().toString());
                    if (a.source() != null) texts.add(a.source().toString());
                } else if (op instanceof Op.Deref d) {
                    texts.add(d.text());
                } else if (op instanceof Op.Return r) {
                    texts.add(r.text());
                }
            }
            for (Edge e : b.successors()) {
                if (e.condition() != null) texts.add(e.condition().text());
            }
        }
        return texts;
    }
}
