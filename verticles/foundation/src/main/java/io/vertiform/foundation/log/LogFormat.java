package io.vertiform.foundation.log;

/** Which renderer a pipeline uses. */
public enum LogFormat {
    /** go-hclog JSON lines: whenever running as a Terraform plugin. */
    HCLOG_JSON,
    /** Human console lines with DAS emoji markers: dev mode and CLI tools. */
    CONSOLE
}
