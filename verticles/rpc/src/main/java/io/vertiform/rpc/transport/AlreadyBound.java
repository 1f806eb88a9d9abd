package io.vertiform.rpc.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.channel.ServerChannel;
import java.net.BindException;
import java.net.SocketAddress;

/**
 * Completes the bind of an adopted server socket without binding again (the JDK refuses a second bind), after
 * checking that the address asked for is the one the socket holds. The socket does not accept until then:
 * connections that arrived before Vert.x was ready stay queued until the server's pipeline is complete.
 */
final class AlreadyBound extends ChannelOutboundHandlerAdapter {

    private AlreadyBound() {
    }

    static ServerChannel install(ServerChannel channel) {
        channel.config().setAutoRead(false);
        channel.pipeline().addFirst(new AlreadyBound());
        return channel;
    }

    @Override
    public void bind(ChannelHandlerContext ctx, SocketAddress requested, ChannelPromise promise) {
        SocketAddress held = ctx.channel().localAddress();
        ctx.pipeline().remove(this);
        if (held == null || !held.equals(requested)) {
            promise.setFailure(new BindException("the adopted socket is bound to " + held + ", not " + requested));
            return;
        }
        promise.setSuccess();
        ctx.channel().config().setAutoRead(true);
    }
}
