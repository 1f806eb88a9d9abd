package io.vertiform.framework.registry;

import io.vertiform.framework.annotation.Resource;

/** Listed in the test class path's component index. */
@Resource("indexed_thing")
public final class IndexedThing {
}
