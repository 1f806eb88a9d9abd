package io.vertiform.framework.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The remote API the test provider manages: objects by id, secrets received, revoked leases. */
public final class FakeCloud {

    private static final Map<String, FakeCloud> CLOUDS = new ConcurrentHashMap<>();

    public final String name;
    public final Map<String, Thing> things = new ConcurrentHashMap<>();
    public final Map<String, String> secrets = new ConcurrentHashMap<>();
    public final List<String> revoked = java.util.Collections.synchronizedList(new ArrayList<>());
    public final List<String> stops = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();

    private FakeCloud(String name) {
        this.name = name;
    }

    public static FakeCloud create(String name) {
        FakeCloud c = new FakeCloud(name);
        CLOUDS.put(name, c);
        return c;
    }

    public static FakeCloud find(String name) {
        return CLOUDS.get(name);
    }

    public String newId() {
        return name + "-" + ids.incrementAndGet();
    }
}
