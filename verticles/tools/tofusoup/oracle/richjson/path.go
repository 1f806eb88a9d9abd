package richjson

import (
	"strconv"
	"strings"

	"github.com/zclconf/go-cty/cty"
)

// FormatPath renders a cty.Path the way Terraform prints paths in
// diagnostics (.attr, ["key"], [0]), so that path-prefixed error texts are
// comparable with the Java implementation.
func FormatPath(path cty.Path) string {
	var b strings.Builder
	for _, step := range path {
		switch s := step.(type) {
		case cty.GetAttrStep:
			b.WriteByte('.')
			b.WriteString(s.Name)
		case cty.IndexStep:
			b.WriteByte('[')
			key := s.Key
			switch {
			case key.IsNull():
				b.WriteString("null")
			case !key.IsKnown():
				b.WriteString("(not yet known)")
			case key.Type() == cty.Number:
				b.WriteString(key.AsBigFloat().Text('g', -1))
			case key.Type() == cty.String:
				b.WriteString(strconv.Quote(key.AsString()))
			default:
				b.WriteString("...")
			}
			b.WriteByte(']')
		}
	}
	return b.String()
}

// ErrorText renders an error as "<path>: <message>" when it carries a
// non-empty cty path, else just the message.
func ErrorText(err error) string {
	if perr, ok := err.(cty.PathError); ok && len(perr.Path) > 0 {
		return FormatPath(perr.Path) + ": " + perr.Error()
	}
	return err.Error()
}
