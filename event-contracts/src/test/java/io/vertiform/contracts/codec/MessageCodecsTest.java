package io.vertiform.contracts.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertiform.contracts.hub.DiscoverReply;
import io.vertiform.contracts.hub.DiscoverRequest;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessageCodecsTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void formatsFromServiceProvidersAreSortedAndIncludeTheHub() {
        List<String> names = MessageCodecs.formats().stream().map(WireFormat::name).toList();
        assertThat(names).contains("vertiform.hub.ComponentRegistration", "vertiform.hub.DiscoverRequest",
                "vertiform.hub.DiscoverReply", "vertiform.hub.Unregister", "vertiform.hub.UnregisterReply",
                "vertiform.hub.RegistryChange");
        assertThat(names).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aLocalVertxGetsLocalCodecs() {
        assertThat(MessageCodecs.codecFor(vertx, ComponentRegistration.WIRE)).isInstanceOf(LocalCodec.class);
    }

    @Test
    void registerAllIsIdempotent() {
        MessageCodecs.registerAll(vertx);
        MessageCodecs.registerAll(vertx);
        assertThat(MessageCodecs.register(vertx, ComponentRegistration.WIRE)).isFalse();
    }

    @Test
    void theBusHandsConsumersTheSenderInstanceBothWays() throws Exception {
        MessageCodecs.registerAll(vertx);
        ComponentRegistration sent = ComponentRegistration.of("a", "k", "t", Map.of("m", "1"));
        DiscoverReply reply = new DiscoverReply(List.of(sent));
        Object[] received = new Object[1];
        vertx.eventBus().<DiscoverRequest>consumer("test.codecs", msg -> {
            received[0] = msg.body();
            msg.reply(reply);
        });
        DiscoverRequest request = DiscoverRequest.ofKind("k");
        Message<DiscoverReply> answer = vertx.eventBus().<DiscoverReply>request("test.codecs", request)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(received[0]).isSameAs(request);
        assertThat(answer.body()).isSameAs(reply);
    }
}
