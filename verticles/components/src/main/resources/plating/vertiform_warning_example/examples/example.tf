# Each of these plans with a warning: a deprecated attribute, and a name derived from a file.
resource "vertiform_warning_example" "legacy" {
  old_name = "still-works" # deprecated: use name
}

resource "vertiform_warning_example" "from_file" {
  source_file = "notes.md" # name becomes "from_file:notes.md"
}

resource "vertiform_warning_example" "plain" {
  name = "no-warnings"
}
