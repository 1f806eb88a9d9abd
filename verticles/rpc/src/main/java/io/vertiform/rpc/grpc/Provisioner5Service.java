package io.vertiform.rpc.grpc;

import io.vertiform.rpc.proto.v5.Diagnostic;
import io.vertiform.rpc.proto.v5.GetProvisionerSchema;
import io.vertiform.rpc.proto.v5.ProvisionResource;
import io.vertiform.rpc.proto.v5.ProvisionerGrpcService;
import io.vertiform.rpc.proto.v5.Schema;
import io.vertiform.rpc.proto.v5.Stop;
import io.vertiform.rpc.proto.v5.ValidateProvisionerConfig;
import io.vertx.grpc.server.GrpcServer;

/**
 * {@code tfplugin5.Provisioner}: protocol 5 plugins may also serve provisioners. Vertiform providers have none,
 * so the schema is empty and using one is an error diagnostic.
 */
public final class Provisioner5Service {

    private static final Diagnostic NONE = Diagnostic.newBuilder()
            .setSeverity(Diagnostic.Severity.ERROR)
            .setSummary("No provisioners")
            .setDetail("This plugin is a provider and serves no provisioners.")
            .build();

    private Provisioner5Service() {
    }

    public static void bind(GrpcServer server) {
        server.callHandler(ProvisionerGrpcService.GetSchema, request -> request.handler(msg -> request.response().end(
                GetProvisionerSchema.Response.newBuilder()
                        .setProvisioner(Schema.newBuilder().setBlock(Schema.Block.getDefaultInstance()))
                        .build())));
        server.callHandler(ProvisionerGrpcService.ValidateProvisionerConfig, request -> request.handler(msg ->
                request.response().end(ValidateProvisionerConfig.Response.newBuilder().addDiagnostics(NONE).build())));
        server.callHandler(ProvisionerGrpcService.ProvisionResource, request -> request.handler(msg ->
                request.response().end(ProvisionResource.Response.newBuilder().addDiagnostics(NONE).build())));
        server.callHandler(ProvisionerGrpcService.Stop, request -> request.handler(msg ->
                request.response().end(Stop.Response.getDefaultInstance())));
    }
}
