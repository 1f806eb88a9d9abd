package io.vertiform.cty.convert;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.Refinement;
import io.vertiform.cty.ValueRange;

/**
 * The unknown value a conversion produces from an unknown input.
 *
 * <p>go-cty 1.12.1 (the compatibility target) predates refinements and always returns a plain unknown. Only an
 * input that itself carries refinements (which 1.12.1 cannot produce) gets the treatment of go-cty 1.13 and later:
 * its not-null refinement carries over, and collection length bounds follow from the input's type or bounds.
 */
final class UnknownResults {
    private UnknownResults() {
    }

    static CtyValue converted(CtyValue in, CtyType target) {
        ValueRange source = in.range();
        if (!source.hasRefinements()) {
            return CtyValue.unknownVal(target);
        }
        CtyValue ret = CtyValue.unknownVal(target);
        if (source.definitelyNotNull()) {
            ret = ret.refineNotNull();
        }
        CtyType sourceType = source.typeConstraint();
        if (sourceType.isObjectType() && target.isMapType()) {
            // A map built from an object has exactly one element per attribute.
            return ret.refine().collectionLength(sourceType.attributeTypes().size()).newValue();
        }
        if (sourceType.isTupleType() && target.isListType()) {
            return ret.refine().collectionLength(sourceType.tupleLength()).newValue();
        }
        if (sourceType.isTupleType() && target.isSetType()) {
            // Elements may coalesce, but a non-empty tuple leaves at least one.
            int n = sourceType.tupleLength();
            if (n <= 1) {
                return ret.refine().collectionLength(n).newValue();
            }
            return ret.refine().collectionLengthLowerBound(1).collectionLengthUpperBound(n).newValue();
        }
        if (sourceType.isCollectionType() && target.isCollectionType()) {
            Refinement b = ret.refine();
            if (target.isSetType()) {
                if (source.lengthLowerBound() > 0) {
                    b = b.collectionLengthLowerBound(1);
                }
            } else {
                b = b.collectionLengthLowerBound(source.lengthLowerBound());
            }
            return b.collectionLengthUpperBound(source.lengthUpperBound()).newValue();
        }
        return ret;
    }
}
