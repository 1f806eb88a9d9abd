package io.vertiform.launcher.demo.client;

import io.vertiform.cty.CtyValue;
import io.vertiform.launcher.demo.DemoOutput;
import io.vertiform.launcher.demo.ResultingFiles;
import io.vertiform.launcher.demo.module.DemoModule;
import io.vertiform.launcher.demo.module.ModuleLoader;
import io.vertiform.launcher.demo.module.ModuleScope;
import io.vertiform.launcher.demo.module.VariableValues;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The demo without a Terraform binary: our plugin client plays Terraform against the installed provider
 * executable. Three commands, each launching the provider afresh as Terraform does: apply, apply with new
 * variable values (the update), destroy. State lives in memory between them.
 */
public final class ClientDemo {

    private final DemoOutput out;
    private final List<String> providerCommand;
    private final Path runDirectory;
    private final Path logFile;

    /**
     * @param providerCommand the executable (and arguments) Terraform would run
     * @param runDirectory    the copy of the example; the provider's working directory
     * @param logFile         where the provider's stderr goes
     */
    public ClientDemo(DemoOutput out, List<String> providerCommand, Path runDirectory, Path logFile) {
        this.out = out;
        this.providerCommand = List.copyOf(providerCommand);
        this.runDirectory = runDirectory;
        this.logFile = logFile;
    }

    public void run(Map<String, String> updateVariables) {
        DemoModule module = ModuleLoader.load(runDirectory);
        Map<String, ResourceState> states = new LinkedHashMap<>();
        Vertx vertx = Vertx.vertx();
        try {
            command(vertx, "apply", module, Map.of(), states, run -> run.applyAll());
            ResultingFiles.print(out, runDirectory);
            command(vertx, "apply " + varArgs(updateVariables) + " (update)", module, updateVariables, states,
                    run -> run.applyAll());
            ResultingFiles.print(out, runDirectory);
            command(vertx, "destroy", module, updateVariables, states, run -> run.destroyAll());
            ResultingFiles.print(out, runDirectory);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private void command(Vertx vertx, String name, DemoModule module, Map<String, String> variables,
                         Map<String, ResourceState> states, Consumer<CommandRun> body) {
        out.step("client: " + name);
        out.line("  launching " + providerCommand.get(0));
        Map<String, CtyValue> values = VariableValues.resolve(module, variables);
        try (ProviderSession session = ProviderSession.launch(vertx, providerCommand, runDirectory, logFile)) {
            CommandRun run = new CommandRun(session, module, new ModuleScope(values, runDirectory), states,
                    out::line);
            run.configureProvider();
            body.accept(run);
        }
        out.line("  provider shut down; state holds " + states.size() + " resource"
                + (states.size() == 1 ? "" : "s") + ". Files in " + runDirectory + " now:");
    }

    static String varArgs(Map<String, String> variables) {
        StringBuilder sb = new StringBuilder();
        variables.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append("-var ").append(k).append('=')
                .append(v));
        return sb.toString();
    }
}
