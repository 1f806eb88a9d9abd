package io.vertiform.rpc.client.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import io.vertiform.contracts.provider.WriteStateBytes;
import io.vertiform.rpc.ops.Operation;
import io.vertiform.rpc.ops.Operations;
import io.vertiform.rpc.ops.StreamOperation;
import io.vertiform.rpc.proto.v5.Tfplugin5Proto;
import io.vertiform.rpc.proto.v6.Tfplugin6Proto;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The client's RPC table against the server's operation table and the proto service definitions. */
class RpcTableTest {

    @Test
    void everyServerOperationButClientStreamingHasAClientRpc() throws IllegalAccessException {
        Operations ops = new Operations(caller -> { });
        Set<Class<?>> served = new HashSet<>();
        for (Field f : Operations.class.getFields()) {
            Object op = f.get(ops);
            if (op instanceof Operation<?, ?> o) {
                served.add(o.requestType());
            } else if (op instanceof StreamOperation<?, ?> s) {
                served.add(s.requestType());
            }
        }
        served.remove(WriteStateBytes.Request.class);
        assertThat(served).hasSizeGreaterThan(30);
        assertThat(RpcTable.BY_REQUEST.keySet()).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void bindingsMatchTheProtoServices() {
        ServiceDescriptor v5 = Tfplugin5Proto.getDescriptor().findServiceByName("Provider");
        ServiceDescriptor v6 = Tfplugin6Proto.getDescriptor().findServiceByName("Provider");
        for (ClientRpc<?, ?> rpc : RpcTable.BY_REQUEST.values()) {
            check(rpc, v6, rpc.binding(6));
            rpc.v5().ifPresent(b -> check(rpc, v5, b));
            assertThat(rpc.v5().isPresent()).as(rpc.name() + " in protocol 5").isEqualTo(!isStateStore(rpc));
        }
    }

    private static boolean isStateStore(ClientRpc<?, ?> rpc) {
        return Set.of("ValidateStateStoreConfig", "ConfigureStateStore", "ReadStateBytes", "LockState", "UnlockState",
                "GetStates", "DeleteState").contains(rpc.name());
    }

    private static void check(ClientRpc<?, ?> rpc, ServiceDescriptor service, ClientRpc.Binding binding) {
        MethodDescriptor m = service.findMethodByName(binding.method().methodName());
        assertThat(m).as(rpc.name() + " in " + service.getFullName()).isNotNull();
        assertThat(binding.method().serviceName().fullyQualifiedName()).isEqualTo(service.getFullName());
        assertThat(m.getInputType()).as(rpc.name()).isEqualTo(binding.requestPrototype().getDescriptorForType());
        assertThat(m.isServerStreaming()).as(rpc.name() + " streaming").isEqualTo(rpc.streaming());
    }
}
