package dev.lookasidelint.analyzer.dataflow;

/** A function whose analysis did not converge within its budget; it is reported, not analysed. */
public class BudgetExceededException extends RuntimeException {
    public BudgetExceededException(int budget) {
        this("over its state budget (did not converge within " + budget + " block visits)");
    }

    /** {@code why} completes "not fully analysed: ...". */
    public BudgetExceededException(String why) {
        super(why, null, false, false);
    }
}
