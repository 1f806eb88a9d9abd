package io.vertiform.launcher.pack;

/** The application the command tests pack: prints a handshake-shaped line, like a provider. */
public final class PackedMain {

    private PackedMain() {
    }

    public static void main(String[] args) {
        System.out.println("1|6|unix|/tmp/packed-main.sock|grpc|" + String.join(",", args));
    }
}
