package io.vertiform.foundation.error;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An external program could not be started, timed out, or exited unsuccessfully. */
public class ProcessException extends VertiformException {

    private static final long serialVersionUID = 1L;

    public static final String SPAWN_FAILED = "process.spawn_failed";
    public static final String TIMEOUT = "process.timeout";
    public static final String EXIT_STATUS = "process.exit_status";
    public static final String IO = "process.io";

    public ProcessException(ErrorCategory category, String code, String summary, String detail,
                            Map<String, ?> context, Throwable cause) {
        super(category, LayerCodes.require("process", code), summary, detail, context, cause);
    }

    public static ProcessException spawnFailed(List<String> command, Throwable cause) {
        return new ProcessException(ErrorCategory.PROCESS, SPAWN_FAILED, "Cannot start " + program(command),
                cause == null ? null : cause.getMessage(), Map.of("command", String.join(" ", command)), cause);
    }

    public static ProcessException timeout(List<String> command, Duration timeout) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("command", String.join(" ", command));
        context.put("timeout_ms", timeout.toMillis());
        return new ProcessException(ErrorCategory.TIMEOUT, TIMEOUT, program(command) + " timed out",
                "killed after " + timeout.toMillis() + " ms", context, null);
    }

    /** {@code stderrTail} is the end of the program's error output, shown to help the user. */
    public static ProcessException exitStatus(List<String> command, int exitCode, String stderrTail) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("command", String.join(" ", command));
        context.put("exit_code", exitCode);
        String detail = "exit status " + exitCode
                + (stderrTail == null || stderrTail.isBlank() ? "" : "\n" + stderrTail.strip());
        return new ProcessException(ErrorCategory.PROCESS, EXIT_STATUS, program(command) + " failed", detail,
                context, null);
    }

    public static ProcessException io(List<String> command, Throwable cause) {
        return new ProcessException(ErrorCategory.PROCESS, IO, "I/O error talking to " + program(command),
                cause == null ? null : cause.getMessage(), Map.of("command", String.join(" ", command)), cause);
    }

    private static String program(List<String> command) {
        return command.isEmpty() ? "process" : command.get(0);
    }
}
