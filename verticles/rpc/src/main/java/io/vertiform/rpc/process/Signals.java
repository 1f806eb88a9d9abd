package io.vertiform.rpc.process;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Signal handling of a plugin process. SIGINT reaches the plugin whenever someone presses Ctrl-C in
 * Terraform's terminal (same process group); Terraform handles it and calls Stop, so the plugin ignores it,
 * as go-plugin servers do. SIGTERM is an orderly request to exit.
 */
public final class Signals {

    private Signals() {
    }

    /** Ignores SIGINT from now on. */
    public static void ignoreInterrupt() {
        Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
    }

    /** Runs {@code onTerminate} (on the JVM's signal thread) when SIGTERM arrives, instead of the default exit. */
    public static void onTerminate(Runnable onTerminate) {
        Signal.handle(new Signal("TERM"), signal -> onTerminate.run());
    }
}
