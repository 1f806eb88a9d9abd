package io.vertiform.tools.flavorpack.install;

import java.nio.file.Path;

/**
 * The configuration a user needs after an install, for Terraform and OpenTofu alike (same blocks; tofu reads
 * {@code ~/.tofurc} first and falls back to {@code ~/.terraformrc}).
 */
public final class CliConfigSnippets {

    private CliConfigSnippets() {
    }

    public static String requiredProviders(PluginInstaller.Installed i) {
        return "terraform {\n"
                + "  required_providers {\n"
                + "    " + i.address().type() + " = {\n"
                + "      source  = \"" + i.address().source() + "\"\n"
                + "      version = \"" + i.version() + "\"\n"
                + "    }\n"
                + "  }\n"
                + "}\n";
    }

    /** {@code provider_installation} with a filesystem mirror for our provider and the registry for the rest. */
    public static String filesystemMirror(PluginInstaller.Installed i, Path mirror) {
        return "provider_installation {\n"
                + "  filesystem_mirror {\n"
                + "    path    = \"" + hcl(mirror.toAbsolutePath().normalize().toString()) + "\"\n"
                + "    include = [\"" + i.address().source() + "\"]\n"
                + "  }\n"
                + "  direct {\n"
                + "    exclude = [\"" + i.address().source() + "\"]\n"
                + "  }\n"
                + "}\n";
    }

    /**
     * {@code dev_overrides}: runs the executable in place with no version or checksum check and no
     * {@code init}. It must come first in the block, and {@code direct {}} keeps other providers installable.
     */
    public static String devOverrides(PluginInstaller.Installed i) {
        return "provider_installation {\n"
                + "  dev_overrides {\n"
                + "    \"" + i.address().source() + "\" = \"" + hcl(i.packageDirectory().toString()) + "\"\n"
                + "  }\n"
                + "  direct {}\n"
                + "}\n";
    }

    /** Everything, with where each part goes. */
    public static String all(PluginInstaller.Installed i, Path mirror, boolean impliedMirror) {
        StringBuilder sb = new StringBuilder();
        sb.append("# In your configuration (.tf):\n").append(requiredProviders(i)).append('\n');
        if (impliedMirror) {
            sb.append("# ").append(mirror).append(" is an implied local mirror: terraform and tofu find the\n")
                    .append("# provider there with no CLI configuration; `terraform init` / `tofu init` installs it.\n\n");
        }
        sb.append("# Or, in the CLI configuration (terraform: ~/.terraformrc or TF_CLI_CONFIG_FILE;\n")
                .append("# tofu: ~/.tofurc, falling back to ~/.terraformrc), use the mirror explicitly:\n")
                .append(filesystemMirror(i, mirror)).append('\n')
                .append("# Or skip init and version checks while developing (same files, replaces the block above):\n")
                .append(devOverrides(i));
        return sb.toString();
    }

    private static String hcl(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "$${").replace("%{", "%%{");
    }
}
