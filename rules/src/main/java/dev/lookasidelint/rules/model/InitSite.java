package dev.lookasidelint.rules.model;

import dev.lookasidelint.analyzer.ir.SourceLocation;
import dev.lookasidelint.analyzer.report.TraceStep;
import java.util.List;

/**
 * Where a list is initialized: the Initialize call, the function that holds it, and the calls that
 * lead there from the function whose summary this is (empty when the call is in that function).
 */
public record InitSite(SourceLocation location, String function, String callText, List<TraceStep> callChain) {

    public InitSite {
        callChain = List.copyOf(callChain);
    }
}
