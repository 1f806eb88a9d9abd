package io.vertiform.rpc.handshake;

import java.util.Map;

/**
 * Terraform's go-plugin magic cookie: proof that the process was started by a plugin host and not by a person.
 * The value is a wire fact shared by every Terraform and OpenTofu release.
 */
public final class MagicCookie {

    public static final String KEY = "TF_PLUGIN_MAGIC_COOKIE";
    public static final String VALUE = "d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2";

    /** Shown on stderr (then exit 1) when the cookie is missing or wrong. */
    public static final String NOT_LAUNCHED_BY_HOST = String.join("\n",
            "This is a Terraform/OpenTofu provider plugin; it is not meant to be run directly.",
            "Terraform or OpenTofu starts it by itself when a configuration uses this provider:",
            "run `terraform init` and `terraform plan` (or `tofu init` / `tofu plan`) in your configuration instead.",
            "(The plugin host identifies itself with the " + KEY + " environment variable, which is missing or wrong.)",
            "");

    private MagicCookie() {
    }

    /** True when {@code env} carries Terraform's cookie. */
    public static boolean present(Map<String, String> env) {
        return VALUE.equals(env.get(KEY));
    }
}
