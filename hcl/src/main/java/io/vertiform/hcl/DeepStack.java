package io.vertiform.hcl;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs recursive work (parsing and evaluating deeply nested input) so that depth alone does not fail it: first on
 * the calling thread, and if that overflows its stack, again on a thread with a large stack. hcl's Go parser
 * recurses just as deeply but runs on goroutine stacks that grow to 1 GB; this gives Java a comparable limit
 * without paying for it on ordinary input.
 */
public final class DeepStack {
    private static final long DEEP_STACK_BYTES = 1L << 30;

    private DeepStack() {
    }

    public static <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError shallow) {
            AtomicReference<T> result = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    result.set(work.get());
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "hcl-deep-stack", DEEP_STACK_BYTES);
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw shallow;
            }
            Throwable f = failure.get();
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error err) {
                throw err;
            }
            return result.get();
        }
    }
}
