package io.vertiform.contracts.provider;

/** The configuration schema of an action type. */
public record ActionSchema(Schema schema) {
    public ActionSchema {
        schema = schema == null ? Schema.EMPTY : schema;
    }
}
