package io.vertiform.foundation.log;

import java.util.Arrays;
import java.util.Objects;

/** The {@link VertiformLogger} implementation: checks the level first, so disabled calls cost one comparison. */
final class PipelineLogger implements VertiformLogger {

    private final LogPipeline.Target target;
    private final String module;
    private final Object[] implied;

    PipelineLogger(LogPipeline.Target target, String module, Object[] implied) {
        this.target = target;
        this.module = module == null ? "" : module;
        this.implied = implied;
    }

    @Override
    public String module() {
        return module;
    }

    @Override
    public boolean enabled(Level level) {
        return target.enabled(level);
    }

    @Override
    public void log(Level level, String message, Object... keyValues) {
        if (level == Level.OFF || !target.enabled(level)) {
            return;
        }
        target.emit(new LogEvent(target.clock().instant(), level, module, message, implied, keyValues));
    }

    @Override
    public VertiformLogger with(String key, Object value) {
        Objects.requireNonNull(key, "key");
        int n = implied == null ? 0 : implied.length;
        Object[] more = implied == null ? new Object[2] : Arrays.copyOf(implied, n + 2);
        more[n] = key;
        more[n + 1] = value;
        return new PipelineLogger(target, module, more);
    }

    @Override
    public VertiformLogger named(String name) {
        String child = module.isEmpty() ? name : module + '.' + name;
        return new PipelineLogger(target, child, implied);
    }

    @Override
    public String toString() {
        return "VertiformLogger[" + module + ']';
    }
}
