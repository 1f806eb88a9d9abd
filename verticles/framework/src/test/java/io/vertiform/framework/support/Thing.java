package io.vertiform.framework.support;

import io.vertiform.framework.value.Value;
import java.util.Map;
import java.util.Set;

/** State of {@code test_thing}. */
public record Thing(Value<String> id, String name, Value<Long> size, String description, Map<String, String> tags,
                    String password, Value<String> fingerprint, Set<Rule> rule, Value<Settings> settings,
                    String color, String shade) {

    public record Rule(Value<Long> port, Value<String> protocol, Value<String> ruleId) {
    }

    public record Settings(String mode, Value<String> effective) {
    }
}
