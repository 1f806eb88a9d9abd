package io.vertiform.framework.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build-time component index: {@value #RESOURCE} files, one per jar, written by
 * {@code io.vertiform.framework.index.ComponentIndexProcessor}. Each line is {@code kind<TAB>name<TAB>class};
 * {@code #} starts a comment. Reading it costs a few class loads, never a class-path scan.
 */
public final class ComponentIndex {

    public static final String RESOURCE = "META-INF/vertiform/components";

    /** One indexed component. */
    public record Entry(ComponentKind kind, String name, Class<?> type) {
    }

    private ComponentIndex() {
    }

    public static List<Entry> read(ClassLoader loader) {
        Map<String, Entry> byClass = new LinkedHashMap<>();
        try {
            Enumeration<URL> urls = loader.getResources(RESOURCE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                for (Entry e : parse(url, loader)) {
                    byClass.putIfAbsent(e.type().getName(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(byClass.values());
    }

    private static List<Entry> parse(URL url, ClassLoader loader) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new ComponentException(url + ":" + n + ": expected kind, name and class separated by tabs");
                }
                ComponentKind kind = ComponentKind.ofIndexName(cols[0])
                        .orElseThrow(() -> new ComponentException(url + ": unknown component kind " + cols[0]));
                Class<?> type;
                try {
                    type = Class.forName(cols[2], false, loader);
                } catch (ClassNotFoundException e) {
                    throw new ComponentException(url + ": indexed class " + cols[2] + " is missing; rebuild the jar", e);
                }
                out.add(new Entry(kind, cols[1], type));
            }
        }
        return out;
    }
}
