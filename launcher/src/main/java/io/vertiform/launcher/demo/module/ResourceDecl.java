package io.vertiform.launcher.demo.module;

import io.vertiform.hcl.Body;

/** A {@code resource "type" "name"} block, its body not yet decoded (that needs the provider's schema). */
public record ResourceDecl(String type, String name, Body body) {

    /** Terraform's resource address, {@code type.name}. */
    public String address() {
        return type + "." + name;
    }
}
