package io.vertiform.foundation.process;

import io.vertiform.foundation.error.ProcessException;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * How a process ended.
 *
 * @param command          what ran
 * @param pid              its process id
 * @param exitCode         exit status (128 + signal number when a signal ended it, as shells report)
 * @param stdout           captured stdout (empty when not captured)
 * @param stderr           captured stderr
 * @param stdoutTruncated  more stdout arrived than the capture limit kept
 * @param stderrTruncated  same for stderr
 * @param killed           {@link RunningProcess#kill()} ended it
 * @param elapsed          wall time from start to exit
 */
public record ProcessResult(List<String> command, long pid, int exitCode, Buffer stdout, Buffer stderr,
                            boolean stdoutTruncated, boolean stderrTruncated, boolean killed, Duration elapsed) {

    private static final int STDERR_TAIL_CHARS = 2000;

    public boolean succeeded() {
        return exitCode == 0 && !killed;
    }

    public String stdoutText() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    /**
     * This result if the exit code is 0, else a {@link ProcessException} ({@code process.exit_status}) carrying
     * the end of stderr; for {@code future.map(ProcessResult::ensureSuccess)}.
     */
    public ProcessResult ensureSuccess() {
        if (succeeded()) {
            return this;
        }
        String err = stderrText();
        String tail = err.length() > STDERR_TAIL_CHARS ? err.substring(err.length() - STDERR_TAIL_CHARS) : err;
        throw ProcessException.exitStatus(command, exitCode, tail);
    }
}
