package io.vertiform.foundation.config;

import java.time.Duration;

/**
 * The {@code process.*} keys, defaults for {@link io.vertiform.foundation.process.ProcessRunner}.
 *
 * @param defaultTimeout  run time after which a process is killed ({@code process.default_timeout})
 * @param killGrace       time between the polite and the forced kill ({@code process.kill_grace})
 * @param maxCaptureBytes bytes of stdout/stderr kept per stream when capturing ({@code process.max_capture_bytes})
 */
public record ProcessConfig(Duration defaultTimeout, Duration killGrace, long maxCaptureBytes) {

    public static ProcessConfig from(ConfigSnapshot config) {
        Duration timeout = config.duration(ConfigKeys.PROCESS_DEFAULT_TIMEOUT);
        if (timeout.isZero()) {
            throw config.invalid(ConfigKeys.PROCESS_DEFAULT_TIMEOUT, "a positive duration", timeout);
        }
        return new ProcessConfig(timeout, config.duration(ConfigKeys.PROCESS_KILL_GRACE),
                config.integer(ConfigKeys.PROCESS_MAX_CAPTURE_BYTES, 0, Integer.MAX_VALUE));
    }
}
