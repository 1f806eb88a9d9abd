package io.vertiform.rpc.bus;

/** Why a bus request produced no usable reply. */
public final class BusFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kinds the RPC layer answers differently. */
    public enum Kind {
        /** Nobody consumes the address: the operation's documented default applies. */
        NO_HANDLER,
        /** No reply within the bus timeout. */
        TIMEOUT,
        /** The component failed the message. */
        COMPONENT_FAILED,
        /** The reply was not the expected record type. */
        WRONG_REPLY,
        /** The call was cancelled before the reply came. */
        CANCELLED
    }

    private final Kind kind;
    private final String address;
    private final CancelReason cancelReason;

    public BusFailure(Kind kind, String address, String message, CancelReason cancelReason) {
        super(message);
        this.kind = kind;
        this.address = address;
        this.cancelReason = cancelReason;
    }

    public Kind kind() {
        return kind;
    }

    public String address() {
        return address;
    }

    /** Set for {@link Kind#CANCELLED}. */
    public CancelReason cancelReason() {
        return cancelReason;
    }
}
