package io.vertiform.testkit.random;

/**
 * Attached as a suppressed exception to a failing test's throwable so the replay command appears in the
 * test report next to the failure itself; carries no stack trace of its own.
 */
public final class SeedReport extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SeedReport(String message) {
        super(message, null, false, false);
    }
}
