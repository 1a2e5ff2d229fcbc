package dev.lookasidelint.analyzer.ir;

import dev.lookasidelint.analyzer.cfg.ControlFlowGraph;
import java.util.List;

/**
 * A function definition after translation: its name, where it is, its parameters in order and its
 * control-flow graph. {@code isStatic} functions are visible only in their own file.
 */
public record Function(String name, String file, boolean isStatic, List<String> parameters,
                       SourceLocation location, SourceLocation end, ControlFlowGraph cfg) {

    public Function {
        parameters = List.copyOf(parameters);
    }

    public int parameterIndex(String name) {
        return parameters.indexOf(name);
    }

    @Override
    public String toString() {
        return name + " (" + location + ")";
    }
}
