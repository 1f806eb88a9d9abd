package io.vertiform.launcher.demo.client;

/** A step of the demo failed; the message says which and why (provider diagnostics included). */
public final class DemoFailure extends RuntimeException {

    public DemoFailure(String message) {
        super(message);
    }

    public DemoFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
