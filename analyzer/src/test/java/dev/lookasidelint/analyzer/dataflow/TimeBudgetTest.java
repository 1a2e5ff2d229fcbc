package dev.lookasidelint.analyzer.dataflow;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A function's analysis past its time budget stops with a message that says so; outside a budget nothing stops. */
class TimeBudgetTest {
    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void checkPastTheDeadlineThrowsWithTheBudgetInTheMessage() {
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> TimeBudget.within(5, () -> {
            sleep(30);
            TimeBudget.check();
            return null;
        }));
        assertEquals("over its time budget (5 ms)", e.getMessage());
    }

    @Test
    void noDeadlineOutsideWithinOrWithZero() {
        sleep(2);
        assertDoesNotThrow(TimeBudget::check);
        assertDoesNotThrow(() -> TimeBudget.within(0, () -> {
            sleep(5);
            TimeBudget.check();
            return null;
        }));
    }

    @Test
    void aNestedAnalysisHasItsOwnTimeAndTheOuterDeadlineComesBack() {
        assertThrows(BudgetExceededException.class, () -> TimeBudget.within(20, () -> {
            // the inner analysis may take longer than the outer one has left
            assertEquals("done", TimeBudget.within(60_000, () -> {
                sleep(40);
                TimeBudget.check();
                return "done";
            }));
            TimeBudget.check(); // the outer deadline is back, and past
            return null;
        }));
        assertDoesNotThrow(TimeBudget::check);
    }
}
