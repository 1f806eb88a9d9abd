package io.vertiform.hcl.json;

import io.vertiform.cty.BigFloat;
import io.vertiform.hcl.Range;

import java.util.List;

/** The JSON syntax tree (hcl's json/ast.go). */
sealed interface JsonNode {
    Range range();

    Range startRange();

    record ObjectVal(List<ObjectAttr> attrs, Range range, Range openRange, Range closeRange) implements JsonNode {
        @Override
        public Range startRange() {
            return openRange;
        }
    }

    /** A property; its own range is the name's. */
    record ObjectAttr(String name, JsonNode value, Range nameRange) {
    }

    record ArrayVal(List<JsonNode> values, Range range, Range openRange) implements JsonNode {
        @Override
        public Range startRange() {
            return openRange;
        }
    }

    record BooleanVal(boolean value, Range range) implements JsonNode {
        @Override
        public Range startRange() {
            return range;
        }
    }

    record NumberVal(BigFloat value, Range range) implements JsonNode {
        @Override
        public Range startRange() {
            return range;
        }
    }

    record StringVal(String value, Range range) implements JsonNode {
        @Override
        public Range startRange() {
            return range;
        }
    }

    record NullVal(Range range) implements JsonNode {
        @Override
        public Range startRange() {
            return range;
        }
    }

    /** A placeholder where no valid value could be parsed. */
    record InvalidVal(Range range) implements JsonNode {
        @Override
        public Range startRange() {
            return range;
        }
    }
}
