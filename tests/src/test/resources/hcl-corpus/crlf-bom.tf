# Windows line endings, a byte order mark and tab indentation.
resource "a" "b" {
	name = "x"
	list = [
		1,
		2,
	]
	text = <<-EOT
		line one
		  line two
	EOT
}
