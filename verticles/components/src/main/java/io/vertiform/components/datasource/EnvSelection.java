package io.vertiform.components.datasource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which environment variables {@code vertiform_env_variables} returns, and how: one filter (names, prefix or
 * regex; none means all), empty values dropped unless asked, optional upper/lower-casing of names and values, and
 * the split between plain and sensitive values. Pure: the environment comes in as a map.
 */
record EnvSelection(List<String> keys, String prefix, Pattern regex, boolean excludeEmpty, boolean caseSensitive,
                    String transformKeys, String transformValues, Set<String> sensitiveKeys) {

    /** The outcome: {@code selected} = {@code plain} ∪ {@code sensitive}, all keyed by the final (transformed) name. */
    record Result(Map<String, String> plain, Map<String, String> sensitive, Map<String, String> selected) {
    }

    Result apply(Map<String, String> environment) {
        Map<String, String> selected = new TreeMap<>();
        Map<String, String> plain = new TreeMap<>();
        Map<String, String> sensitive = new TreeMap<>();
        for (Map.Entry<String, String> e : matching(environment)) {
            String name = e.getKey();
            String value = e.getValue();
            if (excludeEmpty && value.isEmpty()) {
                continue;
            }
            String finalName = transform(name, transformKeys);
            String finalValue = transform(value, transformValues);
            selected.put(finalName, finalValue);
            if (sensitiveKeys.contains(name) || sensitiveKeys.contains(finalName)) {
                sensitive.put(finalName, finalValue);
            } else {
                plain.put(finalName, finalValue);
            }
        }
        return new Result(plain, sensitive, selected);
    }

    private List<Map.Entry<String, String>> matching(Map<String, String> environment) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (keys != null) {
            for (String key : keys) {
                if (caseSensitive) {
                    String v = environment.get(key);
                    if (v != null) {
                        out.add(Map.entry(key, v));
                    }
                } else {
                    environment.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).forEach(out::add);
                }
            }
            return out;
        }
        for (Map.Entry<String, String> e : new TreeMap<>(environment).entrySet()) {
            if (matchesFilter(e.getKey())) {
                out.add(e);
            }
        }
        return out;
    }

    private boolean matchesFilter(String name) {
        if (prefix != null) {
            return caseSensitive ? name.startsWith(prefix)
                    : name.regionMatches(true, 0, prefix, 0, prefix.length());
        }
        if (regex != null) {
            // Anchored at the start only, like Python's re.match in pyvider: "^AWS_" and "AWS_" mean the same.
            return regex.matcher(name).lookingAt();
        }
        return true;
    }

    static Pattern compile(String regex, boolean caseSensitive) {
        return Pattern.compile(regex, caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String transform(String text, String how) {
        if ("upper".equals(how)) {
            return text.toUpperCase(Locale.ROOT);
        }
        if ("lower".equals(how)) {
            return text.toLowerCase(Locale.ROOT);
        }
        return text;
    }
}
