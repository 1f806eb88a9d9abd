package io.vertiform.hcl;

/**
 * The content of a file or block, in either syntax (hcl's {@code Body}). A body is decoded against a schema: the
 * caller says which attributes and block types it expects, and the body reports unexpected, missing or malformed
 * items as diagnostics.
 */
public interface Body {

    /** Decodes against {@code schema}; anything in the body that the schema does not mention is an error. */
    Result<BodyContent> content(BodySchema schema);

    /** Decodes against {@code schema}, leaving whatever it does not mention in the remaining body. */
    PartialContent partialContent(BodySchema schema);

    /** Interprets the body as attributes only (blocks are an error); keyed by name in source order. */
    Result<java.util.Map<String, Attribute>> justAttributes();

    /** Where an item the schema requires but the body lacks should be reported. */
    Range missingItemRange();

    /** The outcome of {@link #partialContent}. */
    record PartialContent(BodyContent content, Body remain, Diagnostics diagnostics) {
    }
}
