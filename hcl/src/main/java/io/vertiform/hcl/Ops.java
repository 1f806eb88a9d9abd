package io.vertiform.hcl;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;

/**
 * Indexing and attribute access with HCL's diagnostics (hcl's {@code Index} and {@code GetAttr}), used by
 * traversals and index expressions of both syntaxes.
 */
public final class Ops {
    private static final String INVALID_INDEX = "Invalid index";
    private static final String UNSUPPORTED_ATTR = "Unsupported attribute";
    private static final String NO_ELEMENT = "The given key does not identify an element in this collection value";

    private Ops() {
    }

    /** {@code collection[key]}; {@code srcRange} becomes the subject of any diagnostic. */
    public static Evaluated index(CtyValue collection, CtyValue key, Range srcRange) {
        if (collection.isNull()) {
            return fail("Attempt to index null value", "This value is null, so it does not have any indices.",
                    srcRange);
        }
        if (key.isNull()) {
            return fail(INVALID_INDEX, "Can't use a null value as an indexing key.", srcRange);
        }
        CtyType ty = collection.type();
        CtyType kty = key.type();
        if (kty.isDynamic() || ty.isDynamic()) {
            return Evaluated.of(CtyValue.DYNAMIC_VAL);
        }
        if (ty.isListType() || ty.isTupleType() || ty.isMapType()) {
            CtyType wantType = ty.isMapType() ? CtyType.STRING : CtyType.NUMBER;
            CtyValue k;
            try {
                k = Convert.convert(key, wantType);
            } catch (ConversionException e) {
                return fail(INVALID_INDEX, NO_ELEMENT + ": " + e.rawMessage() + ".", srcRange);
            }
            CtyValue has = collection.hasIndexValue(k).unmark();
            if (!has.isKnown()) {
                return Evaluated.of(ty.isTupleType() ? CtyValue.DYNAMIC_VAL : CtyValue.unknownVal(ty.elementType()));
            }
            if (!has.asBool()) {
                if ((ty.isListType() || ty.isTupleType()) && k.type().equals(CtyType.NUMBER)
                        && k.isKnown() && !k.isNull()) {
                    Evaluated specific = sequenceIndexProblem(collection, k.unmark().asBigFloat(), srcRange);
                    if (specific != null) {
                        return specific;
                    }
                }
                return fail(INVALID_INDEX, NO_ELEMENT + ".", srcRange);
            }
            return Evaluated.of(collection.index(k));
        }
        if (ty.isObjectType()) {
            boolean wasNumber = kty.equals(CtyType.NUMBER);
            CtyValue k;
            try {
                k = Convert.convert(key, CtyType.STRING);
            } catch (ConversionException e) {
                return fail(INVALID_INDEX, NO_ELEMENT + ": " + e.rawMessage() + ".", srcRange);
            }
            if (!collection.isKnown() || !k.isKnown()) {
                return Evaluated.of(CtyValue.DYNAMIC_VAL);
            }
            String attrName = k.unmark().asString();
            if (!ty.hasAttribute(attrName)) {
                String suggestion = wasNumber
                        ? " An object only supports looking up attributes by name, not by numeric index." : "";
                return fail(INVALID_INDEX, NO_ELEMENT + "." + suggestion, srcRange);
            }
            return Evaluated.of(collection.getAttr(attrName));
        }
        if (ty.isSetType()) {
            return fail(INVALID_INDEX, "Elements of a set are identified only by their value and don't have any "
                    + "separate index or key to select with, so it's only possible to perform operations across all "
                    + "elements of the set.", srcRange);
        }
        return fail(INVALID_INDEX, "This value does not have any indices.", srcRange);
    }

    // hcl's comparison is "index - length < 1", so only index <= length gets the length-specific message.
    private static Evaluated sequenceIndexProblem(CtyValue collection, BigFloat index, Range srcRange) {
        if (!index.isInt()) {
            return fail(INVALID_INDEX, NO_ELEMENT + ": indexing a sequence requires a whole number, but the given "
                    + "index has a fractional part.", srcRange);
        }
        if (index.signum() < 0) {
            return fail(INVALID_INDEX, NO_ELEMENT + ": a negative number is not a valid index for a sequence.",
                    srcRange);
        }
        CtyValue len = collection.length();
        if (len.isKnown() && !len.isMarked()) {
            BigFloat length = len.asBigFloat();
            if (index.subtract(length).signum() < 1) {
                if (length.signum() == 0) {
                    return fail(INVALID_INDEX, NO_ELEMENT + ": the collection has no elements.", srcRange);
                }
                return fail(INVALID_INDEX, NO_ELEMENT + ": the given index is greater than or equal to the length "
                        + "of the collection.", srcRange);
            }
        }
        return null;
    }

    /** {@code obj.attrName}; {@code srcRange} becomes the subject of any diagnostic. */
    public static Evaluated getAttr(CtyValue obj, String attrName, Range srcRange) {
        if (obj.isNull()) {
            return fail("Attempt to get attribute from null value",
                    "This value is null, so it does not have any attributes.", srcRange);
        }
        CtyType ty = obj.type();
        if (ty.isObjectType()) {
            if (!ty.hasAttribute(attrName)) {
                return fail(UNSUPPORTED_ATTR, "This object does not have an attribute named "
                        + GoQuote.quote(attrName) + ".", srcRange);
            }
            if (!obj.isKnown()) {
                return Evaluated.of(CtyValue.unknownVal(ty.attributeType(attrName)));
            }
            return Evaluated.of(obj.getAttr(attrName));
        }
        if (ty.isMapType()) {
            if (!obj.isKnown()) {
                return Evaluated.of(CtyValue.unknownVal(ty.elementType()));
            }
            CtyValue idx = CtyValue.stringVal(attrName);
            CtyValue has = obj.hasIndexValue(idx).unmark();
            if (has.isKnown() && !has.asBool()) {
                return fail("Missing map element", "This map does not have an element with the key "
                        + GoQuote.quote(attrName) + ".", srcRange);
            }
            return Evaluated.of(obj.index(idx));
        }
        if (ty.isDynamic()) {
            return Evaluated.of(CtyValue.DYNAMIC_VAL);
        }
        if (ty.isListType() && ty.elementType().isObjectType()) {
            if (ty.elementType().hasAttribute(attrName)) {
                return fail(UNSUPPORTED_ATTR, "Can't access attributes on a list of objects. Did you mean to access "
                        + "attribute " + GoQuote.quote(attrName) + " for a specific element of the list, or across all "
                        + "elements of the list?", srcRange);
            }
            return fail(UNSUPPORTED_ATTR, "Can't access attributes on a list of objects. Did you mean to access an "
                    + "attribute for a specific element of the list, or across all elements of the list?", srcRange);
        }
        if (ty.isSetType() && ty.elementType().isObjectType()) {
            return fail(UNSUPPORTED_ATTR, "Can't access attributes on a set of objects. Did you mean to access an "
                    + "attribute across all elements of the set?", srcRange);
        }
        if (ty.isPrimitive()) {
            return fail(UNSUPPORTED_ATTR, "Can't access attributes on a primitive-typed value ("
                    + ty.friendlyName() + ").", srcRange);
        }
        return fail(UNSUPPORTED_ATTR, "This value does not have any attributes.", srcRange);
    }

    private static Evaluated fail(String summary, String detail, Range subject) {
        return Evaluated.of(CtyValue.DYNAMIC_VAL, Diagnostic.error(summary, detail, subject));
    }
}
