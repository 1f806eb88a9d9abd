package io.vertiform.framework.resource;

/**
 * A resource that {@code terraform import} (and import blocks) can adopt. Return enough state for
 * {@link ResourceHandler#read} to find the object — usually just the id, see {@link ImportRequest#passthroughId}.
 */
public interface Importable<S> {

    S importState(ImportRequest<S> request);
}
