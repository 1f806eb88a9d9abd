package io.vertiform.tools.flavorpack.install;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A provider source address {@code <host>/<namespace>/<type>} as Terraform and OpenTofu spell it in
 * {@code required_providers} and in filesystem mirror directories.
 */
public record ProviderAddress(String host, String namespace, String type) {

    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?");
    private static final Pattern PART = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    public ProviderAddress {
        host = host.toLowerCase(Locale.ROOT);
        namespace = namespace.toLowerCase(Locale.ROOT);
        type = type.toLowerCase(Locale.ROOT);
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("not a provider host name: " + host);
        }
        if (!PART.matcher(namespace).matches() || !PART.matcher(type).matches()) {
            throw new IllegalArgumentException("namespace and type are lowercase letters, digits and dashes: "
                    + namespace + "/" + type);
        }
    }

    /** The {@code source} string of {@code required_providers}. */
    public String source() {
        return host + "/" + namespace + "/" + type;
    }

    /** {@code terraform-provider-vertiform} → {@code vertiform}. */
    public static String typeOf(String packageName) {
        String prefix = "terraform-provider-";
        if (!packageName.startsWith(prefix) || packageName.length() == prefix.length()) {
            throw new IllegalArgumentException("package name is not terraform-provider-<type>: " + packageName);
        }
        return packageName.substring(prefix.length());
    }
}
