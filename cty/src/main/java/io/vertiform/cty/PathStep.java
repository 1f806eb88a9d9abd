package io.vertiform.cty;

import java.util.Objects;

/** One step of a {@link CtyPath}: an attribute access or an index/key/set-element access. */
public sealed interface PathStep permits PathStep.GetAttrStep, PathStep.IndexStep {

    /**
     * Applies this step to a value, like go-cty's {@code PathStep.Apply}.
     *
     * @throws CtyException with go-cty's error text if the step does not apply
     */
    CtyValue apply(CtyValue value);

    /** Access to an object attribute. */
    record GetAttrStep(String name) implements PathStep {
        public GetAttrStep {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public CtyValue apply(CtyValue value) {
            if (value.isNull()) {
                throw new CtyException("cannot access attributes on a null value");
            }
            if (!value.type().isObjectType()) {
                throw new CtyException("not an object type");
            }
            if (!value.type().hasAttribute(name)) {
                throw new CtyException("object has no attribute " + GoStrings.quote(name));
            }
            return value.getAttr(name);
        }
    }

    /**
     * Access by key: a number for lists and tuples, a string for maps, the element itself for sets. Equality of
     * steps uses {@link CtyValue#equals} (go-cty's RawEquals), like go-cty's {@code Path.Equals}.
     */
    record IndexStep(CtyValue key) implements PathStep {
        public IndexStep {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public CtyValue apply(CtyValue value) {
            if (value.isNull()) {
                throw new CtyException("cannot index a null value");
            }
            CtyType keyType = key.type();
            if (keyType.equals(CtyType.NUMBER)) {
                if (!(value.type().isListType() || value.type().isTupleType())) {
                    throw new CtyException("not a list type");
                }
            } else if (keyType.equals(CtyType.STRING)) {
                if (!value.type().isMapType()) {
                    throw new CtyException("not a map type");
                }
            } else {
                throw new CtyException("key value not number or string");
            }
            CtyValue has = value.hasIndexValue(key);
            if (!has.isKnown()) {
                return CtyValue.unknownVal(value.type().isTupleType() ? CtyType.DYNAMIC : value.type().elementType());
            }
            if (!has.unmark().asBool()) {
                throw new CtyException("value does not have given index key");
            }
            return value.index(key);
        }
    }
}
