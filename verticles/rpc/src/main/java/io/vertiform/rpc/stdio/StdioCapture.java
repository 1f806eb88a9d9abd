package io.vertiform.rpc.stdio;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Takes {@code System.out} and {@code System.err} away from user code for the life of a plugin process: both
 * become streams into a {@link StdioHub}. The real file descriptors stay reachable through {@link #realStdout()}
 * (used once, for the handshake line) and {@link #realStderr()} (the log pipeline, which go-plugin parses).
 */
public final class StdioCapture {

    private final PrintStream realStdout;
    private final PrintStream realStderr;
    private final StdioHub hub;

    private StdioCapture(PrintStream realStdout, PrintStream realStderr) {
        this.realStdout = realStdout;
        this.realStderr = realStderr;
        this.hub = new StdioHub(realStderr);
    }

    /**
     * Redirects the process's {@code System.out}/{@code System.err}. The real streams are opened on the file
     * descriptors themselves, so whatever replaced {@code System.out} before cannot leak onto the handshake fd.
     */
    public static StdioCapture install() {
        Charset charset = Charset.defaultCharset();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, charset);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset);
        StdioCapture capture = new StdioCapture(out, err);
        System.setOut(new PrintStream(capture.hub.stream(StdioChannel.STDOUT), true, charset));
        System.setErr(new PrintStream(capture.hub.stream(StdioChannel.STDERR), true, charset));
        return capture;
    }

    /** The real stdout: reserved for the handshake line. */
    public PrintStream realStdout() {
        return realStdout;
    }

    public PrintStream realStderr() {
        return realStderr;
    }

    public StdioHub hub() {
        return hub;
    }
}
