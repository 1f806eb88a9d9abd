package io.vertiform.launcher.config;

import io.vertiform.foundation.config.ConfigInputs;
import java.util.Map;

/**
 * Builds the configuration inputs for a command from its flags. The default reads the process environment
 * and working directory; tests pass their own so no real user or project file leaks in.
 */
@FunctionalInterface
public interface ConfigInputsFactory {
    ConfigInputs inputs(Map<String, ?> flags);

    static ConfigInputsFactory process() {
        return ConfigInputs::ofProcess;
    }
}
