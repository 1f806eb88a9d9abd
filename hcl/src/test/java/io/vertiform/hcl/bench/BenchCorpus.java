package io.vertiform.hcl.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the benchmark corpus: Terraform-style files (resources, variables, locals, outputs, heredocs, templates,
 * for expressions, comments) generated from a fixed seed, so Java and Go parse exactly the same bytes.
 * {@code java ... io.vertiform.hcl.bench.BenchCorpus DIR [FILES]} (tests/bench/hcl.sh runs it).
 */
public final class BenchCorpus {
    private BenchCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Files.createDirectories(dir);
        Random rnd = new Random(42);
        for (int i = 0; i < files; i++) {
            Files.write(dir.resolve(String.format("main-%04d.tf", i)), file(rnd, i).getBytes(StandardCharsets.UTF_8));
        }
    }

    static String file(Random rnd, int n) {
        StringBuilder sb = new StringBuilder(16 * 1024);
        sb.append("# Generated benchmark file ").append(n).append("\n\n");
        for (int i = 0; i < 6; i++) {
            variable(sb, rnd, i);
        }
        locals(sb, rnd);
        for (int i = 0; i < 8; i++) {
            resource(sb, rnd, i);
        }
        for (int i = 0; i < 3; i++) {
            sb.append("output \"out_").append(i).append("\" {\n  value       = vertiform_server.srv_").append(i)
                    .append("[*].id\n  description = \"Output number ").append(i).append(".\"\n}\n\n");
        }
        return sb.toString();
    }

    private static void variable(StringBuilder sb, Random rnd, int i) {
        String[] types = {"string", "number", "bool", "list(string)", "map(number)",
            "object({ name = string, size = optional(number, 1), tags = map(string) })"};
        sb.append("variable \"var_").append(i).append("\" {\n  type        = ").append(types[rnd.nextInt(types.length)])
                .append("\n  description = \"Variable ").append(i).append(" controls something important.\"\n");
        if (rnd.nextBoolean()) {
            sb.append("  default     = ").append(rnd.nextInt(1000)).append('\n');
        }
        sb.append("}\n\n");
    }

    private static void locals(StringBuilder sb, Random rnd) {
        sb.append("locals {\n");
        sb.append("  environments = [\"dev\", \"staging\", \"prod\", \"sandbox-").append(rnd.nextInt(100))
                .append("\"]\n");
        sb.append("  common_tags = {\n    Owner       = \"platform-team\"\n    CostCenter  = ")
                .append(rnd.nextInt(10_000)).append("\n    \"managed-by\" = \"terraform\"\n  }\n");
        sb.append("  name_prefix = \"${var.var_0}-${terraform.workspace}-").append(rnd.nextInt(100)).append("\"\n");
        sb.append("  ports       = { for i, env in local.environments : env => 8000 + i * ").append(rnd.nextInt(9) + 1)
                .append(" }\n");
        sb.append("  enabled     = var.var_2 && length(local.environments) > 0 ? true : false\n");
        sb.append("  ratio       = ").append(rnd.nextInt(100)).append('.').append(rnd.nextInt(1000))
                .append(" * (1 + 2) / 3 % 4 - -5\n");
        sb.append("  script      = <<-EOT\n    #!/bin/sh\n    echo \"starting ${local.name_prefix}\"\n")
                .append("    %{ for env in local.environments ~}\n    echo ${upper(env)}\n    %{ endfor ~}\n")
                .append("  EOT\n}\n\n");
    }

    private static void resource(StringBuilder sb, Random rnd, int i) {
        sb.append("resource \"vertiform_server\" \"srv_").append(i).append("\" {\n");
        sb.append("  count = var.var_1 > ").append(rnd.nextInt(5)).append(" ? ").append(rnd.nextInt(4) + 1)
                .append(" : 0\n\n");
        sb.append("  name   = \"${local.name_prefix}-srv-").append(i).append("-${count.index}\"\n");
        sb.append("  image  = data.vertiform_image.ubuntu.id\n");
        sb.append("  size   = lookup(var.var_4, \"size\", ").append(rnd.nextInt(64)).append(")\n");
        sb.append("  tags   = merge(local.common_tags, { Role = \"role-").append(rnd.nextInt(20))
                .append("\", Index = count.index })\n");
        sb.append("  ports  = [for p in values(local.ports) : p if p % 2 == 0]\n\n");
        sb.append("  network_interface {\n    subnet_id = vertiform_subnet.main[count.index % 2].id\n")
                .append("    ip        = cidrhost(\"10.").append(rnd.nextInt(256)).append(".0.0/24\", count.index + ")
                .append(rnd.nextInt(200)).append(")\n  }\n\n");
        sb.append("  lifecycle {\n    create_before_destroy = true\n    ignore_changes        = [tags[\"LastSeen\"]]\n")
                .append("  }\n}\n\n");
    }
}
