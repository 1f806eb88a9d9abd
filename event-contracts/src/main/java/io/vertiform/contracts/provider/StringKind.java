package io.vertiform.contracts.provider;

/** How a description is formatted; names match the protocol's enum. */
public enum StringKind { PLAIN, MARKDOWN }
