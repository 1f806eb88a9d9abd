package io.vertiform.tests.framework;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.foundation.hub.Hub;
import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.server.FrameworkOptions;
import io.vertiform.framework.server.ProviderDeployment;
import io.vertiform.framework.server.ProviderServer;
import io.vertiform.rpc.handshake.HandshakeLine;
import io.vertiform.rpc.handshake.MagicCookie;
import io.vertiform.rpc.handshake.PluginEnvironment;
import io.vertiform.rpc.session.PluginSession;
import io.vertiform.rpc.session.PluginSessionOptions;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance mode: the real {@code terraform} binary (TF_ACC=1, on PATH) drives a framework provider served
 * in-process by the RPC layer, attached through TF_REATTACH_PROVIDERS: init, apply (resource, output of a
 * provider function), a no-op plan, destroy.
 */
@EnabledIfEnvironmentVariable(named = "TF_ACC", matches = "1")
class TerraformAcceptanceTest {

    @TempDir
    Path dir;

    private String terraform(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("terraform");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("terraform %s:%n%s", String.join(" ", args), out).isZero();
        return out;
    }

    @Test
    void terraformAppliesPlansAndDestroysThroughTheFramework() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            MessageCodecs.registerAll(vertx);
            Await.result(Hub.deployRegistry(vertx));
            ProviderDeployment d = Await.result(ProviderServer.deploy(vertx, ComponentRegistry.builder()
                    .add(FrameworkOverGrpcTest.NoteProvider.class).add(FrameworkOverGrpcTest.NoteResource.class)
                    .add(FrameworkOverGrpcTest.Upper.class).build(), FrameworkOptions.DEFAULT));
            Map<String, String> pluginEnv = Map.of(MagicCookie.KEY, MagicCookie.VALUE,
                    PluginEnvironment.PROTOCOL_VERSIONS, "6", PluginEnvironment.TRANSPORT, "tcp",
                    "NOTE_PREFIX", "acc");
            PluginSession session = Await.result(PluginSession.start(vertx, PluginSessionOptions.of(pluginEnv)));
            HandshakeLine line = session.handshake();
            String reattach = "{\"registry.terraform.io/vertiform/note\":{\"Protocol\":\"grpc\",\"ProtocolVersion\":6,"
                    + "\"Pid\":" + ProcessHandle.current().pid() + ",\"Test\":true,\"Addr\":{\"Network\":\"tcp\","
                    + "\"String\":\"" + line.address() + "\"}}}";
            Files.writeString(dir.resolve("main.tf"), """
                    terraform {
                      required_providers {
                        note = { source = "vertiform/note" }
                      }
                    }
                    provider "note" {}
                    resource "note_note" "a" {
                      text = "hello"
                    }
                    output "id" { value = note_note.a.id }
                    output "length" { value = note_note.a.length }
                    output "shout" { value = provider::note::upper("abc") }
                    """);
            Map<String, String> env = Map.of("TF_REATTACH_PROVIDERS", reattach, "TF_IN_AUTOMATION", "1",
                    "CHECKPOINT_DISABLE", "1", "TF_CLI_CONFIG_FILE", "/dev/null");
            terraform(env, "init", "-input=false", "-no-color");
            String applied = terraform(env, "apply", "-auto-approve", "-input=false", "-no-color");
            assertThat(applied).contains("id = \"acc-1\"").contains("length = 5").contains("shout = \"ABC\"");
            String plan = terraform(env, "plan", "-input=false", "-no-color", "-detailed-exitcode");
            assertThat(plan).contains("No changes.");
            terraform(env, "destroy", "-auto-approve", "-input=false", "-no-color");
            Await.result(session.close());
            Await.result(d.undeploy());
        } finally {
            Await.result(vertx.close());
        }
    }
}
