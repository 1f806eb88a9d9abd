package io.vertiform.contracts.provider;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Event-bus addresses of the provider protocol. The RPC verticle sends one request per plugin RPC; components
 * (provider, resources, data sources, ...) consume the addresses of what they implement and reply with the
 * matching {@code Response} record. Nobody consuming an address is a normal state: the RPC layer answers with
 * the documented default or with an error diagnostic naming the missing type, never with a hang.
 *
 * <pre>
 * provider-wide                     request                              without a handler
 * vertiform.provider.schema         GetProviderSchema.Request            empty provider (also answers GetMetadata)
 * vertiform.provider.validate       ValidateProviderConfig.Request       accepted unchanged
 * vertiform.provider.configure      ConfigureProvider.Request            succeeds
 * vertiform.provider.identity-schemas GetResourceIdentitySchemas.Request none
 * vertiform.provider.functions      GetFunctions.Request                 the schema reply's functions
 * vertiform.provider.stop           StopProvider.Request (published)     -
 * vertiform.provider.cancel         CancelRequest (published)            -
 *
 * per type: vertiform.provider.&lt;family&gt;.&lt;type&gt;.&lt;operation&gt;   error diagnostic naming the type
 * resource            validate upgrade-state upgrade-identity read plan apply import move generate-config
 * data-source         validate read
 * ephemeral-resource  validate open renew close
 * list-resource       validate list (streaming)
 * action              validate plan invoke (streaming)
 * state-store         validate configure read-bytes (streaming) write-bytes lock unlock get-states delete-state
 * function            call                              (the type is the function name)
 * </pre>
 *
 * Every request carries the headers of {@link ProviderHeaders}. MoveResourceState goes to the <em>target</em>
 * type's {@code move}.
 */
public final class ProviderAddresses {

    public static final String PREFIX = "vertiform.provider";
    public static final String SCHEMA = PREFIX + ".schema";
    public static final String VALIDATE_PROVIDER = PREFIX + ".validate";
    public static final String CONFIGURE = PREFIX + ".configure";
    public static final String IDENTITY_SCHEMAS = PREFIX + ".identity-schemas";
    public static final String FUNCTIONS = PREFIX + ".functions";
    /** Published when Terraform calls StopProvider/Stop; header {@link ProviderHeaders#SESSION} says whose. */
    public static final String STOP = PREFIX + ".stop";
    /** Published {@link CancelRequest} when one in-flight request is abandoned (deadline, client gone, stop). */
    public static final String CANCEL = PREFIX + ".cancel";

    /** Type and function names that can be part of an address: Terraform identifiers. */
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    /** Component families, each a segment of the per-type addresses. */
    public enum Family {
        RESOURCE("resource"),
        DATA_SOURCE("data-source"),
        EPHEMERAL_RESOURCE("ephemeral-resource"),
        LIST_RESOURCE("list-resource"),
        ACTION("action"),
        STATE_STORE("state-store"),
        FUNCTION("function");

        private final String segment;

        Family(String segment) {
            this.segment = segment;
        }

        public String segment() {
            return segment;
        }

        /** How a diagnostic names the family ("resource type", "data source", ...). */
        public String displayName() {
            return switch (this) {
                case RESOURCE -> "resource type";
                case DATA_SOURCE -> "data source";
                case EPHEMERAL_RESOURCE -> "ephemeral resource type";
                case LIST_RESOURCE -> "list resource type";
                case ACTION -> "action type";
                case STATE_STORE -> "state store type";
                case FUNCTION -> "function";
            };
        }
    }

    // Operation segments.
    public static final String VALIDATE = "validate";
    public static final String UPGRADE_STATE = "upgrade-state";
    public static final String UPGRADE_IDENTITY = "upgrade-identity";
    public static final String READ = "read";
    public static final String PLAN = "plan";
    public static final String APPLY = "apply";
    public static final String IMPORT = "import";
    public static final String MOVE = "move";
    public static final String GENERATE_CONFIG = "generate-config";
    public static final String OPEN = "open";
    public static final String RENEW = "renew";
    public static final String CLOSE = "close";
    public static final String LIST = "list";
    public static final String INVOKE = "invoke";
    public static final String CONFIGURE_STORE = "configure";
    public static final String READ_BYTES = "read-bytes";
    public static final String WRITE_BYTES = "write-bytes";
    public static final String LOCK = "lock";
    public static final String UNLOCK = "unlock";
    public static final String GET_STATES = "get-states";
    public static final String DELETE_STATE = "delete-state";
    public static final String CALL = "call";

    private ProviderAddresses() {
    }

    /** {@code vertiform.provider.<family>.<type>.<operation>}; rejects names that are not Terraform identifiers. */
    public static String of(Family family, String typeName, String operation) {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(operation, "operation");
        if (!isValidTypeName(typeName)) {
            throw new IllegalArgumentException("not a valid " + family.displayName() + " name: " + typeName);
        }
        return PREFIX + '.' + family.segment + '.' + typeName + '.' + operation;
    }

    /** True for names usable in {@link #of}: a letter or underscore, then letters, digits, underscores, dashes. */
    public static boolean isValidTypeName(String typeName) {
        return typeName != null && TYPE_NAME.matcher(typeName).matches();
    }
}
