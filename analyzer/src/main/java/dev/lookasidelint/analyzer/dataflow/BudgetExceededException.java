package dev.lookasidelint.analyzer.dataflow;

/** A function whose analysis did not converge within its budget; it is reported, not analysed. */
public class BudgetExceededException extends RuntimeException {
    public BudgetExceededException(int budget) {
        super("analysis did not converge within " + budget + " block visits");
    }
}
