package io.vertiform.contracts.provider;

/**
 * A streaming component's reply once it has sent every item to the stream address. The count lets the RPC
 * layer end the gRPC stream only after all items arrived, whatever order the bus delivers them in.
 *
 * @param items how many items were sent
 */
public record StreamEnd(long items) {
    public StreamEnd {
        if (items < 0) {
            throw new IllegalArgumentException("items must be >= 0: " + items);
        }
    }
}
