package io.vertiform.rpc.stdio;

/** Which standard stream a chunk of user output was written to (go-plugin's StdioData channels). */
public enum StdioChannel {
    STDOUT,
    STDERR
}
